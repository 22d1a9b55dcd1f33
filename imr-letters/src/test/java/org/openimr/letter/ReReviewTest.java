package org.openimr.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openimr.model.Case;
import org.openimr.model.ImrOutcome;
import org.openimr.model.Modality;
import org.openimr.review.ImrReviewer;

/** parse, build the case, decide, compare; one letter and a folder of them. */
class ReReviewTest {
  /** Acupuncture and physical therapy only; extensions need objective improvement. */
  private static final ImrReviewer REVIEWER =
      ImrReviewer.builder()
          .register(
              StubEvaluator.extensionNeedsImprovement("stub.acupuncture", Modality.ACUPUNCTURE),
              StubEvaluator.extensionNeedsImprovement("stub.pt", Modality.PHYSICAL_THERAPY))
          .build();

  private static final String SUMMARY =
      "The patient is a 50 year old male roofer who sustained an injury to the low back on"
          + " 1/5/2013. According to a report dated 3/1/2013, he has had 6 sessions of acupuncture.";

  @Test
  void everyItemOfALetterIsComparedWithTheLibrarysDecision() {
    LetterReview review = ReReview.with(REVIEWER).review(Letters.DECISIONS_AND_DOCUMENTS);

    // PT: 12 sessions had, no objective improvement -> upheld by both.
    // Acupuncture: 6 authorized but none had -> overturned by both.
    assertThat(review.items())
        .extracting(ItemComparison::itemId, ItemComparison::agreement)
        .containsExactly(tuple("1", Agreement.AGREE), tuple("2", Agreement.AGREE));
    assertThat(review.items().get(1).libraryOutcome()).contains(ImrOutcome.OVERTURNED);
    assertThat(review.items().get(1).adverseCriteria()).isEmpty();
    assertThat(review.determination()).isPresent();
    assertThat(review.counts().agree()).isEqualTo(2);
  }

  @Test
  void anItemNoEvaluatorCoversIsNotEvaluableWithTheReviewersReason() {
    ItemComparison chiropractic =
        ReReview.with(REVIEWER).review(Letters.ISSUE_AT_DISPUTE).items().get(0);

    assertThat(chiropractic.agreement()).isEqualTo(Agreement.NOT_EVALUABLE);
    assertThat(chiropractic.letterOutcome()).contains(ImrOutcome.UPHELD);
    assertThat(chiropractic.reason().orElseThrow())
        .startsWith("The library could not decide the item: No applicable guideline");
  }

  @Test
  void aLetterWithoutARequestReportOrReviewDateCannotBeReviewed() {
    String letter =
        Letters.withSummary(
            "The patient is a 50 year old male roofer who sustained an injury to the low back on"
                + " 1/5/2013. He has had 6 sessions of acupuncture.",
            "Acupuncture 3x4: Upheld");

    ItemComparison item = ReReview.with(REVIEWER).review(letter).items().get(0);

    // the injury date never stands in for the request date
    assertThat(item.agreement()).isEqualTo(Agreement.NOT_EVALUABLE);
    assertThat(item.reason().orElseThrow()).contains("No guideline edition can be chosen");
  }

  @Test
  void aLetterWithoutTheAgeCannotBecomeACase() {
    String letter =
        Letters.withSummary(
            "The patient sustained an injury on 1/5/2013. A report dated 3/1/2013 notes pain.",
            "Acupuncture 3x4: Upheld");

    ItemComparison item = ReReview.with(REVIEWER).review(letter).items().get(0);

    assertThat(item.agreement()).isEqualTo(Agreement.NOT_EVALUABLE);
    assertThat(item.reason().orElseThrow())
        .isEqualTo(
            "No case could be built from the letter: letter does not state the patient's age.");
    assertThatThrownBy(() -> LetterParser.standard().parse(letter).toCase())
        .isInstanceOfSatisfying(
            LetterParseException.class,
            e -> assertThat(e.problem()).isEqualTo(LetterParseException.Problem.NOT_A_CASE));
  }

  @Test
  void anItemWhoseRequestCannotBeReadIsNotEvaluableWhileTheOthersAreCompared() {
    String letter =
        Letters.withSummary(SUMMARY, "Norco 10/325 #60: Upheld", "Acupuncture 3x4: Upheld");

    LetterReview review = ReReview.with(REVIEWER).review(letter);

    assertThat(review.items())
        .extracting(ItemComparison::agreement)
        .containsExactly(Agreement.NOT_EVALUABLE, Agreement.AGREE);
    assertThat(review.items().get(0).reason().orElseThrow())
        .contains("could not be read as a treatment request");
    assertThat(review.items().get(0).modality()).isEmpty();
  }

  @Test
  void anItemWithoutADecisionIsNotEvaluable() {
    String letter = Letters.withSummary(SUMMARY, "1. Is Acupuncture 3x4 medically necessary?");

    ItemComparison item = ReReview.with(REVIEWER).review(letter).items().get(0);

    assertThat(item.agreement()).isEqualTo(Agreement.NOT_EVALUABLE);
    assertThat(item.reason()).contains("The letter states no decision for the item.");
    assertThat(item.libraryOutcome()).contains(ImrOutcome.UPHELD);
  }

  @Test
  void anItemNamedWithoutAQuantityTakesTheSummarysRequestOfItsModality() {
    String letter =
        Letters.withSummary(
            SUMMARY + " An appeal was requested for 3x4 acupuncture sessions.",
            "Additional acupuncture sessions: Upheld");

    ParsedItem item = LetterParser.standard().parse(letter).items().get(0);

    assertThat(item.request().map(r -> r.totalSessions())).contains(12);
    assertThat(ReReview.with(REVIEWER).review(letter).items().get(0).agreement())
        .isEqualTo(Agreement.AGREE);
  }

  @Test
  void aFolderOfLettersIsCountedByModality(@TempDir Path folder) throws IOException {
    Files.writeString(folder.resolve("01-seed.txt"), Letters.SEED);
    Files.writeString(folder.resolve("02-documents.txt"), Letters.DECISIONS_AND_DOCUMENTS);
    Files.writeString(folder.resolve("03-issue.TXT"), Letters.ISSUE_AT_DISPUTE);
    Files.write(folder.resolve("04-binary.txt"), new byte[] {0, 1, 2, (byte) 0xff, (byte) 0xfe});
    Files.writeString(folder.resolve("05-not-a-letter.txt"), "Dear patient, see you soon.");
    Files.writeString(folder.resolve("06-empty.txt"), "");
    Files.writeString(folder.resolve("notes.pdf"), Letters.SEED, StandardCharsets.UTF_8);
    Files.createDirectory(folder.resolve("sub.txt"));

    ReReviewReport report = ReReview.with(REVIEWER).reviewFolder(folder);

    assertThat(report.letters())
        .extracting(l -> l.source().orElseThrow())
        .containsExactly(
            "01-seed.txt",
            "02-documents.txt",
            "03-issue.TXT",
            "04-binary.txt",
            "05-not-a-letter.txt",
            "06-empty.txt");
    assertThat(report.unreadableLetters()).isEqualTo(3);
    assertThat(report.letters().get(5).unreadable()).contains(LetterParseException.Problem.EMPTY);
    Map<Modality, AgreementCounts> counts = report.countsByModality();
    assertThat(counts.keySet())
        .containsExactly(
            Modality.ACUPUNCTURE,
            Modality.PHYSICAL_THERAPY,
            Modality.MASSAGE,
            Modality.CHIROPRACTIC_MANIPULATION);
    assertThat(counts.get(Modality.ACUPUNCTURE)).isEqualTo(AgreementCounts.of(2, 0, 0));
    assertThat(counts.get(Modality.PHYSICAL_THERAPY)).isEqualTo(AgreementCounts.of(1, 0, 0));
    assertThat(counts.get(Modality.CHIROPRACTIC_MANIPULATION))
        .isEqualTo(AgreementCounts.of(0, 0, 1));
    assertThat(report.totals()).isEqualTo(AgreementCounts.of(3, 0, 2));
    assertThat(report.totals().agreementRate()).contains(1.0);
    assertThat(report.totals().total()).isEqualTo(5);
  }

  @Test
  void eachLettersReviewIsHandedOnAsItIsMadeInFileNameOrder(@TempDir Path folder)
      throws IOException {
    Files.writeString(folder.resolve("b-documents.txt"), Letters.DECISIONS_AND_DOCUMENTS);
    Files.writeString(folder.resolve("a-seed.txt"), Letters.SEED);
    Files.writeString(folder.resolve("c-empty.txt"), "");
    List<LetterReview> handedOn = new ArrayList<>();

    ReReviewReport report = ReReview.with(REVIEWER).reviewFolder(folder, handedOn::add);

    assertThat(handedOn).isEqualTo(report.letters());
    assertThat(handedOn)
        .extracting(l -> l.source().orElseThrow())
        .containsExactly("a-seed.txt", "b-documents.txt", "c-empty.txt");
  }

  @Test
  void aLetterFileLongerThanTheParsersBoundIsTooLongAndNotReadWhole(@TempDir Path folder)
      throws IOException {
    // 100 characters allowed: at most 401 bytes are read, whatever the file system says its size
    // is.
    Files.writeString(folder.resolve("long.txt"), "x".repeat(401));
    Files.writeString(folder.resolve("short.txt"), "x".repeat(100));

    ReReviewReport report =
        ReReview.with(REVIEWER, LetterParser.withMaxLength(100)).reviewFolder(folder);

    assertThat(report.letters().get(0).unreadable())
        .contains(LetterParseException.Problem.TOO_LONG);
    assertThat(report.letters().get(1).unreadable())
        .isNotEqualTo(Optional.of(LetterParseException.Problem.TOO_LONG));
  }

  @Test
  void aFolderThatCannotBeListedIsAnIoError(@TempDir Path folder) {
    assertThatThrownBy(() -> ReReview.with(REVIEWER).reviewFolder(folder.resolve("missing")))
        .isInstanceOf(IOException.class);
  }

  @Test
  void theRequestDateIsTheRfaElseTheLatestReportAndDatesOutOfOrderAreLeftOut() {
    String base =
        "The patient is a 50 year old male roofer who sustained an injury to the low back on"
            + " 1/5/2013. A report dated 3/1/2013 and a report dated 4/2/2013 note pain.";
    LocalDate april = LocalDate.of(2013, 4, 2);

    Case latestReport =
        LetterParser.standard()
            .parse(Letters.withSummary(base, "Acupuncture 3x4: Upheld"))
            .toCase();
    Case rfa =
        LetterParser.standard()
            .parse(
                Letters.withSummary(
                    base + " The Request for Authorization dated 3/15/2013 was received.",
                    "Acupuncture 3x4: Upheld"))
            .toCase();
    Case imrBeforeUr =
        LetterParser.standard()
            .parse(
                Letters.withSummary(
                    base
                        + " Utilization review dated 4/10/2013 denied it. The application for IMR"
                        + " is dated 4/5/2013.",
                    "Acupuncture 3x4: Upheld"))
            .toCase();

    assertThat(latestReport.requestDate()).contains(april);
    assertThat(rfa.requestDate()).contains(LocalDate.of(2013, 3, 15));
    assertThat(imrBeforeUr.urDecisionDate()).contains(LocalDate.of(2013, 4, 10));
    assertThat(imrBeforeUr.imrApplicationDate()).isEmpty();
  }
}
