package org.openimr.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PhysicalMedicineTableListingTest {
  @Test
  void theListingPrintsTheKneeRowsAndTheRowsOfALumbarDiscCode() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PhysicalMedicineTableListing.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));

    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .contains(
            "knee, cruciate ligament tear, ACL (844, 844.2), ACL repair: 24 visits over 16 weeks,"
                + " period 6 months [QUOTED]")
        .contains("low-back.disc-disorder.discectomy-laminectomy")
        .contains("low-back.disc-disorder.fusion");
  }
}
