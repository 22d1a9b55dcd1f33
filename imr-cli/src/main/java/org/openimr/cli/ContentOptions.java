package org.openimr.cli;

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
 * {@code --content FILE}, repeatable: content packs to decide with beside those on the class path;
 * {@code --exclude-content ID}, repeatable: packs on the class path (the bundled ones among them)
 * to leave out, so that a user pack can take the place of one whose editions its own overlap. The
 * built-in evaluators that read packs are built again from the packs in use and put in the place of
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

  @Option(
      names = "--exclude-content",
      paramLabel = "ID",
      description =
          "the id of a content pack not to decide with (e.g. openimr.mtus.acupuncture), so that"
              + " a pack given with --content can take the place of one whose editions overlap"
              + " its own; repeatable")
  List<String> excluded = new ArrayList<>();

  /** The reviewer's builder with the built-ins replaced by ones that read the packs, if any. */
  ImrReviewer.Builder apply(ImrReviewer.Builder builder) {
    if (files.isEmpty() && excluded.isEmpty()) {
      return builder;
    }
    List<ContentPack> extra = read(files, excludedIds());
    try {
      return builder.replace(MtusEvaluators.withContent(extra, excludedIds()));
    } catch (ContentPackException e) {
      throw new UserError(lines(e.problems()));
    }
  }

  /** Every pack in use: those on the class path and the extra ones, checked together. */
  List<ContentPack> packsInUse() {
    try {
      return ContentPacks.combine(
          ContentPacks.discover(), read(files, excludedIds()), excludedIds());
    } catch (ContentPackException e) {
      throw new UserError(lines(e.problems()));
    }
  }

  private Set<String> excludedIds() {
    return Set.copyOf(excluded);
  }

  /**
   * Reads every file, then checks them together with the packs on the class path, less the excluded
   * ones.
   *
   * @throws UserError listing every problem of every file
   */
  static List<ContentPack> read(List<Path> files, Set<String> excludedIds) {
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
        ContentPacks.combine(ContentPacks.discover(), packs, excludedIds);
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
