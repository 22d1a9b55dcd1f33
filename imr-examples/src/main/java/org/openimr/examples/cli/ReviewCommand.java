package org.openimr.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.openimr.json.ImrJson;
import org.openimr.letter.LetterParseException;
import org.openimr.letter.LetterParser;
import org.openimr.letter.LetterReview;
import org.openimr.letter.ReReview;
import org.openimr.letter.ReReviewReport;
import org.openimr.review.ImrReviewer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code imr review LETTER.txt|DIR}: parses published final determination letters, decides each
 * letter's items again with the discovered evaluators, and prints per item the letter's outcome,
 * the library's, whether they agree and the criteria behind the library's result; for a folder also
 * the totals by modality.
 *
 * <p>Design notes: the work is {@link ReReview}'s; this class only reads the file, prints and
 * counts. A folder is {@link ReReview#reviewFolder(Path, java.util.function.Consumer)}, whose
 * callback prints each letter as it is reviewed, above the progress line. A letter that cannot be
 * read is named with what is wrong with it, on standard error and in the output, and the command
 * goes on and exits with 1 at the end. Nothing printed quotes letter text beyond an item's name:
 * the parser's problems and the library's reasons name what is missing, never values.
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
          + " with 1."
    })
final class ReviewCommand implements Callable<Integer> {
  private final Terminal terminal;

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

  ReviewCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    Path in = Objects.requireNonNull(input, "input");
    if (!Files.exists(in)) {
      throw new UserError(in + ": no such file or directory");
    }
    ReReview reReview = ReReview.with(ImrReviewer.withDiscoveredEvaluators());
    return Files.isDirectory(in) ? folder(reReview, in) : letter(reReview, in);
  }

  private int letter(ReReview reReview, Path file) {
    LetterReview review = reviewFile(reReview, file);
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
    Progress shown =
        Progress.start(terminal, progress, "imr review", "letters", OptionalLong.empty());
    ReReviewReport report;
    try {
      report =
          reReview.reviewFolder(
              folder,
              review -> {
                String name = folder.resolve(review.source().orElse("?")).toString();
                Optional<String> problem = ReviewText.problem(review);
                if (problem.isPresent()) {
                  shown.message("imr review: " + name + ": " + problem.get());
                }
                shown.above(
                    () -> {
                      print(name, review);
                      out.flush();
                    });
                shown.step();
              });
    } catch (IOException e) {
      throw new UserError(folder + ": " + CaseFiles.cannotRead(e));
    } catch (UncheckedIOException e) {
      throw new UserError(folder + ": " + CaseFiles.cannotRead(e.getCause()));
    }
    shown.finish();
    long unread = report.letters().stream().filter(l -> ReviewText.problem(l).isPresent()).count();
    if (json) {
      out.println(ImrJson.standard().write(ReviewText.totalsJson(report, unread)));
    } else {
      ReviewText.totals(report, unread, out);
    }
    return unread == 0 ? Imr.OK : Imr.INVALID_INPUT;
  }

  private void print(String name, LetterReview review) {
    if (json) {
      terminal.out().println(ImrJson.standard().write(ReviewText.json(name, review)));
    } else {
      ReviewText.write(name, review, terminal.out());
    }
  }

  /**
   * One letter file, re-reviewed.
   *
   * @throws UserError naming the file and what is wrong when it cannot be read as a letter
   */
  private static LetterReview reviewFile(ReReview reReview, Path file) {
    LetterParser parser = LetterParser.standard();
    try {
      // UTF-8 takes at most four bytes a character: a larger file is too long to parse.
      if (Files.size(file) / 4 > parser.maxLength()) {
        throw new UserError(
            file + ": " + ReviewText.problem(LetterParseException.Problem.TOO_LONG));
      }
      return reReview.review(parser.parse(Files.readAllBytes(file)));
    } catch (LetterParseException e) {
      throw new UserError(file + ": " + ReviewText.problem(e.problem()));
    } catch (IOException e) {
      throw new UserError(file + ": " + CaseFiles.cannotRead(e));
    }
  }
}
