package org.openimr.guidelines.mtus;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the built-in evaluators read from a content pack, guideline by guideline: which figures
 * (with the unit each rule reads, and whether it reads one per region), which provisions (with the
 * fields each carries), which criterion descriptions, and which tables. The reader rejects anything
 * else, so a misspelt id is an error instead of a criterion silently "not covered".
 *
 * <p>Design notes: a pack parameterises the existing rules; it cannot add new kinds. The
 * acupuncture entries are those {@link AcupunctureEdition} reads. The physical medicine entries are
 * the design of the format for those evaluators (they still read the bundled tables directly);
 * until they read packs, their criterion descriptions are accepted for any {@code mtus.} id.
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
      boolean anyCriterion,
      ImmutableSet<String> tables) {

    Optional<ProvisionField> provisionField(String provision) {
      return Optional.ofNullable(provisions.get(provision));
    }

    boolean knowsProvision(String provision) {
      return provisions.containsKey(provision) || plainProvisions.contains(provision);
    }

    boolean knowsCriterion(String criterion) {
      return criteria.containsKey(criterion)
          || (anyCriterion && CRITERION_ID.matcher(criterion).matches());
    }
  }

  private static final Pattern CRITERION_ID = Pattern.compile("mtus(\\.[a-z0-9-]+)+");

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
              false,
              ImmutableSet.of()),
          CHRONIC_PAIN,
          new Guideline(
              CHRONIC_PAIN,
              ImmutableMap.<String, FigureRule>builder()
                  .put("physical-medicine.frequency", new FigureRule("visits per week", false))
                  .put("massage.visits", new FigureRule("visits", false))
                  .put("manipulation.trial-visits", new FigureRule("visits", true))
                  .put("manipulation.trial-weeks", new FigureRule("weeks", true))
                  .put("manipulation.course-visits", new FigureRule("visits", true))
                  .put("manipulation.course-weeks", new FigureRule("weeks", true))
                  .put("manipulation.flare-up-visits", new FigureRule("visits", true))
                  .put("manipulation.flare-up-interval", new FigureRule("months", true))
                  .buildOrThrow(),
              ImmutableMap.of(
                  "physical-medicine.coverage", ProvisionField.MODALITIES,
                  "aquatic-therapy.indication", ProvisionField.MODALITIES,
                  "massage.indication", ProvisionField.MODALITIES),
              ImmutableSet.of("physical-medicine.home-exercise"),
              ImmutableMap.of(),
              true,
              ImmutableSet.of(
                  DIAGNOSIS_GROUPS, DIAGNOSIS_CODES, MANIPULATION_EXCLUSIONS, CODE_EQUIVALENTS)),
          POSTSURGICAL,
          new Guideline(
              POSTSURGICAL,
              ImmutableMap.of(
                  "postsurgical.initial-course",
                  new FigureRule("percent of the general course's visits", false),
                  "postsurgical.presumptive-period",
                  new FigureRule("months", false)),
              ImmutableMap.of("postsurgical.coverage", ProvisionField.MODALITIES),
              ImmutableSet.of(),
              ImmutableMap.of(),
              true,
              ImmutableSet.of(POSTSURGICAL_ROWS)),
          VISIT_CAPS,
          new Guideline(
              VISIT_CAPS,
              ImmutableMap.of(),
              ImmutableMap.of(),
              ImmutableSet.of(),
              ImmutableMap.of(),
              false,
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
