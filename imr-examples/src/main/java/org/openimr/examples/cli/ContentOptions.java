package org.openimr.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.openimr.guidelines.mtus.ContentPack;
import org.openimr.guidelines.mtus.ContentPackException;
import org.openimr.guidelines.mtus.ContentPacks;
import org.openimr.guidelines.mtus.ContentProblem;
import org.openimr.guidelines.mtus.MtusEvaluators;
import org.openimr.review.ImrReviewer;
import picocli.CommandLine.Option;

/**
 * {@code --content FILE}, repeatable: content packs to decide with beside those on the class path.
 * The built-in evaluators that read packs are built again from all of them and put in the place of
 * the discovered ones.
 *
 * <p>Design notes: every file is read before anything is reported, so a user sees every problem of
 * every pack at once, each as {@code file: $.json.path: what is wrong}; the loader never quotes a
 * pack's text, and a file that cannot be read is named with the reason, not the exception's
 * message.
 */
final class ContentOptions {
  @Option(
      names = "--content",
      paramLabel = "FILE",
      description =
          "a content pack (openimr-content/1, see docs/content-packs.md) to decide with, beside"
              + " the bundled content; repeatable")
  List<Path> files = new ArrayList<>();

  /** The reviewer's builder with the built-ins replaced by ones that read the packs, if any. */
  ImrReviewer.Builder apply(ImrReviewer.Builder builder) {
    if (files.isEmpty()) {
      return builder;
    }
    List<ContentPack> extra = read(files);
    try {
      return builder.replace(MtusEvaluators.withContent(extra, Set.of()));
    } catch (ContentPackException e) {
      throw new UserError(lines(e.problems()));
    }
  }

  /** Every pack in use: those on the class path and the extra ones, checked together. */
  List<ContentPack> packsInUse() {
    try {
      return ContentPacks.combine(ContentPacks.discover(), read(files), Set.of());
    } catch (ContentPackException e) {
      throw new UserError(lines(e.problems()));
    }
  }

  /**
   * Reads every file, then checks them together with the packs on the class path.
   *
   * @throws UserError listing every problem of every file
   */
  static List<ContentPack> read(List<Path> files) {
    List<ContentPack> packs = new ArrayList<>(files.size());
    List<String> problems = new ArrayList<>();
    for (Path file : files) {
      if (Files.isDirectory(file)) {
        problems.add(file + ": is a directory; expected a content pack file");
        continue;
      }
      try {
        packs.add(ContentPacks.read(file));
      } catch (ContentPackException e) {
        problems.addAll(lines(e.problems()));
      } catch (IOException e) {
        problems.add(file + ": " + CaseFiles.cannotRead(e));
      } catch (UncheckedIOException e) {
        problems.add(file + ": " + CaseFiles.cannotRead(e.getCause()));
      }
    }
    if (problems.isEmpty()) {
      try {
        ContentPacks.combine(ContentPacks.discover(), packs, Set.of());
      } catch (ContentPackException e) {
        problems.addAll(lines(e.problems()));
      }
    }
    if (!problems.isEmpty()) {
      throw new UserError(problems);
    }
    return packs;
  }

  static List<String> lines(List<ContentProblem> problems) {
    return problems.stream().map(ContentProblem::toString).toList();
  }
}
