package org.openimr.guidelines.mtus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openimr.guidelines.mtus.PhysicalMedicineCase.request;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openimr.model.Case;
import org.openimr.model.ClinicalFinding;
import org.openimr.model.CriterionResult;
import org.openimr.model.CriterionStatus;
import org.openimr.model.Decision;
import org.openimr.model.Diagnosis;
import org.openimr.model.MedicalNecessity;
import org.openimr.review.ImrReviewer;
import org.openimr.spi.Applicability;

/**
 * The fictional example pack decides a 2025 physical therapy request that the bundled content
 * cannot (its chronic pain edition ended 2016-07-28), with the example's figures and diagnosis
 * group, citing the example's sections, each marked [U]; the statutory visit cap still comes from
 * the bundled Labor Code edition, which is in force on every date since 2004.
 */
class PhysicalMedicineExampleTest {
  private static final LocalDate IN_2025 = LocalDate.of(2025, 3, 14);
  private static final LocalDate INJURED = LocalDate.of(2024, 11, 2);

  private static Decision decide(List<ContentPack> packs, Case c) {
    ImrReviewer reviewer =
        ImrReviewer.builder()
            .register(
                MtusEvaluators.postsurgical(packs),
                MtusEvaluators.chronicPainPhysicalMedicine(packs))
            .build();
    return reviewer.decide(c, c.disputedItems().get(0));
  }

  private static List<ContentPack> withExample() {
    return ContentPacks.combine(ContentPacks.bundled(), List.of(ExamplePacks.example()), Set.of());
  }

  private static Case myalgia(String shorthand) {
    return request(shorthand)
        .injuredOn(INJURED)
        .requestedOn(IN_2025)
        .diagnosis(Diagnosis.icd10("M79.1"))
        .build();
  }

  @Test
  void a2025PhysicalTherapyRequestIsNotEvaluableWithoutThePackAndDecidedWithIt() {
    // 6 visits at 2 a week: within the example's 6-8 visits and 1-2 a week.
    Case c = myalgia("PT 2x3 low back");

    Decision without = decide(ContentPacks.bundled(), c);
    Decision with = decide(withExample(), c);

    assertThat(without.necessity()).isEqualTo(MedicalNecessity.NOT_EVALUABLE);
    // the one sentence a request after the encoded editions gets: which guideline, and what to do
    assertThat(without.notEvaluableReason())
        .hasValueSatisfying(
            reason ->
                assertThat(reason)
                    .contains("No edition of the ")
                    .contains("(8 CCR § 9792.24.2) in force on " + IN_2025)
                    .contains("supply a content pack for that date"));
    assertThat(with.necessity()).as(with.rationale()).isEqualTo(MedicalNecessity.NECESSARY);
    assertThat(with.content()).hasValue(ExamplePacks.example().source());
    assertThat(with.evaluatorId()).isEqualTo(MtusChronicPainPhysicalMedicineEvaluator.ID);
    assertThat(with.rationale()).contains("EXAMPLE — not MTUS physical medicine guidelines");
    assertThat(with.criteria())
        .allSatisfy(
            criterion -> {
              String section = criterion.citation().section();
              if (criterion.id().equals(VisitCapCriterion.ID)) {
                assertThat(section).startsWith("Labor Code § 4604.5");
              } else {
                assertThat(section).startsWith("EXAMPLE § ");
                assertThat(criterion.citation().edition().title()).startsWith("EXAMPLE — not MTUS");
              }
            });
  }

  @Test
  void theExampleFiguresDecideNotTheBundledOnes() {
    // 3 a week: within the 2009 edition's fading from 3, above the example's 2.
    Case c = myalgia("PT 3x2 low back");

    Decision decision = decide(withExample(), c);

    assertThat(decision.necessity()).isEqualTo(MedicalNecessity.NOT_NECESSARY);
    CriterionResult frequency = criterion(decision, "mtus.chronic-pain.frequency");
    assertThat(frequency.status()).isEqualTo(CriterionStatus.NOT_MET);
    assertThat(frequency.description()).contains("up to 2 visits a week").doesNotContain("3");
    assertThat(frequency.citation().section()).isEqualTo("EXAMPLE § 2(b)");
    assertThat(frequency.citation().title()).isEqualTo("Example therapy frequency [U]");
  }

  @Test
  void theExampleGroupsVisitsDecideAndTheBundledGroupIsNotBorrowed() {
    // 10 visits: within the 2009 myalgia group's 9-10, above the example group's 6-8.
    Case c = myalgia("PT 2x5 low back");

    Decision decision = decide(withExample(), c);

    assertThat(decision.necessity()).isEqualTo(MedicalNecessity.NOT_NECESSARY);
    CriterionResult visits = criterion(decision, "mtus.chronic-pain.visits");
    assertThat(visits.status()).isEqualTo(CriterionStatus.NOT_MET);
    assertThat(visits.citation().section()).startsWith("EXAMPLE § ");
  }

  /** The example pack without the entry of {@code array} whose {@code field} is {@code value}. */
  private static List<ContentPack> lacking(
      String guideline, String array, String field, String value) {
    ContentPack pack =
        ExamplePacks.edited(
            tree -> {
              int removed = 0;
              for (JsonNode edition : tree.path("editions")) {
                if (edition.path("guideline").asText().equals(guideline)) {
                  ArrayNode entries = (ArrayNode) edition.get(array);
                  for (int i = entries.size() - 1; i >= 0; i--) {
                    if (entries.get(i).path(field).asText().equals(value)) {
                      entries.remove(i);
                      removed++;
                    }
                  }
                }
              }
              assertThat(removed).as(value).isEqualTo(1);
            });
    return ContentPacks.combine(ContentPacks.bundled(), List.of(pack), Set.of());
  }

  private static void assertNotCovered(Decision decision, String what) {
    assertThat(decision.necessity()).isEqualTo(MedicalNecessity.NOT_EVALUABLE);
    assertThat(decision.notEvaluableReason())
        .hasValueSatisfying(
            r ->
                assertThat(r)
                    .startsWith("Under the EXAMPLE — not MTUS physical medicine guidelines")
                    .contains("the content pack example.fictional-guidelines 1.0.0 does not cover")
                    .contains(what)
                    .contains("does not borrow"));
  }

  @Test
  void withoutTheFrequencyFigureARequestStatingNoFrequencyIsStillDecided() {
    List<ContentPack> packs =
        lacking(ContentVocabulary.CHRONIC_PAIN, "figures", "id", "physical-medicine.frequency");
    // 6 visits, no visits a week: the frequency rule does not apply, so nothing turns on it.
    Case c = myalgia("PT 6 visits low back");

    Decision decision = decide(packs, c);

    assertThat(decision.necessity()).as(decision.rationale()).isEqualTo(MedicalNecessity.NECESSARY);
    assertThat(decision.criteria()).noneMatch(r -> r.id().equals(TherapyCriteria.Frequency.ID));
    assertThat(criterion(decision, TherapyCriteria.Visits.ID).status())
        .isEqualTo(CriterionStatus.MET);
  }

  @Test
  void withoutTheFrequencyFigureARequestStatingAFrequencyIsNotEvaluableNamingIt() {
    List<ContentPack> packs =
        lacking(ContentVocabulary.CHRONIC_PAIN, "figures", "id", "physical-medicine.frequency");
    // Within the group's visits: only the missing frequency rule could stand in the way.
    Decision decision = decide(packs, myalgia("PT 2x3 low back"));

    assertNotCovered(decision, "the figure physical-medicine.frequency");
  }

  @Test
  void withoutTheFrequencyFigureARequestAnotherCriterionStandsAgainstIsDecided() {
    List<ContentPack> packs =
        lacking(ContentVocabulary.CHRONIC_PAIN, "figures", "id", "physical-medicine.frequency");
    // 10 visits: above the example group's 8, whatever the frequency rule would say.
    Decision decision = decide(packs, myalgia("PT 2x5 low back"));

    assertThat(decision.necessity()).isEqualTo(MedicalNecessity.NOT_NECESSARY);
    assertThat(criterion(decision, TherapyCriteria.Visits.ID).status())
        .isEqualTo(CriterionStatus.NOT_MET);
    assertThat(decision.criteria()).noneMatch(r -> r.id().equals(TherapyCriteria.Frequency.ID));
  }

  @Test
  void withoutTheMassageFigureTherapyIsDecidedAndMassageIsNotEvaluableNamingIt() {
    List<ContentPack> packs =
        lacking(ContentVocabulary.CHRONIC_PAIN, "figures", "id", "massage.visits");
    Case massage =
        request("Massage 4 visits low back")
            .injuredOn(INJURED)
            .requestedOn(IN_2025)
            .finding(ClinicalFinding.HOME_EXERCISE_PROGRAM)
            .build();

    Decision therapy = decide(packs, myalgia("PT 2x3 low back"));
    Decision massageDecision = decide(packs, massage);

    assertThat(therapy.necessity()).as(therapy.rationale()).isEqualTo(MedicalNecessity.NECESSARY);
    assertNotCovered(massageDecision, "the figure massage.visits");
    assertThat(massageDecision.notEvaluableReason().orElseThrow())
        .doesNotContain("physical-medicine.frequency");
  }

  @Test
  void withoutACriterionDescriptionTheCriterionIsNotCoveredAndNamed() {
    List<ContentPack> packs =
        lacking(
            ContentVocabulary.CHRONIC_PAIN,
            "criteria",
            "criterion",
            TherapyCriteria.AquaticWeightBearing.ID);
    Case aquatic =
        request("Aquatic therapy 2x3 low back")
            .injuredOn(INJURED)
            .requestedOn(IN_2025)
            .diagnosis(Diagnosis.icd10("M79.1"))
            .finding(ClinicalFinding.REDUCED_WEIGHT_BEARING_DESIRABLE)
            .build();

    Decision decision = decide(packs, aquatic);
    Decision therapy = decide(packs, myalgia("PT 2x3 low back"));

    assertNotCovered(
        decision,
        "the provision aquatic-therapy.indication with the description of "
            + TherapyCriteria.AquaticWeightBearing.ID);
    assertThat(therapy.necessity()).isEqualTo(MedicalNecessity.NECESSARY);
  }

  @Test
  void aManipulationRequestTurnsOnTheExclusionsTheExampleLacksUnlessMaintenanceStandsAgainstIt() {
    // The example gives no manipulationExclusions table; 4 visits over 2 weeks is its trial.
    Case plain =
        request("Chiropractic 2x2 low back").injuredOn(INJURED).requestedOn(IN_2025).build();
    Case maintenance =
        request("Chiropractic 2x2 low back")
            .injuredOn(INJURED)
            .requestedOn(IN_2025)
            .finding(ClinicalFinding.MAINTENANCE_CARE)
            .build();

    Decision undecided = decide(withExample(), plain);
    Decision denied = decide(withExample(), maintenance);

    assertNotCovered(undecided, "the table manipulationExclusions");
    assertThat(denied.necessity()).isEqualTo(MedicalNecessity.NOT_NECESSARY);
    assertThat(criterion(denied, ManipulationCriteria.Maintenance.ID).status())
        .isEqualTo(CriterionStatus.NOT_MET);
    assertThat(criterion(denied, ManipulationCriteria.Maintenance.ID).description())
        .isEqualTo("Example: no manipulation as maintenance care");
  }

  @Test
  void withoutTheCoverageProvisionTheEditionDecidesNoRequest() {
    List<ContentPack> packs =
        lacking(ContentVocabulary.CHRONIC_PAIN, "provisions", "id", "physical-medicine.coverage");

    Decision decision = decide(packs, myalgia("PT 2x3 low back"));

    assertNotCovered(decision, "the provision physical-medicine.coverage");
  }

  @Test
  void anEditionThatCoversFewerModalitiesLeavesTheOthersOutOfScope() {
    ContentPack narrow =
        ExamplePacks.edited(
            tree -> {
              for (JsonNode edition : tree.path("editions")) {
                if (edition.path("guideline").asText().equals(ContentVocabulary.CHRONIC_PAIN)) {
                  for (JsonNode p : edition.path("provisions")) {
                    if (p.path("id").asText().equals("physical-medicine.coverage")) {
                      ((ArrayNode) p.get("modalities")).remove(3); // MASSAGE
                    }
                  }
                }
              }
            });
    List<ContentPack> packs =
        ContentPacks.combine(ContentPacks.bundled(), List.of(narrow), Set.of());
    Case massage =
        request("Massage 4 visits low back").injuredOn(INJURED).requestedOn(IN_2025).build();
    Case older =
        request("Massage 4 visits low back")
            .injuredOn(LocalDate.of(2013, 1, 10))
            .requestedOn(LocalDate.of(2014, 3, 3))
            .build();
    MtusChronicPainPhysicalMedicineEvaluator evaluator =
        new MtusChronicPainPhysicalMedicineEvaluator(packs);

    Applicability now = evaluator.applicability(massage, massage.disputedItems().get(0));
    Applicability then = evaluator.applicability(older, older.disputedItems().get(0));

    assertThat(now.applies()).isFalse();
    assertThat(now.reason())
        .isEqualTo(
            "modality is massage; the physical medicine guideline covers physical, occupational"
                + " and aquatic therapy and manipulation");
    // The bundled 2009 edition, in force then, covers massage: each edition speaks for itself.
    assertThat(then.applies()).isTrue();
  }

  @Test
  void aCoverageProvisionMayNameOnlyModalitiesItsRulesDecide() {
    ContentPackException e =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            ContentPackException.class,
            () ->
                ExamplePacks.edited(
                    tree -> {
                      for (JsonNode edition : tree.path("editions")) {
                        if (edition
                            .path("guideline")
                            .asText()
                            .equals(ContentVocabulary.POSTSURGICAL)) {
                          for (JsonNode p : edition.path("provisions")) {
                            if (p.path("id").asText().equals("postsurgical.coverage")) {
                              ((ArrayNode) p.get("modalities")).add("MASSAGE");
                            }
                          }
                        }
                      }
                    }));

    assertThat(e).isNotNull();
    assertThat(e.problems())
        .anySatisfy(
            problem ->
                assertThat(problem.toString())
                    .contains(".provisions[0].modalities")
                    .contains("PHYSICAL_THERAPY, OCCUPATIONAL_THERAPY"));
  }

  private static CriterionResult criterion(Decision decision, String id) {
    return decision.criteria().stream()
        .filter(c -> c.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no criterion " + id + " in " + decision));
  }
}
