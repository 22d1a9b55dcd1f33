package org.openimr.guidelines.mtus;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.openimr.model.BodyRegion;
import org.openimr.model.Case;
import org.openimr.model.ClinicalFinding;
import org.openimr.model.CodeSystem;
import org.openimr.model.CriterionStatus;
import org.openimr.model.Decision;
import org.openimr.model.Diagnosis;
import org.openimr.model.DisputedItem;
import org.openimr.model.GuidelineCitation;
import org.openimr.model.GuidelineEdition;
import org.openimr.model.Modality;
import org.openimr.model.PriorTreatment;
import org.openimr.model.TreatmentRequest;
import org.openimr.spi.Applicability;
import org.openimr.spi.GuidelineEvaluator;

/**
 * The physical medicine rules of the MTUS Chronic Pain Medical Treatment Guidelines (8 CCR §
 * 9792.24.2) for physical and occupational therapy, aquatic therapy, massage and chiropractic
 * manipulation, with the statutory visit caps of Labor Code § 4604.5(c)(1); id {@value #ID}.
 *
 * <p>It applies to those modalities except physical and occupational therapy inside a surgery's
 * postsurgical period, which {@value PostsurgicalPhysicalMedicineEvaluator#ID} decides; aquatic
 * therapy, massage and manipulation have their rules only here, so they are decided here after a
 * surgery too.
 *
 * <ul>
 *   <li>Physical and occupational therapy, and aquatic therapy (which also needs reduced weight
 *       bearing to be desirable): a course within the visits and weeks of the diagnosis group, at
 *       most the fading frequency; visits beyond the group's, counting prior ones, need documented
 *       functional improvement and a home exercise program. A diagnosis outside every encoded group
 *       is not evaluated: the decision says the visits for it are not covered.
 *   <li>Massage: an adjunct to active treatment, within its visits.
 *   <li>Manipulation: not for the conditions the guideline excludes, never as maintenance care; for
 *       the low back a trial, a longer course with objective functional improvement, then flare-up
 *       visits after return to work. Numbers for other regions are not encoded: not evaluated.
 * </ul>
 *
 * <p>Stateless and thread-safe; every number comes from the bundled content, resolved when the
 * evaluator is built.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ChronicPainPhysicalMedicineEvaluator implements GuidelineEvaluator {
  /** The evaluator id, {@code "mtus.chronic-pain.physical-medicine"}. */
  public static final String ID = "mtus.chronic-pain.physical-medicine";

  static final String VERSION = "0.1.0";

  static final Set<Modality> MODALITIES =
      EnumSet.of(
          Modality.PHYSICAL_THERAPY,
          Modality.OCCUPATIONAL_THERAPY,
          Modality.AQUATIC_THERAPY,
          Modality.MASSAGE,
          Modality.CHIROPRACTIC_MANIPULATION);

  /** The only region for which the reference gives manipulation visit numbers. */
  private static final BodyRegion MANIPULATION_NUMBERS_REGION = BodyRegion.LUMBAR_SPINE;

  private static final Set<Modality> MANIPULATION = EnumSet.of(Modality.CHIROPRACTIC_MANIPULATION);
  private static final Set<Modality> MASSAGE = EnumSet.of(Modality.MASSAGE);

  private final PhysicalMedicineContent content;
  private final GuidelineEdition edition;
  private final List<GuidelineEdition> editions;
  private final String definition;
  private final PhysicalMedicineCriterion aquaticWeightBearing;
  private final PhysicalMedicineCriterion diagnosisGroup;
  private final PhysicalMedicineCriterion frequency;
  private final PhysicalMedicineCriterion visits;
  private final PhysicalMedicineCriterion functionalImprovement;
  private final PhysicalMedicineCriterion homeExercise;
  private final PhysicalMedicineCriterion massageAdjunct;
  private final PhysicalMedicineCriterion massageVisits;
  private final PhysicalMedicineCriterion manipulationRegion;
  private final PhysicalMedicineCriterion manipulationMaintenance;
  private final PhysicalMedicineCriterion manipulationTrial;
  private final PhysicalMedicineCriterion manipulationExtension;
  private final PhysicalMedicineCriterion manipulationFlareUp;

  /** The evaluator with the bundled MTUS content; for {@link java.util.ServiceLoader}. */
  public ChronicPainPhysicalMedicineEvaluator() {
    this(PhysicalMedicineContent.standard());
  }

  ChronicPainPhysicalMedicineEvaluator(PhysicalMedicineContent content) {
    this.content = content;
    EncodedEdition encoded = content.chronicPain;
    this.edition = encoded.edition();
    this.editions = List.of(edition);
    this.definition = encoded.functionalImprovementSection();
    String section = encoded.section();
    this.aquaticWeightBearing =
        PhysicalMedicineCriterion.of(
            "mtus.aquatic.weight-bearing",
            GuidelineCitation.of(edition, section, "Aquatic therapy"),
            "Aquatic therapy is an optional form of exercise therapy, an alternative to land-based"
                + " therapy specifically where reduced weight bearing is desirable (for example"
                + " extreme obesity); its visits are those of physical medicine");
    this.diagnosisGroup =
        PhysicalMedicineCriterion.of(
            "mtus.chronic-pain.diagnosis-group",
            GuidelineCitation.of(edition, section, "Physical medicine: visits by diagnosis"),
            "The physical medicine guideline gives the visits of a course by diagnosis");
    this.frequency =
        PhysicalMedicineCriterion.of(
            "mtus.chronic-pain.frequency",
            content.frequency.citation(),
            "Physical medicine allows for fading of treatment frequency, from up to "
                + content.frequency.max()
                + " visits a week to "
                + content.frequency.min()
                + " or less, plus active self-directed home physical medicine");
    this.visits =
        PhysicalMedicineCriterion.of(
            "mtus.chronic-pain.visits",
            GuidelineCitation.of(edition, section, "Physical medicine: visits by diagnosis"),
            "A course of physical medicine stays within the visits and weeks the guideline gives"
                + " for the diagnosis");
    this.functionalImprovement =
        PhysicalMedicineCriterion.of(
            "mtus.chronic-pain.functional-improvement",
            GuidelineCitation.of(edition, section, "Physical medicine: further visits"),
            "Visits beyond those the guideline gives for the diagnosis need functional improvement"
                + " documented as "
                + definition
                + " defines it");
    this.homeExercise =
        PhysicalMedicineCriterion.of(
            "mtus.chronic-pain.home-exercise",
            GuidelineCitation.of(edition, section, "Physical medicine: home exercise"),
            "Active therapy is the mainstay and patients are expected to continue it in a home"
                + " exercise program; beyond the visits the guideline gives, the record should show"
                + " one");
    this.massageAdjunct =
        PhysicalMedicineCriterion.of(
            "mtus.massage.adjunct",
            content.massageVisits.citation(),
            "Massage therapy is an adjunct to other recommended treatment, such as exercise");
    this.massageVisits =
        PhysicalMedicineCriterion.of(
            "mtus.massage.visits",
            content.massageVisits.citation(),
            "Massage therapy is limited to " + content.massageVisits.display() + " in most cases");
    StringBuilder excluded = new StringBuilder();
    for (ChronicPainManipulationExclusion e : content.manipulationExclusions) {
      excluded.append(excluded.length() == 0 ? "" : "; ").append(e.condition());
    }
    this.manipulationRegion =
        PhysicalMedicineCriterion.of(
            "mtus.manipulation.region",
            GuidelineCitation.of(edition, section, "Manual therapy and manipulation"),
            "Manual therapy and manipulation is not recommended for: " + excluded);
    this.manipulationMaintenance =
        PhysicalMedicineCriterion.of(
            "mtus.manipulation.maintenance",
            GuidelineCitation.of(edition, section, "Manual therapy and manipulation"),
            "Elective or maintenance care with manual therapy and manipulation is not medically"
                + " necessary");
    this.manipulationTrial =
        PhysicalMedicineCriterion.of(
            "mtus.manipulation.trial",
            content.manipulationTrialVisits.citation(),
            "For the low back, manipulation starts with a therapeutic trial of "
                + content.manipulationTrialVisits.display()
                + " over "
                + content.manipulationTrialWeeks.display());
    this.manipulationExtension =
        PhysicalMedicineCriterion.of(
            "mtus.manipulation.extension",
            content.manipulationCourseVisits.citation(),
            "With evidence of objective functional improvement, low-back manipulation may total up"
                + " to "
                + content.manipulationCourseVisits.display()
                + " over "
                + content.manipulationCourseWeeks.display());
    this.manipulationFlareUp =
        PhysicalMedicineCriterion.of(
            "mtus.manipulation.flare-up",
            content.manipulationFlareUpVisits.citation(),
            "After the course, a flare-up is re-evaluated; if return to work was achieved, "
                + content.manipulationFlareUpVisits.display()
                + " every "
                + content.manipulationFlareUpInterval.display());
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String version() {
    return VERSION;
  }

  @Override
  public List<GuidelineEdition> editions() {
    return editions;
  }

  @Override
  public Applicability applicability(Case c, DisputedItem item) {
    Optional<Applicability> notCovered =
        ModalityScope.notCovered(
            item,
            MODALITIES,
            "the physical medicine guideline covers physical, occupational and aquatic therapy,"
                + " massage and manipulation");
    if (notCovered.isPresent()) {
      return notCovered.get();
    }
    Modality modality = item.request().modality().orElseThrow();
    if (PostsurgicalPhysicalMedicineEvaluator.MODALITIES.contains(modality)
        && PostsurgicalCoverage.find(c, item.request(), content).isPresent()) {
      return Applicability.doesNotApply(
          "a surgery's postsurgical physical medicine period covers the request date, so 8 CCR §"
              + " 9792.24.3 applies ("
              + PostsurgicalPhysicalMedicineEvaluator.ID
              + ")");
    }
    return Applicability.applies(
        "modality is "
            + name(modality)
            + ", which the physical medicine guideline of 8 CCR § 9792.24.2 addresses");
  }

  @Override
  public Decision evaluate(Case c, DisputedItem item, GuidelineEdition edition) {
    if (!this.edition.equals(edition)) {
      throw new IllegalArgumentException("edition is not one this evaluator encodes");
    }
    DecisionWriter writer = new DecisionWriter(ID, VERSION, item, edition);
    TreatmentRequest request = item.request();
    Modality modality = request.modality().orElse(Modality.OTHER);
    if (PostsurgicalPhysicalMedicineEvaluator.MODALITIES.contains(modality)
        && PostsurgicalCoverage.find(c, request, content).isPresent()) {
      return writer.notEvaluable(
          "A surgery's postsurgical physical medicine period covers the request date, so the"
              + " Postsurgical Treatment Guidelines (8 CCR § 9792.24.3) decide it, not 8 CCR §"
              + " 9792.24.2.");
    }
    return switch (modality) {
      case PHYSICAL_THERAPY, OCCUPATIONAL_THERAPY, AQUATIC_THERAPY ->
          physicalMedicine(c, request, modality, writer);
      case MASSAGE -> massage(c, request, writer);
      case CHIROPRACTIC_MANIPULATION -> manipulation(c, request, writer);
      default ->
          writer.notEvaluable(
              "The physical medicine guideline does not address " + name(modality) + ".");
    };
  }

  private Decision physicalMedicine(
      Case c, TreatmentRequest request, Modality modality, DecisionWriter writer) {
    Optional<BodyRegion> region = PhysicalMedicineHistory.requestRegion(c, request);
    int requested = request.totalSessions();
    if (modality == Modality.AQUATIC_THERAPY) {
      boolean reason = c.findings().contains(ClinicalFinding.REDUCED_WEIGHT_BEARING_DESIRABLE);
      aquaticWeightBearing.record(
          writer,
          reason ? CriterionStatus.MET : CriterionStatus.NOT_DOCUMENTED,
          reason
              ? "The record documents that reduced weight bearing is desirable."
              : "The record does not document why reduced weight bearing is desirable, so land-based"
                  + " therapy is not shown to be unsuitable.");
    }
    @Nullable ChronicPainDiagnosisGroup group = null;
    @Nullable Diagnosis matched = null;
    for (Diagnosis diagnosis : c.diagnoses()) {
      for (ChronicPainDiagnosisGroup g : content.groupsOf(diagnosis)) {
        if (group == null || g.visitsMax() > group.visitsMax()) {
          group = g;
          matched = diagnosis;
        }
      }
    }
    if (group == null || matched == null) {
      diagnosisGroup.record(writer, CriterionStatus.NOT_APPLICABLE, noGroupEvidence(c));
    } else {
      diagnosisGroup.record(
          writer, CriterionStatus.MET, group.citation(), groupEvidence(group, matched));
    }
    recordFrequency(request, writer);
    PhysicalMedicineHistory.Visits prior =
        PhysicalMedicineHistory.visits(
            c,
            course ->
                PhysicalMedicineHistory.PHYSICAL_MEDICINE.contains(course.modality())
                    && PhysicalMedicineHistory.sameRegion(course, region));
    if (group != null) {
      boolean withinVisits = requested <= group.visitsMax();
      boolean withinWeeks = request.weeks().isEmpty() || request.weeks().get() <= group.weeks();
      visits.record(
          writer,
          withinVisits && withinWeeks ? CriterionStatus.MET : CriterionStatus.NOT_MET,
          group.citation(),
          "The guideline gives " + group.visits() + " for " + group.diagnosis() + ".",
          "The request is for "
              + requested
              + (requested == 1 ? " visit" : " visits")
              + request.weeks().map(w -> " over " + w + (w == 1 ? " week" : " weeks")).orElse("")
              + (withinVisits && withinWeeks
                  ? ", within them."
                  : withinVisits ? ", longer than that." : ", more than that."));
      // Functional improvement is asked for further visits: a first course has none to show.
      boolean beyond =
          prior.courses > 0 && (!prior.documented() || prior.known + requested > group.visitsMax());
      String priorText =
          prior.describe("physical medicine")
              + (!beyond
                  ? " With the " + requested + " requested they stay within the guideline's visits."
                  : prior.documented()
                      ? " With the "
                          + requested
                          + " requested they come to "
                          + (prior.known + requested)
                          + ", beyond the "
                          + group.visitsMax()
                          + " the guideline gives."
                      : " The visits cannot be shown to stay within the "
                          + group.visitsMax()
                          + " the guideline gives.");
      if (beyond) {
        PhysicalMedicineHistory.Improvement improvement =
            PhysicalMedicineHistory.functionalImprovement(
                c, PhysicalMedicineHistory.PHYSICAL_MEDICINE, Optional.empty(), definition);
        functionalImprovement.record(
            writer,
            improvement.documented ? CriterionStatus.MET : CriterionStatus.NOT_DOCUMENTED,
            priorText,
            improvement.evidence);
        boolean program = c.findings().contains(ClinicalFinding.HOME_EXERCISE_PROGRAM);
        homeExercise.record(
            writer,
            program ? CriterionStatus.MET : CriterionStatus.NOT_DOCUMENTED,
            program
                ? "The record documents a home exercise program."
                : "The record does not document a home exercise program.");
      } else {
        functionalImprovement.record(writer, CriterionStatus.NOT_APPLICABLE, priorText);
        homeExercise.record(
            writer,
            CriterionStatus.NOT_APPLICABLE,
            "The request stays within the visits the guideline gives.");
      }
    }
    recordVisitCap(c, request, modality, writer);
    if (group == null && !writer.hasAdverse()) {
      return writer.notEvaluable(
          (c.diagnoses().isEmpty()
                  ? "The record gives no diagnosis code"
                  : "No diagnosis code of the case is in a diagnosis group encoded here")
              + ", and the physical medicine guideline (8 CCR § 9792.24.2) gives visits by"
              + " diagnosis: the visits for this request are not covered. Encoded groups: "
              + groupList()
              + ".");
    }
    return writer.decide();
  }

  private void recordFrequency(TreatmentRequest request, DecisionWriter writer) {
    if (request.frequency().isEmpty()) {
      frequency.record(
          writer, CriterionStatus.NOT_APPLICABLE, "The request states no visits per week.");
      return;
    }
    int perWeek = request.frequency().get().max();
    boolean within = perWeek <= content.frequency.max();
    frequency.record(
        writer,
        within ? CriterionStatus.MET : CriterionStatus.NOT_MET,
        "The request asks for up to "
            + perWeek
            + (perWeek == 1 ? " visit" : " visits")
            + " a week"
            + (within ? ", within the " : ", more than the ")
            + content.frequency.max()
            + " the guideline allows at the start.");
  }

  private String noGroupEvidence(Case c) {
    if (c.diagnoses().isEmpty()) {
      return "The record gives no diagnosis code.";
    }
    StringBuilder codes = new StringBuilder();
    for (Diagnosis d : c.diagnoses()) {
      codes.append(codes.length() == 0 ? "" : ", ").append(system(d)).append(' ').append(d.code());
    }
    return "None of the case's diagnosis codes (" + codes + ") is in an encoded diagnosis group.";
  }

  private static String groupEvidence(ChronicPainDiagnosisGroup group, Diagnosis matched) {
    String text =
        "The diagnosis "
            + system(matched)
            + " "
            + matched.code()
            + " falls in the group "
            + group.display()
            + ": "
            + group.visits()
            + " ("
            + group.provenance().meaning()
            + ").";
    return matched.system() == CodeSystem.ICD_10_CM
        ? text
            + " The ICD-10-CM code is matched through the project's equivalents, not the"
            + " guideline's own codes: "
            + group.icd10Source()
        : text;
  }

  private String groupList() {
    StringBuilder list = new StringBuilder();
    for (ChronicPainDiagnosisGroup g : content.groups) {
      list.append(list.length() == 0 ? "" : "; ").append(g.display());
    }
    return list.toString();
  }

  private Decision massage(Case c, TreatmentRequest request, DecisionWriter writer) {
    boolean active =
        c.findings().contains(ClinicalFinding.ACTIVE_PHYSICAL_REHABILITATION)
            || c.findings().contains(ClinicalFinding.HOME_EXERCISE_PROGRAM);
    massageAdjunct.record(
        writer,
        active ? CriterionStatus.MET : CriterionStatus.NOT_DOCUMENTED,
        active
            ? "The record documents active treatment (physical rehabilitation or a home exercise"
                + " program) that massage would accompany."
            : "The record does not document active treatment (physical rehabilitation or a home"
                + " exercise program) for massage to accompany.");
    Optional<BodyRegion> region = PhysicalMedicineHistory.requestRegion(c, request);
    PhysicalMedicineHistory.Visits prior =
        PhysicalMedicineHistory.visits(
            c,
            course ->
                MASSAGE.contains(course.modality())
                    && PhysicalMedicineHistory.sameRegion(course, region));
    int total = prior.known + request.totalSessions();
    int max = content.massageVisits.max();
    CriterionStatus status =
        total > max
            ? CriterionStatus.NOT_MET
            : prior.documented() ? CriterionStatus.MET : CriterionStatus.NOT_DOCUMENTED;
    massageVisits.record(
        writer,
        status,
        prior.describe("massage"),
        "With the "
            + request.totalSessions()
            + " requested, massage comes to "
            + total
            + " visits"
            + (total > max ? ", more than " : ", within ")
            + content.massageVisits.display()
            + ".");
    recordVisitCap(c, request, Modality.MASSAGE, writer);
    return writer.decide();
  }

  private Decision manipulation(Case c, TreatmentRequest request, DecisionWriter writer) {
    Optional<BodyRegion> region = PhysicalMedicineHistory.requestRegion(c, request);
    @Nullable ChronicPainManipulationExclusion excluded = exclusionFor(c, region);
    if (excluded != null) {
      manipulationRegion.record(
          writer,
          CriterionStatus.NOT_MET,
          excluded.citation(),
          region.isPresent()
              ? "The request concerns the "
                  + region.get().displayName()
                  + ", and manipulation is not recommended for "
                  + excluded.condition()
                  + "."
              : "The request names no region, and the case's diagnosis is "
                  + excluded.condition()
                  + ", for which manipulation is not recommended.");
    } else if (region.isEmpty()) {
      manipulationRegion.record(
          writer,
          CriterionStatus.NOT_DOCUMENTED,
          "The request names no body region, and the case has more or fewer than one injured"
              + " region.");
    } else {
      manipulationRegion.record(
          writer,
          CriterionStatus.MET,
          "The request concerns the "
              + region.get().displayName()
              + ", which is not among the conditions for which manipulation is not recommended.");
    }
    boolean maintenance = c.findings().contains(ClinicalFinding.MAINTENANCE_CARE);
    manipulationMaintenance.record(
        writer,
        maintenance ? CriterionStatus.NOT_MET : CriterionStatus.MET,
        maintenance
            ? "The record describes the request as elective or maintenance care."
            : "The record does not describe the request as elective or maintenance care.");
    boolean numbers =
        excluded == null && region.isPresent() && region.get() == MANIPULATION_NUMBERS_REGION;
    if (numbers) {
      recordManipulationCourse(c, request, writer);
    }
    recordVisitCap(c, request, Modality.CHIROPRACTIC_MANIPULATION, writer);
    if (!numbers && !writer.hasAdverse()) {
      return writer.notEvaluable(
          "Manipulation visit numbers are encoded for the "
              + MANIPULATION_NUMBERS_REGION.displayName()
              + " only (8 CCR § 9792.24.2); the number of visits for the "
              + region.map(BodyRegion::displayName).orElse("request's region")
              + " is not covered here.");
    }
    return writer.decide();
  }

  private @Nullable ChronicPainManipulationExclusion exclusionFor(
      Case c, Optional<BodyRegion> region) {
    for (ChronicPainManipulationExclusion exclusion : content.manipulationExclusions) {
      if (region.isPresent()) {
        if (exclusion.regions().contains(region.get())) {
          return exclusion;
        }
      } else {
        for (Diagnosis diagnosis : c.diagnoses()) {
          if (exclusion.covers(diagnosis)) {
            return exclusion;
          }
        }
      }
    }
    return null;
  }

  private void recordManipulationCourse(Case c, TreatmentRequest request, DecisionWriter writer) {
    PhysicalMedicineHistory.Visits prior =
        PhysicalMedicineHistory.visits(
            c,
            course ->
                MANIPULATION.contains(course.modality())
                    && PhysicalMedicineHistory.sameRegion(
                        course, Optional.of(MANIPULATION_NUMBERS_REGION)));
    String priorText = prior.describe("low-back manipulation");
    if (!prior.documented()) {
      manipulationTrial.record(
          writer,
          CriterionStatus.NOT_DOCUMENTED,
          priorText,
          "Without the visits already completed, the stage of the course cannot be told.");
      return;
    }
    int requested = request.totalSessions();
    int total = prior.known + requested;
    int trial = content.manipulationTrialVisits.max();
    int course = content.manipulationCourseVisits.max();
    if (prior.known < trial) {
      int trialWeeks = content.manipulationTrialWeeks.max();
      boolean visitsOk = total <= trial;
      boolean weeksOk = request.weeks().isEmpty() || request.weeks().get() <= trialWeeks;
      manipulationTrial.record(
          writer,
          visitsOk && weeksOk ? CriterionStatus.MET : CriterionStatus.NOT_MET,
          priorText,
          "With the "
              + requested
              + " requested the trial comes to "
              + total
              + " visits"
              + request.weeks().map(w -> " over " + w + (w == 1 ? " week" : " weeks")).orElse("")
              + (visitsOk && weeksOk ? ", within the trial." : ", beyond the trial."));
      return;
    }
    manipulationTrial.record(
        writer, CriterionStatus.NOT_APPLICABLE, priorText + " The trial is complete.");
    if (prior.known < course) {
      PhysicalMedicineHistory.Improvement improvement =
          PhysicalMedicineHistory.functionalImprovement(
              c, MANIPULATION, Optional.empty(), definition);
      CriterionStatus status =
          total > course
              ? CriterionStatus.NOT_MET
              : improvement.documented ? CriterionStatus.MET : CriterionStatus.NOT_DOCUMENTED;
      manipulationExtension.record(
          writer,
          status,
          "With the "
              + requested
              + " requested the course comes to "
              + total
              + " visits"
              + (total > course ? ", more than " : ", within ")
              + content.manipulationCourseVisits.display()
              + ".",
          improvement.evidence);
      return;
    }
    manipulationExtension.record(
        writer,
        CriterionStatus.NOT_APPLICABLE,
        "The course of " + content.manipulationCourseVisits.display() + " is complete.");
    recordFlareUp(c, request, writer);
  }

  private void recordFlareUp(Case c, TreatmentRequest request, DecisionWriter writer) {
    int requested = request.totalSessions();
    if (requested > content.manipulationFlareUpVisits.max()) {
      manipulationFlareUp.record(
          writer,
          CriterionStatus.NOT_MET,
          "After the course, the request for "
              + requested
              + " visits is more than the "
              + content.manipulationFlareUpVisits.display()
              + " for a flare-up.");
      return;
    }
    if (!c.findings().contains(ClinicalFinding.RETURNED_TO_WORK)) {
      manipulationFlareUp.record(
          writer, CriterionStatus.NOT_DOCUMENTED, "The record does not document a return to work.");
      return;
    }
    @Nullable LocalDate last = null;
    for (PriorTreatment course : c.treatmentHistory()) {
      if (MANIPULATION.contains(course.modality())) {
        Optional<LocalDate> date = course.endDate().or(course::startDate);
        if (date.isPresent() && (last == null || date.get().isAfter(last))) {
          last = date.get();
        }
      }
    }
    Optional<LocalDate> requestDate = c.effectiveRequestDate();
    if (last == null || requestDate.isEmpty()) {
      manipulationFlareUp.record(
          writer,
          CriterionStatus.NOT_DOCUMENTED,
          "The record does not date the last manipulation, so the interval since cannot be told.");
      return;
    }
    int months = content.manipulationFlareUpInterval.min();
    boolean spaced = !last.plusMonths(months).isAfter(requestDate.get());
    manipulationFlareUp.record(
        writer,
        spaced ? CriterionStatus.MET : CriterionStatus.NOT_MET,
        "Return to work is documented, and the last manipulation was "
            + (spaced ? "at least " : "less than ")
            + months
            + " months before the request.");
  }

  private void recordVisitCap(
      Case c, TreatmentRequest request, Modality modality, DecisionWriter writer) {
    PhysicalMedicineCriterion criterion = content.visitCap;
    Optional<PhysicalMedicineVisitCap> found = content.capOf(modality);
    if (found.isEmpty()) {
      criterion.record(
          writer,
          CriterionStatus.NOT_APPLICABLE,
          "The statute caps chiropractic, occupational therapy and physical therapy visits; "
              + name(modality)
              + " visits are not assigned to one of them here, since that depends on who"
              + " provides them.");
      return;
    }
    PhysicalMedicineVisitCap cap = found.get();
    if (c.dateOfInjury().isBefore(cap.injuriesOnOrAfter())) {
      criterion.record(
          writer,
          CriterionStatus.NOT_APPLICABLE,
          cap.citation(),
          "The injury predates " + cap.injuriesOnOrAfter() + ", so the cap does not apply.");
      return;
    }
    if (c.findings().contains(ClinicalFinding.EMPLOYER_AUTHORIZED_ADDITIONAL_VISITS)) {
      criterion.record(
          writer,
          CriterionStatus.MET,
          cap.citation(),
          "The employer authorized additional visits in writing.");
      return;
    }
    LocalDate[] periodEnds = PostsurgicalCoverage.periodEnds(c, content);
    int postsurgicalCourses = 0;
    int known = 0;
    int courses = 0;
    int undocumented = 0;
    for (PriorTreatment course : c.treatmentHistory()) {
      if (!cap.modalities().contains(course.modality())) {
        continue;
      }
      if (PostsurgicalPhysicalMedicineEvaluator.MODALITIES.contains(course.modality())
          && course.startDate().isPresent()
          && PostsurgicalCoverage.inAnyPeriod(c, periodEnds, course.startDate().get())) {
        postsurgicalCourses++;
      } else if (course.sessionsCompleted().isPresent()) {
        courses++;
        known += course.sessionsCompleted().get();
      } else {
        courses++;
        undocumented++;
      }
    }
    PhysicalMedicineHistory.Visits prior =
        new PhysicalMedicineHistory.Visits(known, courses, undocumented, 0);
    int total = prior.known + request.totalSessions();
    CriterionStatus status =
        total > cap.visits()
            ? CriterionStatus.NOT_MET
            : prior.documented() ? CriterionStatus.MET : CriterionStatus.NOT_DOCUMENTED;
    criterion.record(
        writer,
        status,
        cap.citation(),
        prior.describe((postsurgicalCourses == 0 ? "" : "non-postsurgical ") + cap.discipline())
            + (postsurgicalCourses == 0
                ? ""
                : " "
                    + postsurgicalCourses
                    + (postsurgicalCourses == 1 ? " course" : " courses")
                    + " begun within a surgery's postsurgical period "
                    + (postsurgicalCourses == 1 ? "is" : "are")
                    + " not counted."),
        "With the "
            + request.totalSessions()
            + " requested the injury's "
            + cap.discipline()
            + " visits come to "
            + total
            + (total > cap.visits() ? ", more than the cap of " : ", within the cap of ")
            + cap.visits()
            + ".");
  }

  private static String system(Diagnosis diagnosis) {
    return diagnosis.system() == CodeSystem.ICD_9_CM ? "ICD-9-CM" : "ICD-10-CM";
  }

  private static String name(Modality modality) {
    return ModalityScope.name(modality);
  }
}
