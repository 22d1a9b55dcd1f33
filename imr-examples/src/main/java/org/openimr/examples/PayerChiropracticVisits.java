package org.openimr.examples;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.openimr.model.BodyRegion;
import org.openimr.model.Case;
import org.openimr.model.ClinicalFinding;
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
import org.openimr.model.PriorTreatment;
import org.openimr.spi.Applicability;
import org.openimr.spi.GuidelineEvaluator;

/**
 * An example of a guideline evaluator a user writes: a payer's policy on chiropractic visits for
 * the low back. A trial of {@value #TRIAL_VISITS} visits; up to {@value #MOST_VISITS} in all once
 * functional improvement is documented as 8 CCR § 9792.20 defines it; never elective or maintenance
 * care. Visits of earlier chiropractic courses for the low back count towards both limits.
 *
 * <p>The payer and its policy are made up for the example; its numbers are not. They are those of
 * the 2009 MTUS Chronic Pain Medical Treatment Guidelines on manual therapy and manipulation of the
 * low back, as the project's reference transcribes them from IMR letters (provenance [Q]: verify
 * against the official text before relying on them). It checks visits, not weeks.
 *
 * <p>Tested in five lines with the testkit's contract: see {@code PayerChiropracticVisitsTest}.
 */
@API(status = INTERNAL)
public final class PayerChiropracticVisits implements GuidelineEvaluator {
  /** Visits of a first trial (CPMTG 2009, manual therapy, low back: 6 visits over 2 weeks) [Q]. */
  public static final int TRIAL_VISITS = 6;

  /** Visits in all with functional improvement (CPMTG 2009: up to 18 over 6-8 weeks) [Q]. */
  public static final int MOST_VISITS = 18;

  static final String ID = "examplepayer.chiropractic";

  static final GuidelineEdition POLICY =
      GuidelineEdition.builder()
          .source(GuidelineSource.OTHER)
          .title("Example Payer Chiropractic Visit Policy")
          .label("1")
          // adopts the numbers of the 2009 MTUS edition, in force from this date
          .effectiveFrom(LocalDate.of(2009, 7, 18))
          .build();

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String version() {
    return "1.0";
  }

  @Override
  public List<GuidelineEdition> editions() {
    return List.of(POLICY);
  }

  @Override
  public Applicability applicability(Case c, DisputedItem item) {
    boolean chiropractic =
        item.request().modality().filter(m -> m == Modality.CHIROPRACTIC_MANIPULATION).isPresent();
    boolean lowBack = item.request().region().filter(r -> r == BodyRegion.LUMBAR_SPINE).isPresent();
    return chiropractic && lowBack
        ? Applicability.applies("chiropractic manipulation of the low back")
        : Applicability.doesNotApply("covers chiropractic manipulation of the low back only");
  }

  @Override
  public Decision evaluate(Case c, DisputedItem item, GuidelineEdition edition) {
    GuidelineCitation trialSection = GuidelineCitation.of(edition, "CH-1(a)", "Trial of visits");
    GuidelineCitation extensionSection =
        GuidelineCitation.of(edition, "CH-1(b)", "Further visits with functional improvement");
    GuidelineCitation maintenanceSection =
        GuidelineCitation.of(edition, "CH-1(c)", "Elective and maintenance care");

    Optional<Integer> earlier = earlierVisits(c);
    int requested = item.request().totalSessions();
    boolean improved = functionalImprovementDocumented(c);

    List<CriterionResult> criteria = new ArrayList<>();
    criteria.add(
        criterion(
            "maintenance-care",
            "Care for a flare-up, not elective or maintenance care",
            c.findings().contains(ClinicalFinding.MAINTENANCE_CARE)
                ? CriterionStatus.NOT_MET
                : CriterionStatus.MET,
            maintenanceSection));
    if (earlier.isEmpty()) {
      criteria.add(
          criterion(
              "earlier-visits",
              "Visits completed in earlier chiropractic courses are documented",
              CriterionStatus.NOT_DOCUMENTED,
              trialSection));
    } else {
      int total = earlier.get() + requested;
      criteria.add(
          criterion(
              "trial",
              "At most " + TRIAL_VISITS + " visits in all without documented improvement",
              total <= TRIAL_VISITS
                  ? CriterionStatus.MET
                  : improved ? CriterionStatus.NOT_APPLICABLE : CriterionStatus.NOT_MET,
              trialSection));
      criteria.add(
          criterion(
              "extension",
              "More than "
                  + TRIAL_VISITS
                  + " visits only with documented functional improvement, at most "
                  + MOST_VISITS
                  + " in all",
              total <= TRIAL_VISITS
                  ? CriterionStatus.NOT_APPLICABLE
                  : improved && total <= MOST_VISITS
                      ? CriterionStatus.MET
                      : CriterionStatus.NOT_MET,
              extensionSection));
    }

    List<CriterionResult> adverse =
        criteria.stream().filter(cr -> cr.status().isAdverse()).toList();
    return Decision.builder()
        .itemId(item.id())
        .necessity(adverse.isEmpty() ? MedicalNecessity.NECESSARY : MedicalNecessity.NOT_NECESSARY)
        .evaluatorId(ID)
        .evaluatorVersion(version())
        .criteria(criteria)
        .rationale(rationale(requested, adverse))
        .citations(List.of(trialSection, extensionSection, maintenanceSection))
        .build();
  }

  /** Visits completed in earlier chiropractic courses for the low back; empty if any is unknown. */
  private static Optional<Integer> earlierVisits(Case c) {
    int visits = 0;
    for (PriorTreatment course : c.treatmentHistory()) {
      boolean chiropractic = course.modality() == Modality.CHIROPRACTIC_MANIPULATION;
      boolean lowBack = course.region().map(r -> r == BodyRegion.LUMBAR_SPINE).orElse(true);
      if (chiropractic && lowBack) {
        if (course.sessionsCompleted().isEmpty()) {
          return Optional.empty();
        }
        visits += course.sessionsCompleted().get();
      }
    }
    return Optional.of(visits);
  }

  /**
   * Functional improvement as § 9792.20 defines it: an objective improvement in activities of daily
   * living or reduction in work restrictions, and an objective reduction in the dependency on
   * continued medical treatment.
   */
  private static boolean functionalImprovementDocumented(Case c) {
    List<FunctionalElement> measured =
        c.functionalImprovement().stream()
            .filter(FunctionalImprovementEvidence::objective)
            .map(FunctionalImprovementEvidence::element)
            .toList();
    return (measured.contains(FunctionalElement.ADL_IMPROVEMENT)
            || measured.contains(FunctionalElement.WORK_RESTRICTION_REDUCTION))
        && measured.contains(FunctionalElement.REDUCED_TREATMENT_DEPENDENCY);
  }

  private static CriterionResult criterion(
      String name, String description, CriterionStatus status, GuidelineCitation citation) {
    return CriterionResult.builder()
        .id(ID + "." + name)
        .description(description)
        .status(status)
        .citation(citation)
        .build();
  }

  private static String rationale(int requested, List<CriterionResult> adverse) {
    String request = requested + (requested == 1 ? " visit" : " visits");
    if (adverse.isEmpty()) {
      return "The policy supports " + request + ": every criterion is met.";
    }
    return "The policy does not support "
        + request
        + ": "
        + adverse.stream()
            .map(cr -> cr.description() + " (" + cr.citation().section() + ", " + cr.status() + ")")
            .collect(Collectors.joining("; "))
        + ".";
  }
}
