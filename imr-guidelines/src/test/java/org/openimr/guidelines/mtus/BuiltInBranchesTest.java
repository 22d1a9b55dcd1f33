package org.openimr.guidelines.mtus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.openimr.model.Case;
import org.openimr.model.CriterionStatus;
import org.openimr.model.Decision;
import org.openimr.model.DisputedItem;
import org.openimr.model.GuidelineEdition;
import org.openimr.model.MedicalNecessity;
import org.openimr.spi.GuidelineEvaluator;

/**
 * The MTUS presets the built-in evaluators' contracts run on reach the branches that matter: both
 * outcomes, the postsurgical period covering the request and not, the Labor Code cap deciding a
 * request alone (citing only the statute), diagnoses inside a group. A contract run on cases that
 * never reach a branch would check nothing there.
 */
class BuiltInBranchesTest {
  private static final MtusChronicPainPhysicalMedicineEvaluator CHRONIC_PAIN =
      new MtusChronicPainPhysicalMedicineEvaluator();
  private static final MtusPostsurgicalPhysicalMedicineEvaluator POSTSURGICAL =
      new MtusPostsurgicalPhysicalMedicineEvaluator();

  @Provide
  Arbitrary<Case> chronicPainCases() {
    return MtusCasePresets.chronicPainCases();
  }

  @Provide
  Arbitrary<Case> postsurgicalCases() {
    return MtusCasePresets.postsurgicalCases();
  }

  /** The cap alone decides about one case in a hundred: 2000 tries make missing it unlikely. */
  @Property(tries = 2000)
  void chronicPainCasesReachBothOutcomesTheCapAloneAndTheDiagnosisGroups(
      @ForAll("chronicPainCases") Case c) {
    Optional<Decision> d = decide(CHRONIC_PAIN, c, c.disputedItems().get(0));
    Statistics.label("necessary")
        .collect(d.filter(x -> is(x, MedicalNecessity.NECESSARY)).isPresent());
    Statistics.label("not necessary")
        .collect(d.filter(x -> is(x, MedicalNecessity.NOT_NECESSARY)).isPresent());
    Statistics.label("decided by the statute alone")
        .collect(
            d.filter(
                    x ->
                        x.citations().stream()
                            .allMatch(ci -> ci.section().startsWith("Labor Code")))
                .filter(x -> is(x, MedicalNecessity.NOT_NECESSARY))
                .isPresent());
    Statistics.label("a diagnosis in a group")
        .collect(
            d.filter(
                    x ->
                        x.criteria().stream()
                            .anyMatch(
                                cr ->
                                    cr.id().equals("mtus.chronic-pain.diagnosis-group")
                                        && cr.status() == CriterionStatus.MET))
                .isPresent());
    for (String label :
        List.of(
            "necessary",
            "not necessary",
            "decided by the statute alone",
            "a diagnosis in a group")) {
      Statistics.label(label).coverage(cov -> cov.check(true).count(n -> n > 0));
    }
  }

  @Property(tries = 1000)
  void postsurgicalCasesReachBothOutcomesAndRequestsInsideAndOutsideThePeriod(
      @ForAll("postsurgicalCases") Case c) {
    DisputedItem item = c.disputedItems().get(0);
    boolean applies = POSTSURGICAL.applicability(c, item).applies();
    Optional<Decision> d = decide(POSTSURGICAL, c, item);
    Statistics.label("within a postsurgical period").collect(applies);
    Statistics.label("necessary")
        .collect(d.filter(x -> is(x, MedicalNecessity.NECESSARY)).isPresent());
    Statistics.label("not necessary")
        .collect(d.filter(x -> is(x, MedicalNecessity.NOT_NECESSARY)).isPresent());
    Statistics.label("within a postsurgical period")
        .coverage(
            cov -> {
              cov.check(true).count(n -> n > 0);
              cov.check(false).count(n -> n > 0);
            });
    Statistics.label("necessary").coverage(cov -> cov.check(true).count(n -> n > 0));
    Statistics.label("not necessary").coverage(cov -> cov.check(true).count(n -> n > 0));
    assertThat(c.violations()).isEmpty();
  }

  private static boolean is(Decision d, MedicalNecessity necessity) {
    return d.necessity() == necessity;
  }

  /** The decision as the reviewer would ask for it; empty when the evaluator does not decide. */
  private static Optional<Decision> decide(GuidelineEvaluator e, Case c, DisputedItem item) {
    if (!e.applicability(c, item).applies() || c.effectiveRequestDate().isEmpty()) {
      return Optional.empty();
    }
    Optional<GuidelineEdition> edition =
        e.editions().stream()
            .filter(ed -> ed.inForceOn(c.effectiveRequestDate().get()))
            .findFirst();
    return edition.map(ed -> e.evaluate(c, item, ed));
  }
}
