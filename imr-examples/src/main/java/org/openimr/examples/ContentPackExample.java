package org.openimr.examples;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;
import org.openimr.guidelines.mtus.ContentPack;
import org.openimr.guidelines.mtus.ContentPacks;
import org.openimr.guidelines.mtus.MtusEvaluators;
import org.openimr.json.ImrJson;
import org.openimr.model.Case;
import org.openimr.model.Decision;
import org.openimr.model.DisputedItem;
import org.openimr.model.ImrOutcome;
import org.openimr.review.ImrReviewer;
import org.openimr.spi.GuidelineEvaluator;

/**
 * The content-pack example of docs/content-packs.md: a 2025 acupuncture request is not evaluable
 * with the bundled content alone (its editions end 2017-11-30) and decided with a content pack for
 * that date, citing the pack's sections. The pack here is the testkit's fictional example; an
 * organisation with access to the current guideline writes its own. Compiled and run by {@code
 * ContentPackExampleTest}.
 */
@API(status = INTERNAL)
public final class ContentPackExample {
  private ContentPackExample() {}

  public static void main(String[] args) throws IOException {
    Path caseFile =
        Path.of(
            args.length > 0
                ? args[0]
                : "imr-testkit/src/main/resources/org/openimr/testkit/cases/acupuncture-2025.json");
    Path packFile =
        Path.of(
            args.length > 1
                ? args[1]
                : "imr-testkit/src/main/resources/org/openimr/testkit/example-content-pack.json");
    run(ImrJson.standard().readCase(Files.readAllBytes(caseFile)), packFile, System.out);
  }

  static void run(Case imrCase, Path packFile, PrintStream out) throws IOException {
    // tag::content-pack[]
    ContentPack pack = ContentPacks.read(packFile); // checked: every problem at once, or throws
    ImrReviewer bundledOnly = ImrReviewer.withDiscoveredEvaluators();
    ImrReviewer withPack =
        ImrReviewer.builder().discover().replace(MtusEvaluators.withContent(pack)).build();

    DisputedItem item = imrCase.disputedItems().get(0);
    Decision without = bundledOnly.decide(imrCase, item);
    Decision with = withPack.decide(imrCase, item);

    out.println("Without the pack: " + without.notEvaluableReason().orElse("decided"));
    out.println(
        "With it: "
            + with.outcome().map(ImrOutcome::displayName).orElse("Not evaluable")
            + ", decided by "
            + with.content().map(Object::toString).orElse("built-in code"));
    with.citations().forEach(c -> out.println("  " + c.display() + ": " + c.title()));
    // end::content-pack[]
  }

  /**
   * A reviewer whose MTUS evaluators decide with the bundled packs and the given one, chosen and
   * checked together (an edition of the user's pack that overlaps a bundled one is an error naming
   * both packs).
   */
  static ImrReviewer choosePacks(Path packFile) throws IOException {
    // tag::choose-packs[]
    ContentPack mine = ContentPacks.read(packFile); // checked; or throws
    List<ContentPack> packs =
        ContentPacks.combine(ContentPacks.discover(), List.of(mine), Set.of()); // checked together
    GuidelineEvaluator acupuncture = MtusEvaluators.acupuncture(packs);
    ImrReviewer reviewer =
        ImrReviewer.builder()
            .register(
                acupuncture,
                MtusEvaluators.postsurgical(packs),
                MtusEvaluators.chronicPainPhysicalMedicine(packs))
            .build();
    // end::choose-packs[]
    return reviewer;
  }
}
