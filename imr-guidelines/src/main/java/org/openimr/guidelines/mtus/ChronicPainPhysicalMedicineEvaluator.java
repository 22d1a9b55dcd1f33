package org.openimr.guidelines.mtus;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.openimr.model.Case;
import org.openimr.model.Decision;
import org.openimr.model.DisputedItem;
import org.openimr.model.GuidelineEdition;
import org.openimr.model.Modality;
import org.openimr.spi.Applicability;
import org.openimr.spi.GuidelineEvaluator;

/**
 * The physical medicine rules of the MTUS Chronic Pain Medical Treatment Guidelines (8 CCR §
 * 9792.24.2) for physical and occupational therapy, aquatic therapy, massage and chiropractic
 * manipulation, with the statutory visit caps of Labor Code § 4604.5(c)(1); id {@value #ID}.
 *
 * <p>It applies to those modalities except physical and occupational therapy inside a surgery's
 * postsurgical period, which the Postsurgical Treatment Guidelines decide; it stands aside on the
 * shared {@linkplain PostsurgicalCoverage#resolve resolved coverage}, not on the other evaluator's
 * rules. Aquatic therapy, massage and manipulation have their rules only here, so they are decided
 * here after a surgery too.
 *
 * <ul>
 *   <li>Physical and occupational therapy, and aquatic therapy (which also needs reduced weight
 *       bearing to be desirable): a course within the visits and weeks of the diagnosis group that
 *       concerns the treated region, at most the fading frequency; visits beyond a first course
 *       need documented functional improvement whatever the diagnosis. Where the outcome still
 *       turns on a diagnosis's visit numbers the guideline lacks, the decision names the diagnosis
 *       and says which numbers are missing.
 *   <li>Massage: an adjunct to active treatment, within its visits.
 *   <li>Manipulation: not for the conditions the guideline excludes, never as maintenance care; for
 *       the low back a trial, a longer course with objective functional improvement, then flare-up
 *       visits after return to work. Numbers for other regions are not encoded: not evaluated.
 * </ul>
 *
 * <p>The evaluator only orders the criteria (one class each: {@link TherapyCriteria}, {@link
 * ContinuedTherapyCriteria}, {@link MassageCriteria}, {@link ManipulationCriteria}, {@link
 * VisitCapCriterion}) over a {@link PhysicalMedicineRecord} read once per item. Stateless and
 * thread-safe; every number comes from the bundled content, resolved when the evaluator is built.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ChronicPainPhysicalMedicineEvaluator implements GuidelineEvaluator {
  /** The evaluator id, {@code "mtus.chronic-pain.physical-medicine"}. */
  public static final String ID = "mtus.chronic-pain.physical-medicine";

  static final String VERSION = "0.2.0";

  private final PhysicalMedicineContent content;
  private final GuidelineEdition edition;
  private final List<GuidelineEdition> editions;
  private final TherapyCriteria.AquaticWeightBearing aquatic;
  private final TherapyCriteria.DiagnosisGroup diagnosisGroup;
  private final TherapyCriteria.Frequency frequency;
  private final TherapyCriteria.Visits visits;
  private final ContinuedTherapyCriteria.FunctionalImprovement functionalImprovement;
  private final ContinuedTherapyCriteria.HomeExercise homeExercise;
  private final MassageCriteria.Adjunct massageAdjunct;
  private final MassageCriteria.Visits massageVisits;
  private final ManipulationCriteria.Region manipulationRegion;
  private final ManipulationCriteria.Maintenance manipulationMaintenance;
  private final ManipulationCriteria.LowBackCourse manipulationCourse;
  private final VisitCapCriterion visitCap;

  /** The evaluator with the bundled MTUS content; for {@link java.util.ServiceLoader}. */
  public ChronicPainPhysicalMedicineEvaluator() {
    this(PhysicalMedicineContent.standard());
  }

  ChronicPainPhysicalMedicineEvaluator(PhysicalMedicineContent content) {
    this.content = content;
    EncodedEdition encoded = content.chronicPain;
    this.edition = encoded.edition();
    this.editions = List.of(edition);
    String definition = encoded.functionalImprovementSection();
    String section = encoded.section();
    this.aquatic = new TherapyCriteria.AquaticWeightBearing(edition, section);
    this.diagnosisGroup = new TherapyCriteria.DiagnosisGroup(edition, section, content.groupIndex);
    this.frequency = new TherapyCriteria.Frequency(content.frequency);
    this.visits = new TherapyCriteria.Visits(edition, section);
    this.functionalImprovement =
        new ContinuedTherapyCriteria.FunctionalImprovement(edition, section, definition);
    this.homeExercise = new ContinuedTherapyCriteria.HomeExercise(edition, section);
    this.massageAdjunct = new MassageCriteria.Adjunct(content.massageVisits);
    this.massageVisits = new MassageCriteria.Visits(content.massageVisits);
    this.manipulationRegion =
        new ManipulationCriteria.Region(edition, section, content.manipulationExclusions);
    this.manipulationMaintenance = new ManipulationCriteria.Maintenance(edition, section);
    this.manipulationCourse = new ManipulationCriteria.LowBackCourse(content, definition);
    this.visitCap = new VisitCapCriterion(content);
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
            ModalityScope.CHRONIC_PAIN,
            "the physical medicine guideline covers physical, occupational and aquatic therapy,"
                + " massage and manipulation");
    if (notCovered.isPresent()) {
      return notCovered.get();
    }
    if (PostsurgicalCoverage.resolve(c, item, content).isPresent()) {
      return Applicability.doesNotApply(
          "a surgery's postsurgical physical medicine period covers the request date, so the"
              + " Postsurgical Treatment Guidelines of 8 CCR § 9792.24.3 apply (mtus.postsurgical)");
    }
    return Applicability.applies(
        "modality is "
            + ModalityScope.name(item.request().modality().orElseThrow())
            + ", which the physical medicine guideline of 8 CCR § 9792.24.2 addresses");
  }

  @Override
  public Decision evaluate(Case c, DisputedItem item, GuidelineEdition edition) {
    DecisionWriter writer = new DecisionWriter(ID, VERSION, item, edition);
    if (!this.edition.equals(edition)) {
      return writer.notEvaluable(
          "The MTUS chronic pain physical medicine evaluator does not encode the guideline edition"
              + " it was given.");
    }
    PhysicalMedicineRecord record = new PhysicalMedicineRecord(c, item, content);
    if (record.coverage.isPresent()) {
      return writer.notEvaluable(
          "A surgery's postsurgical physical medicine period covers the request date, so the"
              + " Postsurgical Treatment Guidelines (8 CCR § 9792.24.3) decide it, not 8 CCR §"
              + " 9792.24.2.");
    }
    return switch (record.modality) {
      case PHYSICAL_THERAPY, OCCUPATIONAL_THERAPY, AQUATIC_THERAPY -> therapy(record, writer);
      case MASSAGE -> massage(record, writer);
      case CHIROPRACTIC_MANIPULATION -> manipulation(record, writer);
      default ->
          writer.notEvaluable(
              "The physical medicine guideline does not address "
                  + ModalityScope.name(record.modality)
                  + ".");
    };
  }

  private Decision therapy(PhysicalMedicineRecord r, DecisionWriter w) {
    if (r.modality == Modality.AQUATIC_THERAPY) {
      aquatic.check(r, w);
    }
    TherapyCriteria.DiagnosisGroup.Facts groups = diagnosisGroup.check(r, w);
    Optional<ChronicPainDiagnosisGroup> group = groups.chosen.map(p -> p.group);
    frequency.check(r, w);
    group.ifPresent(g -> visits.check(r, g, w));
    functionalImprovement.check(r, group, w);
    homeExercise.check(r, w);
    visitCap.check(r, w);
    if (group.isEmpty() && !w.hasAdverse()) {
      return w.notEvaluable(notCovered(r, groups));
    }
    return w.decide();
  }

  /** Why a request outside every group is not decided: the diagnoses, and the numbers missing. */
  private String notCovered(PhysicalMedicineRecord r, TherapyCriteria.DiagnosisGroup.Facts f) {
    List<String> groupNames = new ArrayList<>();
    for (ChronicPainDiagnosisGroup g : content.groups) {
      groupNames.add(g.display());
    }
    String which;
    if (r.diagnoses.isEmpty()) {
      which = "The record gives no diagnosis code";
    } else if (!f.outside.isEmpty()) {
      which =
          TherapyCriteria.DiagnosisGroup.codes(f.outside)
              + (f.outside.size() == 1 ? " is" : " are")
              + " in no diagnosis group encoded here"
              + (f.otherRegion.isEmpty()
                  ? ""
                  : ", and the diagnoses in a group concern other regions");
    } else {
      which = "The case's diagnoses in a group concern other regions than " + r.regionPhrase();
    }
    return which
        + ": the physical medicine guideline (8 CCR § 9792.24.2) as encoded gives no visits or weeks"
        + " of a course for "
        + (r.diagnoses.isEmpty() ? "the request" : "it")
        + ", so the number of visits is not covered here. The checks that do not depend on the"
        + " diagnosis (frequency, functional improvement for further visits, the statutory cap)"
        + " found nothing against the request. Encoded groups: "
        + String.join("; ", groupNames)
        + ".";
  }

  private Decision massage(PhysicalMedicineRecord r, DecisionWriter w) {
    massageAdjunct.check(r, w);
    massageVisits.check(r, w);
    visitCap.check(r, w);
    return w.decide();
  }

  private Decision manipulation(PhysicalMedicineRecord r, DecisionWriter w) {
    boolean excluded = manipulationRegion.check(r, w);
    manipulationMaintenance.check(r, w);
    boolean numbers =
        !excluded && r.region.isPresent() && r.region.get() == ManipulationCriteria.NUMBERS_REGION;
    if (numbers) {
      manipulationCourse.check(r, w);
    }
    visitCap.check(r, w);
    if (!numbers && !w.hasAdverse()) {
      return w.notEvaluable(
          "Manipulation visit numbers are encoded for the "
              + ManipulationCriteria.NUMBERS_REGION.displayName()
              + " only (8 CCR § 9792.24.2); the number of visits for the "
              + r.region.map(region -> region.displayName()).orElse("request's region")
              + " is not covered here.");
    }
    return w.decide();
  }
}
