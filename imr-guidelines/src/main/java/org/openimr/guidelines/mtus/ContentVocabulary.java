package org.openimr.guidelines.mtus;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.openimr.model.Modality;

/**
 * What the built-in evaluators read from a content pack, guideline by guideline: which figures
 * (with the unit each rule reads, and whether it reads one per region), which provisions (with the
 * fields each carries), which criterion descriptions, and which tables. The reader rejects anything
 * else, so a misspelt id is an error instead of a criterion silently "not covered".
 *
 * <p>Design notes: a pack parameterises the existing rules; it cannot add new kinds. The
 * acupuncture entries are those {@link AcupunctureEdition} reads, the physical medicine ones those
 * {@link PhysicalMedicineContent} reads. A criterion whose description is built from figures or a
 * table (the frequency, the visits of a course) takes no description from a pack.
 */
final class ContentVocabulary {
  static final String ACUPUNCTURE = "mtus.acupuncture";
  static final String CHRONIC_PAIN = "mtus.chronic-pain";
  static final String POSTSURGICAL = "mtus.postsurgical";
  static final String VISIT_CAPS = "labor-code.4604.5";

  /** The tables an edition may hold besides figures, provisions and criteria. */
  static final String DIAGNOSIS_GROUPS = "diagnosisGroups";

  static final String DIAGNOSIS_CODES = "diagnosisCodes";
  static final String MANIPULATION_EXCLUSIONS = "manipulationExclusions";
  static final String CODE_EQUIVALENTS = "codeEquivalents";
  static final String POSTSURGICAL_ROWS = "postsurgicalRows";
  static final String VISIT_CAP_ROWS = "visitCaps";

  /** The unit a rule reads a figure in, and whether it reads one figure per body region. */
  record FigureRule(String unit, boolean perRegion) {}

  /** The fields a provision carries beyond section, title, provenance and note. */
  enum ProvisionField {
    /** {@code deferredRegions} and {@code deferredTo}, both or neither. */
    DEFERRAL,
    /** {@code indicatedFor}, not empty. */
    INDICATED_FOR,
    /** {@code modalities}, not empty. */
    MODALITIES,
    /** {@code regions}, not empty. */
    REGIONS
  }

  /** What a describable criterion cites: a provision's section, or the definition's. */
  record Cites(Optional<String> provision) {
    static Cites provision(String id) {
      return new Cites(Optional.of(id));
    }

    static Cites definition() {
      return new Cites(Optional.empty());
    }
  }

  /** One guideline's vocabulary. */
  record Guideline(
      String id,
      ImmutableMap<String, FigureRule> figures,
      ImmutableMap<String, ProvisionField> provisions,
      ImmutableSet<String> plainProvisions,
      ImmutableMap<String, Cites> criteria,
      ImmutableSet<String> tables) {

    Optional<ProvisionField> provisionField(String provision) {
      return Optional.ofNullable(provisions.get(provision));
    }

    boolean knowsProvision(String provision) {
      return provisions.containsKey(provision) || plainProvisions.contains(provision);
    }

    boolean knowsCriterion(String criterion) {
      return criteria.containsKey(criterion);
    }

    /**
     * The modalities a provision's {@code modalities} may name: those the rules reading it can
     * decide. A pack narrows what an edition covers; it cannot give a rule a modality it was not
     * written for.
     */
    Set<Modality> modalitiesAllowed(String provision) {
      return MODALITIES_ALLOWED.getOrDefault(provision, Set.of());
    }
  }

  private static final ImmutableMap<String, Set<Modality>> MODALITIES_ALLOWED =
      ImmutableMap.of(
          PhysicalMedicineContent.COVERAGE,
          Sets.immutableEnumSet(
              Modality.PHYSICAL_THERAPY,
              Modality.OCCUPATIONAL_THERAPY,
              Modality.AQUATIC_THERAPY,
              Modality.MASSAGE,
              Modality.CHIROPRACTIC_MANIPULATION),
          PhysicalMedicineContent.POSTSURGICAL_COVERAGE,
          Sets.immutableEnumSet(Modality.PHYSICAL_THERAPY, Modality.OCCUPATIONAL_THERAPY));

  private static final ImmutableMap<String, Guideline> GUIDELINES =
      ImmutableMap.of(
          ACUPUNCTURE,
          new Guideline(
              ACUPUNCTURE,
              ImmutableMap.of(
                  AcupunctureEdition.TIME_TO_IMPROVEMENT,
                  new FigureRule("treatments", false),
                  AcupunctureEdition.FREQUENCY,
                  new FigureRule("times per week", false),
                  AcupunctureEdition.OPTIMUM_DURATION,
                  new FigureRule("months", false)),
              ImmutableMap.of(
                  GuidelineProvision.SCOPE, ProvisionField.DEFERRAL,
                  GuidelineProvision.ELECTROACUPUNCTURE_INDICATION, ProvisionField.INDICATED_FOR),
              ImmutableSet.of(GuidelineProvision.INDICATION, GuidelineProvision.EXTENSION),
              ImmutableMap.of(
                  AcupunctureCriteria.INDICATION,
                  Cites.provision(GuidelineProvision.INDICATION),
                  AcupunctureCriteria.SESSIONS_DOCUMENTED,
                  Cites.provision(GuidelineProvision.EXTENSION),
                  AcupunctureCriteria.FUNCTIONAL_IMPROVEMENT,
                  Cites.definition()),
              ImmutableSet.of()),
          CHRONIC_PAIN,
          new Guideline(
              CHRONIC_PAIN,
              ImmutableMap.<String, FigureRule>builder()
                  .put(PhysicalMedicineContent.FREQUENCY, new FigureRule("visits per week", false))
                  .put(PhysicalMedicineContent.MASSAGE_VISITS, new FigureRule("visits", false))
                  .put("manipulation.trial-visits", new FigureRule("visits", true))
                  .put("manipulation.trial-weeks", new FigureRule("weeks", true))
                  .put("manipulation.course-visits", new FigureRule("visits", true))
                  .put("manipulation.course-weeks", new FigureRule("weeks", true))
                  .put("manipulation.flare-up-visits", new FigureRule("visits", true))
                  .put("manipulation.flare-up-interval", new FigureRule("months", true))
                  .buildOrThrow(),
              ImmutableMap.of(PhysicalMedicineContent.COVERAGE, ProvisionField.MODALITIES),
              ImmutableSet.of(
                  PhysicalMedicineContent.VISITS_BY_DIAGNOSIS,
                  PhysicalMedicineContent.FURTHER_VISITS,
                  PhysicalMedicineContent.HOME_EXERCISE,
                  PhysicalMedicineContent.AQUATIC_INDICATION,
                  PhysicalMedicineContent.MASSAGE_INDICATION,
                  PhysicalMedicineContent.MANIPULATION_INDICATION),
              ImmutableMap.of(
                  TherapyCriteria.AquaticWeightBearing.ID,
                  Cites.provision(PhysicalMedicineContent.AQUATIC_INDICATION),
                  TherapyCriteria.DiagnosisGroup.ID,
                  Cites.provision(PhysicalMedicineContent.VISITS_BY_DIAGNOSIS),
                  TherapyCriteria.Visits.ID,
                  Cites.provision(PhysicalMedicineContent.VISITS_BY_DIAGNOSIS),
                  ContinuedTherapyCriteria.HomeExercise.ID,
                  Cites.provision(PhysicalMedicineContent.HOME_EXERCISE),
                  MassageCriteria.Adjunct.ID,
                  Cites.provision(PhysicalMedicineContent.MASSAGE_INDICATION),
                  ManipulationCriteria.Maintenance.ID,
                  Cites.provision(PhysicalMedicineContent.MANIPULATION_INDICATION)),
              ImmutableSet.of(
                  DIAGNOSIS_GROUPS, DIAGNOSIS_CODES, MANIPULATION_EXCLUSIONS, CODE_EQUIVALENTS)),
          POSTSURGICAL,
          new Guideline(
              POSTSURGICAL,
              ImmutableMap.of(
                  PhysicalMedicineContent.INITIAL_COURSE,
                  new FigureRule("percent of the general course's visits", false),
                  PhysicalMedicineContent.PRESUMPTIVE_PERIOD,
                  new FigureRule("months", false)),
              ImmutableMap.of(
                  PhysicalMedicineContent.POSTSURGICAL_COVERAGE, ProvisionField.MODALITIES),
              ImmutableSet.of(
                  PhysicalMedicineContent.TREATMENT_PERIOD,
                  PhysicalMedicineContent.SUBSEQUENT_COURSE,
                  PhysicalMedicineContent.GENERAL_COURSE,
                  PhysicalMedicineContent.COURSE_WEEKS),
              ImmutableMap.of(
                  PostsurgicalCriteria.Course.GENERAL,
                  Cites.provision(PhysicalMedicineContent.GENERAL_COURSE),
                  PostsurgicalCriteria.CourseWeeks.ID,
                  Cites.provision(PhysicalMedicineContent.COURSE_WEEKS)),
              ImmutableSet.of(POSTSURGICAL_ROWS)),
          VISIT_CAPS,
          new Guideline(
              VISIT_CAPS,
              ImmutableMap.of(),
              ImmutableMap.of(),
              ImmutableSet.of(),
              ImmutableMap.of(),
              ImmutableSet.of(VISIT_CAP_ROWS)));

  private ContentVocabulary() {}

  static Optional<Guideline> guideline(String id) {
    return Optional.ofNullable(GUIDELINES.get(id));
  }

  /** Every guideline id a pack may name, in a fixed order. */
  static Set<String> guidelines() {
    return GUIDELINES.keySet();
  }

  static Map<String, Guideline> all() {
    return GUIDELINES;
  }
}
