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
 * Everything the physical medicine evaluators read, resolved from the content pack editions of the
 * guidelines {@code mtus.chronic-pain}, {@code mtus.postsurgical} and {@code labor-code.4604.5}
 * into fields, so that an evaluation looks nothing up by name.
 *
 * <p>Design notes: the bundled content is the pack {@code openimr-mtus-physical-medicine.json},
 * read by {@link PackReader} like any other pack, which has already checked every table (fields,
 * codes, ranges, repeated ids, code groups). Its tables are the postsurgical table, the diagnosis
 * groups, the codes that join them by their titles ({@link DiagnosisCodeTable}), the manipulation
 * exclusions with the project's ICD-10-CM equivalents of their ICD-9-CM codes, and the visit caps
 * of the Labor Code edition. The postsurgical table can be swapped for rows of a resource in the
 * same row format ({@link #load(String)}), which is how a test proves that a surgery is added with
 * data alone.
 */
final class PhysicalMedicineContent {
  static final String CHRONIC_PAIN = "chronic-pain-2009";
  static final String POSTSURGICAL = "postsurgical-2009";

  final EncodedEdition chronicPain;
  final EncodedEdition postsurgical;
  final PostsurgicalTable table;
  final ImmutableList<ChronicPainDiagnosisGroup> groups;
  final ImmutableList<ChronicPainManipulationExclusion> manipulationExclusions;
  final ImmutableList<PhysicalMedicineVisitCap> caps;

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
  final GuidelineFigure initialCourse;
  final GuidelineFigure presumptivePeriod;

  private final EnumMap<Modality, PhysicalMedicineVisitCap> capsByModality;

  private PhysicalMedicineContent(
      Source chronicPainSource,
      Source postsurgicalSource,
      Source capSource,
      List<ContentRow> tableRows) {
    PackEdition cp = chronicPainSource.edition();
    PackEdition ps = postsurgicalSource.edition();
    chronicPain = cp.encoded();
    postsurgical = ps.encoded();
    table = new PostsurgicalTable(tableRows(tableRows, ps));
    Map<String, Equivalent> icd10 =
        loadEquivalents(cp.rows(ContentVocabulary.CODE_EQUIVALENTS, chronicPainSource.origin()));
    diagnosisCodes =
        DiagnosisCodeTable.load(
            cp.rows(ContentVocabulary.DIAGNOSIS_CODES, chronicPainSource.origin()));
    groups =
        loadGroups(
            cp.rows(ContentVocabulary.DIAGNOSIS_GROUPS, chronicPainSource.origin()),
            cp,
            diagnosisCodes);
    groupIndex = new DiagnosisGroupIndex(groups);
    manipulationExclusions =
        loadExclusions(
            cp.rows(ContentVocabulary.MANIPULATION_EXCLUSIONS, chronicPainSource.origin()),
            cp,
            icd10);
    caps =
        loadCaps(
            capSource.edition().rows(ContentVocabulary.VISIT_CAP_ROWS, capSource.origin()),
            capSource.edition());
    if (caps.isEmpty()) {
      throw new IllegalStateException("the Labor Code edition gives no visit caps");
    }
    frequency = figure(cp, "physical-medicine.frequency");
    massageVisits = figure(cp, "massage.visits");
    manipulationTrialVisits = lowBack(cp, "manipulation.trial-visits");
    manipulationTrialWeeks = lowBack(cp, "manipulation.trial-weeks");
    manipulationCourseVisits = lowBack(cp, "manipulation.course-visits");
    manipulationCourseWeeks = lowBack(cp, "manipulation.course-weeks");
    manipulationFlareUpVisits = lowBack(cp, "manipulation.flare-up-visits");
    manipulationFlareUpInterval = lowBack(cp, "manipulation.flare-up-interval");
    initialCourse = figure(ps, "postsurgical.initial-course");
    presumptivePeriod = figure(ps, "postsurgical.presumptive-period");

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

  /** One pack edition, with the pack it came from for errors. */
  private record Source(PackEdition edition, String origin) {}

  /** The bundled content; loaded on first use. */
  static PhysicalMedicineContent standard() {
    return Standard.INSTANCE;
  }

  /**
   * The bundled content with the postsurgical table's rows read from another resource beside this
   * class, a JSON array of rows in the pack's {@code postsurgicalRows} format.
   */
  static PhysicalMedicineContent load(String postsurgicalTable) {
    List<ContentPack> packs = ContentPacks.bundled();
    return new PhysicalMedicineContent(
        bundled(packs, CHRONIC_PAIN),
        bundled(packs, POSTSURGICAL),
        bundled(packs, VISIT_CAPS),
        ContentRow.readAll(postsurgicalTable));
  }

  /** The id of the bundled Labor Code § 4604.5 edition. */
  static final String VISIT_CAPS = "labor-code-4604.5";

  private static PhysicalMedicineContent bundledContent() {
    List<ContentPack> packs = ContentPacks.bundled();
    Source ps = bundled(packs, POSTSURGICAL);
    return new PhysicalMedicineContent(
        bundled(packs, CHRONIC_PAIN),
        ps,
        bundled(packs, VISIT_CAPS),
        ps.edition().rows(ContentVocabulary.POSTSURGICAL_ROWS, ps.origin()));
  }

  private static Source bundled(List<ContentPack> packs, String editionId) {
    for (ContentPack pack : packs) {
      for (PackEdition e : pack.packEditions()) {
        if (e.id().equals(editionId)) {
          return new Source(e, pack.origin());
        }
      }
    }
    throw new IllegalStateException("no bundled content pack gives edition " + editionId);
  }

  /** A figure for every region; a missing one in the bundled content is a packaging bug. */
  private static GuidelineFigure figure(PackEdition edition, String id) {
    return edition
        .figure(id)
        .orElseThrow(
            () -> new IllegalStateException("edition " + edition.id() + " has no figure " + id));
  }

  /** The figure the low-back manipulation rules read. */
  private static GuidelineFigure lowBack(PackEdition edition, String id) {
    for (GuidelineFigure f : edition.figures()) {
      if (f.id().equals(id) && f.regions().contains(ManipulationCriteria.NUMBERS_REGION)) {
        return f;
      }
    }
    throw new IllegalStateException(
        "edition " + edition.id() + " has no figure " + id + " for the low back");
  }

  /** The statutory cap that counts a modality's visits, if any. */
  Optional<PhysicalMedicineVisitCap> capOf(Modality modality) {
    return Optional.ofNullable(capsByModality.get(modality));
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
