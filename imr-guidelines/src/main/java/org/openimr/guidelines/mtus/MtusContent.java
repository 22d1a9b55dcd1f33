package org.openimr.guidelines.mtus;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.openimr.model.GuidelineEdition;
import org.openimr.model.GuidelineSource;

/**
 * The MTUS content bundled with this library, for inspection: the editions with their dates, and
 * every figure with its section, edition and provenance; immutable. The acupuncture content is the
 * bundled content pack ({@link ContentPacks#bundled()}), read as any other pack is; the physical
 * medicine content is still read from this jar's JSON tables ({@code editions.json}, {@code
 * physical-medicine.figures.json} and the tables: postsurgical table, diagnosis groups and the
 * codes that join them by title, manipulation exclusions, visit caps), listed here too, loaded on
 * first use. Content from other packs is not listed here: see {@link ContentPack}.
 */
@API(status = STABLE, since = "0.1")
public final class MtusContent {
  private static final ImmutableMap<String, EncodedEdition> EDITIONS = loadEditions();

  /** The figure tables not yet in a content pack, each a JSON array beside this class. */
  private static final List<String> FIGURE_RESOURCES = List.of("physical-medicine.figures.json");

  private static final ImmutableList<GuidelineFigure> FIGURES = loadFigures();
  private static final ImmutableMap<String, GuidelineFigure> FIGURES_BY_KEY =
      FIGURES.stream()
          .collect(ImmutableMap.toImmutableMap(f -> key(editionId(f.edition()), f.id()), f -> f));

  private MtusContent() {}

  /**
   * Every bundled edition: the bundled packs' in pack order, then those of {@code editions.json}.
   */
  public static List<EncodedEdition> editions() {
    return EDITIONS.values().asList();
  }

  /** Every figure of every edition. */
  public static List<GuidelineFigure> figures() {
    return FIGURES;
  }

  /** The encoded edition with this id. */
  public static Optional<EncodedEdition> edition(String id) {
    return Optional.ofNullable(EDITIONS.get(id));
  }

  /** The figure with this id in this edition. */
  public static Optional<GuidelineFigure> figure(GuidelineEdition edition, String id) {
    return FIGURES.stream()
        .filter(f -> f.edition().equals(edition) && f.id().equals(id))
        .findFirst();
  }

  /** The postsurgical treatment table (8 CCR § 9792.24.3), to list and look up rows. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static PostsurgicalTable postsurgicalTable() {
    return PhysicalMedicineContent.standard().table;
  }

  /**
   * The diagnosis groups of chronic pain physical medicine (8 CCR § 9792.24.2), with their visits
   * and ICD codes.
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static List<ChronicPainDiagnosisGroup> chronicPainDiagnosisGroups() {
    return PhysicalMedicineContent.standard().groups;
  }

  /**
   * The diagnosis codes that join a chronic pain diagnosis group by their official titles, with the
   * regions their titles state and the sources confirming each title ({@link
   * Provenance#CODE_TITLES}).
   */
  @API(status = EXPERIMENTAL, since = "0.2")
  public static List<ChronicPainDiagnosisCode> chronicPainDiagnosisCodes() {
    return PhysicalMedicineContent.standard().diagnosisCodes;
  }

  /** The conditions for which manipulation is not recommended (8 CCR § 9792.24.2). */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static List<ChronicPainManipulationExclusion> manipulationExclusions() {
    return PhysicalMedicineContent.standard().manipulationExclusions;
  }

  /** The physical medicine visit caps of Labor Code § 4604.5(c)(1), one per discipline. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static List<PhysicalMedicineVisitCap> physicalMedicineVisitCaps() {
    return PhysicalMedicineContent.standard().caps;
  }

  /** The figure with this id in the edition with this id; a missing one is a packaging bug. */
  static GuidelineFigure requireFigure(String editionId, String figureId) {
    GuidelineFigure figure = FIGURES_BY_KEY.get(key(editionId, figureId));
    if (figure == null) {
      throw new IllegalStateException("no figure " + figureId + " in edition " + editionId);
    }
    return figure;
  }

  /** The id of an encoded edition. */
  static String editionId(GuidelineEdition edition) {
    return EDITIONS.values().stream()
        .filter(e -> e.edition().equals(edition))
        .map(EncodedEdition::id)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("edition is not encoded here"));
  }

  private static String key(String editionId, String figureId) {
    return editionId + "/" + figureId;
  }

  /** The edition with this id; a missing one is a packaging bug. */
  static EncodedEdition requireEdition(String id) {
    return edition(id)
        .orElseThrow(() -> new IllegalStateException("editions.json has no edition " + id));
  }

  private static ImmutableMap<String, EncodedEdition> loadEditions() {
    ImmutableMap.Builder<String, EncodedEdition> editions = ImmutableMap.builder();
    for (ContentPack pack : ContentPacks.bundled()) {
      for (PackEdition e : pack.packEditions()) {
        editions.put(e.id(), e.encoded());
      }
    }
    for (ContentRow row : ContentRow.readAll("editions.json")) {
      GuidelineEdition.Builder edition =
          GuidelineEdition.builder()
              .source(row.enumValue("source", GuidelineSource.class))
              .title(row.text("title"))
              .edition(row.text("edition"))
              .effectiveFrom(row.date("effectiveFrom"));
      row.optionalDate("effectiveTo").ifPresent(edition::effectiveTo);
      EncodedEdition.Builder encoded =
          EncodedEdition.builder()
              .id(row.text("id"))
              .edition(edition.build())
              .section(row.text("section"))
              .functionalImprovementSection(row.text("functionalImprovementSection"))
              .provenance(row.enumValue("provenance", Provenance.class));
      row.optionalText("note").ifPresent(encoded::note);
      EncodedEdition e = encoded.build();
      editions.put(e.id(), e);
    }
    return editions.buildOrThrow();
  }

  private static ImmutableList<GuidelineFigure> loadFigures() {
    ImmutableList.Builder<GuidelineFigure> figures = ImmutableList.builder();
    for (ContentPack pack : ContentPacks.bundled()) {
      for (PackEdition e : pack.packEditions()) {
        figures.addAll(e.figures());
      }
    }
    for (ContentRow row :
        FIGURE_RESOURCES.stream().flatMap(r -> ContentRow.readAll(r).stream()).toList()) {
      String editionId = row.text("edition");
      GuidelineFigure.Builder figure =
          GuidelineFigure.builder()
              .id(row.text("id"))
              .edition(
                  edition(editionId)
                      .orElseThrow(() -> row.wrong("edition", "is not in editions.json"))
                      .edition())
              .section(row.text("section"))
              .title(row.text("title"))
              .min(row.integer("min"))
              .max(row.integer("max"))
              .unit(row.text("unit"))
              .provenance(row.enumValue("provenance", Provenance.class));
      row.optionalText("note").ifPresent(figure::note);
      figures.add(figure.build());
    }
    return figures.build();
  }
}
