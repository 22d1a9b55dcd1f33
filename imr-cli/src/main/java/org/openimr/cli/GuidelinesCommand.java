package org.openimr.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.openimr.guidelines.mtus.ChronicPainDiagnosisCode;
import org.openimr.guidelines.mtus.ChronicPainDiagnosisGroup;
import org.openimr.guidelines.mtus.ChronicPainManipulationExclusion;
import org.openimr.guidelines.mtus.ContentPack;
import org.openimr.guidelines.mtus.EncodedEdition;
import org.openimr.guidelines.mtus.GuidelineFigure;
import org.openimr.guidelines.mtus.MtusContent;
import org.openimr.guidelines.mtus.PhysicalMedicineVisitCap;
import org.openimr.guidelines.mtus.PostsurgicalTableRow;
import org.openimr.guidelines.mtus.Provenance;
import org.openimr.model.BodyRegion;
import org.openimr.model.GuidelineEdition;
import org.openimr.review.ImrReviewer;
import org.openimr.spi.GuidelineEvaluator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code imr guidelines}: the evaluators found on the class path, then every MTUS edition the
 * built-in evaluators encode with its sections and content table, each figure with its provenance,
 * then every physical medicine content table: postsurgical rows (visits / weeks / period months),
 * diagnosis groups with their codes, code equivalents and visit caps. It lists whatever {@link
 * MtusContent} holds, so a new table or edition shows without a change here.
 */
@Command(
    name = "guidelines",
    mixinStandardHelpOptions = true,
    description = {
      "Lists the guideline evaluators found on the class path, in the order the reviewer asks"
          + " them, and the built-in MTUS content: editions with their effective dates and"
          + " sections, every figure with its section and provenance, and every physical"
          + " medicine table: postsurgical rows, diagnosis groups with their codes, code"
          + " equivalents and visit caps; the content packs in use with their ids, versions and"
          + " SHA-256 hashes (--content adds packs)."
    })
final class GuidelinesCommand implements Callable<Integer> {
  private final Terminal terminal;

  @Mixin ContentOptions content = new ContentOptions();
  private final Supplier<ImrReviewer.Builder> reviewers;

  GuidelinesCommand(Terminal terminal, Supplier<ImrReviewer.Builder> reviewers) {
    this.terminal = terminal;
    this.reviewers = reviewers;
  }

  @Override
  public Integer call() {
    PrintWriter out = terminal.out();
    List<GuidelineEvaluator> evaluators = content.apply(reviewers.get()).build().evaluators();
    out.println("Evaluators, in the order the reviewer asks them:");
    if (evaluators.isEmpty()) {
      out.println("  none found on the class path");
    }
    for (GuidelineEvaluator evaluator : evaluators) {
      out.println(
          "  "
              + evaluator.id()
              + " "
              + evaluator.version()
              + " ("
              + evaluator.evidenceTier()
              + ")");
      for (GuidelineEdition edition : evaluator.editions()) {
        out.println("    " + title(edition) + ", " + inForce(edition));
      }
    }
    out.println();
    out.println("Content packs in use (id, version, SHA-256 of the canonical form):");
    for (ContentPack pack : content.packsInUse()) {
      out.println(
          "  "
              + pack.id()
              + " "
              + pack.version()
              + " sha256 "
              + pack.sha256()
              + (pack.isBundled() ? " (bundled)" : " (" + pack.origin() + ")"));
      for (GuidelineEdition edition : pack.editions()) {
        out.println("    " + title(edition) + ", " + inForce(edition));
      }
    }
    out.println();
    out.println("MTUS content (8 CCR § 9792.20 ff.):");
    for (EncodedEdition encoded : MtusContent.editions()) {
      GuidelineEdition edition = encoded.edition();
      out.println();
      out.println("  " + encoded.id() + ": " + title(edition) + " " + tag(encoded.provenance()));
      out.println("    " + inForce(edition));
      out.println("    rules: " + encoded.section());
      out.println(
          "    functional improvement defined in: " + encoded.functionalImprovementSection());
      encoded
          .note()
          .ifPresent(note -> DeterminationText.wrap("    note: ", note).forEach(out::println));
      List<GuidelineFigure> figures =
          MtusContent.figures().stream().filter(f -> f.edition().equals(edition)).toList();
      if (figures.isEmpty()) {
        out.println("    figures: none encoded");
        continue;
      }
      out.println("    figures:");
      for (GuidelineFigure figure : figures) {
        out.println(
            "      "
                + figure.id()
                + ": "
                + figure.title()
                + ", "
                + figure.display()
                + ", "
                + figure.section()
                + " "
                + tag(figure.provenance()));
        figure
            .note()
            .ifPresent(note -> DeterminationText.wrap("        ", note).forEach(out::println));
      }
    }
    listPhysicalMedicineTables(out);
    out.println();
    out.println("Provenance:");
    for (Provenance provenance : Provenance.values()) {
      out.println("  " + tag(provenance) + " " + provenance.meaning());
    }
    return Imr.OK;
  }

  /**
   * The physical medicine content tables: the postsurgical rows, the diagnosis groups with every
   * code in them, the ICD-10-CM equivalents of the manipulation exclusions, and the statutory caps.
   */
  private static void listPhysicalMedicineTables(PrintWriter out) {
    out.println();
    out.println("Postsurgical table (visits / weeks / period months):");
    for (PostsurgicalTableRow row : MtusContent.postsurgicalTable().rows()) {
      out.println(
          "  "
              + row.id()
              + ": "
              + range(row.visitsMin(), row.visitsMax())
              + " / "
              + range(row.weeksMin(), row.weeksMax())
              + " / "
              + row.periodMonths()
              + ", "
              + row.section()
              + " "
              + tag(row.provenance())
              + (row.periodProvenance() == row.provenance()
                  ? ""
                  : " (period " + tag(row.periodProvenance()) + ")"));
    }
    out.println();
    out.println("Chronic pain diagnosis groups (visits over weeks, codes):");
    for (ChronicPainDiagnosisGroup group : MtusContent.chronicPainDiagnosisGroups()) {
      out.println(
          "  "
              + group.id()
              + ": "
              + group.diagnosis()
              + ", "
              + group.visits()
              + ", "
              + group.section()
              + " "
              + tag(group.provenance()));
      out.println("    ICD-9-CM (the guideline's): " + String.join(", ", group.icd9Codes()));
      for (ChronicPainDiagnosisCode code : group.codes()) {
        out.println(
            "    "
                + code.display()
                + (code.regions().isEmpty()
                    ? ""
                    : " (regions: " + regionNames(code.regions()) + ")")
                + " "
                + tag(code.provenance()));
      }
    }
    out.println();
    out.println("Code equivalents (manipulation not recommended):");
    for (ChronicPainManipulationExclusion exclusion : MtusContent.manipulationExclusions()) {
      out.println(
          "  "
              + exclusion.id()
              + ": "
              + exclusion.condition()
              + (exclusion.icd9Codes().isEmpty()
                  ? ", by region: " + regionNames(exclusion.regions())
                  : ", ICD-9-CM "
                      + String.join(", ", exclusion.icd9Codes())
                      + " = ICD-10-CM "
                      + String.join(", ", exclusion.icd10Codes()))
              + " "
              + tag(exclusion.provenance()));
    }
    out.println();
    out.println("Visit caps:");
    for (PhysicalMedicineVisitCap cap : MtusContent.physicalMedicineVisitCaps()) {
      out.println(
          "  "
              + cap.id()
              + ": "
              + cap.visits()
              + " "
              + cap.discipline()
              + " visits per injury from "
              + cap.injuriesOnOrAfter()
              + ", "
              + cap.section()
              + " "
              + tag(cap.provenance()));
    }
  }

  private static String range(int min, int max) {
    return min == max ? Integer.toString(min) : min + "-" + max;
  }

  private static String regionNames(List<BodyRegion> regions) {
    return regions.stream().map(BodyRegion::displayName).collect(Collectors.joining(", "));
  }

  private static String title(GuidelineEdition edition) {
    return edition.title() + ", " + edition.label();
  }

  private static String inForce(GuidelineEdition edition) {
    return "in force from "
        + edition.effectiveFrom()
        + edition.effectiveTo().map(to -> " to " + to).orElse(" on");
  }

  /** The tag the reference uses: [R], [R, secondary] or [Q]. */
  static String tag(Provenance provenance) {
    return switch (provenance) {
      case READ -> "[R]";
      case READ_SECONDARY -> "[R, secondary]";
      case QUOTED -> "[Q]";
      case USER_SUPPLIED -> "[U]";
      case CODE_TITLES -> "[C]";
    };
  }
}
