package org.openimr.guidelines.mtus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.sessions.JqwikSession;
import org.openimr.model.Case;
import org.openimr.model.CriterionResult;
import org.openimr.model.Decision;
import org.openimr.model.DisputedItem;
import org.openimr.model.GuidelineCitation;
import org.openimr.model.GuidelineEdition;
import org.openimr.spi.Applicability;
import org.openimr.spi.GuidelineEvaluator;

/**
 * Golden recordings of an evaluator family's decisions: every field of every decision on a fixed
 * list of cases, as stable text, in {@code src/test/resources/golden/<family>-decisions.txt}.
 *
 * <p>Design notes: a refactoring that must not change what the evaluators decide (content moved
 * into packs, a criterion reshaped) is checked against a recording made before it. The text names
 * each field ({@code necessity}, {@code criterion}, {@code evidence}, ...) rather than serialising
 * the {@link Decision} with Jackson, so a field added to {@code Decision} later does not invalidate
 * the recording. The evaluator is called directly with the edition in force on the case's effective
 * request date, chosen as the reviewer chooses it, so the recording pins the evaluator family and
 * not the reviewer around it. Run with {@code -D}{@value #RECORD_PROPERTY}{@code =true} to
 * (re)write the file; without it the test compares.
 */
final class GoldenDecisions {
  /** The system property that makes {@link #check} write the recording instead of comparing. */
  static final String RECORD_PROPERTY = "openimr.golden.record";

  /** A case with a name that says where it came from. */
  record NamedCase(String name, Case c) {}

  private GoldenDecisions() {}

  /** {@code count} cases of the arbitrary, the same ones for the same seed and jqwik version. */
  static List<NamedCase> generated(String prefix, Arbitrary<Case> cases, long seed, int count) {
    List<NamedCase> named = new ArrayList<>(count);
    // Generators need a jqwik session outside properties; the seed fixes the sequence.
    JqwikSession.run(
        () -> {
          RandomGenerator<Case> generator = cases.generator(100);
          Random random = new Random(seed);
          for (int i = 0; i < count; i++) {
            named.add(
                new NamedCase(
                    prefix + " #" + i + " (seed " + seed + ")", generator.next(random).value()));
          }
        });
    return named;
  }

  /** Every decision the evaluator makes on the cases' items, as text. */
  static String render(GuidelineEvaluator evaluator, List<NamedCase> cases) {
    StringBuilder out = new StringBuilder(1 << 16);
    for (NamedCase named : cases) {
      Case c = named.c();
      for (DisputedItem item : c.disputedItems()) {
        out.append("## ").append(named.name()).append(" / item ").append(item.id()).append('\n');
        out.append("requested as: ").append(item.requestedAs()).append('\n');
        Optional<LocalDate> date = c.effectiveRequestDate();
        out.append("request date: ").append(date.map(LocalDate::toString).orElse("none"));
        out.append('\n');
        Applicability applicability = evaluator.applicability(c, item);
        if (!applicability.applies()) {
          out.append("does not apply: ").append(applicability.reason()).append("\n\n");
          continue;
        }
        Optional<GuidelineEdition> edition = date.flatMap(d -> inForce(evaluator, d));
        if (edition.isEmpty()) {
          out.append("no edition in force\n\n");
          continue;
        }
        out.append("edition: ").append(edition(edition.get())).append('\n');
        write(out, evaluator.evaluate(c, item, edition.get()));
        out.append('\n');
      }
    }
    return out.toString();
  }

  /**
   * Compares the text with the family's recording, or writes it when {@value #RECORD_PROPERTY} is
   * {@code true}.
   */
  static void check(String family, String text) {
    Path file = Path.of("src", "test", "resources", "golden", family + "-decisions.txt");
    try {
      if (Boolean.getBoolean(RECORD_PROPERTY)) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return;
      }
      assertThat(file)
          .as("golden recording %s; record it with -D%s=true", file, RECORD_PROPERTY)
          .exists();
      String recorded = Files.readString(file, StandardCharsets.UTF_8);
      // Compared line by line, so a difference is reported where it is rather than as one blob.
      assertThat(text.lines().toList())
          .as("decisions differ from the golden recording %s", file)
          .containsExactlyElementsOf(recorded.lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Optional<GuidelineEdition> inForce(GuidelineEvaluator evaluator, LocalDate date) {
    for (GuidelineEdition e : evaluator.editions()) {
      if (e.inForceOn(date)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  private static void write(StringBuilder out, Decision d) {
    out.append("item: ").append(d.itemId()).append('\n');
    out.append("necessity: ").append(d.necessity()).append('\n');
    out.append("outcome: ").append(d.outcome().map(Enum::name).orElse("none")).append('\n');
    out.append("evaluator: ")
        .append(d.evaluatorId())
        .append(' ')
        .append(d.evaluatorVersion())
        .append('\n');
    d.notEvaluableReason().ifPresent(r -> out.append("not evaluable: ").append(r).append('\n'));
    d.content()
        .ifPresent(
            s ->
                out.append("content: ")
                    .append(s.id())
                    .append(' ')
                    .append(s.version())
                    .append(' ')
                    .append(s.sha256())
                    .append('\n'));
    for (CriterionResult c : d.criteria()) {
      out.append("criterion: ").append(c.id()).append(' ').append(c.status()).append('\n');
      out.append("  description: ").append(c.description()).append('\n');
      for (String e : c.evidence()) {
        out.append("  evidence: ").append(e).append('\n');
      }
      out.append("  citation: ").append(citation(c.citation())).append('\n');
    }
    out.append("rationale: ").append(d.rationale()).append('\n');
    for (GuidelineCitation c : d.citations()) {
      out.append("cites: ").append(citation(c)).append('\n');
    }
  }

  private static String citation(GuidelineCitation c) {
    return c.section() + " | " + c.title() + " | " + edition(c.edition());
  }

  private static String edition(GuidelineEdition e) {
    return e.source()
        + " | "
        + e.title()
        + " | "
        + e.label()
        + " | "
        + e.effectiveFrom()
        + ".."
        + e.effectiveTo().map(LocalDate::toString).orElse("");
  }
}
