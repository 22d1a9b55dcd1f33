package org.openimr.guidelines.mtus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openimr.guidelines.mtus.PhysicalMedicineCase.request;
import static org.openimr.model.BodyRegion.HIP;
import static org.openimr.model.BodyRegion.KNEE;
import static org.openimr.model.BodyRegion.LUMBAR_SPINE;
import static org.openimr.model.BodyRegion.SHOULDER;

import java.time.LocalDate;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.openimr.model.Case;
import org.openimr.model.CriterionResult;
import org.openimr.model.Decision;
import org.openimr.model.Diagnosis;
import org.openimr.model.DisputedItem;
import org.openimr.model.GuidelineEdition;
import org.openimr.model.GuidelineSource;
import org.openimr.model.MedicalNecessity;
import org.openimr.model.Modality;
import org.openimr.review.ImrReviewer;
import org.openimr.spi.GuidelineEvaluator;

class PhysicalMedicineEvaluatorsTest {
  private final MtusPostsurgicalPhysicalMedicineEvaluator postsurgical =
      new MtusPostsurgicalPhysicalMedicineEvaluator();
  private final MtusChronicPainPhysicalMedicineEvaluator chronicPain =
      new MtusChronicPainPhysicalMedicineEvaluator();

  @Test
  void bothEvaluatorsAreDiscoveredByServiceLoader() {
    assertThat(ServiceLoader.load(GuidelineEvaluator.class))
        .extracting(GuidelineEvaluator::id)
        .contains(
            MtusPostsurgicalPhysicalMedicineEvaluator.ID,
            MtusChronicPainPhysicalMedicineEvaluator.ID);
    assertThat(ImrReviewer.withDiscoveredEvaluators().evaluators())
        .extracting(GuidelineEvaluator::id)
        .contains("mtus.postsurgical", "mtus.chronic-pain.physical-medicine");
  }

  @Test
  void eachEvaluatorEncodesItsOwn2009EditionWithTheDatesOfTheReference() {
    GuidelineEdition postsurgicalEdition = postsurgical.editions().get(0);
    GuidelineEdition chronicPainEdition = chronicPain.editions().get(0);

    assertThat(postsurgicalEdition.title()).isEqualTo("MTUS Postsurgical Treatment Guidelines");
    assertThat(postsurgicalEdition.effectiveTo()).contains(LocalDate.of(2017, 11, 30));
    assertThat(chronicPainEdition.title())
        .isEqualTo("MTUS Chronic Pain Medical Treatment Guidelines");
    assertThat(chronicPainEdition.effectiveTo()).contains(LocalDate.of(2016, 7, 28));
    assertThat(List.of(postsurgicalEdition, chronicPainEdition))
        .allSatisfy(e -> assertThat(e.source()).isEqualTo(GuidelineSource.MTUS));
  }

  @Test
  void physicalTherapyInsideAPostsurgicalPeriodBelongsToThePostsurgicalGuidelineOnly() {
    Case c =
        request("PT 2x6 shoulder")
            .surgery("arthroscopic decompression", SHOULDER, 30, Diagnosis.icd9("726.12"))
            .build();
    DisputedItem item = c.disputedItems().get(0);

    assertThat(postsurgical.applicability(c, item).applies()).isTrue();
    assertThat(chronicPain.applicability(c, item).applies()).isFalse();
    assertThat(chronicPain.applicability(c, item).reason()).contains("mtus.postsurgical");
  }

  @Test
  void massageAndManipulationAfterASurgeryFollowTheChronicPainGuideline() {
    Case c =
        request("Chiropractic 2x3 right knee")
            .surgery("arthroscopic meniscectomy", KNEE, 30, Diagnosis.icd9("836.0"))
            .build();
    DisputedItem item = c.disputedItems().get(0);

    assertThat(postsurgical.applicability(c, item).applies()).isFalse();
    assertThat(chronicPain.applicability(c, item).applies()).isTrue();
  }

  @Test
  void neitherEvaluatorClaimsAcupuncture() {
    Case c = request("Acupuncture 3x4 low back").build();
    DisputedItem item = c.disputedItems().get(0);

    assertThat(postsurgical.applicability(c, item).applies()).isFalse();
    assertThat(chronicPain.applicability(c, item).applies()).isFalse();
    assertThat(chronicPain.applicability(c, item).reason()).contains("acupuncture");
  }

  @Test
  void aSurgeryAddedAsDataIsDecidedWithItsRowAndNoCodeChange() {
    Case c =
        request("PT 1x6 right hip")
            .surgery("arthroscopic labral repair", HIP, 21, Diagnosis.icd9("718.05"))
            .build();
    MtusPostsurgicalPhysicalMedicineEvaluator withExtraRow =
        MtusEvaluators.postsurgical(
            List.of(PhysicalMedicinePacks.withPostsurgicalRows("postsurgical.extra-row.json")));

    Decision before = decide(postsurgical, c);
    Decision after = decide(withExtraRow, c);

    assertThat(before.necessity()).isEqualTo(MedicalNecessity.NOT_EVALUABLE);
    assertThat(before.notEvaluableReason())
        .hasValueSatisfying(r -> assertThat(r).contains("not in the postsurgical table"));
    assertThat(after.necessity()).as(after.rationale()).isEqualTo(MedicalNecessity.NECESSARY);
    assertThat(after.rationale()).contains("labral tear").contains("14 visits over 12 weeks");
  }

  @Test
  void aSurgeryNotInTheTableSaysSoAndWhatIsNotCovered() {
    Case c =
        request("PT 2x4 shoulder").surgery("manipulation under anesthesia", SHOULDER, 20).build();

    Decision decision = decide(postsurgical, c);

    assertThat(decision.notEvaluableReason())
        .hasValueSatisfying(
            reason ->
                assertThat(reason)
                    .contains("not in the postsurgical table")
                    .contains("presumptive postsurgical period of 6 months")
                    .contains("not covered"));
    assertThat(decision.criteria())
        .extracting(CriterionResult::id)
        .containsExactly("mtus.postsurgical.treatment-period");
    assertThat(decision.criteria().get(0).evidence())
        .anySatisfy(e -> assertThat(e).contains("not in the postsurgical table"));
  }

  @Test
  void aCapDenialCitesTheStatuteNotTheGuideline() {
    Case c =
        request("PT 2x4 low back")
            .diagnosis(Diagnosis.icd9("729.1"))
            .prior(Modality.PHYSICAL_THERAPY, LUMBAR_SPINE, 20)
            .improvement()
            .finding(org.openimr.model.ClinicalFinding.HOME_EXERCISE_PROGRAM)
            .build();

    Decision decision = decide(chronicPain, c);

    assertThat(decision.rationale())
        .startsWith("Under the California Labor Code (2004), Labor Code § 4604.5(c)(1):");
    assertThat(decision.citations())
        .extracting(citation -> citation.edition().title())
        .contains("California Labor Code", "MTUS Chronic Pain Medical Treatment Guidelines");
  }

  @Test
  void evaluatingUnderAnEditionTheEvaluatorDoesNotEncodeIsNotEvaluableRatherThanAnException() {
    Case c = request("PT 2x4 low back").build();
    GuidelineEdition other = chronicPain.editions().get(0);

    Decision decision = postsurgical.evaluate(c, c.disputedItems().get(0), other);

    assertThat(decision.necessity()).isEqualTo(MedicalNecessity.NOT_EVALUABLE);
    assertThat(decision.notEvaluableReason())
        .hasValueSatisfying(r -> assertThat(r).contains("does not encode the guideline edition"));
  }

  @Test
  void aDecisionCarriesNoPatientIdentifiers() {
    Case marked =
        Case.builder()
            .from(
                request("PT 2x6 shoulder")
                    .surgery("arthroscopic decompression", SHOULDER, 30, Diagnosis.icd9("726.12"))
                    .build())
            .patient(
                org.openimr.model.Patient.builder()
                    .age(40)
                    .sex(org.openimr.model.Sex.MALE)
                    .name("Jane MARKERNAME")
                    .claimNumber("MARKERCLAIM")
                    .dateOfBirth(LocalDate.of(1974, 4, 5))
                    .build())
            .build();

    Decision decision = decide(postsurgical, marked);

    assertThat(decision.toString() + decision.rationale())
        .doesNotContain("MARKER")
        .doesNotContain("1974-04-05");
  }

  @Test
  void whenOneElementOfFunctionalImprovementIsDocumentedTheDecisionSaysWhichIsMissing() {
    Case c =
        request("PT 2x3 low back")
            .diagnosis(Diagnosis.icd9("729.1"))
            .prior(Modality.PHYSICAL_THERAPY, LUMBAR_SPINE, 12)
            .activityImprovementOnly()
            .build();

    Decision decision = decide(chronicPain, c);

    CriterionResult improvement =
        decision.criteria().stream()
            .filter(cr -> cr.id().equals(ContinuedTherapyCriteria.FunctionalImprovement.ID))
            .findFirst()
            .orElseThrow();
    assertThat(String.join(" ", improvement.evidence()))
        .contains("documents an improvement in activities of daily living or work restrictions")
        .contains("but not a reduction in the dependency on continued medical treatment")
        .doesNotContain("documents neither");
  }

  @Test
  void aDiagnosisOutsideEveryGroupIsNamedWithTheNumbersTheGuidelineLacks() {
    Case c = request("PT 2x3 low back").diagnosis(Diagnosis.icd10("S33.5XXA")).build();

    Decision decision = decide(chronicPain, c);

    assertThat(decision.necessity()).isEqualTo(MedicalNecessity.NOT_EVALUABLE);
    assertThat(decision.notEvaluableReason().orElseThrow())
        .contains("ICD-10-CM S33.5XXA is in no diagnosis group")
        .contains("gives no visits or weeks of a course for it");
  }

  private static Decision decide(GuidelineEvaluator evaluator, Case c) {
    return evaluator.evaluate(c, c.disputedItems().get(0), evaluator.editions().get(0));
  }
}
