package org.openimr.guidelines.mtus;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.openimr.model.GuidelineEdition;

/**
 * The MTUS content bundled with this library, for inspection: the editions with their dates, and
 * every figure with its section, edition and provenance; immutable. All of it is the bundled
 * content packs ({@link ContentPacks#bundled()}: acupuncture, and physical medicine with its
 * tables: postsurgical table, diagnosis groups and the codes that join them by title, manipulation
 * exclusions, and the visit caps of the Labor Code edition), read as any other pack is, on first
 * use. Content from other packs is not listed here: see {@link ContentPack}.
 */
@API(status = STABLE, since = "0.1")
public final class MtusContent {
  private static final ImmutableMap<String, EncodedEdition> EDITIONS = loadEditions();

  private static final ImmutableList<GuidelineFigure> FIGURES = loadFigures();
  private static final ImmutableMap<String, GuidelineFigure> FIGURES_BY_KEY =
      FIGURES.stream()
          .collect(ImmutableMap.toImmutableMap(f -> key(editionId(f.edition()), f.id()), f -> f));

  private MtusContent() {}

  /**
   * Every bundled guideline edition, in pack order (the Labor Code edition of the visit caps is
   * listed with {@link #physicalMedicineVisitCaps()}).
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
        .orElseThrow(() -> new IllegalStateException("no bundled content pack has edition " + id));
  }

  private static ImmutableMap<String, EncodedEdition> loadEditions() {
    ImmutableMap.Builder<String, EncodedEdition> editions = ImmutableMap.builder();
    for (ContentPack pack : ContentPacks.bundled()) {
      for (PackEdition e : pack.packEditions()) {
        // The statute's edition defines no functional improvement; its caps are listed apart.
        if (!e.guideline().equals(ContentVocabulary.VISIT_CAPS)) {
          editions.put(e.id(), e.encoded());
        }
      }
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
    return figures.build();
  }
}
