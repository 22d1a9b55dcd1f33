package org.openimr.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openimr.guidelines.mtus.ContentPacks;
import org.openimr.json.ImrJson;
import org.openimr.model.Case;
import org.openimr.model.Decision;
import org.openimr.review.ImrReviewer;

/**
 * The 2025 acupuncture case is not evaluable with the bundled content alone (its editions end
 * 2017-11-30), with the one-sentence reason, and overturned with the testkit's example pack: four
 * sessions are within its (invented) trial of at most five, and every citation is the pack's,
 * tagged [U].
 */
class ContentPackExampleTest {
  @TempDir Path dir;

  @Test
  void the2025CaseIsNotEvaluableWithoutThePackAndDecidedWithItCitingItsSections()
      throws IOException {
    Path pack = dir.resolve("example-content-pack.json");
    try (InputStream in =
        Objects.requireNonNull(
            getClass().getResourceAsStream("/org/openimr/testkit/example-content-pack.json"))) {
      Files.copy(in, pack);
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    ContentPackExample.run(
        ImrJson.standard()
            .readCase(
                Files.readAllBytes(
                    ReadmeTest.ROOT.resolve(
                        "imr-testkit/src/main/resources/org/openimr/testkit/cases/acupuncture-2025.json"))),
        pack,
        new PrintStream(bytes, true, StandardCharsets.UTF_8));

    List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
    assertThat(lines.get(0))
        .isEqualTo(
            "Without the pack: No edition of the MTUS Acupuncture Medical Treatment Guidelines (8"
                + " CCR § 9792.24.1) in force on 2025-03-04 is encoded: supply a content pack for"
                + " that date (see docs/content-packs.md).");
    assertThat(lines.get(1))
        .isEqualTo(
            "With it: Overturned, decided by example.fictional-guidelines 1.0.0 (sha256 "
                + ContentPacks.read(pack).sha256().substring(0, 12)
                + "...)");
    assertThat(lines.subList(2, lines.size()))
        .isNotEmpty()
        .allSatisfy(
            line ->
                assertThat(line)
                    .startsWith("  EXAMPLE § ")
                    .contains("(EXAMPLE — not MTUS acupuncture guidelines, ")
                    .endsWith(" [U]"))
        .anySatisfy(line -> assertThat(line).startsWith("  EXAMPLE § 1(c) "));
  }

  @Test
  void packsChosenTogetherDecideThe2025CaseWithTheUsersPackAndOlderCasesWithTheBundledOnes()
      throws IOException {
    Path pack = dir.resolve("example-content-pack.json");
    try (InputStream in =
        Objects.requireNonNull(
            getClass().getResourceAsStream("/org/openimr/testkit/example-content-pack.json"))) {
      Files.copy(in, pack);
    }
    ImrReviewer reviewer = ContentPackExample.choosePacks(pack);
    Case current =
        ImrJson.standard()
            .readCase(
                Files.readAllBytes(
                    ReadmeTest.ROOT.resolve(
                        "imr-testkit/src/main/resources/org/openimr/testkit/cases/acupuncture-2025.json")));
    Case seed =
        ImrJson.standard()
            .readCase(
                Files.readAllBytes(
                    ReadmeTest.ROOT.resolve(
                        "imr-testkit/src/main/resources/org/openimr/testkit/cases/seed-case.json")));

    Decision decided = reviewer.decide(current, current.disputedItems().get(0));
    Decision old = reviewer.decide(seed, seed.disputedItems().get(0));

    // The 2025 request falls in the example pack's edition; the seed case's in the bundled one.
    assertThat(decided.content())
        .hasValueSatisfying(c -> assertThat(c.id()).startsWith("example."));
    assertThat(old.content()).hasValueSatisfying(c -> assertThat(c.id()).startsWith("openimr."));
  }
}
