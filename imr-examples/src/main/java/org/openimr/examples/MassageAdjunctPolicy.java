package org.openimr.examples;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.openimr.model.Case;
import org.openimr.model.ClinicalFinding;
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
 * A custom evaluator: an invented payer policy, not a real guideline, under which massage is
 * covered only as an adjunct to active treatment. Found by {@link java.util.ServiceLoader} through
 * {@code META-INF/services/org.openimr.spi.GuidelineEvaluator} (in this module's test resources, so
 * that the {@code imr} jar ships only the built-in guidelines); run by {@code ExamplesTest}.
 */
@API(status = INTERNAL, since = "0.1")
public final class MassageAdjunctPolicy implements GuidelineEvaluator {
  // tag::custom-evaluator[]
  private static final GuidelineEdition POLICY =
      GuidelineEdition.builder()
          .source(GuidelineSource.OTHER) // asked after MTUS and the recognized guidelines
          .title("Example Payer Massage Policy")
          .label("1")
          .effectiveFrom(LocalDate.of(2000, 1, 1))
          .build();
  private static final GuidelineCitation ADJUNCT =
      GuidelineCitation.of(POLICY, "Policy 1", "Massage as an adjunct to active treatment");

  @Override
  public String id() {
    return "example.massage-adjunct";
  }

  @Override
  public String version() {
    return "1.0.0";
  }

  @Override
  public List<GuidelineEdition> editions() {
    return List.of(POLICY);
  }

  @Override
  public Applicability applicability(Case c, DisputedItem item) {
    return item.request().modality().equals(Optional.of(Modality.MASSAGE))
        ? Applicability.applies("the request is for massage")
        : Applicability.doesNotApply("the policy covers massage only");
  }

  @Override
  public Decision evaluate(Case c, DisputedItem item, GuidelineEdition edition) {
    boolean active =
        c.findings().contains(ClinicalFinding.ACTIVE_PHYSICAL_REHABILITATION)
            || c.findings().contains(ClinicalFinding.HOME_EXERCISE_PROGRAM);
    CriterionResult adjunct =
        CriterionResult.builder()
            .id(id() + ".active-treatment")
            .description("Massage is covered only as an adjunct to active treatment.")
            .status(active ? CriterionStatus.MET : CriterionStatus.NOT_DOCUMENTED)
            .addEvidence(
                active
                    ? "The record documents active rehabilitation or a home exercise program."
                    : "The record documents neither active rehabilitation nor home exercise.")
            .citation(ADJUNCT)
            .build();
    return Decision.builder()
        .itemId(item.id())
        .necessity(active ? MedicalNecessity.NECESSARY : MedicalNecessity.NOT_NECESSARY)
        .evaluatorId(id())
        .evaluatorVersion(version())
        .addCriteria(adjunct)
        .rationale(
            active
                ? "Massage is requested as an adjunct to active treatment, as Policy 1 requires."
                : "Policy 1 covers massage only as an adjunct to active treatment, and none is"
                    + " documented; the request is not medically necessary under the policy.")
        .addCitations(ADJUNCT)
        .build();
  }
  // end::custom-evaluator[]
}
