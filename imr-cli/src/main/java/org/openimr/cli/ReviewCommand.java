package org.openimr.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.openimr.json.ImrJson;
import org.openimr.letter.LetterParseException;
import org.openimr.letter.LetterParser;
import org.openimr.letter.LetterReview;
import org.openimr.letter.ReReview;
import org.openimr.review.ImrReviewer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code imr review LETTER.txt|DIR}: parses published final determination letters, decides each
 * letter's items again with the discovered evaluators, and prints per item the letter's outcome,
 * the library's, whether they agree and the criteria behind the library's result; for a folder also
 * the totals by modality.
 *
 * <p>Design notes: the work is {@link ReReview}'s; this class only reads the files, prints and
 * counts. It reads a folder's letters itself rather than through {@link ReReview#reviewFolder}, so
 * that every file is read through the same bounded stream as a single letter ({@link InputFiles}),
 * and prints each letter as it is reviewed, above the progress line. A letter that cannot be read
 * is named with what is wrong with it, on standard error and in the output, and the command goes on
 * and exits with 1 at the end. Nothing printed quotes letter text beyond an item's name: the
 * parser's problems and the library's reasons name what is missing, never values.
 */
@Command(
    name = "review",
    mixinStandardHelpOptions = true,
    description = {
      "Re-reviews published final determination letters (text as extracted from the PDFs):"
          + " reads the case each letter states, decides its items with the guidelines on the"
          + " class path and prints per item the letter's decision, the library's, whether they"
          + " agree (agree, disagree or not evaluable, with the reason) and the failing criteria"
          + " behind the library's result. Given a folder, reviews every *.txt file in it, in"
          + " name order, and prints the totals by modality. A letter that cannot be read is"
          + " named with what is missing; the others are still reviewed, and the command exits"
          + " with 1.",
      "Reads at most "
          + InputFiles.LETTER_LIMIT
          + " bytes of a letter file (or pipe): a larger one is not reviewed (\"too large\")."
    })
final class ReviewCommand implements Callable<Integer> {
  private final Terminal terminal;

  @Mixin ContentOptions content = new ContentOptions();
  private final Supplier<ImrReviewer.Builder> reviewers;

  @Parameters(paramLabel = "LETTER.txt|DIR", description = "a letter or a folder of letters")
  private @Nullable Path input;

  @Option(
      names = "--json",
      description =
          "print one JSON line per letter, and for a folder a last line with the totals, instead"
              + " of the text")
  private boolean json;

  @Option(
      names = "--progress",
      description =
          "for a folder, show a progress line on standard error (shown anyway for long runs on a"
              + " terminal)")
  private boolean progress;

  ReviewCommand(Terminal terminal, Supplier<ImrReviewer.Builder> reviewers) {
    this.terminal = terminal;
    this.reviewers = reviewers;
  }

  @Override
  public Integer call() {
    Path in = Objects.requireNonNull(input, "input");
    if (!Files.exists(in)) {
      throw new UserError(in + ": no such file or directory");
    }
    ReReview reReview = ReReview.with(content.apply(reviewers.get()).build());
    return Files.isDirectory(in) ? folder(reReview, in) : letter(reReview, in);
  }

  private int letter(ReReview reReview, Path file) {
    LetterReview review;
    try {
      review = reviewFile(reReview, file);
    } catch (NotReviewed e) {
      throw new UserError(file + ": " + e.getMessage());
    }
    // A letter that was read is unreadable only when it names no item.
    Optional<String> problem = ReviewText.problem(review);
    if (problem.isPresent()) {
      throw new UserError(file + ": " + problem.get());
    }
    print(file.toString(), review);
    return Imr.OK;
  }

  private int folder(ReReview reReview, Path folder) {
    PrintWriter out = terminal.out();
    List<Path> files = letterFiles(folder);
    Progress shown =
        Progress.start(terminal, progress, "imr review", "letters", OptionalLong.of(files.size()));
    ReviewText.Totals totals = new ReviewText.Totals();
    for (Path file : files) {
      String name = file.toString();
      Optional<String> problem;
      Runnable print;
      try {
        LetterReview review = reviewFile(reReview, file);
        totals.add(review);
        problem = ReviewText.problem(review);
        print = () -> print(name, review);
      } catch (NotReviewed e) {
        totals.addNotReviewed();
        String why = String.valueOf(e.getMessage());
        problem = Optional.of(why);
        print =
            () -> {
              if (json) {
                out.println(ImrJson.standard().write(ReviewText.notReviewedJson(name, why)));
              } else {
                ReviewText.notReviewed(name, why, out);
              }
            };
      }
      problem.ifPresent(p -> shown.message("imr review: " + name + ": " + p));
      Runnable printed = print;
      shown.above(
          () -> {
            printed.run();
            out.flush();
          });
      shown.step();
    }
    shown.finish();
    if (json) {
      out.println(ImrJson.standard().write(totals.json()));
    } else {
      totals.write(out);
    }
    return totals.notReviewed() == 0 ? Imr.OK : Imr.INVALID_INPUT;
  }

  /**
   * The regular {@code *.txt} files of a folder (any case of the suffix; not its subfolders), in
   * file-name order. Pipes and devices in the folder are left alone: reading one could wait for
   * ever.
   */
  private static List<Path> letterFiles(Path folder) {
    try (Stream<Path> listing = Files.list(folder)) {
      return listing
          .filter(Files::isRegularFile)
          .filter(p -> String.valueOf(p.getFileName()).toLowerCase(Locale.ROOT).endsWith(".txt"))
          .sorted(Comparator.comparing(p -> String.valueOf(p.getFileName())))
          .toList();
    } catch (IOException e) {
      throw new UserError(folder + ": " + CaseFiles.cannotRead(e));
    } catch (UncheckedIOException e) {
      throw new UserError(folder + ": " + CaseFiles.cannotRead(e.getCause()));
    }
  }

  private void print(String name, LetterReview review) {
    if (json) {
      terminal.out().println(ImrJson.standard().write(ReviewText.json(name, review)));
    } else {
      ReviewText.write(name, review, terminal.out());
    }
  }

  /**
   * One letter file, at most {@link InputFiles#LETTER_LIMIT} bytes of it, re-reviewed.
   *
   * @throws NotReviewed saying what is wrong when it cannot be read as a letter
   */
  private static LetterReview reviewFile(ReReview reReview, Path file) {
    try {
      return reReview.review(
          LetterParser.standard().parse(InputFiles.read(file, InputFiles.LETTER_LIMIT)));
    } catch (LetterParseException e) {
      throw new NotReviewed(ReviewText.problem(e.problem()));
    } catch (IOException e) {
      throw new NotReviewed(CaseFiles.cannotRead(e));
    }
  }

  /** Why a letter file was not reviewed, in words that quote nothing from it. */
  private static final class NotReviewed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotReviewed(String why) {
      super(why, null, false, false);
    }
  }
}
