package org.openimr.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.openimr.cli.Cli.imr;
import static org.openimr.cli.Markers.assertNoIdentifier;
import static org.openimr.cli.Markers.assertNoMarker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openimr.json.ImrJson;
import org.openimr.letter.LetterParser;
import org.openimr.letter.LetterRenderer;
import org.openimr.letter.LetterReview;
import org.openimr.letter.ReReview;
import org.openimr.model.BodyRegion;
import org.openimr.model.Case;
import org.openimr.model.ClinicalFinding;
import org.openimr.model.CodeSystem;
import org.openimr.model.Determination;
import org.openimr.model.Diagnosis;
import org.openimr.model.DisputedItem;
import org.openimr.model.FrequencyRange;
import org.openimr.model.FunctionalElement;
import org.openimr.model.FunctionalImprovementEvidence;
import org.openimr.model.InvalidCaseException;
import org.openimr.model.Laterality;
import org.openimr.model.Modality;
import org.openimr.model.Patient;
import org.openimr.model.PriorTreatment;
import org.openimr.model.ReviewerQualifications;
import org.openimr.model.Sex;
import org.openimr.model.Surgery;
import org.openimr.model.TreatmentRequest;
import org.openimr.model.UrDecision;
import org.openimr.model.UrOutcome;
import org.openimr.model.Violation;
import org.openimr.review.ImrReviewer;

/**
 * Identifiers are never echoed; free text and keys never in an error (issue 12, "No identifier
 * echoed"), end to end: a case with a marker in every text field and the identifier markers as the
 * patient's name, claim number and date of birth ({@link Markers}) goes through every output of the
 * library and of the command line.
 *
 * <ul>
 *   <li>The identifiers appear in no {@code toString} of the case or its determination, no
 *       determination JSON, no letter (text or Markdown), no re-review of the letter and nothing
 *       {@code imr evaluate}, {@code batch} or {@code review} prints; only {@code ImrJson.write} of
 *       the case itself gives them back.
 *   <li>Invalid variants of the case, with every marker still in place, and markers as unknown keys
 *       in every object, as values of the wrong type in every field and as out-of-range
 *       identifiers: no violation, exception message or command line output repeats any marker.
 *       Free text may appear in decisions and letters, never there.
 * </ul>
 */
class IdentifiersNeverEchoedTest {
  private static final ObjectMapper TREES = new ObjectMapper();
  private static final ImrReviewer REVIEWER =
      ImrReviewer.builder()
          .discover()
          .qualifications(
              ReviewerQualifications.builder()
                  .specialty("Occupational Medicine")
                  .licensedIn("California")
                  .build())
          .build();
  private static final LetterRenderer RENDERER =
      LetterRenderer.builder().organization("Example IMR Organization").build();

  @TempDir Path dir;

  /**
   * A valid case that fills every field of the model: a surgery with its diagnosis, two prior
   * courses, functional improvement evidence and four items of four modalities, one of them
   * modified by UR. Every text is a marker ({@code ZQX...}); the occupation is lower case, as the
   * letter reader keeps it.
   */
  static Case markedCase() {
    return Case.builder()
        .caseNumber("ZQXCASENUMBER")
        .patient(
            Patient.builder()
                .age(52)
                .sex(Sex.MALE)
                .occupation("zqxoccupation")
                .name(Markers.NAME)
                .claimNumber(Markers.CLAIM)
                .dateOfBirth(Markers.DATE_OF_BIRTH)
                .build())
        .dateOfInjury(LocalDate.of(2013, 1, 15))
        .requestDate(LocalDate.of(2014, 3, 3))
        .urDecisionDate(LocalDate.of(2014, 3, 10))
        .imrApplicationDate(LocalDate.of(2014, 4, 1))
        .addInjuredRegions(BodyRegion.LUMBAR_SPINE, BodyRegion.SHOULDER)
        .addDiagnoses(
            Diagnosis.builder()
                .system(CodeSystem.ICD_9_CM)
                .code("ZQXCODE1")
                .text("ZQXDIAGNOSISTEXT")
                .region(BodyRegion.LUMBAR_SPINE)
                .build())
        .addSurgeries(
            Surgery.builder()
                .procedure("ZQXPROCEDURE")
                .region(BodyRegion.SHOULDER)
                .laterality(Laterality.RIGHT)
                .date(LocalDate.of(2013, 11, 4))
                .diagnosis(
                    Diagnosis.builder()
                        .system(CodeSystem.ICD_10_CM)
                        .code("ZQXCODE2")
                        .text("ZQXSURGERYDIAGNOSIS")
                        .build())
                .build())
        .addTreatmentHistory(
            PriorTreatment.builder()
                .modality(Modality.PHYSICAL_THERAPY)
                .region(BodyRegion.LUMBAR_SPINE)
                .sessionsAuthorized(12)
                .sessionsCompleted(12)
                .startDate(LocalDate.of(2013, 2, 1))
                .endDate(LocalDate.of(2013, 4, 1))
                .documentedOutcome("ZQXOUTCOME1")
                .build(),
            PriorTreatment.builder()
                .modality(Modality.ACUPUNCTURE)
                .region(BodyRegion.LUMBAR_SPINE)
                .sessionsCompleted(6)
                .documentedOutcome("ZQXOUTCOME2")
                .build())
        .addFindings(ClinicalFinding.CHRONIC_PAIN, ClinicalFinding.HOME_EXERCISE_PROGRAM)
        .addFunctionalImprovement(
            FunctionalImprovementEvidence.builder()
                .element(FunctionalElement.ADL_IMPROVEMENT)
                .objective(true)
                .documentedOn(LocalDate.of(2014, 2, 20))
                .source("ZQXSOURCE")
                .attributedTo(Modality.ACUPUNCTURE)
                .description("ZQXDESCRIPTION")
                .build())
        .addDisputedItems(
            item("ZQXITEM1", "ZQXREQUEST1", Modality.ACUPUNCTURE, BodyRegion.LUMBAR_SPINE, 3, 4)
                .urDecision(
                    UrDecision.builder()
                        .outcome(UrOutcome.DENIED)
                        .guidelineCited("ZQXGUIDELINE1")
                        .build())
                .build(),
            item("ZQXITEM2", "ZQXREQUEST2", Modality.PHYSICAL_THERAPY, BodyRegion.SHOULDER, 2, 6)
                .urDecision(
                    UrDecision.builder()
                        .outcome(UrOutcome.MODIFIED)
                        .approvedSessions(6)
                        .guidelineCited("ZQXGUIDELINE2")
                        .build())
                .build(),
            item(
                    "ZQXITEM3",
                    "ZQXREQUEST3",
                    Modality.CHIROPRACTIC_MANIPULATION,
                    BodyRegion.LUMBAR_SPINE,
                    2,
                    4)
                .urDecision(UrDecision.denied())
                .build(),
            item("ZQXITEM4", "ZQXREQUEST4", Modality.MASSAGE, BodyRegion.LUMBAR_SPINE, 1, 6)
                .urDecision(UrDecision.denied())
                .build())
        .build();
  }

  private static DisputedItem.Builder item(
      String id, String requestedAs, Modality modality, BodyRegion region, int perWeek, int weeks) {
    return DisputedItem.builder()
        .id(id)
        .requestedAs(requestedAs)
        .request(
            TreatmentRequest.builder()
                .modality(modality)
                .region(region)
                .frequency(FrequencyRange.exactly(perWeek))
                .weeks(weeks)
                .build());
  }

  // ---- the marked case covers the model
  // ----------------------------------------------------------

  @Test
  void theMarkedCaseHasAMarkerInEveryTextFieldTheModelDefines() {
    Map<String, List<String>> values = Markers.textValues(markedCase());

    // Found from the types: a text field added to the model must get a marker here too.
    assertThat(values.keySet()).isEqualTo(Markers.textProperties());
    assertThat(Markers.textProperties())
        .contains(
            "Patient.name",
            "Patient.claimNumber",
            "Patient.occupation",
            "DisputedItem.requestedAs",
            "FunctionalImprovementEvidence.description");
    values.forEach(
        (property, texts) ->
            assertThat(texts).as(property).allMatch(t -> t.toUpperCase().startsWith("ZQX")));
    assertThat(markedCase().violations()).isEmpty();
  }

  @Test
  void onlyWritingTheCaseItselfGivesTheIdentifiersBack() {
    Case c = markedCase();
    String json = ImrJson.standard().write(c);

    assertThat(json).contains(Markers.NAME, Markers.CLAIM, Markers.DATE_OF_BIRTH.toString());
    assertThat(ImrJson.standard().readCase(json)).isEqualTo(c);
  }

  // ---- valid case: identifiers in no output
  // ------------------------------------------------------

  @Test
  void theLibraryPrintsNoIdentifierInToStringDeterminationLetterOrReReview() {
    Case c = markedCase();
    Determination d = REVIEWER.review(c);

    // The case is decided, not refused, and its free text reaches the decisions and the letter.
    assertThat(d.decisions()).hasSize(4);
    String letter = RENDERER.plainText(c, d);
    assertThat(letter).contains("ZQXREQUEST1", "ZQXGUIDELINE1", "zqxoccupation");

    List<String> strings = new ArrayList<>(Markers.toStrings(c));
    strings.addAll(Markers.toStrings(d));
    assertThat(strings).hasSizeGreaterThan(30); // case, patient, items, decisions, criteria, ...
    strings.forEach(s -> assertNoIdentifier("a toString", s));
    assertNoIdentifier("the determination JSON", ImrJson.standard().write(d));
    assertNoIdentifier("the pretty determination JSON", ImrJson.standard().writePretty(d));
    d.decisions()
        .forEach(decision -> assertNoIdentifier("a decision", ImrJson.standard().write(decision)));
    assertNoIdentifier("the text letter", letter);
    assertNoIdentifier("the Markdown letter", RENDERER.markdown(c, d));

    LetterReview review = ReReview.with(REVIEWER).review(letter);
    assertThat(review.items()).hasSize(4);
    assertNoIdentifier("the letter's re-review", review.toString());
    assertNoIdentifier("the parsed letter", LetterParser.standard().parse(letter).toString());
  }

  @Test
  void theCommandLinePrintsNoIdentifierForAValidCase() throws IOException {
    Path cases = Files.createDirectory(dir.resolve("cases"));
    Path file =
        Files.writeString(cases.resolve("marked.json"), ImrJson.standard().write(markedCase()));
    Path jsonl =
        Files.writeString(
            dir.resolve("marked.jsonl"), ImrJson.standard().write(markedCase()) + "\n");
    Path output = dir.resolve("out.jsonl");

    Map<String, Cli.Run> runs = new LinkedHashMap<>();
    runs.put("evaluate", imr("evaluate", file.toString()));
    runs.put("evaluate --json", imr("evaluate", "--json", file.toString()));
    String[] letterOptions = {
      "--letter",
      "--organization",
      "Example IMR Organization",
      "--reviewer-specialty",
      "Occupational Medicine",
      "--reviewer-licensed-in",
      "California"
    };
    runs.put("evaluate --letter", imr(concat(new String[] {"evaluate"}, letterOptions, file)));
    runs.put(
        "evaluate --letter --format markdown",
        imr(concat(new String[] {"evaluate", "--format", "markdown"}, letterOptions, file)));
    runs.put("batch DIR", imr("batch", cases.toString()));
    runs.put("batch FILE.jsonl", imr("batch", "--progress", jsonl.toString()));
    runs.put("batch -o", imr("batch", "-o", output.toString(), cases.toString()));

    Path letter = Files.writeString(dir.resolve("letter.txt"), runs.get("evaluate --letter").out());
    runs.put("review", imr("review", letter.toString()));
    runs.put("review --json", imr("review", "--json", letter.toString()));
    runs.put("review DIR", imr("review", dir.toString()));

    runs.forEach(
        (command, run) -> {
          assertThat(run.exitCode()).as(command + ": " + run.err()).isZero();
          if (!command.equals("batch -o")) { // which writes to its file
            assertThat(run.out()).as(command).isNotBlank();
          }
          assertNoIdentifier("imr " + command, run.all());
        });
    // The outputs hold the case's decisions, not only headers: the free text is there.
    assertThat(runs.get("evaluate").out()).contains("ZQXREQUEST4");
    assertThat(runs.get("review").out()).contains("ZQXREQUEST1");
    assertNoIdentifier("the batch output file", Files.readString(output, UTF_8));
    assertThat(Files.readString(output, UTF_8)).contains("ZQXITEM2");
  }

  /**
   * The letter reader keeps an occupation only as a short phrase right after the sex word: a name,
   * date of birth and claim number written after it are dropped, not carried into the case read
   * from the letter or into what {@code imr review} prints. The items are written as requests the
   * reader reads, so that the review decides them.
   */
  @Test
  void aNameWrittenAfterTheOccupationInALetterIsNotPrintedByReview() throws IOException {
    Case marked = markedCase();
    Case c =
        Case.builder()
            .from(marked)
            .disputedItems(
                marked.disputedItems().stream()
                    .map(
                        i ->
                            DisputedItem.builder()
                                .from(i)
                                .requestedAs(i.request().format())
                                .build())
                    .toList())
            .build();
    String letter = RENDERER.plainText(c, REVIEWER.review(c));
    String named =
        letter.replace(
            "male zqxoccupation who",
            "male zqxoccupation "
                + Markers.NAME
                + " Smith, born 11/23/1907, claim "
                + Markers.CLAIM
                + ", who");
    assertThat(named).isNotEqualTo(letter);
    Path file = Files.writeString(dir.resolve("named.txt"), named);

    Cli.Run text = imr("review", file.toString());
    Cli.Run json = imr("review", "--json", file.toString());

    assertThat(text.exitCode()).as(text.err()).isZero();
    assertThat(text.out())
        .contains("Acupuncture 3x4 low back — letter Upheld, library Upheld: agree");
    assertNoIdentifier("imr review", text.all());
    assertNoIdentifier("imr review --json", json.all());
    Case read = LetterParser.standard().parse(named).toCase();
    assertThat(read.disputedItems()).hasSize(4);
    assertThat(read.patient().occupation()).isNotEqualTo(Optional.of(Markers.NAME));
    assertNoIdentifier("the case read from the letter", ImrJson.standard().write(read));
    assertNoIdentifier("the case read from the letter", String.join("\n", Markers.toStrings(read)));
    assertNoIdentifier("the re-review", ReReview.with(REVIEWER).review(named).toString());
  }

  // ---- invalid variants: no marker in any error
  // --------------------------------------------------

  /**
   * Invalid variants of the marked case as JSON, with every marker still in place: at every object,
   * an unknown key that is a marker, an identifier or a date of birth; at every field, a marker of
   * the wrong kind (a string where a number, date, enum, object or list belongs; an object or a
   * list with a marker key where text belongs); and out-of-range or malformed identifiers.
   */
  static Map<String, String> invalidDocuments() throws IOException {
    JsonNode base = TREES.readTree(ImrJson.standard().write(markedCase()));
    Map<String, String> documents = new LinkedHashMap<>();
    eachObject(
        base,
        "$",
        (path, object) -> {
          for (String key : List.of("ZQXKEY", Markers.NAME, Markers.DATE_OF_BIRTH.toString())) {
            JsonNode copy = base.deepCopy();
            ((ObjectNode) at(copy, path)).put(key, "ZQXKEYVALUE");
            documents.put("unknown key " + key + " at " + path, write(copy));
          }
          // a marker key first, so that "by position" is not always the last field
          JsonNode copy = base.deepCopy();
          ObjectNode target = (ObjectNode) at(copy, path);
          ObjectNode reordered = TREES.createObjectNode().put("ZQXFIRSTKEY", 1);
          reordered.setAll(target);
          target.removeAll().setAll(reordered);
          documents.put("first key at " + path, write(copy));
        });
    eachField(
        base,
        "$",
        (path, value) -> {
          List<JsonNode> wrong = new ArrayList<>();
          if (!value.isTextual()) {
            wrong.add(TextNode.valueOf("ZQXWRONGTYPE"));
          }
          wrong.add(TREES.createObjectNode().put("ZQXKEYINVALUE", "ZQXVALUE"));
          wrong.add(TREES.createArrayNode().add("ZQXVALUE").add(Markers.NAME));
          if (path.endsWith("Date") || path.endsWith("dateOfInjury") || path.endsWith(".date")) {
            wrong.add(TextNode.valueOf("ZQXNOTADATE"));
          }
          for (JsonNode replacement : wrong) {
            JsonNode copy = base.deepCopy();
            replace(copy, path, replacement);
            documents.put("wrong value " + replacement + " at " + path, write(copy));
          }
        });
    for (String dob : List.of("1850-05-17", "2150-05-17", "1907-02-30", "11/23/1907", "ZQXDOB")) {
      JsonNode copy = base.deepCopy();
      ((ObjectNode) copy.get("patient")).put("dateOfBirth", dob);
      documents.put("date of birth " + dob, write(copy));
    }
    documents.put(
        "duplicate name key",
        write(base).replace("\"name\":\"ZQXNAME\"", "\"name\":\"ZQXNAME\",\"name\":\"ZQXCLAIM\""));
    return documents;
  }

  /**
   * Invalid variants of the marked case that break whole-case rules, with every marker in place:
   * dates out of order or bounds (the date of birth among them), counts beyond their bounds, a
   * marker code too long, repeated marker ids, blank text next to marker text.
   */
  static Map<String, Case> invalidCases() {
    Case c = markedCase();
    DisputedItem first = c.disputedItems().get(0);
    Map<String, Case> cases = new LinkedHashMap<>();
    cases.put(
        "request before injury",
        Case.builder().from(c).requestDate(LocalDate.of(2012, 1, 1)).build());
    cases.put(
        "date of birth out of bounds",
        Case.builder()
            .from(c)
            .patient(
                Patient.builder().from(c.patient()).dateOfBirth(LocalDate.of(1850, 5, 17)).build())
            .build());
    cases.put(
        "age out of bounds",
        Case.builder()
            .from(c)
            .patient(Patient.builder().from(c.patient()).age(150).build())
            .build());
    cases.put(
        "code too long",
        Case.builder()
            .from(c)
            .addDiagnoses(Diagnosis.of(CodeSystem.ICD_9_CM, "ZQXCODETOOLONG"))
            .build());
    cases.put("repeated item id", Case.builder().from(c).addDisputedItems(first).build());
    cases.put(
        "blank request",
        Case.builder()
            .from(c)
            .addDisputedItems(
                DisputedItem.builder().from(first).id("ZQXITEM9").requestedAs(" ").build())
            .build());
    cases.put(
        "too many sessions",
        Case.builder()
            .from(c)
            .addDisputedItems(
                DisputedItem.builder()
                    .from(first)
                    .id("ZQXITEM8")
                    .request(
                        TreatmentRequest.builder()
                            .from(first.request())
                            .frequency(FrequencyRange.exactly(5000))
                            .weeks(5000)
                            .totalSessions(5000)
                            .build())
                    .build())
            .build());
    cases.put(
        "completed above authorized",
        Case.builder()
            .from(c)
            .addTreatmentHistory(
                PriorTreatment.builder()
                    .modality(Modality.MASSAGE)
                    .sessionsAuthorized(3)
                    .sessionsCompleted(4)
                    .documentedOutcome("ZQXOUTCOME3")
                    .build())
            .build());
    return cases;
  }

  @Test
  void noViolationOrExceptionOfAnInvalidVariantRepeatsAnyMarker() throws IOException {
    int invalid = 0;
    for (Map.Entry<String, String> document : invalidDocuments().entrySet()) {
      InvalidCaseException e =
          catchThrowableOfType(
              InvalidCaseException.class, () -> ImrJson.standard().readCase(document.getValue()));
      if (e == null) {
        continue; // e.g. a date of birth key in the patient is its known field
      }
      invalid++;
      checkRefusal(document.getKey(), e);
      checkRefusal(
          document.getKey() + " (bytes)",
          catchThrowableOfType(
              InvalidCaseException.class,
              () -> ImrJson.standard().readCase(document.getValue().getBytes(UTF_8))));
    }
    for (Map.Entry<String, Case> c : invalidCases().entrySet()) {
      assertThat(c.getValue().violations()).as(c.getKey()).isNotEmpty();
      c.getValue().violations().forEach(v -> checkViolation(c.getKey(), v));
      checkRefusal(
          c.getKey(),
          catchThrowableOfType(InvalidCaseException.class, () -> REVIEWER.review(c.getValue())));
      checkRefusal(
          c.getKey() + " (read)",
          catchThrowableOfType(
              InvalidCaseException.class,
              () -> ImrJson.standard().readCase(ImrJson.standard().write(c.getValue()))));
      Markers.toStrings(c.getValue())
          .forEach(s -> assertNoIdentifier(c.getKey() + ": toString", s));
    }
    assertThat(invalid).as("invalid documents").isGreaterThan(150);
  }

  /** Also a determination read back with marker keys: paths by position, no value quoted. */
  @Test
  void readingADeterminationWithMarkerKeysOrValuesQuotesNone() throws IOException {
    JsonNode base = TREES.readTree(ImrJson.standard().write(REVIEWER.review(markedCase())));
    List<String> documents = new ArrayList<>();
    eachObject(
        base,
        "$",
        (path, object) -> {
          JsonNode copy = base.deepCopy();
          ((ObjectNode) at(copy, path)).put(Markers.NAME, "ZQXKEYVALUE");
          documents.add(write(copy));
        });
    eachField(
        base,
        "$",
        (path, value) -> {
          JsonNode copy = base.deepCopy();
          replace(copy, path, TREES.createObjectNode().put("ZQXKEY", Markers.CLAIM));
          documents.add(write(copy));
        });

    int refused = 0;
    for (String document : documents) {
      InvalidCaseException e =
          catchThrowableOfType(
              InvalidCaseException.class,
              () -> ImrJson.standard().read(document, Determination.class));
      if (e != null) {
        refused++;
        checkRefusal("a determination", e);
      }
    }
    assertThat(refused).isGreaterThan(50);
  }

  @Test
  void theCommandLinePrintsNoMarkerForAnInvalidVariant() throws IOException {
    Path cases = Files.createDirectory(dir.resolve("cases"));
    StringBuilder lines = new StringBuilder();
    int n = 0;
    List<String> documents = new ArrayList<>(invalidDocuments().values());
    invalidCases().values().forEach(c -> documents.add(ImrJson.standard().write(c)));
    for (String document : documents) {
      n++;
      Path file = Files.writeString(cases.resolve(String.format("case-%04d.json", n)), document);
      lines.append(document.replace('\n', ' ')).append('\n');
      Cli.Run run = imr("evaluate", file.toString());
      if (run.exitCode() == 0) {
        assertNoIdentifier("imr evaluate of a valid variant " + file, run.all());
        continue;
      }
      assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
      assertThat(run.err()).startsWith("imr evaluate: " + file + ": $");
      assertNoMarker("imr evaluate " + file, run.all());
    }
    Path jsonl = Files.writeString(dir.resolve("cases.jsonl"), lines);

    Cli.Run fromFolder = imr("batch", cases.toString());
    Cli.Run fromLines = imr("batch", jsonl.toString());

    assertThat(fromFolder.exitCode()).isEqualTo(1);
    assertThat(fromLines.exitCode()).isEqualTo(1);
    // Only invalid cases print nothing but violations: keep the lines of those.
    for (Cli.Run run : List.of(fromFolder, fromLines)) {
      assertNoMarker("imr batch stderr", run.err());
      run.out()
          .lines()
          .filter(line -> !line.contains("\"determination\""))
          .forEach(line -> assertNoMarker("imr batch output", line));
      assertNoIdentifier("imr batch output", run.out());
      assertThat(run.out()).contains("\"violations\"");
    }
  }

  // ---- checks
  // ------------------------------------------------------------------------------------

  private static void checkRefusal(String what, InvalidCaseException e) {
    assertThat(e).as(what).isNotNull();
    assertThat(e.violations()).as(what).isNotEmpty();
    assertNoMarker(what + ": exception message", String.valueOf(e.getMessage()));
    assertNoMarker(what + ": exception", e.toString());
    e.violations().forEach(v -> checkViolation(what, v));
  }

  private static void checkViolation(String what, Violation v) {
    assertThat(v.path()).as(what).startsWith("$");
    assertNoMarker(what + ": violation path", v.path());
    assertNoMarker(what + ": violation message", v.message());
    assertNoMarker(what + ": violation", v.toString());
    assertNoMarker(what + ": violation JSON", ImrJson.standard().write(v));
  }

  // ---- JSON trees
  // --------------------------------------------------------------------------------

  /** Every object in the tree with its path: {@code $}, {@code $.patient}, {@code $.a[0].b}. */
  private static void eachObject(JsonNode node, String path, PathConsumer each) {
    if (node.isObject()) {
      each.accept(path, node);
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        eachObject(field.getValue(), path + "." + field.getKey(), each);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        eachObject(node.get(i), path + "[" + i + "]", each);
      }
    }
  }

  /** Every field and array element in the tree, with its path. */
  private static void eachField(JsonNode node, String path, PathConsumer each) {
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        String child = path + "." + field.getKey();
        each.accept(child, field.getValue());
        eachField(field.getValue(), child, each);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        String child = path + "[" + i + "]";
        each.accept(child, node.get(i));
        eachField(node.get(i), child, each);
      }
    }
  }

  /** The node at a path this class wrote. */
  private static JsonNode at(JsonNode root, String path) {
    JsonNode node = root;
    for (String step : steps(path)) {
      node = step.startsWith("[") ? node.get(Integer.parseInt(step.substring(1))) : node.get(step);
    }
    return node;
  }

  private static void replace(JsonNode root, String path, JsonNode value) {
    List<String> steps = steps(path);
    String last = steps.remove(steps.size() - 1);
    JsonNode parent = root;
    for (String step : steps) {
      parent =
          step.startsWith("[") ? parent.get(Integer.parseInt(step.substring(1))) : parent.get(step);
    }
    if (last.startsWith("[")) {
      ((ArrayNode) parent).set(Integer.parseInt(last.substring(1)), value);
    } else {
      ((ObjectNode) parent).set(last, value);
    }
  }

  /** {@code $.a[0].b} as {@code a, [0, b}. */
  private static List<String> steps(String path) {
    List<String> steps = new ArrayList<>();
    for (String part : path.substring(1).split("(?=[.\\[])")) {
      if (part.startsWith(".")) {
        steps.add(part.substring(1));
      } else if (part.startsWith("[")) {
        steps.add(part.substring(0, part.length() - 1));
      }
    }
    return steps;
  }

  private static String write(JsonNode node) {
    try {
      return TREES.writeValueAsString(node);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static String[] concat(String[] first, String[] second, Path file) {
    String[] all = new String[first.length + second.length + 1];
    System.arraycopy(first, 0, all, 0, first.length);
    System.arraycopy(second, 0, all, first.length, second.length);
    all[all.length - 1] = file.toString();
    return all;
  }

  @FunctionalInterface
  private interface PathConsumer {
    void accept(String path, JsonNode node);
  }
}
