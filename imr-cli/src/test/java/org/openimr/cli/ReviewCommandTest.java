package org.openimr.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.openimr.cli.Cli.imr;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openimr.json.ImrJson;

/**
 * {@code imr review}, run in-process on the published seed letter, on a folder of letters in the
 * three layouts the parser reads plus one that is not a letter, and on bad input.
 */
class ReviewCommandTest {
  static final String SEED_LETTER =
      "../imr-testkit/src/main/resources/org/openimr/testkit/letters/seed-letter.txt";
  private static final String MARKER = "ZQXMARKER";

  /** Not a letter: a fax cover sheet, which has none of a letter's headings. */
  private static final String FAX_COVER =
      "FAX COVER SHEET\n\nTo: " + MARKER + "\nPages: 3\nRe: final determination enclosed\n";

  @TempDir Path dir;

  @Test
  void theSeedLetterIsUpheldByTheLetterAndByTheLibraryForTheSameFailingCriteria() {
    Cli.Run run = imr("review", SEED_LETTER);

    // The letter: six sessions, "no documented findings of objective functional improvement".
    // The library: the extension rule 9792.24.1(d) fails, as functional improvement as
    // 9792.20(f) defines it is not documented.
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out().lines())
        .containsExactly(
            SEED_LETTER
                + ": 1 item: 1 agree, 0 disagree, 0 not evaluable; 100% agreement on 1 decided",
            "  Acupuncture 3x4 — letter Upheld, library Upheld: agree",
            "    Failing criteria (mtus.acupuncture):",
            "      mtus.acupuncture.extension (not documented), 8 CCR § 9792.24.1(d)",
            "      mtus.acupuncture.functional-improvement (not documented), 8 CCR § 9792.20(f)");
  }

  @Test
  void aFolderIsReviewedLetterByLetterWithTotalsByModalityAndAnUnreadableLetterExitsWithOne()
      throws IOException {
    Path seed = Files.copy(Path.of(SEED_LETTER), dir.resolve("1-seed.txt"));
    Path documents = copyResource("decisions-and-documents.txt", "2-documents-reviewed.txt");
    Path issue = copyResource("issue-at-dispute.txt", "3-issue-at-dispute.txt");
    Path fax = Files.writeString(dir.resolve("4-fax-cover.txt"), FAX_COVER);
    Files.writeString(dir.resolve("notes.md"), "not a *.txt file: not read");

    Cli.Run run = imr("review", dir.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .isEqualTo(
            "imr review: "
                + fax
                + ": is not a final determination letter: it has none of the headings of a known"
                + " layout, such as \"IMR ISSUES, DECISIONS AND RATIONALES\", \"IMR DECISION(S)"
                + " AND RATIONALE(S)\" or \"ISSUE AT DISPUTE\"\n");
    List<String> out = run.out().lines().toList();
    assertThat(out)
        .contains(
            seed + ": 1 item: 1 agree, 0 disagree, 0 not evaluable; 100% agreement on 1 decided",
            "  Acupuncture 3x4 — letter Upheld, library Upheld: agree",
            documents
                + ": 2 items: 2 agree, 0 disagree, 0 not evaluable; 100% agreement on 2 decided",
            // a first trial of 6 visits over 2 weeks, no chiropractic care before: overturned
            "  Chiropractic manipulation 3x2 for the low back — letter Overturned, library"
                + " Overturned: agree",
            "    Criteria (mtus.chronic-pain.physical-medicine): all 4 met or not applicable",
            // lumbar sprain (847.2) is in no diagnosis group, but prior physical therapy without
            // documented functional improvement fails continued therapy whatever the diagnosis
            "  Physical therapy 3x4 for the low back — letter Upheld, library Upheld: agree",
            issue + ": 1 item: 1 agree, 0 disagree, 0 not evaluable; 100% agreement on 1 decided",
            // a first trial of six, ibuprofen not tolerated: overturned
            "  Acupuncture 1x6 for the neck — letter Overturned, library Overturned: agree",
            fax
                + ": not reviewed: is not a final determination letter: it has none of the"
                + " headings of a known layout, such as \"IMR ISSUES, DECISIONS AND RATIONALES\","
                + " \"IMR DECISION(S) AND RATIONALE(S)\" or \"ISSUE AT DISPUTE\"");
    assertThat(out).noneMatch(l -> l.startsWith("    Reason: "));
    assertThat(out.subList(out.indexOf("Totals by modality:"), out.size()))
        .containsExactly(
            "Totals by modality:",
            "  Acupuncture: 2 items: 2 agree, 0 disagree, 0 not evaluable; 100% agreement on 2"
                + " decided",
            "  Physical therapy: 1 item: 1 agree, 0 disagree, 0 not evaluable; 100% agreement on 1"
                + " decided",
            "  Chiropractic manipulation: 1 item: 1 agree, 0 disagree, 0 not evaluable; 100%"
                + " agreement on 1 decided",
            "  All: 4 items: 4 agree, 0 disagree, 0 not evaluable; 100% agreement on 4 decided",
            "Letters: 4, 1 not reviewed");
    assertThat(run.all()).doesNotContain(MARKER).doesNotContain("Exception");
  }

  @Test
  void jsonPrintsOneLinePerLetterThenTheTotals() throws IOException {
    Path seed = Files.copy(Path.of(SEED_LETTER), dir.resolve("1-seed.txt"));
    Path fax = Files.writeString(dir.resolve("2-fax-cover.txt"), FAX_COVER);

    Cli.Run run = imr("review", "--json", dir.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    List<Map<String, Object>> lines = run.out().lines().map(ReviewCommandTest::object).toList();
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0))
        .isEqualTo(
            Map.of(
                "source",
                seed.toString(),
                "items",
                List.of(
                    Map.of(
                        "item", "1",
                        "name", "Acupuncture 3x4",
                        "modality", "ACUPUNCTURE",
                        "letter", "UPHELD",
                        "library", "UPHELD",
                        "evaluator", "mtus.acupuncture",
                        "failingCriteria",
                            List.of(
                                "mtus.acupuncture.extension",
                                "mtus.acupuncture.functional-improvement"),
                        "agreement", "AGREE"))));
    assertThat(lines.get(1)).containsEntry("source", fax.toString()).containsKey("problem");
    assertThat(lines.get(2).get("totals"))
        .isEqualTo(
            Map.of(
                "letters",
                2,
                "notReviewed",
                1,
                "byModality",
                Map.of("ACUPUNCTURE", Map.of("agree", 1, "disagree", 0, "notEvaluable", 0)),
                "all",
                Map.of("agree", 1, "disagree", 0, "notEvaluable", 0)));
  }

  @Test
  void askedForProgressAFolderRunDrawsTheLetterCountOnStandardError() throws IOException {
    Files.copy(Path.of(SEED_LETTER), dir.resolve("1-seed.txt"));
    copyResource("issue-at-dispute.txt", "2-issue-at-dispute.txt");

    Cli.Run run = imr("review", "--progress", dir.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.err())
        .startsWith("\rimr review: 1/2 letters (50%)")
        .endsWith("imr review: 2/2 letters (100%)\n");
    assertThat(run.out()).contains("Letters: 2\n");
  }

  @Test
  void aMissingPathIsInvalidInputNamedWithoutAStackTrace() {
    Cli.Run run = imr("review", "no-such-letters");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("imr review: no-such-letters: no such file or directory\n");
  }

  @Test
  void aLetterThatCannotBeReadIsNamedWithWhatIsWrong() throws IOException {
    Path empty = Files.writeString(dir.resolve("empty.txt"), "");
    Path fax = Files.writeString(dir.resolve("fax.txt"), FAX_COVER);
    Path binary = Files.write(dir.resolve("binary.txt"), new byte[] {0, 1, (byte) 0xff});

    Cli.Run emptyRun = imr("review", empty.toString());
    Cli.Run faxRun = imr("review", fax.toString());
    Cli.Run binaryRun = imr("review", binary.toString());

    assertThat(emptyRun.exitCode()).isEqualTo(1);
    assertThat(emptyRun.err()).isEqualTo("imr review: " + empty + ": is empty\n");
    assertThat(faxRun.exitCode()).isEqualTo(1);
    assertThat(faxRun.err())
        .startsWith("imr review: " + fax + ": is not a final determination letter: it has none")
        .doesNotContain(MARKER);
    assertThat(binaryRun.exitCode()).isEqualTo(1);
    assertThat(binaryRun.err()).startsWith("imr review: " + binary + ": ");
    assertThat(emptyRun.out() + faxRun.out() + binaryRun.out()).isEmpty();
  }

  @Test
  void aLetterThatNamesNoDisputedItemIsNotReviewed() throws IOException {
    Path letter =
        Files.writeString(
            dir.resolve("no-items.txt"),
            "CLINICAL CASE SUMMARY\n\nThe patient is a 50 year old male roofer who sustained an"
                + " injury to the low back on 1/5/2013.\n\nIMR ISSUES, DECISIONS AND"
                + " RATIONALES\n\nThe decisions follow.\n");

    Cli.Run run = imr("review", letter.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).startsWith("imr review: " + letter + ": names no disputed item");
  }

  @Test
  void patientDataInALetterIsNeverPrinted() throws IOException {
    String seed = Files.readString(Path.of(SEED_LETTER), UTF_8);
    Path letter =
        Files.writeString(
            dir.resolve("named.txt"),
            seed.replace(
                "The patient is a 61 year old female nurse",
                "The patient, " + MARKER + ", is a 61 year old female nurse"));

    Cli.Run text = imr("review", letter.toString());
    Cli.Run json = imr("review", "--json", letter.toString());

    assertThat(text.exitCode()).isZero();
    assertThat(text.out()).contains("Acupuncture 3x4 — letter Upheld, library Upheld: agree");
    assertThat(text.all() + json.all()).doesNotContain(MARKER);
  }

  @Test
  void usageErrorsExitWithTwo() {
    assertThat(imr("review").exitCode()).isEqualTo(2);
    assertThat(imr("review", "--no-such-option", SEED_LETTER).exitCode()).isEqualTo(2);
    assertThat(imr("review", SEED_LETTER, "another.txt").exitCode()).isEqualTo(2);
  }

  @SuppressWarnings("unchecked") // a JSON object, read as a map with string keys
  private static Map<String, Object> object(String json) {
    return ImrJson.standard().read(json, Map.class);
  }

  private Path copyResource(String name, String as) throws IOException {
    try (InputStream in = ReviewCommandTest.class.getResourceAsStream("letters/" + name)) {
      assertThat(in).as("test resource letters/" + name).isNotNull();
      Path target = dir.resolve(as);
      Files.copy(in, target);
      return target;
    }
  }
}
