package org.openimr.letter;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apiguardian.api.API;
import org.openimr.model.Case;
import org.openimr.model.Decision;
import org.openimr.model.Determination;
import org.openimr.model.ImrOutcome;
import org.openimr.review.ImrReviewer;

/**
 * Re-reviews published letters: parse, build the {@link Case} the letter describes ({@link
 * ParsedLetter#toCase()}), decide it with an {@link ImrReviewer}, and compare each item's decision
 * with the letter's: {@link Agreement#AGREE}, {@link Agreement#DISAGREE} or {@link
 * Agreement#NOT_EVALUABLE} with the reason, and the criteria behind the library's result.
 *
 * <pre>{@code
 * LetterReview review = ReReview.with(ImrReviewer.withDiscoveredEvaluators()).review(letterText);
 * ReReviewReport report = ReReview.with(reviewer).reviewFolder(Path.of("letters"));
 * report.countsByModality();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe when the reviewer is.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ReReview {
  private final ImrReviewer reviewer;
  private final LetterParser parser;

  private ReReview(ImrReviewer reviewer, LetterParser parser) {
    this.reviewer = reviewer;
    this.parser = parser;
  }

  /** Re-reviews with this reviewer and {@link LetterParser#standard()}. */
  public static ReReview with(ImrReviewer reviewer) {
    return new ReReview(reviewer, LetterParser.standard());
  }

  /** Re-reviews with this reviewer and parser. */
  public static ReReview with(ImrReviewer reviewer, LetterParser parser) {
    return new ReReview(reviewer, parser);
  }

  /**
   * Parses and re-reviews one letter.
   *
   * @throws LetterParseException if the text cannot be read as a letter
   */
  public LetterReview review(CharSequence letterText) {
    return review(parser.parse(letterText));
  }

  /** Re-reviews a parsed letter. */
  public LetterReview review(ParsedLetter letter) {
    return review(letter, Optional.empty());
  }

  /**
   * Re-reviews every {@code .txt} file in a folder (not its subfolders), in file-name order, read
   * as UTF-8. A letter that cannot be read is reported with its problem; the batch goes on.
   *
   * @throws IOException if the folder cannot be listed
   */
  public ReReviewReport reviewFolder(Path folder) throws IOException {
    return reviewFolder(folder, letter -> {});
  }

  /**
   * As {@link #reviewFolder(Path)}, handing each letter's review to {@code eachLetter} as soon as
   * it is made, in file-name order, on the calling thread: for a caller that prints results or
   * shows progress as it goes.
   *
   * @throws IOException if the folder cannot be listed
   */
  public ReReviewReport reviewFolder(Path folder, Consumer<? super LetterReview> eachLetter)
      throws IOException {
    List<Path> files;
    try (Stream<Path> listing = Files.list(folder)) {
      files =
          listing
              .filter(Files::isRegularFile)
              .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt"))
              .sorted(Comparator.comparing(p -> p.getFileName().toString()))
              .toList();
    }
    ImmutableReReviewReport.Builder report = ImmutableReReviewReport.builder();
    for (Path file : files) {
      LetterReview letter = reviewFile(file);
      report.addLetters(letter);
      eachLetter.accept(letter);
    }
    return report.build();
  }

  private LetterReview reviewFile(Path file) {
    Optional<String> source = Optional.of(file.getFileName().toString());
    try {
      // Files.size is 0 for pipes and devices: read at most the bound, whatever the size says. A
      // character takes at most four bytes of UTF-8, so a longer file cannot be a letter the
      // parser accepts.
      long limit = 4L * parser.maxLength();
      byte[] bytes;
      try (InputStream in = Files.newInputStream(file)) {
        bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
      }
      if (bytes.length > limit) {
        return unreadable(source, LetterParseException.Problem.TOO_LONG);
      }
      return review(parser.parse(bytes), source);
    } catch (LetterParseException e) {
      return unreadable(source, e.problem());
    } catch (IOException e) {
      return unreadable(source, LetterParseException.Problem.UNREADABLE_FILE);
    }
  }

  private static LetterReview unreadable(
      Optional<String> source, LetterParseException.Problem problem) {
    return ImmutableLetterReview.builder().source(source).unreadable(problem).build();
  }

  private LetterReview review(ParsedLetter letter, Optional<String> source) {
    ImmutableLetterReview.Builder review = ImmutableLetterReview.builder().source(source);
    Case c;
    try {
      c = letter.toCase();
    } catch (LetterParseException e) {
      String reason = "No case could be built from the letter: " + e.getMessage() + ".";
      for (ParsedItem item : letter.items()) {
        review.addItems(compare(item, Optional.empty(), Optional.of(reason)));
      }
      return review.build();
    }
    Determination determination = reviewer.review(c);
    review.determination(determination);
    // one pass over the decisions, then one lookup per item: linear in the number of items
    Map<String, Decision> byItem = new HashMap<>();
    for (Decision d : determination.decisions()) {
      byItem.putIfAbsent(d.itemId(), d);
    }
    for (ParsedItem item : letter.items()) {
      Optional<Decision> decision = Optional.ofNullable(byItem.get(item.id()));
      review.addItems(
          compare(
              item,
              decision,
              decision.isPresent()
                  ? Optional.empty()
                  : Optional.of(
                      "The item's request could not be read as a treatment request with a"
                          + " modality.")));
    }
    return review.build();
  }

  private static ItemComparison compare(
      ParsedItem item, Optional<Decision> decision, Optional<String> noDecision) {
    Optional<ImrOutcome> letterOutcome = item.decision().map(Fact::value);
    ImmutableItemComparison.Builder c =
        ImmutableItemComparison.builder()
            .itemId(item.id())
            .itemName(item.name())
            .modality(item.request().flatMap(r -> r.modality()))
            .letterOutcome(letterOutcome)
            .libraryDecision(decision);
    Optional<ImrOutcome> libraryOutcome = decision.flatMap(Decision::outcome);
    if (noDecision.isPresent()) {
      return c.agreement(Agreement.NOT_EVALUABLE).reason(noDecision.get()).build();
    }
    if (letterOutcome.isEmpty()) {
      return c.agreement(Agreement.NOT_EVALUABLE)
          .reason("The letter states no decision for the item.")
          .build();
    }
    if (libraryOutcome.isEmpty()) {
      String why = decision.flatMap(Decision::notEvaluableReason).orElse("no reason given");
      return c.agreement(Agreement.NOT_EVALUABLE)
          .reason("The library could not decide the item: " + why)
          .build();
    }
    return c.agreement(
            letterOutcome.get() == libraryOutcome.get() ? Agreement.AGREE : Agreement.DISAGREE)
        .build();
  }
}
