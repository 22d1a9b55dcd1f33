package org.openimr.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openimr.model.BodyRegion;
import org.openimr.model.Case;
import org.openimr.model.FunctionalElement;
import org.openimr.model.InvalidCaseException;
import org.openimr.model.Modality;
import org.openimr.model.Sex;
import org.openimr.model.UrOutcome;
import org.openimr.model.Violation;

class ImrJsonTest {
  private static final ObjectMapper PLAIN = new ObjectMapper();
  private final ImrJson json = ImrJson.standard();

  static String seedJson() {
    try (InputStream in = ImrJsonTest.class.getResourceAsStream("seed-case.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void theSeedLettersCaseReadsWithEveryFactTheLetterStates() {
    Case c = json.readCase(seedJson());

    assertThat(c.patient().age()).isEqualTo(61);
    assertThat(c.patient().sex()).isEqualTo(Sex.FEMALE);
    assertThat(c.patient().occupation()).contains("nurse");
    assertThat(c.dateOfInjury()).isEqualTo(LocalDate.of(2013, 10, 10));
    assertThat(c.injuredRegions()).containsExactly(BodyRegion.THORACIC_SPINE);
    assertThat(c.treatmentHistory())
        .extracting(t -> t.modality(), t -> t.sessionsCompleted().orElseThrow())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Modality.PHYSICAL_THERAPY, 12),
            org.assertj.core.groups.Tuple.tuple(Modality.ACUPUNCTURE, 6));
    assertThat(c.functionalImprovement())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.element()).isEqualTo(FunctionalElement.GLOBAL_IMPROVEMENT_REPORT);
              assertThat(e.objective()).isFalse();
            });
    assertThat(c.disputedItems())
        .singleElement()
        .satisfies(
            item -> {
              assertThat(item.requestedAs()).isEqualTo("Acupuncture 3x4");
              assertThat(item.request().totalSessions()).isEqualTo(12);
              assertThat(item.urDecision().outcome()).isEqualTo(UrOutcome.DENIED);
            });
    assertThat(c.violations()).isEmpty();
  }

  @Test
  void aCaseWrittenAndReadBackIsEqual() {
    Case c = json.readCase(seedJson());
    assertThat(json.readCase(json.write(c))).isEqualTo(c);
    assertThat(json.readCase(json.writeBytes(c))).isEqualTo(c);
    assertThat(json.readCase(json.writePretty(c))).isEqualTo(c);
  }

  @Test
  void datesAreWrittenAsIsoStringsAndEnumsByName() {
    String written = json.write(json.readCase(seedJson()));
    assertThat(written)
        .contains("\"dateOfInjury\":\"2013-10-10\"")
        .contains("\"sex\":\"FEMALE\"")
        .contains("\"modality\":\"ACUPUNCTURE\"");
  }

  static Stream<Arguments> badCases() {
    return Stream.of(
        bad("case number missing", c -> c.remove("caseNumber"), "$.caseNumber", "is required"),
        bad(
            "age is text",
            c -> patient(c).put("age", "sixty"),
            "$.patient.age",
            "must be a whole number"),
        bad(
            "age negative",
            c -> patient(c).put("age", -1),
            "$.patient.age",
            "must be between 0 and 120"),
        bad(
            "unknown sex",
            c -> patient(c).put("sex", "F"),
            "$.patient.sex",
            "must be one of FEMALE, MALE, OTHER, NOT_DOCUMENTED"),
        bad(
            "date not ISO",
            c -> c.put("dateOfInjury", "10/10/13"),
            "$.dateOfInjury",
            "must be an ISO-8601 date (yyyy-MM-dd)"),
        bad(
            "injury after request",
            c -> c.put("dateOfInjury", "2014-03-01"),
            "$.requestDate",
            "must not be before dateOfInjury"),
        bad(
            "UR decision before request",
            c -> c.put("urDecisionDate", "2014-01-01"),
            "$.urDecisionDate",
            "must not be before requestDate"),
        bad(
            "negative sessions completed",
            c -> history(c, 1).put("sessionsCompleted", -2),
            "$.treatmentHistory[1].sessionsCompleted",
            "must not be negative"),
        bad(
            "completed above authorized",
            c -> history(c, 1).put("sessionsAuthorized", 4),
            "$.treatmentHistory[1].sessionsCompleted",
            "must not exceed sessionsAuthorized"),
        bad(
            "frequency above 7 a week",
            c -> frequency(c).put("min", 8).put("max", 8),
            "$.disputedItems[0].request.frequency.max",
            "must be between 1 and 7 sessions per week"),
        bad(
            "frequency below 1 a week",
            c -> frequency(c).put("min", 0),
            "$.disputedItems[0].request.frequency.min",
            "must be between 1 and 7 sessions per week"),
        bad(
            "unknown modality",
            c -> request(c).put("modality", "REIKI"),
            "$.disputedItems[0].request.modality",
            "must be one of ACUPUNCTURE"),
        bad(
            "disputed item without modality",
            c -> request(c).remove("modality"),
            "$.disputedItems[0].request.modality",
            "is required for a disputed item"),
        bad(
            "no disputed items",
            c -> c.putArray("disputedItems"),
            "$.disputedItems",
            "must list at least one item"),
        bad(
            "modified without approved sessions",
            c -> item(c).with("urDecision").put("outcome", "MODIFIED"),
            "$.disputedItems[0].urDecision.approvedSessions",
            "is required when outcome is MODIFIED"),
        bad(
            "unknown field, named by position: the seed case has 12 fields",
            c -> c.put("sessionCount", 3),
            "$.<field 13>",
            "is not a known field"),
        bad(
            "list is an object",
            c -> c.putObject("treatmentHistory"),
            "$.treatmentHistory",
            "must be an array"),
        bad(
            "total above frequency times weeks",
            c -> request(c).put("totalSessions", 20),
            "$.disputedItems[0].request.totalSessions",
            "must not exceed frequency.max times weeks"));
  }

  private static Arguments bad(
      String name, Consumer<ObjectNode> mutation, String path, String message) {
    return Arguments.of(name, mutation, path, message);
  }

  @ParameterizedTest(name = "{0}: {2} {3}")
  @MethodSource("badCases")
  void badInputIsReportedWithItsPathAndRule(
      String name, Consumer<ObjectNode> mutation, String path, String message) throws Exception {
    ObjectNode tree = (ObjectNode) PLAIN.readTree(seedJson());
    mutation.accept(tree);

    InvalidCaseException e =
        catchThrowableOfType(
            InvalidCaseException.class, () -> json.readCase(PLAIN.writeValueAsString(tree)));

    assertThat(e).as(name).isNotNull();
    assertThat(e.violations())
        .anySatisfy(
            v -> {
              assertThat(v.path()).isEqualTo(path);
              assertThat(v.message()).startsWith(message);
            });
  }

  @Test
  void everyProblemIsReportedAtOnce() throws Exception {
    ObjectNode tree = (ObjectNode) PLAIN.readTree(seedJson());
    tree.remove("caseNumber");
    patient(tree).put("sex", "F");
    frequency(tree).put("min", "three");
    tree.put("dateOfInjury", "yesterday");

    InvalidCaseException e =
        catchThrowableOfType(
            InvalidCaseException.class, () -> json.readCase(PLAIN.writeValueAsString(tree)));

    assertThat(e.violations())
        .extracting(Violation::path)
        .containsExactlyInAnyOrder(
            "$.caseNumber",
            "$.patient.sex",
            "$.dateOfInjury",
            "$.disputedItems[0].request.frequency.min");
  }

  @Test
  void everyRuleBrokenByAWellFormedCaseIsReportedAtOnce() throws Exception {
    ObjectNode tree = (ObjectNode) PLAIN.readTree(seedJson());
    tree.put("urDecisionDate", "2014-01-01");
    history(tree, 0).put("sessionsAuthorized", 3);
    frequency(tree).put("max", 9);

    InvalidCaseException e =
        catchThrowableOfType(
            InvalidCaseException.class, () -> json.readCase(PLAIN.writeValueAsString(tree)));

    assertThat(e.violations())
        .extracting(Violation::path)
        .contains(
            "$.urDecisionDate",
            "$.treatmentHistory[0].sessionsCompleted",
            "$.disputedItems[0].request.frequency.max");
    assertThat(e).hasMessageStartingWith(e.violations().size() + " problems in case: ");
  }

  @ParameterizedTest(name = "malformed input {index} is one InvalidCaseException")
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {"", "   ", "{", "[1,2]", "null", "\"text\"", "{\"a\":}", "{} {}", "\u0000\u0001"})
  void malformedJsonIsOneDocumentedException(String input) {
    assertThatThrownBy(() -> json.readCase(input)).isInstanceOf(InvalidCaseException.class);
  }

  @Test
  void deeplyNestedInputIsRefusedByTheDepthLimit() {
    String deep = "[".repeat(10_000) + "]".repeat(10_000);
    assertThatThrownBy(() -> json.readCase(deep))
        .isInstanceOf(InvalidCaseException.class)
        .hasMessageContaining("limit");
  }

  @Test
  void aStreamLargerThanTheDocumentLimitIsRefusedWithoutReadingItAll() {
    java.io.InputStream endless =
        new java.io.InputStream() {
          @Override
          public int read() {
            return ' ';
          }
        };
    assertThatThrownBy(() -> json.readCase(endless))
        .isInstanceOf(InvalidCaseException.class)
        .hasMessageContaining("exceeds a size");
  }

  @Test
  void aCaseReadFromAStreamEqualsTheSameCaseReadFromText() {
    byte[] bytes = seedJson().getBytes(StandardCharsets.UTF_8);
    assertThat(json.readCase(new java.io.ByteArrayInputStream(bytes)))
        .isEqualTo(json.readCase(seedJson()));
  }

  @Test
  void patientDataNeverAppearsInErrorMessages() throws Exception {
    String marker = "ZQXMARKER";
    ObjectNode tree = (ObjectNode) PLAIN.readTree(seedJson());
    patient(tree).put("name", marker + " Name");
    patient(tree).put("claimNumber", marker + "-123");
    patient(tree).put("dateOfBirth", marker);
    patient(tree).put("sex", marker);
    tree.put("caseNumber", 12);
    history(tree, 0).put("documentedOutcome", 7);
    tree.put(marker, marker);

    InvalidCaseException e =
        catchThrowableOfType(
            InvalidCaseException.class, () -> json.readCase(PLAIN.writeValueAsString(tree)));

    assertThat(e.getMessage()).doesNotContain(marker + " Name", marker + "-123", "ZQXMARKER\"");
    assertThat(e.getMessage()).doesNotContain(marker);
    assertThat(e.violations())
        .allSatisfy(
            v -> {
              assertThat(v.message()).doesNotContain(marker);
              assertThat(v.path()).doesNotContain(marker);
            });
  }

  @Test
  void malformedJsonMessagesDoNotQuoteTheInput() {
    assertThatThrownBy(() -> json.readCase("{\"caseNumber\": ZQXMARKER}"))
        .isInstanceOf(InvalidCaseException.class)
        .hasMessageNotContaining("ZQXMARKER");
  }

  private static ObjectNode patient(ObjectNode c) {
    return (ObjectNode) c.get("patient");
  }

  private static ObjectNode history(ObjectNode c, int index) {
    return (ObjectNode) ((ArrayNode) c.get("treatmentHistory")).get(index);
  }

  private static ObjectNode item(ObjectNode c) {
    return (ObjectNode) ((ArrayNode) c.get("disputedItems")).get(0);
  }

  private static ObjectNode request(ObjectNode c) {
    return (ObjectNode) item(c).get("request");
  }

  private static ObjectNode frequency(ObjectNode c) {
    JsonNode f = request(c).get("frequency");
    return (ObjectNode) f;
  }
}
