package org.openimr.guidelines.mtus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.openimr.model.Case;
import org.openimr.model.Decision;
import org.openimr.model.DisputedItem;
import org.openimr.model.GuidelineCitation;
import org.openimr.model.GuidelineEdition;
import org.openimr.model.MedicalNecessity;

/**
 * What a pack leaves out is "not covered", never borrowed: with entries of the example pack
 * removed, a request is either decided exactly as the whole pack decides it, or not evaluable; and
 * every citation is the pack's own.
 */
class PackCoveragePropertiesTest {
  private static final MtusAcupunctureEvaluator WHOLE =
      MtusEvaluators.acupuncture(List.of(ExamplePacks.example()));

  /**
   * The entries a pack may leave out, as (array, key, value); the definition goes with its text.
   */
  private static final List<List<String>> ENTRIES =
      List.of(
          List.of("figures", "id", AcupunctureEdition.TIME_TO_IMPROVEMENT),
          List.of("figures", "id", AcupunctureEdition.FREQUENCY),
          List.of("figures", "id", AcupunctureEdition.OPTIMUM_DURATION),
          List.of("provisions", "id", GuidelineProvision.SCOPE),
          List.of("provisions", "id", GuidelineProvision.INDICATION),
          List.of("provisions", "id", GuidelineProvision.EXTENSION),
          List.of("criteria", "criterion", AcupunctureCriteria.INDICATION),
          List.of("provisions", "id", GuidelineProvision.ELECTROACUPUNCTURE_INDICATION),
          List.of("criteria", "criterion", AcupunctureCriteria.SESSIONS_DOCUMENTED),
          List.of("criteria", "criterion", AcupunctureCriteria.FUNCTIONAL_IMPROVEMENT),
          List.of("functionalImprovement"));

  @Provide
  Arbitrary<Set<Integer>> removals() {
    return Arbitraries.integers().between(0, ENTRIES.size() - 1).set().ofMinSize(1);
  }

  @Provide
  Arbitrary<Case> cases() {
    return AcupunctureArbitraries.cases()
        .map(c -> Case.builder().from(c).requestDate(LocalDate.of(2021, 6, 1)).build());
  }

  @Property(tries = 300)
  void removingContentEitherKeepsTheDecisionOrMakesItNotEvaluable(
      @ForAll("removals") Set<Integer> removals, @ForAll("cases") Case c) {
    ContentPack partial = ExamplePacks.edited(tree -> remove(ExamplePacks.edition(tree), removals));
    MtusAcupunctureEvaluator evaluator = MtusEvaluators.acupuncture(List.of(partial));
    DisputedItem item = c.disputedItems().get(0);
    GuidelineEdition edition = evaluator.editions().get(0);

    Decision part = evaluator.evaluate(c, item, edition);
    Decision whole = WHOLE.evaluate(c, item, WHOLE.editions().get(0));

    boolean decided = part.necessity() != MedicalNecessity.NOT_EVALUABLE;
    Statistics.collect(decided ? "decided" : "not evaluable");
    // Not vacuous: partial packs do decide a good share of the requests.
    Statistics.coverage(coverage -> coverage.check("decided").percentage(p -> p > 10));
    if (decided) {
      assertThat(part.necessity()).isEqualTo(whole.necessity());
    }
    assertThat(part.citations())
        .extracting(GuidelineCitation::section)
        .allSatisfy(s -> assertThat(s).startsWith("EXAMPLE § "));
    assertThat(part.rationale()).doesNotContain("9792");
  }

  private static void remove(ObjectNode edition, Set<Integer> removals) {
    for (int i : removals) {
      List<String> entry = ENTRIES.get(i);
      if (entry.size() == 1) {
        edition.remove(entry.get(0));
        continue;
      }
      ArrayNode array = (ArrayNode) edition.get(entry.get(0));
      for (int j = 0; j < array.size(); j++) {
        if (array.get(j).path(entry.get(1)).asText().equals(entry.get(2))) {
          array.remove(j);
          break;
        }
      }
    }
    // A description must cite what the edition gives: a description whose provision or
    // definition is gone goes with it.
    ArrayNode criteria = (ArrayNode) edition.get("criteria");
    for (int j = criteria.size() - 1; j >= 0; j--) {
      String criterion = criteria.get(j).path("criterion").asText();
      ContentVocabulary.Cites cites =
          ContentVocabulary.guideline(ContentVocabulary.ACUPUNCTURE)
              .orElseThrow()
              .criteria()
              .get(criterion);
      boolean cited =
          cites == null
              || (cites.provision().isPresent()
                  ? hasProvision(edition, cites.provision().get())
                  : edition.has("functionalImprovement"));
      if (!cited) {
        criteria.remove(j);
      }
    }
  }

  private static boolean hasProvision(ObjectNode edition, String id) {
    for (var p : edition.get("provisions")) {
      if (p.path("id").asText().equals(id)) {
        return true;
      }
    }
    return false;
  }
}
