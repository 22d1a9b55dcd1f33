package org.openimr.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PatientDataTest {
  private static final String MARKER = "ZQXMARKER";

  private static Patient patient() {
    return Patient.builder()
        .age(61)
        .sex(Sex.FEMALE)
        .occupation(MARKER + " nurse")
        .name(MARKER + " Name")
        .dateOfBirth(LocalDate.of(1952, 12, 31))
        .claimNumber(MARKER + "-CLAIM")
        .build();
  }

  @Test
  void patientToStringHidesNameDateOfBirthClaimNumberAndOccupation() {
    String text = patient().toString();

    assertThat(text).doesNotContain(MARKER).doesNotContain("1952").contains("age=61", "FEMALE");
    assertThat(patient().occupation()).contains(MARKER + " nurse");
  }

  @Test
  void caseToStringHidesThePatientsIdentifiersToo() {
    Case c =
        Case.builder()
            .caseNumber("CM14-1")
            .patient(patient())
            .dateOfInjury(LocalDate.of(2013, 10, 10))
            .build();

    assertThat(c.toString()).doesNotContain(MARKER).doesNotContain("1952");
  }

  @Test
  void identifiersAreStillThereForTheLetter() {
    assertThat(patient().name()).contains(MARKER + " Name");
    assertThat(patient().claimNumber()).contains(MARKER + "-CLAIM");
  }

  @Test
  void aDecisionIsNotEvaluableExactlyWhenItHasAReason() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                Decision.builder()
                    .itemId("1")
                    .necessity(MedicalNecessity.NECESSARY)
                    .notEvaluableReason("why")
                    .evaluatorId("x")
                    .evaluatorVersion("1")
                    .rationale("r")
                    .build())
        .hasMessageContaining("notEvaluableReason");
    Decision ne = Decision.notEvaluable("1", "x", "1", "no guideline");
    assertThat(ne.outcome()).isEmpty();
    assertThat(ne.rationale()).isEqualTo("no guideline");
  }

  @Test
  void aGuidelineEditionKnowsTheDatesItGoverns() {
    GuidelineEdition e =
        GuidelineEdition.builder()
            .source(GuidelineSource.MTUS)
            .title("MTUS")
            .label("2007")
            .effectiveFrom(LocalDate.of(2007, 6, 15))
            .effectiveTo(LocalDate.of(2009, 7, 17))
            .build();

    assertThat(e.inForceOn(LocalDate.of(2007, 6, 14))).isFalse();
    assertThat(e.inForceOn(LocalDate.of(2007, 6, 15))).isTrue();
    assertThat(e.inForceOn(LocalDate.of(2009, 7, 17))).isTrue();
    assertThat(e.inForceOn(LocalDate.of(2009, 7, 18))).isFalse();
    assertThat(e.evidenceTier()).isEqualTo(EvidenceTier.MTUS);
  }

  @Test
  void regionsAndModalitiesAreReadFromTheirPhrases() {
    assertThat(BodyRegion.fromPhrase("Low  Back")).contains(BodyRegion.LUMBAR_SPINE);
    assertThat(BodyRegion.fromPhrase("mid back")).contains(BodyRegion.THORACIC_SPINE);
    assertThat(BodyRegion.fromPhrase("spleen")).isEmpty();
    assertThat(Modality.fromPhrase("PT")).contains(Modality.PHYSICAL_THERAPY);
    assertThat(Modality.fromPhrase("chiropractic")).contains(Modality.CHIROPRACTIC_MANIPULATION);
    assertThat(Laterality.fromWord("Both")).contains(Laterality.BILATERAL);
  }
}
