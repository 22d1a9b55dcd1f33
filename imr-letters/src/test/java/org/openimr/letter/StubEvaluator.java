package org.openimr.letter;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import org.openimr.model.Case;
import org.openimr.model.CriterionResult;
import org.openimr.model.CriterionStatus;
import org.openimr.model.Decision;
import org.openimr.model.DisputedItem;
import org.openimr.model.GuidelineCitation;
import org.openimr.model.GuidelineEdition;
import org.openimr.model.GuidelineSource;
import org.openimr.model.MedicalNecessity;
import org.openimr.model.Modality;
import org.openimr.spi.Applicability;
import org.openimr.spi.GuidelineEvaluator;

/**
 * A stand-in for a built-in evaluator: covers one modality from 2009-07-18 and decides with one
 * criterion, "not necessary" when the predicate holds.
 */
final class StubEvaluator implements GuidelineEvaluator {
  private final String id;
  private final Modality modality;
  private final Predicate<Case> notNecessary;

  StubEvaluator(String id, Modality modality, Predicate<Case> notNecessary) {
    this.id = id;
    this.modality = modality;
    this.notNecessary = notNecessary;
  }

  /** Not necessary once the case shows completed sessions of the modality. */
  static StubEvaluator extensionNeedsImprovement(String id, Modality modality) {
    return new StubEvaluator(
        id,
        modality,
        c ->
            c.treatmentHistory().stream()
                    .anyMatch(t -> t.modality() == modality && t.sessionsCompleted().orElse(0) > 0)
                && c.functionalImprovement().stream().noneMatch(e -> e.objective()));
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String version() {
    return "1.0";
  }

  @Override
  public List<GuidelineEdition> editions() {
    return List.of(
        GuidelineEdition.builder()
            .source(GuidelineSource.MTUS)
            .title("Stub " + modality.displayName() + " Guidelines")
            .label("2009")
            .effectiveFrom(LocalDate.of(2009, 7, 18))
            .build());
  }

  @Override
  public Applicability applicability(Case c, DisputedItem item) {
    return item.request().modality().filter(m -> m == modality).isPresent()
        ? Applicability.applies("modality is " + modality)
        : Applicability.doesNotApply("covers only " + modality);
  }

  @Override
  public Decision evaluate(Case c, DisputedItem item, GuidelineEdition edition) {
    GuidelineCitation citation =
        GuidelineCitation.of(
            edition, "8 CCR § 9792.24.1(d)", "Extension with functional improvement");
    boolean denied = notNecessary.test(c);
    return Decision.builder()
        .itemId(item.id())
        .necessity(denied ? MedicalNecessity.NOT_NECESSARY : MedicalNecessity.NECESSARY)
        .evaluatorId(id)
        .evaluatorVersion(version())
        .addCriteria(
            CriterionResult.builder()
                .id(id + ".functional-improvement")
                .description("Further sessions need documented functional improvement")
                .status(denied ? CriterionStatus.NOT_DOCUMENTED : CriterionStatus.MET)
                .citation(citation)
                .build())
        .rationale(denied ? "No objective functional improvement is documented." : "Met.")
        .addCitations(citation)
        .build();
  }
}
