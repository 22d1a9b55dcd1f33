package org.openimr.guidelines.mtus;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.openimr.model.BodyRegion;
import org.openimr.model.CodeSystem;
import org.openimr.model.Modality;

/**
 * Everything the physical medicine evaluators read, resolved from content pack editions into
 * fields, so that an evaluation looks nothing up by name: one part per guideline, each from one
 * pack edition ({@link ChronicPain} from {@code mtus.chronic-pain}, {@link Postsurgical} from
 * {@code mtus.postsurgical}, {@link Caps} from {@code labor-code.4604.5}).
 *
 * <p>Design notes: the bundled content is the pack {@code openimr-mtus-physical-medicine.json},
 * read by {@link PackReader} like any other pack, which has already checked every table (fields,
 * codes, ranges, repeated ids, code groups). A part is built only from an edition that gives
 * everything its rules read ({@link #missing}); an edition that lacks something is "not covered",
 * never completed from another edition. {@link #standard()} is the bundled content, for listings
 * ({@link MtusContent}) and tests.
 */
final class PhysicalMedicineContent {
  static final String CHRONIC_PAIN = "chronic-pain-2009";
  static final String POSTSURGICAL = "postsurgical-2009";

  /** The id of the bundled Labor Code § 4604.5 edition. */
  static final String VISIT_CAPS = "labor-code-4604.5";

  static final String FREQUENCY = "physical-medicine.frequency";
  static final String MASSAGE_VISITS = "massage.visits";
  static final List<String> LOW_BACK_MANIPULATION =
      List.of(
          "manipulation.trial-visits",
          "manipulation.trial-weeks",
          "manipulation.course-visits",
          "manipulation.course-weeks",
          "manipulation.flare-up-visits",
          "manipulation.flare-up-interval");
  static final String INITIAL_COURSE = "postsurgical.initial-course";
  static final String PRESUMPTIVE_PERIOD = "postsurgical.presumptive-period";

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
    chronicPain = cp.chronicPain;
    postsurgical = ps.postsurgical;
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
   * What the edition does not give that its guideline's rules read, as phrases ("the figure
   * massage.visits"); empty when it gives everything.
   */
  static List<String> missing(PackEdition edition) {
    List<String> missing = new ArrayList<>();
    switch (edition.guideline()) {
      case ContentVocabulary.CHRONIC_PAIN -> {
        for (String id : List.of(FREQUENCY, MASSAGE_VISITS)) {
          if (edition.figure(id).isEmpty()) {
            missing.add("the figure " + id);
          }
        }
        for (String id : LOW_BACK_MANIPULATION) {
          if (lowBackFigure(edition, id).isEmpty()) {
            missing.add("the figure " + id + " for the low back");
          }
        }
        if (edition.functionalImprovement().isEmpty()) {
          missing.add("the section defining functional improvement");
        }
      }
      case ContentVocabulary.POSTSURGICAL -> {
        for (String id : List.of(INITIAL_COURSE, PRESUMPTIVE_PERIOD)) {
          if (edition.figure(id).isEmpty()) {
            missing.add("the figure " + id);
          }
        }
        if (edition.functionalImprovement().isEmpty()) {
          missing.add("the section defining functional improvement");
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

  /** A figure for every region; {@link #missing} has made sure it is there. */
  private static GuidelineFigure figure(PackEdition edition, String id) {
    return edition
        .figure(id)
        .orElseThrow(
            () -> new IllegalStateException("edition " + edition.id() + " has no figure " + id));
  }

  private static Optional<GuidelineFigure> lowBackFigure(PackEdition edition, String id) {
    for (GuidelineFigure f : edition.figures()) {
      if (f.id().equals(id) && f.regions().contains(ManipulationCriteria.NUMBERS_REGION)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /** The figure the low-back manipulation rules read. */
  private static GuidelineFigure lowBack(PackEdition edition, String id) {
    return lowBackFigure(edition, id)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "edition " + edition.id() + " has no figure " + id + " for the low back"));
  }

  private static void requireComplete(PackEdition edition) {
    List<String> missing = missing(edition);
    if (!missing.isEmpty()) {
      throw new IllegalStateException(
          "edition " + edition.id() + " does not give " + String.join(", ", missing));
    }
  }

  /** The chronic pain physical medicine content of one edition (8 CCR § 9792.24.2 in 2009). */
  static final class ChronicPain {
    final Source source;
    final EncodedEdition chronicPain;
    final ImmutableList<ChronicPainDiagnosisGroup> groups;
    final ImmutableList<ChronicPainManipulationExclusion> manipulationExclusions;

    /** Every code that joins a diagnosis group by its title, in data order. */
    final ImmutableList<ChronicPainDiagnosisCode> diagnosisCodes;

    /** Places a diagnosis in a group, with the regions it concerns. */
    final DiagnosisGroupIndex groupIndex;

    final GuidelineFigure frequency;
    final GuidelineFigure massageVisits;
    final GuidelineFigure manipulationTrialVisits;
    final GuidelineFigure manipulationTrialWeeks;
    final GuidelineFigure manipulationCourseVisits;
    final GuidelineFigure manipulationCourseWeeks;
    final GuidelineFigure manipulationFlareUpVisits;
    final GuidelineFigure manipulationFlareUpInterval;

    ChronicPain(Source source) {
      PackEdition cp = source.edition();
      requireComplete(cp);
      this.source = source;
      chronicPain = cp.encoded();
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
      frequency = figure(cp, FREQUENCY);
      massageVisits = figure(cp, MASSAGE_VISITS);
      manipulationTrialVisits = lowBack(cp, LOW_BACK_MANIPULATION.get(0));
      manipulationTrialWeeks = lowBack(cp, LOW_BACK_MANIPULATION.get(1));
      manipulationCourseVisits = lowBack(cp, LOW_BACK_MANIPULATION.get(2));
      manipulationCourseWeeks = lowBack(cp, LOW_BACK_MANIPULATION.get(3));
      manipulationFlareUpVisits = lowBack(cp, LOW_BACK_MANIPULATION.get(4));
      manipulationFlareUpInterval = lowBack(cp, LOW_BACK_MANIPULATION.get(5));
    }
  }

  /** The postsurgical content of one edition (8 CCR § 9792.24.3 in 2009). */
  static final class Postsurgical {
    final Source source;
    final EncodedEdition postsurgical;
    final PostsurgicalTable table;
    final GuidelineFigure initialCourse;
    final GuidelineFigure presumptivePeriod;

    Postsurgical(Source source) {
      PackEdition ps = source.edition();
      requireComplete(ps);
      this.source = source;
      postsurgical = ps.encoded();
      table =
          new PostsurgicalTable(
              tableRows(ps.rows(ContentVocabulary.POSTSURGICAL_ROWS, source.origin()), ps));
      initialCourse = figure(ps, INITIAL_COURSE);
      presumptivePeriod = figure(ps, PRESUMPTIVE_PERIOD);
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
