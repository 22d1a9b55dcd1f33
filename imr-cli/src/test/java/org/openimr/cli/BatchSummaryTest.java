package org.openimr.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openimr.json.ImrJson;
import org.openimr.model.Case;
import org.openimr.model.CriterionResult;
import org.openimr.model.Decision;
import org.openimr.model.Determination;
import org.openimr.review.ImrReviewer;
import org.openimr.testkit.ImrArbitraries;
import org.openimr.testkit.InvalidCase;

/**
 * {@code imr batch --format summary}: one line per disputed item, with the decision's necessity,
 * outcome and adverse criterion ids, valid under {@code batch-summary.schema.json}; invalid and
 * unreadable cases keep their full line.
 */
class BatchSummaryTest {
  private final ImrReviewer reviewer = ImrReviewer.withDiscoveredEvaluators();
  private final BatchRun summary = new BatchRun(reviewer, 1, BatchRun.Format.SUMMARY);

  @TempDir Path dir;

  private static String seed() throws IOException {
    return Files.readString(
        JsonSchemasTest.ROOT.resolve(
            "imr-testkit/src/main/resources/org/openimr/testkit/cases/seed-case.json"));
  }

  private List<JsonNode> lines(CaseInput input) {
    String text = new String(summary.review(input).line(), UTF_8);
    List<JsonNode> lines = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      assertThat(Schemas.errors(Schemas.BATCH_SUMMARY, line)).isEmpty();
      lines.add(Schemas.parse(line));
    }
    return lines;
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(n -> texts.add(n.textValue()));
    return texts;
  }

  private static List<String> failingIds(Decision decision) {
    return decision.adverseCriteria().map(CriterionResult::id).toList();
  }

  @Test
  void theSeedCaseGetsOneLinePerItemWithItsFailingCriteriaAndNoCaseValue() throws IOException {
    String seed = seed();
    Case c = ImrJson.standard().readCase(seed);
    Determination expected = reviewer.review(c);

    List<JsonNode> lines =
        lines(new CaseInput(7, "cases.jsonl line 7", () -> ImrJson.standard().readCase(seed)));

    assertThat(lines).hasSameSizeAs(c.disputedItems());
    for (int i = 0; i < lines.size(); i++) {
      JsonNode line = lines.get(i);
      Decision decision = expected.decisions().get(i);
      assertThat(line.get("case").asLong()).isEqualTo(7);
      assertThat(line.get("source").textValue()).isEqualTo("cases.jsonl line 7");
      assertThat(line.get("item").textValue()).isEqualTo(c.disputedItems().get(i).id());
      assertThat(line.get("necessity").textValue()).isEqualTo(decision.necessity().name());
      assertThat(Optional.ofNullable(line.get("outcome")).map(JsonNode::textValue))
          .isEqualTo(decision.outcome().map(Enum::name));
      assertThat(texts(line.get("failing"))).isEqualTo(failingIds(decision));
      // the case number and the patient are left out: only the input's own names identify a case
      assertThat(line.toString()).doesNotContain(c.caseNumber());
      assertThat(Iterators.names(line)).containsExactlyInAnyOrder(expectedFields(decision));
    }
  }

  private static String[] expectedFields(Decision decision) {
    return decision.outcome().isPresent()
        ? new String[] {"case", "source", "item", "necessity", "outcome", "failing"}
        : new String[] {"case", "source", "item", "necessity", "failing"};
  }

  @Test
  void theSeedCaseIsUpheldBecauseOfTheCriteriaItsDeterminationNamesAsNotMet() throws IOException {
    // The seed letter upholds the denial of its acupuncture request: the summary says so and names
    // the adverse criteria the full determination lists.
    String seed = seed();
    Determination full = reviewer.review(ImrJson.standard().readCase(seed));

    List<JsonNode> lines = lines(new CaseInput(1, "seed", () -> ImrJson.standard().readCase(seed)));

    assertThat(lines.get(0).get("outcome").textValue()).isEqualTo("UPHELD");
    assertThat(texts(lines.get(0).get("failing")))
        .isNotEmpty()
        .isEqualTo(failingIds(full.decisions().get(0)));
  }

  @Test
  void anInvalidCaseAndAnUnreadableInputKeepTheirFullLines() {
    List<JsonNode> invalid =
        lines(new CaseInput(2, "a line", () -> ImrJson.standard().readCase("{}")));
    List<JsonNode> unreadable =
        lines(
            new CaseInput(
                3,
                "b.json",
                () -> {
                  throw new AccessDeniedException("b.json");
                }));

    assertThat(invalid).hasSize(1);
    assertThat(invalid.get(0).has("violations")).isTrue();
    assertThat(unreadable).hasSize(1);
    assertThat(unreadable.get(0).get("error").textValue()).isNotBlank();
  }

  @Test
  void aSourceWithQuotesBackslashesAndControlCharactersIsWrittenAsAJsonString() throws IOException {
    String seed = seed();
    String source = "dir\\\"odd\"\u0001\t\u00e9\u2028 name.jsonl line 1";

    List<JsonNode> lines = lines(new CaseInput(1, source, () -> ImrJson.standard().readCase(seed)));

    assertThat(lines)
        .allSatisfy(line -> assertThat(line.get("source").textValue()).isEqualTo(source));
  }

  @Test
  void theSchemaRefusesASummaryLineWithoutFailingOrWithAnOutcomeThatContradictsItsNecessity()
      throws IOException {
    String seed = seed();
    ObjectNode line =
        (ObjectNode)
            lines(new CaseInput(1, "seed", () -> ImrJson.standard().readCase(seed))).get(0);
    assertThat(Schemas.BATCH_SUMMARY.validate(line)).isEmpty();

    ObjectNode withoutFailing = line.deepCopy();
    withoutFailing.remove("failing");
    ObjectNode contradiction = line.deepCopy();
    contradiction.put("necessity", "NECESSARY");
    ObjectNode notEvaluableWithOutcome = line.deepCopy();
    notEvaluableWithOutcome.put("necessity", "NOT_EVALUABLE");
    ObjectNode alsoAnError = line.deepCopy();
    alsoAnError.put("error", "cannot be read");
    ObjectNode withDetermination = line.deepCopy();
    withDetermination.putObject("determination");
    ObjectNode caseZero = line.deepCopy();
    caseZero.put("case", 0);

    for (ObjectNode bad :
        List.of(
            withoutFailing,
            contradiction,
            notEvaluableWithOutcome,
            alsoAnError,
            withDetermination,
            caseZero)) {
      assertThat(Schemas.BATCH_SUMMARY.validate(bad)).as(bad.toString()).isNotEmpty();
    }
  }

  @Test
  void theCommandLineWritesTheSummaryWithFormatSummaryAndRefusesAnUnknownFormat()
      throws IOException {
    Path input = Files.writeString(dir.resolve("cases.jsonl"), seed().replace("\n", "") + "\n");

    Cli.Run full = Cli.imr("batch", input.toString());
    Cli.Run compact = Cli.imr("batch", "--format", "summary", input.toString());
    Cli.Run unknown = Cli.imr("batch", "--format", "csv", input.toString());

    assertThat(full.exitCode()).isZero();
    assertThat(full.out()).contains("\"determination\"");
    assertThat(compact.exitCode()).isZero();
    assertThat(compact.out()).doesNotContain("\"determination\"").contains("\"failing\"");
    assertThat(compact.out().lines())
        .hasSize(ImrJson.standard().readCase(seed()).disputedItems().size())
        .allSatisfy(line -> assertThat(Schemas.errors(Schemas.BATCH_SUMMARY, line)).isEmpty());
    assertThat(compact.err()).isEqualTo(full.err());
    assertThat(unknown.exitCode()).isNotZero();
    assertThat(unknown.err()).contains("--format must be full or summary").doesNotContain("csv");
  }

  // ---- properties --------------------------------------------------------------------------

  /** A generated case as a batch input: valid, invalid, or (null) unreadable. */
  record Input(Optional<Case> valid, Optional<InvalidCase> invalid) {}

  @Provide
  Arbitrary<List<Input>> batches() {
    Arbitrary<Input> one =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(
                6, ImrArbitraries.cases().map(c -> new Input(Optional.of(c), Optional.empty()))),
            net.jqwik.api.Tuple.of(
                2,
                ImrArbitraries.invalidCases()
                    .map(i -> new Input(Optional.empty(), Optional.of(i)))),
            net.jqwik.api.Tuple.of(
                1, Arbitraries.just(new Input(Optional.empty(), Optional.empty()))));
    return one.list().ofMinSize(1).ofMaxSize(12);
  }

  @Property(tries = 60)
  void everyItemOfEveryCaseAppearsExactlyOnceInOrderWithItsDecisionsFailingIds(
      @ForAll("batches") List<Input> batch, @ForAll @IntRange(min = 1, max = 3) int threads)
      throws IOException {
    List<CaseInput> inputs = new ArrayList<>();
    for (int i = 0; i < batch.size(); i++) {
      Input input = batch.get(i);
      long number = i + 1;
      if (input.valid().isPresent()) {
        String json = ImrJson.standard().write(input.valid().get());
        inputs.add(new CaseInput(number, "in " + number, () -> ImrJson.standard().readCase(json)));
      } else if (input.invalid().isPresent()) {
        String json = ImrJson.standard().write(input.invalid().get().aCase());
        inputs.add(new CaseInput(number, "in " + number, () -> ImrJson.standard().readCase(json)));
      } else {
        inputs.add(
            new CaseInput(
                number,
                "in " + number,
                () -> {
                  throw new AccessDeniedException("x");
                }));
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BatchRun.Counts counts =
        new BatchRun(reviewer, threads, BatchRun.Format.SUMMARY)
            .run(ListInputs.of(inputs), out, problems -> {});

    List<String> expected = new ArrayList<>();
    for (int i = 0; i < batch.size(); i++) {
      Input input = batch.get(i);
      String prefix = (i + 1) + "|";
      if (input.valid().isPresent()) {
        for (Decision d : reviewer.review(input.valid().get()).decisions()) {
          expected.add(
              prefix
                  + d.itemId()
                  + "|"
                  + d.necessity()
                  + "|"
                  + d.outcome().map(Enum::name).orElse("-")
                  + "|"
                  + failingIds(d));
        }
      } else if (input.invalid().isPresent()) {
        expected.add(prefix + "violations");
      } else {
        expected.add(prefix + "error");
      }
    }
    List<String> actual = new ArrayList<>();
    for (String text : out.toString(UTF_8).split("\n")) {
      assertThat(Schemas.errors(Schemas.BATCH_SUMMARY, text)).isEmpty();
      JsonNode line = Schemas.parse(text);
      String prefix = line.get("case").asLong() + "|";
      if (line.has("item")) {
        actual.add(
            prefix
                + line.get("item").textValue()
                + "|"
                + line.get("necessity").textValue()
                + "|"
                + (line.has("outcome") ? line.get("outcome").textValue() : "-")
                + "|"
                + texts(line.get("failing")));
      } else {
        actual.add(prefix + (line.has("violations") ? "violations" : "error"));
      }
    }
    assertThat(actual).isEqualTo(expected);
    assertThat(counts.items())
        .isEqualTo(actual.stream().filter(a -> a.split("\\|").length > 2).count());
  }

  /** The field names of a JSON object. */
  private static final class Iterators {
    static List<String> names(JsonNode node) {
      List<String> names = new ArrayList<>();
      node.fieldNames().forEachRemaining(names::add);
      return names;
    }
  }

  /** Given inputs, in order. */
  private static final class ListInputs implements CaseInputs {
    private final List<CaseInput> inputs;
    private int next;

    private ListInputs(List<CaseInput> inputs) {
      this.inputs = inputs;
    }

    static ListInputs of(List<CaseInput> inputs) {
      return new ListInputs(inputs);
    }

    @Override
    public Optional<CaseInput> next() {
      return next < inputs.size() ? Optional.of(inputs.get(next++)) : Optional.empty();
    }

    @Override
    public void close() {}
  }
}
