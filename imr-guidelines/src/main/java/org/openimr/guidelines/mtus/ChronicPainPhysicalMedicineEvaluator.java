package org.openimr.guidelines.mtus;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
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
 * thread-safe; every number comes from content packs (the bundled MTUS pack, or those given to
 * {@link MtusEvaluators}), resolved when the evaluator is built.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ChronicPainPhysicalMedicineEvaluator implements GuidelineEvaluator {
  /** The evaluator id, {@code "mtus.chronic-pain.physical-medicine"}. */
  public static final String ID = "mtus.chronic-pain.physical-medicine";

  static final String VERSION = "0.2.0";

  /** Why an item nothing else stands against is not decided when no visit caps are in force. */
  static final String NO_CAPS =
      "The content packs in use give no Labor Code § 4604.5 visit caps in force on the request"
          + " date, and the request turns on them, so this evaluator does not decide it.";

  private final PhysicalMedicineEditions packs;
  private final List<GuidelineEdition> editions;
  private final ImmutableList<Rules> rules;

  /**
   * Resolves the physical medicine content of every pack on the class path ({@link
   * ContentPacks#discover()}), the bundled MTUS content among them; for {@link
   * java.util.ServiceLoader}. Fails fast, with every problem, if a pack is broken or two do not fit
   * together.
   */
  public ChronicPainPhysicalMedicineEvaluator() {
    this(ContentPacks.discover());
  }

  /** Resolves the physical medicine content of these packs, which fit together. */
  ChronicPainPhysicalMedicineEvaluator(List<ContentPack> packs) {
    this.packs = new PhysicalMedicineEditions(packs);
    this.editions = PhysicalMedicineEditions.guidelineEditions(this.packs.chronicPain);
    ImmutableList.Builder<Rules> built = ImmutableList.builder();
    for (PhysicalMedicineEditions.Edition<PhysicalMedicineContent.ChronicPain> e :
        this.packs.chronicPain) {
      if (e.part != null) {
        built.add(new Rules(e.part));
      }
    }
    this.rules = built.build();
  }

  /** The criteria of one complete edition, built once. */
  private static final class Rules {
    final PhysicalMedicineContent.ChronicPain content;
    final TherapyCriteria.AquaticWeightBearing aquatic;
    final TherapyCriteria.DiagnosisGroup diagnosisGroup;
    final TherapyCriteria.Frequency frequency;
    final TherapyCriteria.Visits visits;
    final ContinuedTherapyCriteria.FunctionalImprovement functionalImprovement;
    final ContinuedTherapyCriteria.HomeExercise homeExercise;
    final MassageCriteria.Adjunct massageAdjunct;
    final MassageCriteria.Visits massageVisits;
    final ManipulationCriteria.Region manipulationRegion;
    final ManipulationCriteria.Maintenance manipulationMaintenance;
    final ManipulationCriteria.LowBackCourse manipulationCourse;

    Rules(PhysicalMedicineContent.ChronicPain content) {
      this.content = content;
      EncodedEdition encoded = content.chronicPain;
      GuidelineEdition edition = encoded.edition();
      String definition = encoded.functionalImprovementSection();
      String section = encoded.section();
      this.aquatic = new TherapyCriteria.AquaticWeightBearing(edition, section);
      this.diagnosisGroup =
          new TherapyCriteria.DiagnosisGroup(edition, section, content.groupIndex);
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
    }
  }

  private @Nullable Rules rulesOf(PhysicalMedicineContent.ChronicPain content) {
    for (Rules r : rules) {
      if (r.content == content) {
        return r;
      }
    }
    return null;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String version() {
    return VERSION;
  }

  /**
   * The chronic pain editions of the packs, in the order they come into force: the bundled 2009
   * edition, and any a pack adds.
   */
  @Override
  public List<GuidelineEdition> editions() {
    return editions;
  }

  /**
   * For a request dated after the editions end (from 2017-12-01 with the bundled content alone):
   * one sentence naming the guideline and asking for a content pack for that date.
   */
  @Override
  public Optional<String> noEditionInForce(LocalDate date) {
    return MissingEdition.sentence(PhysicalMedicineEditions.packEditions(packs.chronicPain), date);
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
    Optional<PhysicalMedicineContent.Postsurgical> postsurgical =
        packs.postsurgicalOn(c.effectiveRequestDate());
    if (postsurgical.isPresent()
        && PostsurgicalCoverage.resolve(c, item, postsurgical.get()).isPresent()) {
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
    Optional<PhysicalMedicineEditions.Edition<PhysicalMedicineContent.ChronicPain>> found =
        PhysicalMedicineEditions.find(packs.chronicPain, edition);
    if (found.isEmpty()) {
      return writer.notEvaluable(
          "The MTUS chronic pain physical medicine evaluator does not encode the guideline edition"
              + " it was given.");
    }
    writer.content(found.get().source.pack().source());
    PhysicalMedicineContent.ChronicPain content = found.get().part;
    Rules rules = content == null ? null : rulesOf(content);
    if (rules == null) {
      return writer.notEvaluable(found.get().notCovered());
    }
    Optional<LocalDate> date = c.effectiveRequestDate();
    PhysicalMedicineContent.Postsurgical postsurgical = packs.postsurgicalOn(date).orElse(null);
    if (postsurgical == null && !c.surgeries().isEmpty()) {
      return writer.notEvaluable(
          "The content packs in use give no postsurgical guideline content in force on the"
              + " request date, so whether a surgery's postsurgical physical medicine period"
              + " covers the request cannot be told; this evaluator does not decide it.");
    }
    PhysicalMedicineRecord record = new PhysicalMedicineRecord(c, item, postsurgical);
    if (record.coverage.isPresent()) {
      return writer.notEvaluable(
          "A surgery's postsurgical physical medicine period covers the request date, so the"
              + " Postsurgical Treatment Guidelines (8 CCR § 9792.24.3) decide it, not 8 CCR §"
              + " 9792.24.2.");
    }
    Optional<VisitCapCriterion> visitCap = packs.capsOn(date).map(VisitCapCriterion::new);
    return switch (record.modality) {
      case PHYSICAL_THERAPY, OCCUPATIONAL_THERAPY, AQUATIC_THERAPY ->
          therapy(rules, visitCap, record, writer);
      case MASSAGE -> massage(rules, visitCap, record, writer);
      case CHIROPRACTIC_MANIPULATION -> manipulation(rules, visitCap, record, writer);
      default ->
          writer.notEvaluable(
              "The physical medicine guideline does not address "
                  + ModalityScope.name(record.modality)
                  + ".");
    };
  }

  private Decision therapy(
      Rules rules,
      Optional<VisitCapCriterion> visitCap,
      PhysicalMedicineRecord r,
      DecisionWriter w) {
    if (r.modality == Modality.AQUATIC_THERAPY) {
      rules.aquatic.check(r, w);
    }
    TherapyCriteria.DiagnosisGroup.Facts groups = rules.diagnosisGroup.check(r, w);
    Optional<ChronicPainDiagnosisGroup> group = groups.chosen.map(p -> p.group);
    rules.frequency.check(r, w);
    group.ifPresent(g -> rules.visits.check(r, g, w));
    rules.functionalImprovement.check(r, group, w);
    rules.homeExercise.check(r, w);
    visitCap.ifPresent(v -> v.check(r, w));
    if (group.isEmpty() && !w.hasAdverse()) {
      return w.notEvaluable(notCovered(rules, r, groups));
    }
    return decide(visitCap, w);
  }

  /**
   * The decision, unless the statutory caps for the request date are not in the packs and no
   * criterion already stands in the way: then the outcome turns on them, and it is not decided.
   */
  private static Decision decide(Optional<VisitCapCriterion> visitCap, DecisionWriter w) {
    if (visitCap.isEmpty() && !w.hasAdverse()) {
      return w.notEvaluable(NO_CAPS);
    }
    return w.decide();
  }

  /** Why a request outside every group is not decided: the diagnoses, and the numbers missing. */
  private static String notCovered(
      Rules rules, PhysicalMedicineRecord r, TherapyCriteria.DiagnosisGroup.Facts f) {
    List<String> groupNames = new ArrayList<>();
    for (ChronicPainDiagnosisGroup g : rules.content.groups) {
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

  private static Decision massage(
      Rules rules,
      Optional<VisitCapCriterion> visitCap,
      PhysicalMedicineRecord r,
      DecisionWriter w) {
    rules.massageAdjunct.check(r, w);
    rules.massageVisits.check(r, w);
    visitCap.ifPresent(v -> v.check(r, w));
    return decide(visitCap, w);
  }

  private static Decision manipulation(
      Rules rules,
      Optional<VisitCapCriterion> visitCap,
      PhysicalMedicineRecord r,
      DecisionWriter w) {
    boolean excluded = rules.manipulationRegion.check(r, w);
    rules.manipulationMaintenance.check(r, w);
    boolean numbers =
        !excluded && r.region.isPresent() && r.region.get() == ManipulationCriteria.NUMBERS_REGION;
    if (numbers) {
      rules.manipulationCourse.check(r, w);
    }
    visitCap.ifPresent(v -> v.check(r, w));
    if (!numbers && !w.hasAdverse()) {
      return w.notEvaluable(
          "Manipulation visit numbers are encoded for the "
              + ManipulationCriteria.NUMBERS_REGION.displayName()
              + " only (8 CCR § 9792.24.2); the number of visits for the "
              + r.region.map(region -> region.displayName()).orElse("request's region")
              + " is not covered here.");
    }
    return decide(visitCap, w);
  }
}
