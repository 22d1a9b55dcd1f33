package org.openimr.examples.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.openimr.guidelines.mtus.ContentPack;
import org.openimr.guidelines.mtus.EncodedEdition;
import org.openimr.guidelines.mtus.GuidelineFigure;
import org.openimr.guidelines.mtus.MtusContent;
import org.openimr.guidelines.mtus.Provenance;
import org.openimr.model.GuidelineEdition;
import org.openimr.review.ImrReviewer;
import org.openimr.spi.GuidelineEvaluator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code imr guidelines}: the evaluators found on the class path, then every MTUS edition the
 * built-in evaluators encode with its sections and content table, each figure with its provenance.
 * It lists whatever {@link MtusContent} holds, so a new table or edition shows without a change
 * here.
 */
@Command(
    name = "guidelines",
    mixinStandardHelpOptions = true,
    description = {
      "Lists the guideline evaluators found on the class path, in the order the reviewer asks"
          + " them, and the built-in MTUS content: editions with their effective dates and"
          + " sections, and every figure with its section and provenance; the content packs in"
          + " use with their ids, versions and SHA-256 hashes (--content adds packs)."
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
    out.println();
    out.println("Provenance:");
    for (Provenance provenance : Provenance.values()) {
      out.println("  " + tag(provenance) + " " + provenance.meaning());
    }
    return Imr.OK;
  }

  private static String title(GuidelineEdition edition) {
    return edition.title() + ", " + edition.edition();
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
    };
  }
}
