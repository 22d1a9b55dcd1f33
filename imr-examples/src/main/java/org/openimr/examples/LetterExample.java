package org.openimr.examples;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apiguardian.api.API;
import org.openimr.letter.ItemComparison;
import org.openimr.letter.LetterParser;
import org.openimr.letter.LetterRenderer;
import org.openimr.letter.LetterReview;
import org.openimr.letter.ParsedLetter;
import org.openimr.letter.ReReview;
import org.openimr.model.Case;
import org.openimr.model.Determination;
import org.openimr.model.ImrOutcome;
import org.openimr.review.ImrReviewer;

/** The letter examples of docs/letters.md, compiled and run by {@code LetterExampleTest}. */
@API(status = INTERNAL)
public final class LetterExample {
  private LetterExample() {}

  public static void main(String[] args) throws IOException {
    reReview(
        Path.of(
            args.length > 0
                ? args[0]
                : "imr-testkit/src/main/resources/org/openimr/testkit/letters/seed-letter.txt"),
        ImrReviewer.withDiscoveredEvaluators(),
        System.out);
  }

  static void reReview(Path letterFile, ImrReviewer reviewer, PrintStream out) throws IOException {
    // tag::rereview[]
    ParsedLetter letter = LetterParser.standard().parse(Files.readString(letterFile));
    letter
        .facts()
        .age()
        .ifPresent(age -> out.println("age " + age.value() + " (\"" + age.span().text() + "\")"));
    LetterReview review = ReReview.with(reviewer).review(letter);
    for (ItemComparison item : review.items()) {
      out.println(
          item.itemName()
              + ": letter "
              + item.letterOutcome().map(ImrOutcome::displayName).orElse("-")
              + ", library "
              + item.libraryOutcome().map(ImrOutcome::displayName).orElse("-")
              + ", "
              + item.agreement());
      item.adverseCriteria().forEach(c -> out.println("  " + c.id() + " " + c.status()));
    }
    // end::rereview[]
  }

  static String render(Case imrCase, Determination determination) {
    // tag::render[]
    LetterRenderer renderer =
        LetterRenderer.builder()
            .organization("MAXIMUS Federal Services")
            .guidelineLabel("MAXIMUS")
            .build();
    String letter = renderer.plainText(imrCase, determination);
    // end::render[]
    return letter;
  }
}
