package org.openimr.guidelines.mtus;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.openimr.model.BodyRegion;
import org.openimr.model.CodeSystem;
import org.openimr.model.GuidelineCitation;
import org.openimr.model.GuidelineEdition;
import org.openimr.model.Modality;

/**
 * Everything the physical medicine evaluators read, resolved from content pack editions into
 * fields, so that an evaluation looks nothing up by name: one part per guideline, each from one
 * pack edition ({@link ChronicPain} from {@code mtus.chronic-pain}, {@link Postsurgical} from
 * {@code mtus.postsurgical}, {@link Caps} from {@code labor-code.4604.5}).
 *
 * <p>Design notes: the bundled content is the pack {@code openimr-mtus-physical-medicine.json},
 * read by {@link PackReader} like any other pack, which has already checked every table (fields,
 * codes, ranges, repeated ids, code groups). A part holds what its edition gives, each figure,
 * provision and criterion description as an {@link Optional}: the evaluators build a criterion only
 * from an edition that gives what it reads, and a criterion the edition lacks is "not covered by
 * this pack" (the item not evaluable only where the outcome turns on it), never completed from
 * another edition. Only what places a request at all is needed whole: the postsurgical coverage and
 * presumptive period (whether a surgery's period covers the request decides which evaluator
 * applies) and the visit caps ({@link #missing}). {@link #standard()} is the bundled content, for
 * listings ({@link MtusContent}) and tests.
 */
final class PhysicalMedicineContent {
  static final String CHRONIC_PAIN = "chronic-pain-2009";
  static final String POSTSURGICAL = "postsurgical-2009";

  /** The id of the bundled Labor Code § 4604.5 edition. */
  static final String VISIT_CAPS = "labor-code-4604.5";

  // mtus.chronic-pain: figures
  static final String FREQUENCY = "physical-medicine.frequency";
  static final String MASSAGE_VISITS = "massage.visits";
  static final List<String> MANIPULATION_FIGURES =
      List.of(
          "manipulation.trial-visits",
          "manipulation.trial-weeks",
          "manipulation.course-visits",
          "manipulation.course-weeks",
          "manipulation.flare-up-visits",
          "manipulation.flare-up-interval");

  // mtus.chronic-pain: provisions
  /** Which modalities the edition's physical medicine rules address (applicability). */
  static final String COVERAGE = "physical-medicine.coverage";

  static final String VISITS_BY_DIAGNOSIS = "physical-medicine.visits-by-diagnosis";
  static final String FURTHER_VISITS = "physical-medicine.further-visits";
  static final String HOME_EXERCISE = "physical-medicine.home-exercise";
  static final String AQUATIC_INDICATION = "aquatic-therapy.indication";
  static final String MASSAGE_INDICATION = "massage.indication";
  static final String MANIPULATION_INDICATION = "manipulation.indication";

  // mtus.postsurgical
  static final String INITIAL_COURSE = "postsurgical.initial-course";
  static final String PRESUMPTIVE_PERIOD = "postsurgical.presumptive-period";

  /** Which modalities the postsurgical table gives courses for. */
  static final String POSTSURGICAL_COVERAGE = "postsurgical.coverage";

  static final String TREATMENT_PERIOD = "postsurgical.treatment-period";
  static final String SUBSEQUENT_COURSE = "postsurgical.subsequent-course";
  static final String GENERAL_COURSE = "postsurgical.general-course";
  static final String COURSE_WEEKS = "postsurgical.course-weeks";

  final ChronicPain chronicPainPart;
  final Postsurgical postsurgicalPart;
  final Caps capsPart;

  // The bundled content's fields, as listings and tests read them.
  final EncodedEdition chronicPain;
  final EncodedEdition postsurgical;
  final PostsurgicalTable table;
  final ImmutableList<ChronicPainDiagnosisGroup> groups;
  final ImmutableList<ChronicPainManipulationExclusion> manipulationExclusions;
  final ImmutableList<PhysicalMedicineVisitCap> caps;
  final ImmutableList<ChronicPainDiagnosisCode> diagnosisCodes;
  final DiagnosisGroupIndex groupIndex;

  private PhysicalMedicineContent(ChronicPain cp, Postsurgical ps, Caps lc) {
    chronicPainPart = cp;
    postsurgicalPart = ps;
    capsPart = lc;
    chronicPain = cp.source.edition().encoded();
    postsurgical = ps.source.edition().encoded();
    table = ps.table;
    groups = cp.groups;
    manipulationExclusions = cp.manipulationExclusions;
    caps = lc.caps;
    diagnosisCodes = cp.diagnosisCodes;
    groupIndex = cp.groupIndex;
  }

  /** One pack edition, with the pack it came from. */
  record Source(ContentPack pack, PackEdition edition) {
    String origin() {
      return pack.origin();
    }
  }

  /**
   * What the edition does not give that places a request at all, as phrases ("the figure
   * postsurgical.presumptive-period"); empty when it gives all of it. A chronic pain edition needs
   * nothing whole: its criteria are covered one by one.
   */
  static List<String> missing(PackEdition edition) {
    List<String> missing = new ArrayList<>();
    switch (edition.guideline()) {
      case ContentVocabulary.CHRONIC_PAIN -> {
        // Criterion by criterion: see ChronicPain.
      }
      case ContentVocabulary.POSTSURGICAL -> {
        if (edition.provision(POSTSURGICAL_COVERAGE).isEmpty()) {
          missing.add(provisionPhrase(POSTSURGICAL_COVERAGE));
        }
        if (edition.figure(PRESUMPTIVE_PERIOD).isEmpty()) {
          missing.add(figurePhrase(PRESUMPTIVE_PERIOD));
        }
      }
      case ContentVocabulary.VISIT_CAPS -> {
        if (!edition.tables().containsKey(ContentVocabulary.VISIT_CAP_ROWS)
            || edition.tables().get(ContentVocabulary.VISIT_CAP_ROWS).isEmpty()) {
          missing.add("the visit caps");
        }
      }
      default -> throw new IllegalArgumentException("not a physical medicine guideline");
    }
    return missing;
  }

  static String figurePhrase(String id) {
    return "the figure " + id;
  }

  static String provisionPhrase(String id) {
    return "the provision " + id;
  }

  /** A provision with the description of the criterion that cites it. */
  static String describedPhrase(String provision, String criterion) {
    return "the provision " + provision + " with the description of " + criterion;
  }

  static final String DEFINITION_PHRASE = "the section defining functional improvement";

  /** The bundled content; loaded on first use. */
  static PhysicalMedicineContent standard() {
    return Standard.INSTANCE;
  }

  private static PhysicalMedicineContent bundledContent() {
    List<ContentPack> packs = ContentPacks.bundled();
    return new PhysicalMedicineContent(
        new ChronicPain(bundled(packs, CHRONIC_PAIN)),
        new Postsurgical(bundled(packs, POSTSURGICAL)),
        new Caps(bundled(packs, VISIT_CAPS)));
  }

  private static Source bundled(List<ContentPack> packs, String editionId) {
    for (ContentPack pack : packs) {
      for (PackEdition e : pack.packEditions()) {
        if (e.id().equals(editionId)) {
          return new Source(pack, e);
        }
      }
    }
    throw new IllegalStateException("no bundled content pack gives edition " + editionId);
  }

  private static void requireComplete(PackEdition edition) {
    List<String> missing = missing(edition);
    if (!missing.isEmpty()) {
      throw new IllegalStateException(
          "edition " + edition.id() + " does not give " + String.join(", ", missing));
    }
  }

  /** A provision with the description of a criterion that cites it, both from one edition. */
  record Described(GuidelineProvision provision, PackEdition.CriterionText text) {
    GuidelineCitation citation() {
      return provision.citation();
    }

    String description() {
      return text.description();
    }

    static Optional<Described> of(PackEdition edition, String provision, String criterion) {
      Optional<GuidelineProvision> p = edition.provision(provision);
      Optional<PackEdition.CriterionText> t = edition.criterion(criterion);
      return p.isPresent() && t.isPresent()
          ? Optional.of(new Described(p.get(), t.get()))
          : Optional.empty();
    }
  }

  /** The six figures of the manipulation course for one region. */
  record Manipulation(
      BodyRegion region,
      GuidelineFigure trialVisits,
      GuidelineFigure trialWeeks,
      GuidelineFigure courseVisits,
      GuidelineFigure courseWeeks,
      GuidelineFigure flareUpVisits,
      GuidelineFigure flareUpInterval) {}

  /**
   * The chronic pain physical medicine content of one edition (8 CCR § 9792.24.2 in 2009): every
   * piece its criteria read, each present only if the edition gives it.
   */
  static final class ChronicPain {
    final Source source;
    final GuidelineEdition edition;
    final String section;
    final ImmutableList<ChronicPainDiagnosisGroup> groups;

    /** The conditions manipulation is not recommended for; empty if the table is not given. */
    final Optional<ImmutableList<ChronicPainManipulationExclusion>> exclusions;

    final ImmutableList<ChronicPainManipulationExclusion> manipulationExclusions;

    /** Every code that joins a diagnosis group by its title, in data order. */
    final ImmutableList<ChronicPainDiagnosisCode> diagnosisCodes;

    /** Places a diagnosis in a group, with the regions it concerns. */
    final DiagnosisGroupIndex groupIndex;

    /** The modalities the edition's rules address ({@value #COVERAGE}). */
    final Optional<GuidelineProvision> coverage;

    final Optional<GuidelineFigure> frequency;
    final Optional<GuidelineFigure> massageVisits;

    /** The manipulation course of each region for which the edition gives all six figures. */
    final ImmutableMap<BodyRegion, Manipulation> manipulation;

    /** For a region given some manipulation figures but not all: the ones it lacks. */
    final ImmutableMap<BodyRegion, ImmutableList<String>> manipulationLacking;

    final Optional<Described> aquatic;
    final Optional<Described> diagnosisGroup;
    final Optional<Described> visits;
    final Optional<GuidelineProvision> furtherVisits;
    final Optional<Described> homeExercise;
    final Optional<Described> massageAdjunct;
    final Optional<GuidelineProvision> manipulationIndication;
    final Optional<Described> maintenance;

    /** The section defining functional improvement, e.g. {@code 8 CCR § 9792.20(f)}. */
    final Optional<String> definition;

    ChronicPain(Source source) {
      PackEdition cp = source.edition();
      requireComplete(cp);
      this.source = source;
      edition = cp.edition();
      section = cp.section();
      Map<String, Equivalent> icd10 =
          loadEquivalents(cp.rows(ContentVocabulary.CODE_EQUIVALENTS, source.origin()));
      diagnosisCodes =
          DiagnosisCodeTable.load(cp.rows(ContentVocabulary.DIAGNOSIS_CODES, source.origin()));
      groups =
          loadGroups(
              cp.rows(ContentVocabulary.DIAGNOSIS_GROUPS, source.origin()), cp, diagnosisCodes);
      groupIndex = new DiagnosisGroupIndex(groups);
      manipulationExclusions =
          loadExclusions(
              cp.rows(ContentVocabulary.MANIPULATION_EXCLUSIONS, source.origin()), cp, icd10);
      exclusions =
          cp.tables().containsKey(ContentVocabulary.MANIPULATION_EXCLUSIONS)
              ? Optional.of(manipulationExclusions)
              : Optional.empty();
      coverage = cp.provision(COVERAGE);
      frequency = cp.figure(FREQUENCY);
      massageVisits = cp.figure(MASSAGE_VISITS);
      aquatic = Described.of(cp, AQUATIC_INDICATION, TherapyCriteria.AquaticWeightBearing.ID);
      diagnosisGroup = Described.of(cp, VISITS_BY_DIAGNOSIS, TherapyCriteria.DiagnosisGroup.ID);
      visits = Described.of(cp, VISITS_BY_DIAGNOSIS, TherapyCriteria.Visits.ID);
      furtherVisits = cp.provision(FURTHER_VISITS);
      homeExercise = Described.of(cp, HOME_EXERCISE, ContinuedTherapyCriteria.HomeExercise.ID);
      massageAdjunct = Described.of(cp, MASSAGE_INDICATION, MassageCriteria.Adjunct.ID);
      manipulationIndication = cp.provision(MANIPULATION_INDICATION);
      maintenance = Described.of(cp, MANIPULATION_INDICATION, ManipulationCriteria.Maintenance.ID);
      definition = cp.functionalImprovement().map(PackEdition.Definition::section);

      Map<BodyRegion, Map<String, GuidelineFigure>> byRegion = new EnumMap<>(BodyRegion.class);
      for (GuidelineFigure f : cp.figures()) {
        if (MANIPULATION_FIGURES.contains(f.id())) {
          for (BodyRegion region : f.regions()) {
            byRegion.computeIfAbsent(region, r -> new HashMap<>()).put(f.id(), f);
          }
        }
      }
      ImmutableMap.Builder<BodyRegion, Manipulation> complete = ImmutableMap.builder();
      ImmutableMap.Builder<BodyRegion, ImmutableList<String>> lacking = ImmutableMap.builder();
      for (Map.Entry<BodyRegion, Map<String, GuidelineFigure>> e : byRegion.entrySet()) {
        Map<String, GuidelineFigure> given = e.getValue();
        List<String> absent = new ArrayList<>();
        for (String id : MANIPULATION_FIGURES) {
          if (!given.containsKey(id)) {
            absent.add(figurePhrase(id) + " for the " + e.getKey().displayName());
          }
        }
        if (absent.isEmpty()) {
          complete.put(
              e.getKey(),
              new Manipulation(
                  e.getKey(),
                  Objects.requireNonNull(given.get(MANIPULATION_FIGURES.get(0))),
                  Objects.requireNonNull(given.get(MANIPULATION_FIGURES.get(1))),
                  Objects.requireNonNull(given.get(MANIPULATION_FIGURES.get(2))),
                  Objects.requireNonNull(given.get(MANIPULATION_FIGURES.get(3))),
                  Objects.requireNonNull(given.get(MANIPULATION_FIGURES.get(4))),
                  Objects.requireNonNull(given.get(MANIPULATION_FIGURES.get(5)))));
        } else {
          lacking.put(e.getKey(), ImmutableList.copyOf(absent));
        }
      }
      manipulation = complete.buildOrThrow();
      manipulationLacking = lacking.buildOrThrow();
    }

    /** Why a request under this edition is not decided, naming what the pack lacks. */
    String notCovered(List<String> missing) {
      return PhysicalMedicineEditions.notCovered(source, missing);
    }
  }

  /** The postsurgical content of one edition (8 CCR § 9792.24.3 in 2009). */
  static final class Postsurgical {
    final Source source;
    final GuidelineEdition edition;
    final String section;
    final PostsurgicalTable table;

    /** The modalities whose postsurgical courses the table gives. */
    final ImmutableSet<Modality> modalities;

    final GuidelineFigure presumptivePeriod;
    final Optional<GuidelineFigure> initialCourse;
    final Optional<GuidelineProvision> treatmentPeriod;
    final Optional<GuidelineProvision> subsequentCourse;
    final Optional<Described> generalCourse;
    final Optional<Described> courseWeeks;
    final Optional<String> definition;

    Postsurgical(Source source) {
      PackEdition ps = source.edition();
      requireComplete(ps);
      this.source = source;
      edition = ps.edition();
      section = ps.section();
      table =
          new PostsurgicalTable(
              tableRows(ps.rows(ContentVocabulary.POSTSURGICAL_ROWS, source.origin()), ps));
      modalities =
          ImmutableSet.copyOf(
              ps.provision(POSTSURGICAL_COVERAGE)
                  .orElseThrow(IllegalStateException::new)
                  .modalities());
      presumptivePeriod = ps.figure(PRESUMPTIVE_PERIOD).orElseThrow(IllegalStateException::new);
      initialCourse = ps.figure(INITIAL_COURSE);
      treatmentPeriod = ps.provision(TREATMENT_PERIOD);
      subsequentCourse = ps.provision(SUBSEQUENT_COURSE);
      generalCourse = Described.of(ps, GENERAL_COURSE, PostsurgicalCriteria.Course.GENERAL);
      courseWeeks = Described.of(ps, COURSE_WEEKS, PostsurgicalCriteria.CourseWeeks.ID);
      definition = ps.functionalImprovement().map(PackEdition.Definition::section);
    }

    /** Why a request under this edition is not decided, naming what the pack lacks. */
    String notCovered(List<String> missing) {
      return PhysicalMedicineEditions.notCovered(source, missing);
    }
  }

  /** The statutory visit caps of one Labor Code edition (§ 4604.5(c)(1)). */
  static final class Caps {
    final Source source;
    final ImmutableList<PhysicalMedicineVisitCap> caps;
    private final EnumMap<Modality, PhysicalMedicineVisitCap> capsByModality;

    Caps(Source source) {
      requireComplete(source.edition());
      this.source = source;
      caps =
          loadCaps(
              source.edition().rows(ContentVocabulary.VISIT_CAP_ROWS, source.origin()),
              source.edition());
      capsByModality = new EnumMap<>(Modality.class);
      for (PhysicalMedicineVisitCap cap : caps) {
        for (Modality modality : cap.modalities()) {
          if (capsByModality.put(modality, cap) != null) {
            throw new IllegalStateException(
                "the Labor Code edition names modality " + modality + " in two caps");
          }
        }
      }
    }

    /** The statutory cap that counts a modality's visits, if any. */
    Optional<PhysicalMedicineVisitCap> capOf(Modality modality) {
      return Optional.ofNullable(capsByModality.get(modality));
    }
  }

  private static List<String> expanded(ContentRow row, String field) {
    List<String> codes = new ArrayList<>();
    for (String written : row.texts(field)) {
      try {
        codes.addAll(PhysicalMedicineCodes.expand(written));
      } catch (IllegalArgumentException e) {
        throw row.wrong(field, "a code range must differ only in its last digit, ascending");
      }
    }
    return codes;
  }

  private static List<BodyRegion> regions(ContentRow row) {
    List<BodyRegion> regions = new ArrayList<>();
    for (String name : row.texts("regions")) {
      try {
        regions.add(BodyRegion.valueOf(name));
      } catch (IllegalArgumentException e) {
        throw row.wrong("regions", "is not a list of BodyRegion");
      }
    }
    return regions;
  }

  static List<PostsurgicalTableRow> tableRows(List<ContentRow> written, PackEdition edition) {
    List<PostsurgicalTableRow> rows = new ArrayList<>();
    for (ContentRow row : written) {
      PostsurgicalTableRow.Builder r =
          PostsurgicalTableRow.builder()
              .id(row.text("id"))
              .edition(edition.edition())
              .section(row.text("section"))
              .regionAsWritten(row.text("regionAsWritten"))
              .regions(regions(row))
              .diagnosis(row.text("diagnosis"))
              .icd9AsWritten(row.texts("icd9"))
              .icd9Codes(expanded(row, "icd9"))
              .procedure(row.text("procedure"))
              .procedureWords(row.texts("procedureWords"))
              .matchTerms(row.texts("matchTerms"))
              .visitsMin(row.integer("visitsMin"))
              .visitsMax(row.integer("visitsMax"))
              .weeksMin(row.integer("weeksMin"))
              .weeksMax(row.integer("weeksMax"))
              .periodMonths(row.integer("periodMonths"))
              .provenance(row.provenance("provenance"))
              .periodProvenance(row.provenance("periodProvenance"));
      row.optionalText("note").ifPresent(r::note);
      ordered(row, "visitsMin", "visitsMax");
      ordered(row, "weeksMin", "weeksMax");
      if (row.integer("periodMonths") < 1) {
        throw row.wrong("periodMonths", "must be at least 1");
      }
      rows.add(r.build());
    }
    return rows;
  }

  /** Checks 1 <= min <= max, naming the field at fault. */
  private static void ordered(ContentRow row, String min, String max) {
    if (row.integer(min) < 1) {
      throw row.wrong(min, "must be at least 1");
    }
    if (row.integer(max) < row.integer(min)) {
      throw row.wrong(max, "must not be less than " + min);
    }
  }

  /** The project's ICD-10-CM equivalents of an ICD-9-CM code, with their source. */
  private record Equivalent(List<String> icd10, Optional<String> source) {}

  private static Map<String, Equivalent> loadEquivalents(List<ContentRow> written) {
    Map<String, Equivalent> equivalents = new HashMap<>();
    for (ContentRow row : written) {
      String icd9 = row.text("icd9");
      if (equivalents.put(icd9, new Equivalent(row.texts("icd10"), row.optionalText("note")))
          != null) {
        throw row.wrong("icd9", "is repeated");
      }
    }
    return ImmutableMap.copyOf(equivalents);
  }

  private static ImmutableList<ChronicPainDiagnosisGroup> loadGroups(
      List<ContentRow> written, PackEdition edition, List<ChronicPainDiagnosisCode> codes) {
    ImmutableList.Builder<ChronicPainDiagnosisGroup> groups = ImmutableList.builder();
    Set<String> ids = new HashSet<>();
    for (ContentRow row : written) {
      String id = row.text("id");
      ids.add(id);
      List<ChronicPainDiagnosisCode> own = new ArrayList<>();
      List<String> icd10Codes = new ArrayList<>();
      for (ChronicPainDiagnosisCode code : codes) {
        if (code.group().equals(id)) {
          own.add(code);
          if (code.system() == CodeSystem.ICD_10_CM) {
            icd10Codes.add(code.code());
          }
        }
      }
      groups.add(
          ChronicPainDiagnosisGroup.builder()
              .id(id)
              .edition(edition.edition())
              .section(row.text("section"))
              .diagnosis(row.text("diagnosis"))
              .icd9Codes(expanded(row, "icd9"))
              .icd10Codes(icd10Codes)
              .codes(own)
              .icd10Source(DiagnosisCodeTable.SOURCE)
              .visitsMin(row.integer("visitsMin"))
              .visitsMax(row.integer("visitsMax"))
              .weeks(row.integer("weeks"))
              .provenance(row.provenance("provenance"))
              .build());
    }
    for (ChronicPainDiagnosisCode code : codes) {
      if (!ids.contains(code.group())) {
        throw new IllegalStateException(
            "edition " + edition.id() + ": code " + code.code() + " names no diagnosis group");
      }
    }
    return groups.build();
  }

  private static ImmutableList<ChronicPainManipulationExclusion> loadExclusions(
      List<ContentRow> written, PackEdition edition, Map<String, Equivalent> icd10) {
    ImmutableList.Builder<ChronicPainManipulationExclusion> exclusions = ImmutableList.builder();
    for (ContentRow row : written) {
      List<String> icd9 = expanded(row, "icd9");
      ChronicPainManipulationExclusion.Builder e =
          ChronicPainManipulationExclusion.builder()
              .id(row.text("id"))
              .edition(edition.edition())
              .section(row.text("section"))
              .condition(row.text("condition"))
              .regions(regions(row))
              .icd9Codes(icd9)
              .provenance(row.provenance("provenance"));
      for (String code : icd9) {
        Equivalent equivalent = icd10.get(code);
        if (equivalent == null) {
          throw row.wrong("icd9", "has no row in the edition's codeEquivalents");
        }
        e.addAllIcd10Codes(equivalent.icd10());
        equivalent.source().ifPresent(e::icd10Source);
      }
      exclusions.add(e.build());
    }
    return exclusions.build();
  }

  private static ImmutableList<PhysicalMedicineVisitCap> loadCaps(
      List<ContentRow> written, PackEdition edition) {
    ImmutableList.Builder<PhysicalMedicineVisitCap> caps = ImmutableList.builder();
    for (ContentRow row : written) {
      List<Modality> modalities = new ArrayList<>();
      for (String name : row.texts("modalities")) {
        try {
          modalities.add(Modality.valueOf(name));
        } catch (IllegalArgumentException e) {
          throw row.wrong("modalities", "is not a list of Modality");
        }
      }
      PhysicalMedicineVisitCap.Builder cap =
          PhysicalMedicineVisitCap.builder()
              .id(row.text("id"))
              .edition(edition.edition())
              .section(row.text("section"))
              .discipline(row.text("discipline"))
              .modalities(modalities)
              .visits(row.integer("visits"))
              .injuriesOnOrAfter(row.date("injuriesFrom"))
              .provenance(row.provenance("provenance"));
      row.optionalText("note").ifPresent(cap::note);
      caps.add(cap.build());
    }
    return caps.build();
  }

  /** Holder idiom: the bundled content is read once, on first use, thread-safely. */
  private static final class Standard {
    static final PhysicalMedicineContent INSTANCE = bundledContent();

    private Standard() {}
  }
}
