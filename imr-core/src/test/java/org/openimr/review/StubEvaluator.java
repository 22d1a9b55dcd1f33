package org.openimr.review;

import java.time.LocalDate;
import java.util.List;
import java.util.function.BiFunction;
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

/** A configurable evaluator for reviewer tests: covers one modality, decides as told. */
class StubEvaluator implements GuidelineEvaluator {
  static final LocalDate FROM = LocalDate.of(2009, 7, 18);

  private final String id;
  private final GuidelineSource source;
  private final Modality modality;
  private final BiFunction<Case, DisputedItem, MedicalNecessity> decide;

  StubEvaluator(
      String id,
      GuidelineSource source,
      Modality modality,
      BiFunction<Case, DisputedItem, MedicalNecessity> decide) {
    this.id = id;
    this.source = source;
    this.modality = modality;
    this.decide = decide;
  }

  GuidelineEdition edition() {
    return GuidelineEdition.builder()
        .source(source)
        .title(id + " guideline")
        .label("1")
        .effectiveFrom(FROM)
        .build();
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
    return List.of(edition());
  }

  @Override
  public Applicability applicability(Case c, DisputedItem item) {
    return item.request().modality().filter(m -> m == modality).isPresent()
        ? Applicability.applies("modality is " + modality)
        : Applicability.doesNotApply("covers only " + modality);
  }

  @Override
  public Decision evaluate(Case c, DisputedItem item, GuidelineEdition edition) {
    GuidelineCitation citation = GuidelineCitation.of(edition, "§ 1", "Everything");
    MedicalNecessity necessity = decide.apply(c, item);
    return Decision.builder()
        .itemId(item.id())
        .necessity(necessity)
        .evaluatorId(id)
        .evaluatorVersion(version())
        .addCriteria(
            CriterionResult.builder()
                .id(id + ".all")
                .description("everything")
                .status(
                    necessity == MedicalNecessity.NECESSARY
                        ? CriterionStatus.MET
                        : CriterionStatus.NOT_MET)
                .citation(citation)
                .build())
        .rationale("decided by " + id)
        .addCitations(citation)
        .build();
  }
}
