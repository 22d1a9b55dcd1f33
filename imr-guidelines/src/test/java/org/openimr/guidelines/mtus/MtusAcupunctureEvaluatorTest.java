package org.openimr.guidelines.mtus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openimr.guidelines.mtus.AcupunctureCase.MARKER;
import static org.openimr.guidelines.mtus.AcupunctureCase.extension;
import static org.openimr.guidelines.mtus.AcupunctureCase.firstTrial;
import static org.openimr.guidelines.mtus.GuidelineProvision.SCOPE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.openimr.model.BodyRegion;
import org.openimr.model.Case;
import org.openimr.model.CriterionResult;
import org.openimr.model.CriterionStatus;
import org.openimr.model.Decision;
import org.openimr.model.DisputedItem;
import org.openimr.model.GuidelineCitation;
import org.openimr.model.GuidelineEdition;
import org.openimr.model.GuidelineSource;
import org.openimr.model.ImrOutcome;
import org.openimr.model.MedicalNecessity;
import org.openimr.model.TreatmentRequest;
import org.openimr.model.UrDecision;
import org.openimr.review.ImrReviewer;
import org.openimr.spi.GuidelineEvaluator;

class MtusAcupunctureEvaluatorTest {
  private final MtusAcupunctureEvaluator evaluator = new MtusAcupunctureEvaluator();

  private Decision decide(Case c) {
    return ImrReviewer.builder().register(evaluator).build().decide(c, c.disputedItems().get(0));
  }

  @Test
  void theSeedCaseIsUpheldBecauseSixSessionsShowNoDocumentedFunctionalImprovement() {
    Case seed = AcupunctureCase.seed();

    Decision decision =
        ImrReviewer.withDiscoveredEvaluators().decide(seed, seed.disputedItems().get(0));

    assertThat(decision.evaluatorId()).isEqualTo("mtus.acupuncture");
    assertThat(decision.necessity()).isEqualTo(MedicalNecessity.NOT_NECESSARY);
    assertThat(decision.outcome()).contains(ImrOutcome.UPHELD);
    assertThat(decision.adverseCriteria().map(CriterionResult::id))
        .containsExactly("mtus.acupuncture.extension", "mtus.acupuncture.functional-improvement");
    assertThat(decision.citations())
        .extracting(GuidelineCitation::section)
        .contains("8 CCR § 9792.24.1(d)", "8 CCR § 9792.20(f)");
    assertThat(decision.rationale())
        .contains("8 CCR § 9792.24.1(d)")
        .contains("8 CCR § 9792.20(f)")
        .contains("6 acupuncture sessions for the mid back")
        .contains("global improvement")
        .endsWith("the request for Acupuncture 3x4 is not medically necessary.");
  }

  @Test
  void theSeedRationaleSaysOnceWhichSectionsTheRecordDoesNotDocument() {
    Case seed = AcupunctureCase.seed();

    String rationale = decide(seed).rationale();

    // Both failing criteria are NOT_DOCUMENTED: one sentence names both sections, after them.
    assertThat(rationale)
        .containsOnlyOnce("The record does not document")
        .contains(
            "The record does not document what 8 CCR § 9792.24.1(d) and 8 CCR § 9792.20(f)"
                + " require. Therefore,");
  }

  @Test
  void theEvaluatorIsFoundByServiceLoader() {
    assertThat(ServiceLoader.load(GuidelineEvaluator.class))
        .anySatisfy(e -> assertThat(e).isInstanceOf(MtusAcupunctureEvaluator.class));
  }

  @Test
  void itEncodesThe2007And2009EditionsWithTheRequestDatesTheyGovern() {
    assertThat(evaluator.id()).isEqualTo("mtus.acupuncture");
    assertThat(evaluator.editions())
        .extracting(
            GuidelineEdition::source,
            GuidelineEdition::label,
            GuidelineEdition::effectiveFrom,
            e -> e.effectiveTo().orElseThrow())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                GuidelineSource.MTUS, "2007", LocalDate.of(2007, 6, 15), LocalDate.of(2009, 7, 17)),
            org.assertj.core.groups.Tuple.tuple(
                GuidelineSource.MTUS,
                "2009",
                LocalDate.of(2009, 7, 18),
                LocalDate.of(2017, 11, 30)));
  }

  @Test
  void itAddressesAcupunctureAndElectroacupunctureOnly() {
    Case c = firstTrial("Acupuncture 2x3 low back").build();

    assertThat(evaluator.applicability(c, item("Acupuncture 2x3")).applies()).isTrue();
    assertThat(evaluator.applicability(c, item("Electroacupuncture 2x3")).applies()).isTrue();
    assertThat(evaluator.applicability(c, item("PT 2x3")).applies()).isFalse();
    assertThat(evaluator.applicability(c, item("PT 2x3")).reason())
        .isEqualTo("modality is not acupuncture or electroacupuncture");
  }

  @Test
  void aDecidedRequestListsEveryCriterionInTheOrderOfTheGuideline() {
    Decision decision = decide(firstTrial("Acupuncture 2x3 low back").build());

    assertThat(decision.criteria())
        .extracting(CriterionResult::id)
        .containsExactlyElementsOf(AcupunctureCriteria.IDS);
    assertThat(decision.criteria())
        .extracting(c -> c.citation().section())
        .containsExactly(
            "8 CCR § 9792.24.1(b)",
            "8 CCR § 9792.24.1(a)(1)",
            "8 CCR § 9792.24.1(a)(2)",
            "8 CCR § 9792.24.1(c)(1)",
            "8 CCR § 9792.24.1(c)(2)",
            "8 CCR § 9792.24.1(c)(3)",
            "8 CCR § 9792.24.1(d)",
            "8 CCR § 9792.24.1(d)",
            "8 CCR § 9792.20(f)");
    assertThat(decision.necessity()).isEqualTo(MedicalNecessity.NECESSARY);
    assertThat(decision.rationale())
        .startsWith(
            "The request meets every criterion of the MTUS Acupuncture Medical Treatment"
                + " Guidelines (2009) checked")
        .contains("the request is for 6 sessions, within 6.")
        .endsWith("is medically necessary.");
  }

  @Test
  void anExtensionIsNotCheckedAgainstTheFirstTrialsLimit() {
    Decision decision = decide(extension("Acupuncture 3x4 low back").completeImprovement().build());

    assertThat(status(decision, AcupunctureCriteria.INITIAL_TRIAL))
        .isEqualTo(CriterionStatus.NOT_APPLICABLE);
    assertThat(status(decision, AcupunctureCriteria.INDICATION))
        .isEqualTo(CriterionStatus.NOT_APPLICABLE);
    assertThat(decision.necessity()).isEqualTo(MedicalNecessity.NECESSARY);
  }

  @Test
  void aRequestWithoutFrequencyLeavesTheFrequencyRuleNotApplicable() {
    Decision decision = decide(firstTrial("Acupuncture x6 low back").build());

    CriterionResult frequency = criterion(decision, AcupunctureCriteria.FREQUENCY);
    assertThat(frequency.status()).isEqualTo(CriterionStatus.NOT_APPLICABLE);
    assertThat(frequency.evidence())
        .containsExactly(
            "The request states neither a frequency nor weeks, so it fixes no schedule; its"
                + " sessions are to be given 1-3 times per week.");
  }

  @Test
  void twoMonthsAreEightWholeWeeks() {
    assertThat(AcupunctureCriteria.Duration.weeksWithin(1)).isEqualTo(4);
    assertThat(AcupunctureCriteria.Duration.weeksWithin(2)).isEqualTo(8);
    assertThat(duration("Acupuncture 1x8 low back").status()).isEqualTo(CriterionStatus.MET);
    assertThat(duration("Acupuncture 1x9 low back").evidence())
        .containsExactly("The request runs 9 weeks, longer than 8 weeks.");
    assertThat(duration("Acupuncture 30 sessions low back").evidence())
        .containsExactly(
            "The request states no weeks; at up to 3 a week its 30 sessions take at least 10"
                + " weeks, longer than 8 weeks.");
  }

  private CriterionResult duration(String shorthand) {
    return criterion(
        decide(extension(shorthand).completeImprovement().build()), AcupunctureCriteria.DURATION);
  }

  @Test
  void theShoulderDeferralIsEditionDataWithItsProvenance() {
    GuidelineProvision scope2007 =
        bundledEdition("acupuncture-2007").provision(SCOPE).orElseThrow();
    GuidelineProvision scope2009 =
        bundledEdition("acupuncture-2009").provision(SCOPE).orElseThrow();

    assertThat(scope2007.deferredRegions()).containsExactly(BodyRegion.SHOULDER);
    assertThat(scope2007.provenance()).isEqualTo(Provenance.READ);
    assertThat(scope2009.deferredRegions()).containsExactly(BodyRegion.SHOULDER);
    assertThat(scope2009.provenance()).isEqualTo(Provenance.QUOTED);
    assertThat(scope2009.note()).get().asString().contains("carried over from the 2007 edition");
  }

  @Test
  void everyBundledProvisionHasASectionAProvenanceAndItsEdition() {
    List<PackEdition> editions = ContentPacks.bundled().get(0).packEditions();

    assertThat(editions)
        .isNotEmpty()
        .allSatisfy(
            e -> {
              assertThat(e.guideline()).isEqualTo(ContentVocabulary.ACUPUNCTURE);
              assertThat(e.provision(SCOPE)).as("scope of %s", e.id()).isPresent();
              assertThat(e.provisions())
                  .allSatisfy(
                      p -> {
                        assertThat(p.citation().section()).startsWith("8 CCR § ");
                        assertThat(p.citation().edition())
                            .isEqualTo(MtusContent.requireEdition(e.id()).edition());
                      });
            });
  }

  private static PackEdition bundledEdition(String id) {
    return ContentPacks.bundled().get(0).packEditions().stream()
        .filter(e -> e.id().equals(id))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aShoulderRequestIsNotDecidedAndTheReasonSaysHowSureTheRuleIs() {
    Decision decision = decide(firstTrial("Acupuncture 2x3 left shoulder").build());

    assertThat(decision.necessity()).isEqualTo(MedicalNecessity.NOT_EVALUABLE);
    assertThat(decision.notEvaluableReason())
        .get()
        .asString()
        .startsWith(
            "Under the MTUS Acupuncture Medical Treatment Guidelines (2009), 8 CCR §"
                + " 9792.24.1(b), acupuncture of the shoulder is governed by the ACOEM")
        .contains(Provenance.QUOTED.meaning())
        .contains("Believed carried over from the 2007 edition");
    assertThat(decision.citations())
        .extracting(GuidelineCitation::section)
        .containsExactly("8 CCR § 9792.24.1(b)");
  }

  @Test
  void aRequestNamingNoRegionDefersWhenTheInjuryIncludesTheShoulder() {
    Case base = firstTrial("Acupuncture 2x3").build();
    Case shoulderInjury =
        Case.builder()
            .from(base)
            .injuredRegions(List.of(BodyRegion.LUMBAR_SPINE, BodyRegion.SHOULDER))
            .build();

    assertThat(decide(base).necessity()).isEqualTo(MedicalNecessity.NECESSARY);
    assertThat(decide(shoulderInjury).necessity()).isEqualTo(MedicalNecessity.NOT_EVALUABLE);
  }

  @Test
  void the2007EditionSaysWhatItDoesNotCover() {
    Decision decision =
        decide(
            firstTrial("Acupuncture 2x3 low back").requestedOn(LocalDate.of(2008, 3, 1)).build());

    assertThat(decision.necessity()).isEqualTo(MedicalNecessity.NOT_EVALUABLE);
    assertThat(decision.notEvaluableReason())
        .get()
        .asString()
        .isEqualTo(
            "Under the MTUS Acupuncture Medical Treatment Guidelines (2007), 8 CCR § 9792.21(a)(2):"
                + " this library does not cover the indications for acupuncture, the indications"
                + " for electroacupuncture, the time to produce functional improvement, the"
                + " frequency, the optimum duration and the extension with documented functional"
                + " improvement of that edition, so this evaluator does not decide the request."
                + " The guideline content bundled with it has none of these for that edition, and"
                + " it does not borrow them from another edition.");
    assertThat(decision.criteria())
        .extracting(CriterionResult::id, CriterionResult::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("mtus.acupuncture.scope", CriterionStatus.MET));
  }

  @Test
  void anEditionItDoesNotEncodeIsReportedNotEvaluable() {
    Case c = firstTrial("Acupuncture 2x3 low back").build();
    GuidelineEdition other =
        GuidelineEdition.builder()
            .source(GuidelineSource.MTUS)
            .title("Some other guideline")
            .label("2016")
            .effectiveFrom(LocalDate.of(2016, 7, 29))
            .build();

    Decision decision = evaluator.evaluate(c, c.disputedItems().get(0), other);

    assertThat(decision.necessity()).isEqualTo(MedicalNecessity.NOT_EVALUABLE);
    assertThat(decision.notEvaluableReason())
        .contains(
            "The MTUS acupuncture evaluator does not encode the guideline edition it was given.");
  }

  @Test
  void patientIdentifiersAndFreeTextNeverAppearInWhatItWrites() {
    List<Case> cases =
        List.of(
            AcupunctureCase.request("Acupuncture 3x4 low back")
                .priorAcupunctureWithoutCount()
                .globalImprovementReport()
                .subjectiveImprovement(org.openimr.model.FunctionalElement.ADL_IMPROVEMENT)
                .surgeryOn(BodyRegion.LUMBAR_SPINE)
                .build(),
            extension("Acupuncture 2x3 low back").completeImprovement().build(),
            firstTrial("Acupuncture 2x3 right shoulder").build(),
            firstTrial("Acupuncture 2x3 low back").requestedOn(LocalDate.of(2008, 3, 1)).build());
    for (Case c : cases) {
      Decision decision = decide(c);
      List<String> written = new ArrayList<>();
      written.add(decision.rationale());
      decision.notEvaluableReason().ifPresent(written::add);
      for (CriterionResult criterion : decision.criteria()) {
        written.add(criterion.description());
        written.addAll(criterion.evidence());
      }
      assertThat(written)
          .noneMatch(text -> text.contains(MARKER))
          .noneMatch(t -> t.contains("1952"));
    }
  }

  private static DisputedItem item(String shorthand) {
    return DisputedItem.builder()
        .id("1")
        .requestedAs(shorthand)
        .request(TreatmentRequest.parse(shorthand))
        .urDecision(UrDecision.denied())
        .build();
  }

  private static CriterionStatus status(Decision decision, String id) {
    return criterion(decision, id).status();
  }

  private static CriterionResult criterion(Decision decision, String id) {
    return decision.criteria().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
  }
}
