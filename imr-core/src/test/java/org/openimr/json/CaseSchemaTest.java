package org.openimr.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openimr.json.SchemaFiles.CASE_SCHEMA;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openimr.model.Case;
import org.openimr.model.Diagnosis;
import org.openimr.model.FrequencyRange;
import org.openimr.model.InvalidCaseException;
import org.openimr.model.TreatmentRequest;

/**
 * The case schema ({@value SchemaFiles#CASE}) and {@link ImrJson#readCase} agree: on the seed case,
 * at every bound, on every enum constant and field name, and on the two patterns that stand in for
 * Java code (dates, and text that is not blank).
 */
class CaseSchemaTest {
  private static final JsonNode SCHEMA = SchemaFiles.tree(SchemaFiles.CASE);
  private static final JsonNode SEED = SchemaFiles.tree("org/openimr/json/seed-case.json");

  @Test
  void theSeedCaseIsValidUnderTheSchema() {
    assertThat(CASE_SCHEMA.validate(SEED)).isEmpty();
  }

  @Test
  void everyEnumOfTheSchemaListsTheConstantsOfItsModelEnum() {
    List<Map.Entry<String, Class<?>>> enums = SchemaFiles.enumDefinitions(SCHEMA);

    assertThat(enums).hasSize(9);
    for (Map.Entry<String, Class<?>> e : enums) {
      assertThat(SchemaFiles.names(SCHEMA.at("/$defs/" + e.getKey() + "/enum")))
          .as(e.getKey())
          .isEqualTo(SchemaFiles.constants(e.getValue()));
    }
  }

  @Test
  void everyObjectOfTheSchemaNamesTheFieldsImrJsonWrites() {
    assertThat(SchemaFiles.schemaProperties(SCHEMA))
        .isEqualTo(SchemaFiles.writtenProperties(Case.class));
    int objects = 0;
    for (var defs = SCHEMA.path("$defs").fields(); defs.hasNext(); ) {
      var def = defs.next();
      if (def.getValue().has("properties")) {
        objects++;
        assertThat(SchemaFiles.schemaProperties(def.getValue()))
            .as(def.getKey())
            .isEqualTo(SchemaFiles.writtenProperties(SchemaFiles.modelType(def.getKey())));
        assertThat(def.getValue().path("additionalProperties").asBoolean(true))
            .as(def.getKey() + " refuses unknown fields")
            .isFalse();
      }
    }
    assertThat(objects).isEqualTo(9);
    assertThat(SCHEMA.path("additionalProperties").asBoolean(true)).isFalse();
  }

  @Test
  void theSchemaStatesTheModelsBounds() {
    JsonNode defs = SCHEMA.path("$defs");

    assertThat(defs.at("/count/maximum").asInt()).isEqualTo(TreatmentRequest.MAX_SESSIONS);
    assertThat(defs.at("/treatmentRequest/properties/totalSessions/maximum").asInt())
        .isEqualTo(TreatmentRequest.MAX_SESSIONS);
    assertThat(defs.at("/treatmentRequest/properties/weeks/maximum").asInt())
        .isEqualTo(TreatmentRequest.MAX_WEEKS);
    assertThat(defs.at("/frequencyRange/properties/min/minimum").asInt())
        .isEqualTo(FrequencyRange.MIN_PER_WEEK);
    assertThat(defs.at("/frequencyRange/properties/max/maximum").asInt())
        .isEqualTo(FrequencyRange.MAX_PER_WEEK);
    assertThat(defs.at("/diagnosis/properties/code/maxLength").asInt())
        .isEqualTo(Diagnosis.MAX_CODE_LENGTH);
    assertThat(SCHEMA.at("/properties/disputedItems/maxItems").asInt())
        .isEqualTo(Case.MAX_DISPUTED_ITEMS);
    assertThat(SCHEMA.at("/properties/treatmentHistory/maxItems").asInt())
        .isEqualTo(Case.MAX_PRIOR_COURSES);
  }

  /**
   * The date pattern accepts exactly the dates the reader accepts: every day of the range, and no
   * string of the yyyy-MM-dd shape that is not a real date in the range (February 29 of 1900 and
   * 2100 included, which are not leap years).
   */
  @Test
  void theDatePatternAcceptsExactlyTheDatesTheReaderAccepts() {
    Pattern date = Pattern.compile(SCHEMA.at("/$defs/date/pattern").asText());
    for (LocalDate d = Case.EARLIEST_DATE; !d.isAfter(Case.LATEST_DATE); d = d.plusDays(1)) {
      assertThat(date.matcher(d.toString()).find()).as(d.toString()).isTrue();
    }
    int checked = 0;
    for (int year : new int[] {1000, 1899, 1900, 1901, 1904, 1999, 2000, 2024, 2099, 2100, 2101}) {
      for (int month = 0; month <= 13; month++) {
        for (int day = 0; day <= 32; day++) {
          String text = String.format("%04d-%02d-%02d", year, month, day);
          assertThat(date.matcher(text).find()).as(text).isEqualTo(readerAccepts(text));
          checked++;
        }
      }
    }
    assertThat(checked).isEqualTo(11 * 14 * 33);
    for (String odd : List.of("2020-1-01", "+2020-01-01", "2020-01-01T00:00", " 2020-01-01", "")) {
      assertThat(date.matcher(odd).find()).as(odd).isFalse();
    }
  }

  private static boolean readerAccepts(String text) {
    try {
      LocalDate d = CaseReader.isoDate(text);
      return !d.isBefore(Case.EARLIEST_DATE) && !d.isAfter(Case.LATEST_DATE);
    } catch (DateTimeException e) {
      return false;
    }
  }

  /** Text is not blank under the schema exactly when {@link String#isBlank} says so. */
  @Test
  void theNotBlankPatternAgreesWithStringIsBlankOnEveryCharacter() {
    Pattern notBlank = Pattern.compile(SCHEMA.at("/$defs/nonBlankText/pattern").asText());
    for (int c = 0; c <= 0xFFFF; c++) {
      if (Character.isSurrogate((char) c)) {
        continue; // alone, not well-formed text: the reader refuses it anyway
      }
      String text = String.valueOf((char) c);
      assertThat(notBlank.matcher(text).find()).as("U+%04X", c).isEqualTo(!text.isBlank());
    }
    assertThat(notBlank.matcher(" \t\u2003x").find()).isTrue();
    assertThat(notBlank.matcher("\uD83D\uDE00").find()).isTrue();
  }

  /** One change to the seed case: the JSON pointer of an object, a field, its new value. */
  record Edit(String object, String field, String value, boolean valid, String why) {
    @Override
    public String toString() {
      return why;
    }
  }

  static Stream<Arguments> edits() {
    String item = "/disputedItems/0";
    String request = item + "/request";
    return Stream.of(
            new Edit("", "caseNumber", "\" \\t \"", false, "a blank case number"),
            new Edit("", "caseNumber", "null", false, "a required field that is null"),
            new Edit("", "requestDate", "null", true, "an optional field that is null"),
            new Edit("", "diagnoses", "null", true, "an optional list that is null"),
            new Edit("", "disputedItems", "[]", false, "no disputed item"),
            new Edit("", "comment", "\"x\"", false, "an unknown field"),
            new Edit("/patient", "nickname", "\"x\"", false, "an unknown field of the patient"),
            new Edit("/patient", "age", "120", true, "the oldest age"),
            new Edit("/patient", "age", "121", false, "an age above 120"),
            new Edit("/patient", "age", "-1", false, "a negative age"),
            new Edit("/patient", "age", "\"61\"", false, "an age as text"),
            new Edit("/patient", "sex", "\"female\"", false, "an enum constant in lower case"),
            new Edit("/patient", "dateOfBirth", "\"1900-01-01\"", true, "the earliest date"),
            new Edit("/patient", "dateOfBirth", "\"1899-12-31\"", false, "before the earliest"),
            new Edit("", "imrApplicationDate", "\"2100-12-31\"", true, "the latest date"),
            new Edit("", "imrApplicationDate", "\"2101-01-01\"", false, "after the latest"),
            new Edit("", "imrApplicationDate", "\"2015-02-29\"", false, "no such day"),
            new Edit("", "imrApplicationDate", "\"2016-02-29\"", true, "a leap day"),
            new Edit("", "imrApplicationDate", "\"2016-2-9\"", false, "a date not yyyy-MM-dd"),
            new Edit("", "diagnoses", code(10), true, "a code of 10 characters"),
            new Edit("", "diagnoses", code(11), false, "a code of 11 characters"),
            new Edit("/treatmentHistory/0", "sessionsAuthorized", "999", true, "the most sessions"),
            new Edit("/treatmentHistory/0", "sessionsAuthorized", "1000", false, "too many"),
            new Edit("/treatmentHistory/0", "sessionsCompleted", "-1", false, "negative"),
            new Edit("/treatmentHistory/0", "sessionsCompleted", "2.5", false, "a fraction"),
            new Edit(request, "weeks", "104", true, "the most weeks"),
            new Edit(request, "weeks", "105", false, "more weeks than 104"),
            new Edit(request, "weeks", "0", false, "no week"),
            new Edit(request, "totalSessions", "0", false, "a total of 0"),
            new Edit(request, "totalSessions", "null", true, "frequency and weeks alone"),
            new Edit(request, "frequency", "{\"min\":0,\"max\":3}", false, "0 a week"),
            new Edit(request, "frequency", "{\"min\":3,\"max\":8}", false, "8 a week"),
            new Edit(request, "frequency", "{\"min\":3}", false, "a frequency without max"),
            new Edit(request, "modality", "null", false, "a request without modality"),
            new Edit(item + "/urDecision", "approvedSessions", "6", false, "approved, denied"),
            new Edit(item + "/urDecision", "outcome", "\"MODIFIED\"", false, "modified, no count"),
            new Edit(item, "requestedAs", "\"\"", false, "an empty requestedAs"))
        .map(Arguments::of);
  }

  private static String code(int length) {
    return "[{\"system\":\"ICD_10_CM\",\"code\":\"" + "M".repeat(length) + "\"}]";
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("edits")
  void theSchemaAndTheReaderAgreeAtEveryBound(Edit edit) {
    ObjectNode edited = SEED.deepCopy();
    ((ObjectNode) edited.at(edit.object())).set(edit.field(), SchemaFiles.parse(edit.value()));

    List<Error> errors = CASE_SCHEMA.validate(edited);

    assertThat(errors.isEmpty()).as("schema: %s", errors).isEqualTo(edit.valid());
    assertThat(readerAccepts(edited)).as("reader").isEqualTo(edit.valid());
  }

  @Test
  void theSchemaBoundsTheItemsAndTheCourses() {
    ObjectNode edited = SEED.deepCopy();
    ArrayNode items = (ArrayNode) edited.get("disputedItems");
    ObjectNode first = (ObjectNode) items.get(0);
    while (items.size() < Case.MAX_DISPUTED_ITEMS + 1) {
      items.add(first.deepCopy().put("id", Integer.toString(items.size() + 1)));
    }
    ArrayNode courses = (ArrayNode) edited.get("treatmentHistory");
    while (courses.size() < Case.MAX_PRIOR_COURSES + 1) {
      courses.add(courses.get(0).deepCopy());
    }

    assertThat(CASE_SCHEMA.validate(edited))
        .extracting(e -> e.getInstanceLocation().toString())
        .containsExactlyInAnyOrder("/disputedItems", "/treatmentHistory");
    assertThat(readerAccepts(edited)).isFalse();
    items.remove(Case.MAX_DISPUTED_ITEMS);
    courses.remove(Case.MAX_PRIOR_COURSES);
    assertThat(CASE_SCHEMA.validate(edited)).isEmpty();
    assertThat(readerAccepts(edited)).isTrue();
  }

  private static boolean readerAccepts(JsonNode c) {
    try {
      ImrJson.standard().readCase(c.toString());
      return true;
    } catch (InvalidCaseException e) {
      return false;
    }
  }
}
