package org.openimr.testkit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.openimr.model.Case;
import org.openimr.model.CriterionResult;
import org.openimr.model.CriterionStatus;
import org.openimr.model.Decision;
import org.openimr.model.DisputedItem;
import org.openimr.model.FunctionalElement;
import org.openimr.model.FunctionalImprovementEvidence;
import org.openimr.model.GuidelineCitation;
import org.openimr.model.GuidelineEdition;
import org.openimr.model.GuidelineSource;
import org.openimr.model.MedicalNecessity;
import org.openimr.model.Modality;
import org.openimr.spi.Applicability;
import org.openimr.spi.GuidelineEvaluator;

/**
 * A small evaluator that keeps the whole contract, for the kit's own tests: acupuncture, a trial of
 * up to {@value #TRIAL} sessions, up to {@value #EXTENDED} with complete documented functional
 * improvement. Its numbers are test fixtures, not guideline content.
 */
class TrialRule implements GuidelineEvaluator {
  static final int TRIAL = 6;
  static final int EXTENDED = 12;
  static final GuidelineEdition EDITION =
      GuidelineEdition.builder()
          .source(GuidelineSource.OTHER_GUIDELINE)
          .title("Test trial rule")
          .label("1")
          .effectiveFrom(LocalDate.of(2008, 1, 1))
          .build();

  private final String id;

  TrialRule() {
    this("test.trial");
  }

  TrialRule(String id) {
    this.id = id;
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
    return List.of(EDITION);
  }

  @Override
  public Applicability applicability(Case c, DisputedItem item) {
    return item.request().modality().filter(m -> m == Modality.ACUPUNCTURE).isPresent()
        ? Applicability.applies("modality is acupuncture")
        : Applicability.doesNotApply("covers acupuncture only");
  }

  @Override
  public Decision evaluate(Case c, DisputedItem item, GuidelineEdition edition) {
    int sessions = item.request().totalSessions();
    boolean improved = improvementDocumented(c);
    GuidelineCitation trialSection = GuidelineCitation.of(edition, "TR 1", "Trial");
    GuidelineCitation extensionSection = GuidelineCitation.of(edition, "TR 2", "Extension");
    List<CriterionResult> criteria = new ArrayList<>();
    criteria.add(
        criterion(
            "trial",
            "A first trial of at most " + TRIAL + " sessions",
            sessions <= TRIAL
                ? CriterionStatus.MET
                : improved ? CriterionStatus.NOT_APPLICABLE : CriterionStatus.NOT_MET,
            trialSection));
    criteria.add(
        criterion(
            "extension",
            "More than " + TRIAL + " sessions, up to " + EXTENDED + ", with documented improvement",
            sessions <= TRIAL
                ? CriterionStatus.NOT_APPLICABLE
                : improved && sessions <= EXTENDED ? CriterionStatus.MET : CriterionStatus.NOT_MET,
            extensionSection));
    return decision(item, criteria, List.of(trialSection, extensionSection));
  }

  CriterionResult criterion(
      String name, String description, CriterionStatus status, GuidelineCitation citation) {
    return CriterionResult.builder()
        .id(id + "." + name)
        .description(description)
        .status(status)
        .citation(citation)
        .build();
  }

  Decision decision(
      DisputedItem item, List<CriterionResult> criteria, List<GuidelineCitation> citations) {
    List<CriterionResult> adverse =
        criteria.stream().filter(cr -> cr.status().isAdverse()).toList();
    return Decision.builder()
        .itemId(item.id())
        .necessity(adverse.isEmpty() ? MedicalNecessity.NECESSARY : MedicalNecessity.NOT_NECESSARY)
        .evaluatorId(id)
        .evaluatorVersion(version())
        .criteria(criteria)
        .rationale(
            adverse.isEmpty()
                ? "Every criterion is met."
                : "Not met: "
                    + adverse.stream()
                        .map(CriterionResult::description)
                        .collect(Collectors.joining("; "))
                    + ".")
        .citations(citations)
        .build();
  }

  /** An objective ADL or work improvement and an objective reduction in treatment dependency. */
  static boolean improvementDocumented(Case c) {
    List<FunctionalImprovementEvidence> objective =
        c.functionalImprovement().stream()
            .filter(FunctionalImprovementEvidence::objective)
            .toList();
    boolean activity =
        objective.stream()
            .anyMatch(
                e ->
                    e.element() == FunctionalElement.ADL_IMPROVEMENT
                        || e.element() == FunctionalElement.WORK_RESTRICTION_REDUCTION);
    boolean dependency =
        objective.stream()
            .anyMatch(e -> e.element() == FunctionalElement.REDUCED_TREATMENT_DEPENDENCY);
    return activity && dependency;
  }
}
