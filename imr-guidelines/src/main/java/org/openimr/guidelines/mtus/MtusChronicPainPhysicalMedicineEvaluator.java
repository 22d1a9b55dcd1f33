package org.openimr.guidelines.mtus;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Sets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.openimr.model.BodyRegion;
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
 *       each region the edition gives manipulation numbers for (the low back in 2009) a trial, a
 *       longer course with objective functional improvement, then flare-up visits after return to
 *       work. Other regions: not evaluated unless another criterion stands against the request.
 * </ul>
 *
 * <p>The evaluator only orders the criteria (one class each: {@link TherapyCriteria}, {@link
 * ContinuedTherapyCriteria}, {@link MassageCriteria}, {@link ManipulationCriteria}, {@link
 * VisitCapCriterion}) over a {@link PhysicalMedicineRecord} read once per item. Stateless and
 * thread-safe; every number, provision and criterion description comes from content packs (the
 * bundled MTUS pack, or those given to {@link MtusEvaluators}), resolved when the evaluator is
 * built. Which modalities it applies to is the edition's ({@code physical-medicine.coverage}); a
 * criterion whose content the edition lacks is not covered, and the item not evaluable only where
 * the outcome turns on it.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class MtusChronicPainPhysicalMedicineEvaluator implements GuidelineEvaluator {
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

  /** The criterion results made recently, shared by equal ones (every edition's, one table). */
  private final ResultCache results = new ResultCache();

  /** The modalities some edition covers: what the guideline addresses when none is in force. */
  private final Set<Modality> anyEditionCovers;

  /**
   * Resolves the physical medicine content of every pack on the class path ({@link
   * ContentPacks#discover()}), the bundled MTUS content among them; for {@link
   * java.util.ServiceLoader}. Fails fast, with every problem, if a pack is broken or two do not fit
   * together.
   */
  public MtusChronicPainPhysicalMedicineEvaluator() {
    this(ContentPacks.discover());
  }

  /** Resolves the physical medicine content of these packs, which fit together. */
  MtusChronicPainPhysicalMedicineEvaluator(List<ContentPack> packs) {
    this.packs = new PhysicalMedicineEditions(packs);
    this.editions = PhysicalMedicineEditions.guidelineEditions(this.packs.chronicPain);
    ImmutableList.Builder<Rules> built = ImmutableList.builder();
    Set<Modality> covered = EnumSet.noneOf(Modality.class);
    for (PhysicalMedicineEditions.Edition<PhysicalMedicineContent.ChronicPain> e :
        this.packs.chronicPain) {
      if (e.part != null) {
        Rules r = new Rules(e.part);
        built.add(r);
        covered.addAll(r.modalities());
      }
    }
    this.rules = built.build();
    this.anyEditionCovers = Sets.immutableEnumSet(covered);
  }

  /**
   * The criteria of one edition, built once: each only if the edition gives what it reads, with the
   * phrase naming what it lacks otherwise.
   */
  private static final class Rules {
    final PhysicalMedicineContent.ChronicPain content;
    final Optional<TherapyCriteria.AquaticWeightBearing> aquatic;
    final Optional<TherapyCriteria.DiagnosisGroup> diagnosisGroup;
    final Optional<TherapyCriteria.Frequency> frequency;
    final Optional<TherapyCriteria.Visits> visits;
    final Optional<ContinuedTherapyCriteria.FunctionalImprovement> functionalImprovement;
    final Optional<ContinuedTherapyCriteria.HomeExercise> homeExercise;
    final Optional<MassageCriteria.Adjunct> massageAdjunct;
    final Optional<MassageCriteria.Visits> massageVisits;
    final Optional<ManipulationCriteria.Region> manipulationRegion;
    final Optional<ManipulationCriteria.Maintenance> manipulationMaintenance;
    final ImmutableMap<BodyRegion, ManipulationCriteria.RegionCourse> manipulationCourses;

    Rules(PhysicalMedicineContent.ChronicPain content) {
      this.content = content;
      this.aquatic = content.aquatic.map(TherapyCriteria.AquaticWeightBearing::new);
      this.diagnosisGroup =
          content.diagnosisGroup.map(
              d -> new TherapyCriteria.DiagnosisGroup(d, content.groupIndex));
      this.frequency = content.frequency.map(TherapyCriteria.Frequency::new);
      this.visits = content.visits.map(TherapyCriteria.Visits::new);
      this.functionalImprovement =
          content.furtherVisits.isPresent() && content.definition.isPresent()
              ? Optional.of(
                  new ContinuedTherapyCriteria.FunctionalImprovement(
                      content.furtherVisits.get(), content.definition.get()))
              : Optional.empty();
      this.homeExercise = content.homeExercise.map(ContinuedTherapyCriteria.HomeExercise::new);
      this.massageAdjunct = content.massageAdjunct.map(MassageCriteria.Adjunct::new);
      this.massageVisits = content.massageVisits.map(MassageCriteria.Visits::new);
      this.manipulationRegion =
          content.manipulationIndication.isPresent() && content.exclusions.isPresent()
              ? Optional.of(
                  new ManipulationCriteria.Region(
                      content.manipulationIndication.get(), content.exclusions.get()))
              : Optional.empty();
      this.manipulationMaintenance = content.maintenance.map(ManipulationCriteria.Maintenance::new);
      ImmutableMap.Builder<BodyRegion, ManipulationCriteria.RegionCourse> courses =
          ImmutableMap.builder();
      content.manipulation.forEach(
          (region, figures) ->
              courses.put(
                  region, new ManipulationCriteria.RegionCourse(figures, content.definition)));
      this.manipulationCourses = courses.buildOrThrow();
    }

    /** The modalities the edition covers; those the rules decide if it does not say. */
    Set<Modality> modalities() {
      return content.coverage.map(GuidelineProvision::modalities).orElse(ALL);
    }

    String functionalImprovementMissing() {
      return content.furtherVisits.isEmpty()
          ? PhysicalMedicineContent.provisionPhrase(PhysicalMedicineContent.FURTHER_VISITS)
          : PhysicalMedicineContent.DEFINITION_PHRASE;
    }
  }

  /** Every modality these rules can decide: a pack may narrow it, not widen it. */
  private static final Set<Modality> ALL =
      Sets.immutableEnumSet(
          Modality.PHYSICAL_THERAPY,
          Modality.OCCUPATIONAL_THERAPY,
          Modality.AQUATIC_THERAPY,
          Modality.MASSAGE,
          Modality.CHIROPRACTIC_MANIPULATION);

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
            item, coveredOn(c.effectiveRequestDate()), "the physical medicine guideline covers ");
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

  /**
   * The modalities the edition in force on the date covers; with none in force, those any edition
   * covers (the item is then not evaluable for want of an edition, not out of scope).
   */
  private Set<Modality> coveredOn(Optional<LocalDate> date) {
    Optional<PhysicalMedicineEditions.Edition<PhysicalMedicineContent.ChronicPain>> inForce =
        PhysicalMedicineEditions.inForce(packs.chronicPain, date);
    if (inForce.isPresent() && inForce.get().part != null) {
      Rules r = rulesOf(inForce.get().part);
      if (r != null) {
        return r.modalities();
      }
    }
    return anyEditionCovers;
  }

  @Override
  public Decision evaluate(Case c, DisputedItem item, GuidelineEdition edition) {
    DecisionWriter writer = new DecisionWriter(ID, VERSION, item, edition).sharing(results);
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
    if (content == null || rules == null) {
      return writer.notEvaluable(found.get().notCovered());
    }
    Optional<Modality> modality = item.request().modality();
    if (content.coverage.isEmpty()) {
      return writer.notEvaluable(
          content.notCovered(
              List.of(
                  PhysicalMedicineContent.provisionPhrase(PhysicalMedicineContent.COVERAGE)
                      + " (which modalities its rules address)")));
    }
    if (modality.isEmpty() || !rules.modalities().contains(modality.get())) {
      return writer.notEvaluable(
          "The physical medicine guideline edition does not address "
              + modality.map(ModalityScope::name).orElse("a request without a modality")
              + ".");
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
    List<String> missing = new ArrayList<>(4);
    if (r.modality == Modality.AQUATIC_THERAPY) {
      if (rules.aquatic.isPresent()) {
        rules.aquatic.get().check(r, w);
      } else {
        missing.add(
            PhysicalMedicineContent.describedPhrase(
                PhysicalMedicineContent.AQUATIC_INDICATION,
                TherapyCriteria.AquaticWeightBearing.ID));
      }
    }
    // Never stands in the way (met, or not applicable): without its description the placement
    // still comes from the pack's table, and the decision does not list the criterion.
    TherapyCriteria.DiagnosisGroup.Facts groups =
        rules.diagnosisGroup.isPresent()
            ? rules.diagnosisGroup.get().check(r, w)
            : TherapyCriteria.DiagnosisGroup.facts(rules.content.groupIndex, r);
    Optional<ChronicPainDiagnosisGroup> group = groups.chosen.map(p -> p.group);
    if (rules.frequency.isPresent()) {
      rules.frequency.get().check(r, w);
    } else if (r.request.frequency().isPresent()) {
      missing.add(PhysicalMedicineContent.figurePhrase(PhysicalMedicineContent.FREQUENCY));
    }
    if (group.isPresent()) {
      if (rules.visits.isPresent()) {
        rules.visits.get().check(r, group.get(), w);
      } else {
        missing.add(
            PhysicalMedicineContent.describedPhrase(
                PhysicalMedicineContent.VISITS_BY_DIAGNOSIS, TherapyCriteria.Visits.ID));
      }
    }
    if (rules.functionalImprovement.isPresent()) {
      rules.functionalImprovement.get().check(r, group, w);
    } else if (ContinuedTherapyCriteria.FunctionalImprovement.facts(r, group).improvementNeeded()) {
      missing.add(rules.functionalImprovementMissing());
    }
    // Never stands in the way of the visits: without it the decision simply does not list it.
    rules.homeExercise.ifPresent(h -> h.check(r, w));
    visitCap.ifPresent(v -> v.check(r, w));
    if (!missing.isEmpty() && !w.hasAdverse()) {
      return w.notEvaluable(rules.content.notCovered(missing));
    }
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
    List<String> missing = new ArrayList<>(2);
    if (rules.massageAdjunct.isPresent()) {
      rules.massageAdjunct.get().check(r, w);
    } else {
      missing.add(
          PhysicalMedicineContent.describedPhrase(
              PhysicalMedicineContent.MASSAGE_INDICATION, MassageCriteria.Adjunct.ID));
    }
    if (rules.massageVisits.isPresent()) {
      rules.massageVisits.get().check(r, w);
    } else {
      missing.add(PhysicalMedicineContent.figurePhrase(PhysicalMedicineContent.MASSAGE_VISITS));
    }
    visitCap.ifPresent(v -> v.check(r, w));
    if (!missing.isEmpty() && !w.hasAdverse()) {
      return w.notEvaluable(rules.content.notCovered(missing));
    }
    return decide(visitCap, w);
  }

  private static Decision manipulation(
      Rules rules,
      Optional<VisitCapCriterion> visitCap,
      PhysicalMedicineRecord r,
      DecisionWriter w) {
    List<String> missing = new ArrayList<>(6);
    boolean excluded = false;
    if (rules.manipulationRegion.isPresent()) {
      excluded = rules.manipulationRegion.get().check(r, w);
    } else {
      missing.add(
          rules.content.manipulationIndication.isEmpty()
              ? PhysicalMedicineContent.provisionPhrase(
                  PhysicalMedicineContent.MANIPULATION_INDICATION)
              : "the table " + ContentVocabulary.MANIPULATION_EXCLUSIONS);
    }
    if (rules.manipulationMaintenance.isPresent()) {
      rules.manipulationMaintenance.get().check(r, w);
    } else {
      missing.add(
          PhysicalMedicineContent.describedPhrase(
              PhysicalMedicineContent.MANIPULATION_INDICATION,
              ManipulationCriteria.Maintenance.ID));
    }
    ManipulationCriteria.RegionCourse course =
        excluded || r.region.isEmpty() ? null : rules.manipulationCourses.get(r.region.get());
    boolean numbers = course != null;
    if (course != null && course.check(r, w)) {
      missing.add(PhysicalMedicineContent.DEFINITION_PHRASE);
    }
    if (!excluded && r.region.isPresent()) {
      List<String> lacking = rules.content.manipulationLacking.get(r.region.get());
      if (lacking != null) {
        missing.addAll(lacking);
      }
    }
    visitCap.ifPresent(v -> v.check(r, w));
    if (!missing.isEmpty() && !w.hasAdverse()) {
      return w.notEvaluable(rules.content.notCovered(missing));
    }
    if (!numbers && !w.hasAdverse()) {
      List<String> regions = new ArrayList<>(rules.manipulationCourses.size());
      rules.manipulationCourses.keySet().forEach(region -> regions.add(region.displayName()));
      return w.notEvaluable(
          "Manipulation visit numbers are encoded for "
              + (regions.isEmpty()
                  ? "no region"
                  : "the " + AcupunctureCriteria.list(regions, "and") + " only")
              + " ("
              + rules.content.section
              + "); the number of visits for the "
              + r.region.map(region -> region.displayName()).orElse("request's region")
              + " is not covered here.");
    }
    return decide(visitCap, w);
  }
}
