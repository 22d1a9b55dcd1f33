package org.openimr.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.openimr.letter.Letters.SEED;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openimr.json.ImrJson;
import org.openimr.model.BodyRegion;
import org.openimr.model.Case;
import org.openimr.model.CriterionStatus;
import org.openimr.model.Determination;
import org.openimr.model.FrequencyRange;
import org.openimr.model.FunctionalElement;
import org.openimr.model.ImrOutcome;
import org.openimr.model.Modality;
import org.openimr.model.PainMedicationStatus;
import org.openimr.model.ReviewerQualifications;
import org.openimr.model.Sex;
import org.openimr.model.TreatmentRequest;
import org.openimr.review.ImrReviewer;

/** The published seed letter: what it states, read back exactly, and re-reviewed. */
class SeedLetterTest {
  private static final ParsedLetter LETTER = LetterParser.standard().parse(SEED);

  @Test
  void theSeedIsReadAsTheIssuesDecisionsAndRationalesLayout() {
    assertThat(LETTER.layout()).isEqualTo(LetterLayout.ISSUES_DECISIONS_AND_RATIONALES);
    assertThat(LETTER.sections())
        .extracting(LetterSection::heading)
        .containsExactly(
            "HOW THE IMR FINAL DETERMINATION WAS MADE",
            "CLINICAL CASE SUMMARY",
            "IMR ISSUES, DECISIONS AND RATIONALES");
  }

  @Test
  void thePatientIsASixtyOneYearOldFemaleNurse() {
    LetterFacts facts = LETTER.facts();
    assertThat(facts.age().map(Fact::value)).contains(61);
    assertThat(facts.sex().map(Fact::value)).contains(Sex.FEMALE);
    assertThat(facts.occupation().map(Fact::value)).contains("nurse");
    assertThat(facts.age().orElseThrow().span().text()).isEqualTo("61 year old");
  }

  @Test
  void theInjuryWasToTheMidBackOnTenOctober2013() {
    LetterFacts facts = LETTER.facts();
    assertThat(facts.dateOfInjury().map(Fact::value)).contains(LocalDate.of(2013, 10, 10));
    assertThat(facts.dateOfInjury().orElseThrow().span().text())
        .startsWith("injury to her mid back")
        .endsWith("on 10/10/13");
    assertThat(facts.injuredRegions())
        .extracting(Fact::value)
        .containsExactly(BodyRegion.THORACIC_SPINE);
  }

  @Test
  void sixAcupunctureAndTwelvePhysicalTherapySessionsWereHad() {
    assertThat(LETTER.facts().priorSessions())
        .extracting(Fact::value)
        .extracting(PriorSessions::modality, PriorSessions::sessions, PriorSessions::authorized)
        .containsExactly(
            tuple(Modality.PHYSICAL_THERAPY, 12, false), tuple(Modality.ACUPUNCTURE, 6, false));
    assertThat(LETTER.facts().priorSessions().get(0).value().outcome()).contains("some relief");
    assertThat(LETTER.facts().priorSessions().get(1).span().text())
        .isEqualTo("six sessions of acupuncture");
  }

  @Test
  void theRequestIsAcupunctureThreeTimesAWeekForFourWeeks() {
    TreatmentRequest expected =
        TreatmentRequest.builder()
            .modality(Modality.ACUPUNCTURE)
            .frequency(FrequencyRange.exactly(3))
            .weeks(4)
            .build();
    assertThat(LETTER.facts().requestedTreatments())
        .extracting(Fact::value)
        .containsExactly(expected);
    assertThat(LETTER.items()).hasSize(1);
    ParsedItem item = LETTER.items().get(0);
    assertThat(item.name()).isEqualTo("Acupuncture 3x4");
    assertThat(item.request()).contains(expected);
    assertThat(item.request().orElseThrow().totalSessions()).isEqualTo(12);
  }

  @Test
  void theItemIsUpheldWithBothGuidelineLinesAndTheRationale() {
    ParsedItem item = LETTER.items().get(0);
    assertThat(item.decision().map(Fact::value)).contains(ImrOutcome.UPHELD);
    assertThat(item.decision().orElseThrow().span().text()).isEqualTo("Upheld");
    assertThat(item.claimsAdministratorGuideline().map(Fact::value))
        .contains("Decision based on MTUS Acupuncture Treatment Guidelines.");
    assertThat(item.reviewerGuideline().map(Fact::value))
        .contains("Decision based on MTUS Acupuncture Treatment Guidelines.");
    assertThat(item.claimsAdministratorGuidelineName())
        .contains("MTUS Acupuncture Treatment Guidelines");
    assertThat(item.rationale().map(Fact::value).orElseThrow())
        .startsWith("California Acupuncture Guidelines state")
        .endsWith("are not medically necessary.")
        .doesNotContain("\n");
  }

  @Test
  void imagingMedicationAndTheReportDateAreRead() {
    LetterFacts facts = LETTER.facts();
    Imaging xray = facts.imaging().get(0).value();
    assertThat(xray.study()).isEqualTo("X-ray");
    assertThat(xray.date()).contains(LocalDate.of(2013, 11, 11));
    assertThat(xray.region()).contains(BodyRegion.THORACIC_SPINE);
    assertThat(xray.result()).contains("negative");
    assertThat(facts.medications()).extracting(Fact::value).containsExactly("NSAIDs");
    assertThat(facts.reportDates())
        .extracting(Fact::value)
        .containsExactly(LocalDate.of(2014, 2, 9));
    assertThat(facts.painMedication()).isEmpty();
    assertThat(facts.requestDate()).isEmpty();
  }

  @Test
  void theFiftyFivePercentIsSubjectiveAndTheMissingObjectiveImprovementIsDenied() {
    List<ImprovementStatement> statements =
        LETTER.facts().improvements().stream().map(Fact::value).toList();
    assertThat(statements)
        .filteredOn(s -> !s.denied())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.objective()).isFalse();
              assertThat(s.percent()).contains(55);
              assertThat(s.element()).isEqualTo(FunctionalElement.GLOBAL_IMPROVEMENT_REPORT);
            });
    assertThat(statements).filteredOn(ImprovementStatement::denied).hasSize(2);
  }

  @Test
  void theOrganizationAndTheReviewersQualificationsAreRead() {
    assertThat(LETTER.organization().map(Fact::value)).contains("MAXIMUS Federal Services");
    assertThat(LETTER.reviewer().map(Fact::value)).contains(seedQualifications());
  }

  @Test
  void everyFactsSpanIsTheExactInputText() {
    for (Fact<?> fact : Letters.allFacts(LETTER)) {
      TextSpan span = fact.span();
      assertThat(SEED.substring(span.start(), span.end())).isEqualTo(span.text());
    }
    assertThat(Letters.allFacts(LETTER)).hasSizeGreaterThan(15);
  }

  @Test
  void theSeedBecomesACaseDatedByItsReportWithNothingInvented() {
    Case c = LETTER.toCase();
    assertThat(c.caseNumber()).isEqualTo(ParsedLetter.UNKNOWN_CASE_NUMBER);
    assertThat(c.patient().age()).isEqualTo(61);
    assertThat(c.patient().name()).isEmpty();
    assertThat(c.requestDate()).contains(LocalDate.of(2014, 2, 9));
    assertThat(c.injuredRegions()).containsExactly(BodyRegion.THORACIC_SPINE);
    assertThat(c.painMedication()).isEqualTo(PainMedicationStatus.NOT_DOCUMENTED);
    assertThat(c.treatmentHistory())
        .extracting(t -> t.modality(), t -> t.sessionsCompleted().orElseThrow())
        .containsExactly(tuple(Modality.PHYSICAL_THERAPY, 12), tuple(Modality.ACUPUNCTURE, 6));
    // the letter does not say which region the request or the sessions were for
    assertThat(c.disputedItems().get(0).request().region()).isEmpty();
    assertThat(c.treatmentHistory()).allSatisfy(t -> assertThat(t.region()).isEmpty());
    assertThat(c.functionalImprovement())
        .singleElement()
        .satisfies(e -> assertThat(e.objective()).isFalse());
    assertThat(c.violations()).isEmpty();
  }

  @Test
  void reReviewAgreesWithTheUpheldDecisionAndShowsTheFailingCriterion() {
    ImrReviewer reviewer =
        ImrReviewer.builder()
            .register(
                StubEvaluator.extensionNeedsImprovement("stub.acupuncture", Modality.ACUPUNCTURE))
            .build();

    LetterReview review = ReReview.with(reviewer).review(SEED);

    // Upheld by both: six sessions were had and no objective improvement is documented
    ItemComparison item = review.items().get(0);
    assertThat(item.agreement()).isEqualTo(Agreement.AGREE);
    assertThat(item.letterOutcome()).contains(ImrOutcome.UPHELD);
    assertThat(item.libraryOutcome()).contains(ImrOutcome.UPHELD);
    assertThat(item.modality()).contains(Modality.ACUPUNCTURE);
    assertThat(item.adverseCriteria())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.id()).isEqualTo("stub.acupuncture.functional-improvement");
              assertThat(c.status()).isEqualTo(CriterionStatus.NOT_DOCUMENTED);
            });
    assertThat(review.counts().agree()).isEqualTo(1);
  }

  @Test
  void reReviewDisagreesWhenTheLibraryWouldOverturn() {
    ImrReviewer lenient =
        ImrReviewer.builder()
            .register(new StubEvaluator("stub.acupuncture", Modality.ACUPUNCTURE, c -> false))
            .build();

    ItemComparison item = ReReview.with(lenient).review(SEED).items().get(0);

    assertThat(item.agreement()).isEqualTo(Agreement.DISAGREE);
    assertThat(item.libraryOutcome()).contains(ImrOutcome.OVERTURNED);
    assertThat(item.reason()).isEmpty();
  }

  @Test
  void renderingTheSeedsCaseReproducesItsStructureAndDecision() throws IOException {
    Case c = seedCase();
    ImrReviewer reviewer =
        ImrReviewer.builder()
            .register(
                StubEvaluator.extensionNeedsImprovement("stub.acupuncture", Modality.ACUPUNCTURE))
            .qualifications(seedQualifications())
            .build();
    Determination d = reviewer.review(c);
    LetterRenderer renderer =
        LetterRenderer.builder()
            .organization("MAXIMUS Federal Services")
            .guidelineLabel("MAXIMUS")
            .build();

    String text = renderer.plainText(c, d);
    ParsedLetter back = LetterParser.standard().parse(text);

    assertThat(back.sections())
        .extracting(LetterSection::heading)
        .isEqualTo(LETTER.sections().stream().map(LetterSection::heading).toList());
    assertThat(text)
        .contains("Acupuncture 3x4: Upheld")
        .contains(
            "Claims Administrator guideline: Decision based on MTUS Acupuncture Treatment Guidelines.")
        .contains("MAXIMUS guideline: Decision based on 8 CCR § 9792.24.1(d)");
    // the qualifications paragraph is the seed's, word for word
    assertThat(normalized(back.sections().get(0).text()))
        .isEqualTo(normalized(LETTER.sections().get(0).text()));
    assertThat(back.reviewer().map(Fact::value)).isEqualTo(LETTER.reviewer().map(Fact::value));
    assertThat(back.items())
        .extracting(ParsedItem::name, i -> i.decision().map(Fact::value))
        .containsExactly(tuple("Acupuncture 3x4", Optional.of(ImrOutcome.UPHELD)));
    LetterFacts facts = back.facts();
    assertThat(facts.age().map(Fact::value)).contains(61);
    assertThat(facts.sex().map(Fact::value)).contains(Sex.FEMALE);
    assertThat(facts.occupation().map(Fact::value)).contains("nurse");
    assertThat(facts.dateOfInjury().map(Fact::value)).contains(LocalDate.of(2013, 10, 10));
    assertThat(facts.injuredRegions())
        .extracting(Fact::value)
        .containsExactly(BodyRegion.THORACIC_SPINE);
    assertThat(back.toCase().treatmentHistory()).isEqualTo(c.treatmentHistory());
  }

  static Case seedCase() throws IOException {
    try (InputStream in =
        SeedLetterTest.class.getResourceAsStream("/org/openimr/json/seed-case.json")) {
      return ImrJson.standard().readCase(in.readAllBytes());
    }
  }

  static ReviewerQualifications seedQualifications() {
    return ReviewerQualifications.builder()
        .specialty("Occupational Medicine")
        .subspecialty("Preventive Medicine")
        .licensedIn("California")
        .yearsInActivePractice(5)
        .hoursPerWeekInPractice(24)
        .build();
  }

  private static String normalized(String s) {
    return s.replaceAll("\\s+", " ").trim();
  }
}
