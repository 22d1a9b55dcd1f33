package org.openimr.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openimr.model.BodyRegion;
import org.openimr.model.Case;
import org.openimr.model.Diagnosis;
import org.openimr.model.InvalidCaseException;

/** A diagnosis's optional body region is written, read back, and checked like every enum. */
class DiagnosisRegionJsonTest {
  private final ImrJson json = ImrJson.standard();

  private Case seedWith(Diagnosis diagnosis) {
    Case seed = json.readCase(ImrJsonTest.seedJson());
    return Case.builder().from(seed).addDiagnoses(diagnosis).build();
  }

  @Test
  void aDiagnosisWithARegionIsWrittenByNameAndReadBackEqual() {
    Case c =
        seedWith(
            Diagnosis.builder()
                .system(org.openimr.model.CodeSystem.ICD_10_CM)
                .code("M54.16")
                .region(BodyRegion.LUMBAR_SPINE)
                .build());

    String written = json.write(c);

    assertThat(written).contains("\"code\":\"M54.16\",\"region\":\"LUMBAR_SPINE\"");
    assertThat(json.readCase(written)).isEqualTo(c);
  }

  @Test
  void aDiagnosisWithoutARegionWritesNoRegionField() {
    Case c = seedWith(Diagnosis.icd10("M79.18"));

    String written = json.write(c);

    assertThat(written).doesNotContain("\"code\":\"M79.18\",\"region\"");
    assertThat(json.readCase(written).diagnoses()).contains(Diagnosis.icd10("M79.18"));
  }

  @Test
  void anUnknownRegionIsReportedAtItsPathWithoutQuotingIt() {
    String written = json.write(seedWith(Diagnosis.icd10("M54.16")));
    String bad =
        written.replace("\"code\":\"M54.16\"", "\"code\":\"M54.16\",\"region\":\"ZQXSPLEEN\"");

    InvalidCaseException e =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            InvalidCaseException.class, () -> json.readCase(bad));

    assertThat(e).isNotNull();
    assertThat(e.violations())
        .anySatisfy(v -> assertThat(v.path()).startsWith("$.diagnoses[").endsWith("].region"));
    assertThat(e.getMessage()).doesNotContain("ZQXSPLEEN");
  }
}
