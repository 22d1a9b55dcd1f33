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
import org.openimr.model.GuidelineEdition;
import org.openimr.model.GuidelineSource;
import org.openimr.model.Modality;

/**
 * Everything the physical medicine evaluators read, loaded once from this package's JSON resources
 * and resolved into fields, so that an evaluation looks nothing up by name.
 *
 * <p>Design notes: the resources are {@code postsurgical.table.json}, {@code
 * chronic-pain.diagnosis-groups.json}, {@code chronic-pain.diagnosis-codes.json} (the codes that
 * join a group by their titles, {@link DiagnosisCodeTable}), {@code
 * chronic-pain.manipulation-not-recommended.json}, {@code icd10-equivalents.json} (the project's
 * ICD-10-CM equivalents of the manipulation exclusions' ICD-9-CM codes, with their source note),
 * {@code labor-code.visit-caps.json} and the figures of {@code physical-medicine.figures.json}. A
 * mistake in them fails class initialization with the resource, row and field. The postsurgical
 * table's resource can be swapped ({@link #load(String)}), which is how a test proves that a
 * surgery is added with data alone.
 */
final class PhysicalMedicineContent {
  static final String POSTSURGICAL_TABLE = "postsurgical.table.json";
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

  private PhysicalMedicineContent(String postsurgicalTable) {
    chronicPain = MtusContent.requireEdition(CHRONIC_PAIN);
    postsurgical = MtusContent.requireEdition(POSTSURGICAL);
    table = new PostsurgicalTable(loadTable(postsurgicalTable));
    Map<String, Equivalent> icd10 = loadEquivalents();
    diagnosisCodes = DiagnosisCodeTable.load();
    groups = loadGroups(diagnosisCodes);
    groupIndex = new DiagnosisGroupIndex(groups);
    manipulationExclusions = loadExclusions(icd10);
    caps = loadCaps();
    if (caps.isEmpty()) {
      throw new IllegalStateException("content resource labor-code.visit-caps.json is empty");
    }
    frequency = chronicPainFigure("physical-medicine.frequency");
    massageVisits = chronicPainFigure("massage.visits");
    manipulationTrialVisits = chronicPainFigure("manipulation.trial-visits");
    manipulationTrialWeeks = chronicPainFigure("manipulation.trial-weeks");
    manipulationCourseVisits = chronicPainFigure("manipulation.course-visits");
    manipulationCourseWeeks = chronicPainFigure("manipulation.course-weeks");
    manipulationFlareUpVisits = chronicPainFigure("manipulation.flare-up-visits");
    manipulationFlareUpInterval = chronicPainFigure("manipulation.flare-up-interval");
    initialCourse = MtusContent.requireFigure(POSTSURGICAL, "postsurgical.initial-course");
    presumptivePeriod = MtusContent.requireFigure(POSTSURGICAL, "postsurgical.presumptive-period");

    capsByModality = new EnumMap<>(Modality.class);
    for (PhysicalMedicineVisitCap cap : caps) {
      for (Modality modality : cap.modalities()) {
        if (capsByModality.put(modality, cap) != null) {
          throw new IllegalStateException(
              "content resource labor-code.visit-caps.json: modality "
                  + modality
                  + " is in two caps");
        }
      }
    }
  }

  /** The bundled content; loaded on first use. */
  static PhysicalMedicineContent standard() {
    return Standard.INSTANCE;
  }

  /** The bundled content with another postsurgical table resource beside this class. */
  static PhysicalMedicineContent load(String postsurgicalTable) {
    return new PhysicalMedicineContent(postsurgicalTable);
  }

  /** The statutory cap that counts a modality's visits, if any. */
  Optional<PhysicalMedicineVisitCap> capOf(Modality modality) {
    return Optional.ofNullable(capsByModality.get(modality));
  }

  private GuidelineFigure chronicPainFigure(String id) {
    return MtusContent.requireFigure(CHRONIC_PAIN, id);
  }

  private static GuidelineEdition editionOf(ContentRow row) {
    return MtusContent.edition(row.text("edition"))
        .orElseThrow(() -> row.wrong("edition", "is not in editions.json"))
        .edition();
  }

  private static String sectionOf(ContentRow row) {
    return MtusContent.edition(row.text("edition"))
        .orElseThrow(() -> row.wrong("edition", "is not in editions.json"))
        .section();
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

  static List<PostsurgicalTableRow> loadTable(String resource) {
    List<PostsurgicalTableRow> rows = new ArrayList<>();
    for (ContentRow row : ContentRow.readAll(resource)) {
      PostsurgicalTableRow.Builder r =
          PostsurgicalTableRow.builder()
              .id(row.text("id"))
              .edition(editionOf(row))
              .section(sectionOf(row))
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
              .provenance(row.enumValue("provenance", Provenance.class))
              .periodProvenance(row.enumValue("periodProvenance", Provenance.class));
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
  private record Equivalent(List<String> icd10, String source) {}

  private static Map<String, Equivalent> loadEquivalents() {
    Map<String, Equivalent> equivalents = new HashMap<>();
    for (ContentRow row : ContentRow.readAll("icd10-equivalents.json")) {
      String icd9 = row.text("icd9");
      if (equivalents.put(icd9, new Equivalent(row.texts("icd10"), row.text("source"))) != null) {
        throw row.wrong("icd9", "is repeated");
      }
    }
    return ImmutableMap.copyOf(equivalents);
  }

  private static ImmutableList<ChronicPainDiagnosisGroup> loadGroups(
      List<ChronicPainDiagnosisCode> codes) {
    ImmutableList.Builder<ChronicPainDiagnosisGroup> groups = ImmutableList.builder();
    Set<String> ids = new HashSet<>();
    for (ContentRow row : ContentRow.readAll("chronic-pain.diagnosis-groups.json")) {
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
              .edition(editionOf(row))
              .section(sectionOf(row))
              .diagnosis(row.text("diagnosis"))
              .icd9Codes(expanded(row, "icd9"))
              .icd10Codes(icd10Codes)
              .codes(own)
              .icd10Source(DiagnosisCodeTable.SOURCE)
              .visitsMin(row.integer("visitsMin"))
              .visitsMax(row.integer("visitsMax"))
              .weeks(row.integer("weeks"))
              .provenance(row.enumValue("provenance", Provenance.class))
              .build());
    }
    for (ChronicPainDiagnosisCode code : codes) {
      if (!ids.contains(code.group())) {
        throw new IllegalStateException(
            "content resource "
                + DiagnosisCodeTable.RESOURCE
                + ": code "
                + code.code()
                + " names no group of chronic-pain.diagnosis-groups.json");
      }
    }
    return groups.build();
  }

  private static ImmutableList<ChronicPainManipulationExclusion> loadExclusions(
      Map<String, Equivalent> icd10) {
    ImmutableList.Builder<ChronicPainManipulationExclusion> exclusions = ImmutableList.builder();
    for (ContentRow row : ContentRow.readAll("chronic-pain.manipulation-not-recommended.json")) {
      List<String> icd9 = expanded(row, "icd9");
      ChronicPainManipulationExclusion.Builder e =
          ChronicPainManipulationExclusion.builder()
              .id(row.text("id"))
              .edition(editionOf(row))
              .section(sectionOf(row))
              .condition(row.text("condition"))
              .regions(regions(row))
              .icd9Codes(icd9)
              .provenance(row.enumValue("provenance", Provenance.class));
      for (String code : icd9) {
        Equivalent equivalent = icd10.get(code);
        if (equivalent == null) {
          throw row.wrong("icd9", "has no row in icd10-equivalents.json");
        }
        e.addAllIcd10Codes(equivalent.icd10()).icd10Source(equivalent.source());
      }
      exclusions.add(e.build());
    }
    return exclusions.build();
  }

  private static ImmutableList<PhysicalMedicineVisitCap> loadCaps() {
    ImmutableList.Builder<PhysicalMedicineVisitCap> caps = ImmutableList.builder();
    for (ContentRow row : ContentRow.readAll("labor-code.visit-caps.json")) {
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
              .edition(
                  GuidelineEdition.builder()
                      .source(GuidelineSource.OTHER)
                      .title(row.text("statute"))
                      .edition(row.text("statuteEdition"))
                      .effectiveFrom(row.date("effectiveFrom"))
                      .build())
              .section(row.text("section"))
              .discipline(row.text("discipline"))
              .modalities(modalities)
              .visits(row.integer("visits"))
              .injuriesOnOrAfter(row.date("injuriesFrom"))
              .provenance(row.enumValue("provenance", Provenance.class));
      row.optionalText("note").ifPresent(cap::note);
      caps.add(cap.build());
    }
    return caps.build();
  }

  /** Holder idiom: the bundled content is read once, on first use, thread-safely. */
  private static final class Standard {
    static final PhysicalMedicineContent INSTANCE = new PhysicalMedicineContent(POSTSURGICAL_TABLE);

    private Standard() {}
  }
}
