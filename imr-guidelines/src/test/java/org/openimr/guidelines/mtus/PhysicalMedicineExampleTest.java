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
import org.openimr.model.CriterionResult;
import org.openimr.model.CriterionStatus;
import org.openimr.model.Decision;
import org.openimr.model.Diagnosis;
import org.openimr.model.MedicalNecessity;
import org.openimr.review.ImrReviewer;

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
    assertThat(with.evaluatorId()).isEqualTo(ChronicPainPhysicalMedicineEvaluator.ID);
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

  @Test
  void aPackEditionWithoutAFigureItsRulesReadIsNotCoveredNamingThePack() {
    ContentPack lacking =
        ExamplePacks.edited(
            tree -> {
              for (JsonNode edition : tree.path("editions")) {
                if (edition.path("guideline").asText().equals(ContentVocabulary.CHRONIC_PAIN)) {
                  ArrayNode figures = (ArrayNode) edition.get("figures");
                  figures.remove(0); // physical-medicine.frequency
                }
              }
            });
    Case c = myalgia("PT 2x3 low back");

    Decision decision =
        decide(ContentPacks.combine(ContentPacks.bundled(), List.of(lacking), Set.of()), c);

    assertThat(decision.necessity()).isEqualTo(MedicalNecessity.NOT_EVALUABLE);
    assertThat(decision.notEvaluableReason())
        .hasValueSatisfying(
            r ->
                assertThat(r)
                    .contains("the content pack example.fictional-guidelines 1.0.0 does not cover")
                    .contains("physical-medicine.frequency")
                    .contains("does not borrow"));
  }

  private static CriterionResult criterion(Decision decision, String id) {
    return decision.criteria().stream()
        .filter(c -> c.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no criterion " + id + " in " + decision));
  }
}
