package org.openimr.benchmarks;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.apiguardian.api.API;
import org.openimr.letter.LetterParser;
import org.openimr.letter.LetterRenderer;
import org.openimr.letter.LetterReview;
import org.openimr.letter.ParsedLetter;
import org.openimr.letter.ReReview;
import org.openimr.model.Case;
import org.openimr.model.Determination;
import org.openimr.review.ImrReviewer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Final determination letters: rendering a determination as plain text, parsing the published seed
 * letter, and parsing the seed letter with its clinical case summary repeated {@code scale} times,
 * to show that parsing time grows linearly with the letter's length; re-reviewing the seed letter
 * with its disputed item repeated {@code items} times, to show that re-review time grows linearly
 * with the number of items (time per item the same at both sizes).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@API(status = INTERNAL)
public class LetterBenchmark {
  private static final String SUMMARY_START = "The patient is a";
  private static final String SUMMARY_END = "IMR ISSUES, DECISIONS AND RATIONALES";
  private static final String ITEM_START = "Acupuncture 3x4:";

  /** Generated cases with their determinations, and a renderer. */
  @State(Scope.Thread)
  @API(status = INTERNAL)
  public static class Determinations {
    final LetterRenderer renderer =
        LetterRenderer.builder().organization("Example Review Organization").build();
    private Case[] cases = new Case[0];
    private Determination[] determinations = new Determination[0];
    private int next;

    @Setup
    public void setUp() {
      ImrReviewer reviewer = ImrReviewer.withDiscoveredEvaluators();
      List<Case> sample = Inputs.sample(DecisionBenchmark.cases(), 256);
      cases = sample.toArray(Case[]::new);
      determinations = sample.stream().map(reviewer::review).toArray(Determination[]::new);
    }
  }

  /** The seed letter, its clinical case summary repeated {@code scale} times. */
  @State(Scope.Benchmark)
  @API(status = INTERNAL)
  public static class Letters {
    @Param({"1", "4", "16"})
    public int scale;

    final LetterParser parser = LetterParser.standard();
    String text = "";

    @Setup
    public void setUp() {
      text = scaled(seedLetter(), scale);
    }
  }

  /** The seed letter, its one disputed item (heading to rationale) repeated {@code items} times. */
  @State(Scope.Benchmark)
  @API(status = INTERNAL)
  public static class ReReviewLetters {
    /** Two sizes within the case rule's 100 items: throughput should fall five-fold, no more. */
    @Param({"20", "100"})
    public int items;

    final ReReview reReview = ReReview.with(ImrReviewer.withDiscoveredEvaluators());
    String text = "";

    @Setup
    public void setUp() {
      text = withItems(seedLetter(), items);
    }
  }

  @Benchmark
  public LetterReview reReviewLetter(ReReviewLetters letters) {
    return letters.reReview.review(letters.text);
  }

  @Benchmark
  public String renderPlainText(Determinations d) {
    int i = d.next;
    d.next = (i + 1) & (d.cases.length - 1);
    return d.renderer.plainText(d.cases[i], d.determinations[i]);
  }

  @Benchmark
  public ParsedLetter parseSeedLetter(Letters letters) {
    return letters.parser.parse(letters.text);
  }

  static String seedLetter() {
    try (InputStream in =
        Objects.requireNonNull(
            LetterBenchmark.class.getResourceAsStream("/seed-letter.txt"), "seed-letter.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The letter with its disputed item, from its heading to the letter's end, repeated. */
  static String withItems(String letter, int items) {
    int start = letter.indexOf(ITEM_START);
    if (start < 0) {
      throw new IllegalStateException("the seed letter's disputed item was not found");
    }
    return letter.substring(0, start) + letter.substring(start).repeat(items);
  }

  /** The letter with the summary paragraph(s) between the two markers repeated. */
  static String scaled(String letter, int scale) {
    int start = letter.indexOf(SUMMARY_START);
    int end = letter.indexOf(SUMMARY_END);
    if (start < 0 || end < start) {
      throw new IllegalStateException("the seed letter's clinical case summary was not found");
    }
    String summary = letter.substring(start, end);
    return letter.substring(0, start) + summary.repeat(scale) + letter.substring(end);
  }
}
