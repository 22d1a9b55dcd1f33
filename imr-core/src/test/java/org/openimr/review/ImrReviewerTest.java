package org.openimr.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openimr.model.Case;
import org.openimr.model.Decision;
import org.openimr.model.Determination;
import org.openimr.model.DisputedItem;
import org.openimr.model.GuidelineEdition;
import org.openimr.model.GuidelineSource;
import org.openimr.model.ImrOutcome;
import org.openimr.model.InvalidCaseException;
import org.openimr.model.MedicalNecessity;
import org.openimr.model.Modality;
import org.openimr.model.Patient;
import org.openimr.model.ReviewerQualifications;
import org.openimr.model.Sex;
import org.openimr.model.TreatmentRequest;
import org.openimr.model.UrDecision;
import org.openimr.spi.Applicability;
import org.openimr.spi.GuidelineEvaluator;

class ImrReviewerTest {
  private static final String MARKER = "ZQXMARKER";

  static DisputedItem item(String id, String shorthand) {
    return DisputedItem.builder()
        .id(id)
        .requestedAs(shorthand)
        .request(TreatmentRequest.parse(shorthand))
        .urDecision(UrDecision.denied())
        .build();
  }

  static Case caseWith(DisputedItem... items) {
    return Case.builder()
        .caseNumber("CM14-0000001")
        .patient(
            Patient.builder()
                .age(61)
                .sex(Sex.FEMALE)
                .occupation("nurse")
                .name(MARKER + " Patient")
                .claimNumber(MARKER + "-CLAIM")
                .build())
        .dateOfInjury(LocalDate.of(2013, 10, 10))
        .requestDate(LocalDate.of(2014, 2, 9))
        .addDisputedItems(items)
        .build();
  }

  private static StubEvaluator deciding(
      String id, GuidelineSource source, Modality modality, MedicalNecessity necessity) {
    return new StubEvaluator(id, source, modality, (c, i) -> necessity);
  }

  @Test
  void everyItemGetsOneDecisionInItemOrder() {
    ImrReviewer reviewer =
        ImrReviewer.builder()
            .register(
                deciding(
                    "acu",
                    GuidelineSource.MTUS,
                    Modality.ACUPUNCTURE,
                    MedicalNecessity.NOT_NECESSARY),
                deciding(
                    "pt",
                    GuidelineSource.MTUS,
                    Modality.PHYSICAL_THERAPY,
                    MedicalNecessity.NECESSARY))
            .build();

    Determination d =
        reviewer.review(caseWith(item("a", "PT 2x3 knee"), item("b", "Acupuncture 3x4")));

    assertThat(d.decisions()).extracting(Decision::itemId).containsExactly("a", "b");
    assertThat(d.decisionFor("a").orElseThrow().outcome()).contains(ImrOutcome.OVERTURNED);
    assertThat(d.decisionFor("b").orElseThrow().outcome()).contains(ImrOutcome.UPHELD);
    assertThat(d.caseNumber()).isEqualTo("CM14-0000001");
  }

  @Test
  void mtusIsAskedBeforeOtherGuidelinesWhateverTheRegistrationOrder() {
    ImrReviewer reviewer =
        ImrReviewer.builder()
            .register(
                deciding(
                    "odg", GuidelineSource.ODG, Modality.ACUPUNCTURE, MedicalNecessity.NECESSARY),
                deciding(
                    "mtus",
                    GuidelineSource.MTUS,
                    Modality.ACUPUNCTURE,
                    MedicalNecessity.NOT_NECESSARY))
            .build();

    Decision decision = reviewer.review(caseWith(item("1", "Acupuncture 3x4"))).decisions().get(0);

    assertThat(reviewer.evaluators())
        .extracting(GuidelineEvaluator::id)
        .containsExactly("mtus", "odg");
    assertThat(decision.evaluatorId()).isEqualTo("mtus");
  }

  @Test
  void aLowerTierGuidelineDecidesWhenMtusDoesNotAddressTheItem() {
    ImrReviewer reviewer =
        ImrReviewer.builder()
            .register(
                deciding(
                    "mtus",
                    GuidelineSource.MTUS,
                    Modality.PHYSICAL_THERAPY,
                    MedicalNecessity.NECESSARY),
                deciding(
                    "odg", GuidelineSource.ODG, Modality.ACUPUNCTURE, MedicalNecessity.NECESSARY))
            .build();

    assertThat(
            reviewer
                .review(caseWith(item("1", "Acupuncture 3x4")))
                .decisions()
                .get(0)
                .evaluatorId())
        .isEqualTo("odg");
  }

  @Test
  void anItemNoEvaluatorCoversIsExplicitlyNotEvaluableWithEachReason() {
    ImrReviewer reviewer =
        ImrReviewer.builder()
            .register(
                deciding(
                    "pt",
                    GuidelineSource.MTUS,
                    Modality.PHYSICAL_THERAPY,
                    MedicalNecessity.NECESSARY))
            .build();

    Decision decision = reviewer.review(caseWith(item("1", "Acupuncture 3x4"))).decisions().get(0);

    assertThat(decision.necessity()).isEqualTo(MedicalNecessity.NOT_EVALUABLE);
    assertThat(decision.outcome()).isEmpty();
    assertThat(decision.evaluatorId()).isEqualTo(ImrReviewer.REVIEWER_ID);
    assertThat(decision.notEvaluableReason().orElseThrow())
        .startsWith("No applicable guideline: ")
        .contains("pt: covers only PHYSICAL_THERAPY");
  }

  @Test
  void aReviewerWithNoEvaluatorsSaysSo() {
    Decision decision =
        ImrReviewer.builder()
            .build()
            .review(caseWith(item("1", "Acupuncture 3x4")))
            .decisions()
            .get(0);

    assertThat(decision.notEvaluableReason())
        .contains("No applicable guideline: no guideline evaluators are registered.");
  }

  @Test
  void aRequestDatedBeforeEveryEditionIsNotEvaluatedSilently() {
    ImrReviewer reviewer =
        ImrReviewer.builder()
            .register(
                deciding(
                    "acu", GuidelineSource.MTUS, Modality.ACUPUNCTURE, MedicalNecessity.NECESSARY))
            .build();
    Case old =
        Case.builder()
            .from(caseWith(item("1", "Acupuncture 3x4")))
            .dateOfInjury(LocalDate.of(2005, 1, 1))
            .requestDate(LocalDate.of(2006, 1, 1))
            .build();

    Decision decision = reviewer.review(old).decisions().get(0);

    assertThat(decision.necessity()).isEqualTo(MedicalNecessity.NOT_EVALUABLE);
    assertThat(decision.notEvaluableReason().orElseThrow())
        .contains("acu: no edition it encodes is in force on the request date 2006-01-01");
  }

  @Test
  void aCaseWithoutAnyDateToChooseAnEditionByIsNotEvaluable() {
    Case undated =
        Case.builder()
            .from(caseWith(item("1", "Acupuncture 3x4")))
            .requestDate(java.util.Optional.empty())
            .build();
    ImrReviewer reviewer =
        ImrReviewer.builder()
            .register(
                deciding(
                    "acu", GuidelineSource.MTUS, Modality.ACUPUNCTURE, MedicalNecessity.NECESSARY))
            .build();

    assertThat(reviewer.review(undated).decisions().get(0).notEvaluableReason().orElseThrow())
        .contains("no request date");
  }

  @Test
  void anEvaluatorThatThrowsYieldsANotEvaluableDecisionWithoutItsMessage() {
    GuidelineEvaluator throwing =
        new StubEvaluator(
            "broken",
            GuidelineSource.MTUS,
            Modality.ACUPUNCTURE,
            (c, i) -> {
              throw new IllegalStateException("patient " + MARKER + " broke me");
            });
    ImrReviewer reviewer =
        ImrReviewer.builder()
            .register(
                throwing,
                deciding(
                    "pt",
                    GuidelineSource.MTUS,
                    Modality.PHYSICAL_THERAPY,
                    MedicalNecessity.NECESSARY))
            .build();

    Determination d =
        reviewer.review(caseWith(item("1", "Acupuncture 3x4"), item("2", "PT 2x3 knee")));

    Decision failed = d.decisions().get(0);
    assertThat(failed.necessity()).isEqualTo(MedicalNecessity.NOT_EVALUABLE);
    assertThat(failed.evaluatorId()).isEqualTo("broken");
    assertThat(failed.notEvaluableReason().orElseThrow())
        .isEqualTo("Evaluator broken failed while evaluating: java.lang.IllegalStateException.")
        .doesNotContain(MARKER);
    assertThat(d.decisions().get(1).necessity()).isEqualTo(MedicalNecessity.NECESSARY);
  }

  @Test
  void anEvaluatorThatThrowsInApplicabilityIsContainedToo() {
    GuidelineEvaluator throwing =
        new StubEvaluator(
            "broken",
            GuidelineSource.MTUS,
            Modality.ACUPUNCTURE,
            (c, i) -> MedicalNecessity.NECESSARY) {
          @Override
          public Applicability applicability(Case c, DisputedItem item) {
            throw new UnsupportedOperationException(MARKER);
          }
        };

    Decision decision =
        ImrReviewer.builder()
            .register(throwing)
            .build()
            .review(caseWith(item("1", "Acupuncture 3x4")))
            .decisions()
            .get(0);

    assertThat(decision.notEvaluableReason().orElseThrow())
        .contains("failed while checking applicability")
        .doesNotContain(MARKER);
  }

  @Test
  void aDecisionForAnotherItemIsRefused() {
    GuidelineEvaluator confused =
        new StubEvaluator(
            "confused",
            GuidelineSource.MTUS,
            Modality.ACUPUNCTURE,
            (c, i) -> MedicalNecessity.NECESSARY) {
          @Override
          public Decision evaluate(Case c, DisputedItem item, GuidelineEdition edition) {
            return Decision.builder()
                .from(super.evaluate(c, item, edition))
                .itemId("other")
                .build();
          }
        };

    Decision decision =
        ImrReviewer.builder()
            .register(confused)
            .build()
            .review(caseWith(item("1", "Acupuncture 3x4")))
            .decisions()
            .get(0);

    assertThat(decision.itemId()).isEqualTo("1");
    assertThat(decision.notEvaluableReason())
        .contains("Evaluator confused returned a decision for another item.");
  }

  @Test
  void anInvalidCaseIsRefusedWithEveryViolation() {
    Case invalid =
        Case.builder()
            .from(caseWith(item("1", "Acupuncture 3x4"), item("1", "PT 2x3")))
            .urDecisionDate(LocalDate.of(2014, 1, 1))
            .build();

    assertThatThrownBy(() -> ImrReviewer.builder().build().review(invalid))
        .isInstanceOf(InvalidCaseException.class)
        .hasMessageContaining("$.urDecisionDate: must not be before requestDate")
        .hasMessageContaining("$.disputedItems[1].id: must be unique within the case")
        .hasMessageNotContaining(MARKER);
  }

  @Test
  void serviceLoaderFindsEvaluatorsListedInMetaInfServices() {
    ImrReviewer reviewer = ImrReviewer.withDiscoveredEvaluators();

    assertThat(reviewer.evaluators())
        .extracting(GuidelineEvaluator::id)
        .contains("test.discoverable");
    assertThat(reviewer.review(caseWith(item("1", "Massage x4"))).decisions().get(0).evaluatorId())
        .isEqualTo("test.discoverable");
  }

  @Test
  void twoEvaluatorsWithOneIdAreRefused() {
    assertThatThrownBy(
            () ->
                ImrReviewer.builder()
                    .register(
                        deciding(
                            "same",
                            GuidelineSource.MTUS,
                            Modality.MASSAGE,
                            MedicalNecessity.NECESSARY),
                        deciding(
                            "same",
                            GuidelineSource.ODG,
                            Modality.MASSAGE,
                            MedicalNecessity.NECESSARY)))
        .hasMessageContaining("same is already registered");
  }

  @Test
  void determinationsCarryTheConfiguredQualificationsAndDate() {
    ReviewerQualifications q =
        ReviewerQualifications.builder()
            .specialty("Occupational Medicine")
            .licensedIn("California")
            .build();
    ImrReviewer reviewer =
        ImrReviewer.builder()
            .qualifications(q)
            .clock(Clock.fixed(Instant.parse("2014-05-01T12:00:00Z"), ZoneOffset.UTC))
            .build();

    Determination d = reviewer.review(caseWith(item("1", "Acupuncture 3x4")));

    assertThat(d.reviewer()).contains(q);
    assertThat(d.decidedOn()).contains(LocalDate.of(2014, 5, 1));
  }

  @Test
  void decideRefusesAnItemThatIsNotInTheCase() {
    assertThatThrownBy(
            () ->
                ImrReviewer.builder()
                    .build()
                    .decide(caseWith(item("1", "Acupuncture 3x4")), item("2", "PT 2x3")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theLibraryKnowsItsVersion() {
    assertThat(ImrReviewer.version()).matches("\\d+\\.\\d+\\.\\d+.*");
  }

  @Test
  void determinationListsEachCitedEditionOnce() {
    StubEvaluator a =
        deciding("a", GuidelineSource.MTUS, Modality.ACUPUNCTURE, MedicalNecessity.NECESSARY);
    Determination d =
        ImrReviewer.builder()
            .register(a)
            .build()
            .review(caseWith(item("1", "Acupuncture 3x4"), item("2", "Acupuncture x6")));
    assertThat(d.guidelines()).isEqualTo(List.of(a.edition()));
  }
}
