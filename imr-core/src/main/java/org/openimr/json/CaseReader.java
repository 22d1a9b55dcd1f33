package org.openimr.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.openimr.model.BodyRegion;
import org.openimr.model.Case;
import org.openimr.model.ClinicalFinding;
import org.openimr.model.CodeSystem;
import org.openimr.model.Diagnosis;
import org.openimr.model.DisputedItem;
import org.openimr.model.FrequencyRange;
import org.openimr.model.FunctionalElement;
import org.openimr.model.FunctionalImprovementEvidence;
import org.openimr.model.InvalidCaseException;
import org.openimr.model.Laterality;
import org.openimr.model.Modality;
import org.openimr.model.PainMedicationStatus;
import org.openimr.model.Patient;
import org.openimr.model.PriorTreatment;
import org.openimr.model.Sex;
import org.openimr.model.Surgery;
import org.openimr.model.TreatmentRequest;
import org.openimr.model.UrDecision;
import org.openimr.model.UrOutcome;
import org.openimr.model.Violation;

/**
 * Reads a case from a stream of JSON tokens, field by field, collecting every structural problem.
 *
 * <p>Design notes: Jackson's data binding stops at the first problem and quotes the input in its
 * messages; a case may hold patient data, and its author wants every mistake at once. So the case
 * is read by hand: each reader records a violation with the JSON path and carries on, and the case
 * is built only when no part failed. Field names are those Jackson writes (the accessor names), so
 * what {@link ImrJson#write} writes, this reads; a round-trip property test holds them together.
 *
 * <p>The case is read straight from the parser's tokens, without a tree in between, and reports
 * exactly what reading a tree first would (a property test compares the two on valid and broken
 * input):
 *
 * <ul>
 *   <li>A problem of the document itself (not well-formed, too large or deep, a repeated key) is
 *       thrown as soon as the parser meets it, alone, as the tree reader would have before any
 *       field was looked at. So every value that is not read is still walked through, every text
 *       decoded and every object checked for a repeated key; and a repeated key is noticed when its
 *       value has been read (a text decoded) or, for an object or array, when it opens, as the tree
 *       reader notices it.
 *   <li>Violations come in the order of the tree reader, which took each object's fields in the
 *       order of the model and the unknown ones last: each is recorded with its place in that order
 *       (one number per level) and the list is sorted when there is any.
 *   <li>Paths are made only for a violation, from a stack of steps.
 * </ul>
 */
final class CaseReader {
  /** The deepest level of the model: $.disputedItems[i].request.frequency.min is level 5. */
  private static final int MAX_DEPTH = 8;

  /** The order key of an unknown field: after every field of the model, in document order. */
  private static final int UNKNOWN = 1 << 16;

  private static final String[] CASE = {
    "caseNumber",
    "patient",
    "dateOfInjury",
    "requestDate",
    "urDecisionDate",
    "imrApplicationDate",
    "injuredRegions",
    "diagnoses",
    "surgeries",
    "treatmentHistory",
    "painMedication",
    "findings",
    "functionalImprovement",
    "disputedItems"
  };
  private static final String[] PATIENT = {
    "age", "sex", "occupation", "name", "dateOfBirth", "claimNumber"
  };
  private static final String[] DIAGNOSIS = {"system", "code", "text", "region"};
  private static final String[] SURGERY = {
    "procedure", "region", "laterality", "date", "diagnosis"
  };
  private static final String[] PRIOR = {
    "modality",
    "region",
    "sessionsAuthorized",
    "sessionsCompleted",
    "startDate",
    "endDate",
    "documentedOutcome"
  };
  private static final String[] EVIDENCE = {
    "element", "objective", "documentedOn", "source", "attributedTo", "description"
  };
  private static final String[] ITEM = {"id", "requestedAs", "request", "urDecision"};
  private static final String[] REQUEST = {
    "modality", "region", "laterality", "frequency", "weeks", "totalSessions"
  };
  private static final String[] FREQUENCY = {"min", "max"};
  private static final String[] UR_DECISION = {"outcome", "approvedSessions", "guidelineCited"};

  private static final String[] CASE_STEPS = steps(CASE);
  private static final String[] PATIENT_STEPS = steps(PATIENT);
  private static final String[] DIAGNOSIS_STEPS = steps(DIAGNOSIS);
  private static final String[] SURGERY_STEPS = steps(SURGERY);
  private static final String[] PRIOR_STEPS = steps(PRIOR);
  private static final String[] EVIDENCE_STEPS = steps(EVIDENCE);
  private static final String[] ITEM_STEPS = steps(ITEM);
  private static final String[] REQUEST_STEPS = steps(REQUEST);
  private static final String[] FREQUENCY_STEPS = steps(FREQUENCY);
  private static final String[] UR_DECISION_STEPS = steps(UR_DECISION);

  /** The path step of each field of the model: ".name". */
  private static String[] steps(String[] fields) {
    return Arrays.stream(fields).map(name -> "." + name).toArray(String[]::new);
  }

  private final JsonParser p;
  private final FieldNames names;
  private final List<Keyed> violations = new ArrayList<>(0);

  // the path of the value being read: level 0 is the root, each object field or array item one
  // more level; a level's step is ".name" (of the model's tables, so never input text), an index,
  // or the step of an unknown field, made by FieldNames
  private int depth;
  private final @Nullable String[] steps = new String[MAX_DEPTH + 1];
  private final int[] indexes = new int[MAX_DEPTH + 1];
  private final int[] order = new int[MAX_DEPTH + 1];

  private CaseReader(JsonParser p, FieldNames names) {
    this.p = p;
    this.names = names;
  }

  /** A violation with its place in the tree reader's order. */
  private static final class Keyed {
    private final int[] key;
    private final Violation violation;

    Keyed(int[] key, Violation violation) {
      this.key = key;
      this.violation = violation;
    }

    int[] key() {
      return key;
    }

    Violation violation() {
      return violation;
    }
  }

  /** A repeated key, found at {@code path}. Thrown alone, as a problem of the document. */
  static final class Duplicate extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String path;

    Duplicate(String path) {
      super(null, null, false, false);
      this.path = path;
    }

    String path() {
      return path;
    }
  }

  /** Computes the path of a repeated key from the parser's state. */
  interface DuplicatePath {
    String of(JsonParser p);
  }

  /**
   * Reads the case whose first token the parser is at, and leaves the parser at its last token.
   *
   * @throws InvalidCaseException listing every structural problem, in the tree reader's order
   * @throws Duplicate at the first repeated key
   * @throws IOException (a {@link com.fasterxml.jackson.core.JacksonException}) if the parser
   *     fails; the caller reports it as a problem of the document
   */
  static Case read(JsonParser p, FieldNames names, DuplicatePath duplicates) throws IOException {
    CaseReader reader = new CaseReader(p, names);
    reader.duplicates = duplicates;
    @Nullable Case c = reader.readCase();
    if (c == null || !reader.violations.isEmpty()) {
      throw new InvalidCaseException(reader.sortedViolations());
    }
    return c;
  }

  private DuplicatePath duplicates = parser -> "$";

  private List<Violation> sortedViolations() {
    List<Keyed> sorted = new ArrayList<>(violations);
    sorted.sort(Comparator.comparing(Keyed::key, Arrays::compare));
    List<Violation> result = new ArrayList<>(sorted.size());
    sorted.forEach(k -> result.add(k.violation()));
    return result;
  }

  // ---- the model -----------------------------------------------------------------------------

  private @Nullable Case readCase() throws IOException {
    if (!isObject()) {
      return null;
    }
    Case.Builder b = Case.builder();
    Fields f = new Fields(CASE, CASE_STEPS);
    for (int slot = f.next(); slot != Fields.END; slot = f.next()) {
      switch (slot) {
        case 0 -> {
          String v = text();
          if (v != null) {
            b.caseNumber(v);
          }
        }
        case 1 -> {
          Patient v = object() ? readPatient() : null;
          if (v != null) {
            b.patient(v);
          }
        }
        case 2 -> {
          LocalDate v = date();
          if (v != null) {
            b.dateOfInjury(v);
          }
        }
        case 3 -> {
          LocalDate v = date();
          if (v != null) {
            b.requestDate(v);
          }
        }
        case 4 -> {
          LocalDate v = date();
          if (v != null) {
            b.urDecisionDate(v);
          }
        }
        case 5 -> {
          LocalDate v = date();
          if (v != null) {
            b.imrApplicationDate(v);
          }
        }
        case 6 -> {
          if (array()) {
            for (int i = enterArray(); nextItem(i); i++) {
              BodyRegion v = enumValue(BodyRegion.class);
              if (v != null) {
                b.addInjuredRegions(v);
              }
            }
          }
        }
        case 7 -> {
          if (array()) {
            for (int i = enterArray(); nextItem(i); i++) {
              Diagnosis v = object() ? readDiagnosis() : null;
              if (v != null) {
                b.addDiagnoses(v);
              }
            }
          }
        }
        case 8 -> {
          if (array()) {
            for (int i = enterArray(); nextItem(i); i++) {
              Surgery v = object() ? readSurgery() : null;
              if (v != null) {
                b.addSurgeries(v);
              }
            }
          }
        }
        case 9 -> {
          if (array()) {
            for (int i = enterArray(); nextItem(i); i++) {
              PriorTreatment v = object() ? readPriorTreatment() : null;
              if (v != null) {
                b.addTreatmentHistory(v);
              }
            }
          }
        }
        case 10 -> {
          PainMedicationStatus v = enumValue(PainMedicationStatus.class);
          if (v != null) {
            b.painMedication(v);
          }
        }
        case 11 -> {
          if (array()) {
            for (int i = enterArray(); nextItem(i); i++) {
              ClinicalFinding v = enumValue(ClinicalFinding.class);
              if (v != null) {
                b.addFindings(v);
              }
            }
          }
        }
        case 12 -> {
          if (array()) {
            for (int i = enterArray(); nextItem(i); i++) {
              FunctionalImprovementEvidence v = object() ? readEvidence() : null;
              if (v != null) {
                b.addFunctionalImprovement(v);
              }
            }
          }
        }
        case 13 -> {
          if (array()) {
            for (int i = enterArray(); nextItem(i); i++) {
              DisputedItem v = object() ? readItem() : null;
              if (v != null) {
                b.addDisputedItems(v);
              }
            }
          }
        }
        default -> throw new IllegalStateException("no field " + slot);
      }
    }
    f.required(0, 1, 2);
    f.exit();
    return violations.isEmpty() ? b.build() : null;
  }

  private @Nullable Patient readPatient() throws IOException {
    Patient.Builder b = Patient.builder();
    Fields f = new Fields(PATIENT, PATIENT_STEPS);
    for (int slot = f.next(); slot != Fields.END; slot = f.next()) {
      switch (slot) {
        case 0 -> {
          Integer v = integer();
          if (v != null) {
            b.age(v);
          }
        }
        case 1 -> {
          Sex v = enumValue(Sex.class);
          if (v != null) {
            b.sex(v);
          }
        }
        case 2 -> {
          String v = text();
          if (v != null) {
            b.occupation(v);
          }
        }
        case 3 -> {
          String v = text();
          if (v != null) {
            b.name(v);
          }
        }
        case 4 -> {
          LocalDate v = date();
          if (v != null) {
            b.dateOfBirth(v);
          }
        }
        case 5 -> {
          String v = text();
          if (v != null) {
            b.claimNumber(v);
          }
        }
        default -> throw new IllegalStateException("no field " + slot);
      }
    }
    f.required(0, 1);
    return f.exit() ? b.build() : null;
  }

  private @Nullable Diagnosis readDiagnosis() throws IOException {
    Diagnosis.Builder b = Diagnosis.builder();
    Fields f = new Fields(DIAGNOSIS, DIAGNOSIS_STEPS);
    for (int slot = f.next(); slot != Fields.END; slot = f.next()) {
      switch (slot) {
        case 0 -> {
          CodeSystem v = enumValue(CodeSystem.class);
          if (v != null) {
            b.system(v);
          }
        }
        case 1 -> {
          String v = text();
          if (v != null) {
            b.code(v);
          }
        }
        case 2 -> {
          String v = text();
          if (v != null) {
            b.text(v);
          }
        }
        case 3 -> {
          BodyRegion v = enumValue(BodyRegion.class);
          if (v != null) {
            b.region(v);
          }
        }
        default -> throw new IllegalStateException("no field " + slot);
      }
    }
    f.required(0, 1);
    return f.exit() ? b.build() : null;
  }

  private @Nullable Surgery readSurgery() throws IOException {
    Surgery.Builder b = Surgery.builder();
    Fields f = new Fields(SURGERY, SURGERY_STEPS);
    for (int slot = f.next(); slot != Fields.END; slot = f.next()) {
      switch (slot) {
        case 0 -> {
          String v = text();
          if (v != null) {
            b.procedure(v);
          }
        }
        case 1 -> {
          BodyRegion v = enumValue(BodyRegion.class);
          if (v != null) {
            b.region(v);
          }
        }
        case 2 -> {
          Laterality v = enumValue(Laterality.class);
          if (v != null) {
            b.laterality(v);
          }
        }
        case 3 -> {
          LocalDate v = date();
          if (v != null) {
            b.date(v);
          }
        }
        case 4 -> {
          Diagnosis v = object() ? readDiagnosis() : null;
          if (v != null) {
            b.diagnosis(v);
          }
        }
        default -> throw new IllegalStateException("no field " + slot);
      }
    }
    f.required(0, 1, 3);
    return f.exit() ? b.build() : null;
  }

  private @Nullable PriorTreatment readPriorTreatment() throws IOException {
    PriorTreatment.Builder b = PriorTreatment.builder();
    Fields f = new Fields(PRIOR, PRIOR_STEPS);
    for (int slot = f.next(); slot != Fields.END; slot = f.next()) {
      switch (slot) {
        case 0 -> {
          Modality v = enumValue(Modality.class);
          if (v != null) {
            b.modality(v);
          }
        }
        case 1 -> {
          BodyRegion v = enumValue(BodyRegion.class);
          if (v != null) {
            b.region(v);
          }
        }
        case 2 -> {
          Integer v = integer();
          if (v != null) {
            b.sessionsAuthorized(v);
          }
        }
        case 3 -> {
          Integer v = integer();
          if (v != null) {
            b.sessionsCompleted(v);
          }
        }
        case 4 -> {
          LocalDate v = date();
          if (v != null) {
            b.startDate(v);
          }
        }
        case 5 -> {
          LocalDate v = date();
          if (v != null) {
            b.endDate(v);
          }
        }
        case 6 -> {
          String v = text();
          if (v != null) {
            b.documentedOutcome(v);
          }
        }
        default -> throw new IllegalStateException("no field " + slot);
      }
    }
    f.required(0);
    return f.exit() ? b.build() : null;
  }

  private @Nullable FunctionalImprovementEvidence readEvidence() throws IOException {
    FunctionalImprovementEvidence.Builder b = FunctionalImprovementEvidence.builder();
    Fields f = new Fields(EVIDENCE, EVIDENCE_STEPS);
    for (int slot = f.next(); slot != Fields.END; slot = f.next()) {
      switch (slot) {
        case 0 -> {
          FunctionalElement v = enumValue(FunctionalElement.class);
          if (v != null) {
            b.element(v);
          }
        }
        case 1 -> {
          Boolean v = bool();
          if (v != null) {
            b.objective(v);
          }
        }
        case 2 -> {
          LocalDate v = date();
          if (v != null) {
            b.documentedOn(v);
          }
        }
        case 3 -> {
          String v = text();
          if (v != null) {
            b.source(v);
          }
        }
        case 4 -> {
          Modality v = enumValue(Modality.class);
          if (v != null) {
            b.attributedTo(v);
          }
        }
        case 5 -> {
          String v = text();
          if (v != null) {
            b.description(v);
          }
        }
        default -> throw new IllegalStateException("no field " + slot);
      }
    }
    f.required(0, 1);
    return f.exit() ? b.build() : null;
  }

  private @Nullable DisputedItem readItem() throws IOException {
    DisputedItem.Builder b = DisputedItem.builder();
    Fields f = new Fields(ITEM, ITEM_STEPS);
    for (int slot = f.next(); slot != Fields.END; slot = f.next()) {
      switch (slot) {
        case 0 -> {
          String v = text();
          if (v != null) {
            b.id(v);
          }
        }
        case 1 -> {
          String v = text();
          if (v != null) {
            b.requestedAs(v);
          }
        }
        case 2 -> {
          TreatmentRequest v = object() ? readRequest() : null;
          if (v != null) {
            b.request(v);
          }
        }
        case 3 -> {
          UrDecision v = object() ? readUrDecision() : null;
          if (v != null) {
            b.urDecision(v);
          }
        }
        default -> throw new IllegalStateException("no field " + slot);
      }
    }
    f.required(0, 1, 2, 3);
    return f.exit() ? b.build() : null;
  }

  private @Nullable TreatmentRequest readRequest() throws IOException {
    TreatmentRequest.Builder b = TreatmentRequest.builder();
    Fields f = new Fields(REQUEST, REQUEST_STEPS);
    for (int slot = f.next(); slot != Fields.END; slot = f.next()) {
      switch (slot) {
        case 0 -> {
          Modality v = enumValue(Modality.class);
          if (v != null) {
            b.modality(v);
          }
        }
        case 1 -> {
          BodyRegion v = enumValue(BodyRegion.class);
          if (v != null) {
            b.region(v);
          }
        }
        case 2 -> {
          Laterality v = enumValue(Laterality.class);
          if (v != null) {
            b.laterality(v);
          }
        }
        case 3 -> {
          FrequencyRange v = object() ? readFrequency() : null;
          if (v != null) {
            b.frequency(v);
          }
        }
        case 4 -> {
          Integer v = integer();
          if (v != null) {
            b.weeks(v);
          }
        }
        case 5 -> {
          Integer v = integer();
          if (v != null) {
            b.totalSessions(v);
          }
        }
        default -> throw new IllegalStateException("no field " + slot);
      }
    }
    return f.exit() ? b.build() : null;
  }

  private @Nullable FrequencyRange readFrequency() throws IOException {
    Fields f = new Fields(FREQUENCY, FREQUENCY_STEPS);
    @Nullable Integer min = null;
    @Nullable Integer max = null;
    for (int slot = f.next(); slot != Fields.END; slot = f.next()) {
      switch (slot) {
        case 0 -> min = integer();
        case 1 -> max = integer();
        default -> throw new IllegalStateException("no field " + slot);
      }
    }
    f.required(0, 1);
    return f.exit() && min != null && max != null ? FrequencyRange.of(min, max) : null;
  }

  private @Nullable UrDecision readUrDecision() throws IOException {
    UrDecision.Builder b = UrDecision.builder();
    Fields f = new Fields(UR_DECISION, UR_DECISION_STEPS);
    for (int slot = f.next(); slot != Fields.END; slot = f.next()) {
      switch (slot) {
        case 0 -> {
          UrOutcome v = enumValue(UrOutcome.class);
          if (v != null) {
            b.outcome(v);
          }
        }
        case 1 -> {
          Integer v = integer();
          if (v != null) {
            b.approvedSessions(v);
          }
        }
        case 2 -> {
          String v = text();
          if (v != null) {
            b.guidelineCited(v);
          }
        }
        default -> throw new IllegalStateException("no field " + slot);
      }
    }
    f.required(0);
    return f.exit() ? b.build() : null;
  }

  // ---- values: the parser is at the value's first token, and is left at its last ------------

  private void problem(String message) {
    violations.add(new Keyed(Arrays.copyOf(order, depth + 1), Violation.of(path(), message)));
  }

  private String path() {
    StringBuilder path = new StringBuilder("$");
    for (int level = 1; level <= depth; level++) {
      String step = steps[level];
      if (step != null) {
        path.append(step);
      } else {
        path.append('[').append(indexes[level]).append(']');
      }
    }
    return path.toString();
  }

  /** Whether the value is an object; if not, reports it and walks past it. */
  private boolean object() throws IOException {
    return isObject();
  }

  private boolean isObject() throws IOException {
    if (p.currentToken() == JsonToken.START_OBJECT) {
      return true;
    }
    problem("must be an object");
    skip();
    return false;
  }

  private boolean array() throws IOException {
    if (p.currentToken() == JsonToken.START_ARRAY) {
      return true;
    }
    problem("must be an array");
    skip();
    return false;
  }

  /** Enters the array the parser is at: the items are one level deeper. Returns 0. */
  private int enterArray() {
    depth++;
    steps[depth] = null;
    return 0;
  }

  /**
   * Moves to item {@code i}, or leaves the array at its end: whether there is an item. A null item
   * is read like any other value (and refused by its reader, as the tree reader did).
   */
  private boolean nextItem(int i) throws IOException {
    if (p.nextToken() == JsonToken.END_ARRAY) {
      depth--;
      return false;
    }
    indexes[depth] = i;
    order[depth] = i;
    return true;
  }

  private @Nullable String text() throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      problem("must be a string");
      skip();
      return null;
    }
    String text = p.getText();
    if (!Utf8.isEncodable(text)) {
      // an escaped unpaired surrogate: the case could not be written back as UTF-8
      problem("must be well-formed Unicode text");
      return null;
    }
    return text;
  }

  private @Nullable LocalDate date() throws IOException {
    String text = text();
    if (text == null) {
      return null;
    }
    try {
      return isoDate(text);
    } catch (DateTimeException e) {
      problem("must be an ISO-8601 date (yyyy-MM-dd)");
      return null;
    }
  }

  private @Nullable Integer integer() throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NUMBER_INT
        && p.getNumberType() == JsonParser.NumberType.INT) {
      return p.getIntValue();
    }
    problem("must be a whole number");
    skip();
    return null;
  }

  private @Nullable Boolean bool() throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
      return token == JsonToken.VALUE_TRUE;
    }
    problem("must be true or false");
    skip();
    return null;
  }

  private <E extends Enum<E>> @Nullable E enumValue(Class<E> type) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      // The constant's name compared with the parser's characters: no string made per value.
      char[] chars = p.getTextCharacters();
      int offset = p.getTextOffset();
      int length = p.getTextLength();
      for (Enum<?> constant : CONSTANTS.get(type)) {
        if (sameText(constant.name(), chars, offset, length)) {
          return type.cast(constant);
        }
      }
    } else {
      skip();
    }
    problem(
        "must be one of "
            + Arrays.stream(type.getEnumConstants())
                .map(Enum::name)
                .collect(Collectors.joining(", ")));
    return null;
  }

  /** Each enum type's constants, read once: {@code getEnumConstants} copies them every call. */
  private static final ClassValue<Enum<?>[]> CONSTANTS =
      new ClassValue<>() {
        @Override
        protected Enum<?>[] computeValue(Class<?> type) {
          return (Enum<?>[]) type.getEnumConstants();
        }
      };

  private static boolean sameText(String name, char[] chars, int offset, int length) {
    if (name.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (name.charAt(i) != chars[offset + i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Walks past the value the parser is at as the tree reader would have read it: every text
   * decoded, every number parsed, every object checked for a repeated key.
   */
  private void skip() throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.START_OBJECT) {
      Set<String> seen = new HashSet<>();
      for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
        String name = p.currentName();
        p.nextToken();
        boolean container = openContainer();
        if (container && !seen.add(name)) {
          throw new Duplicate(duplicates.of(p));
        }
        skip();
        if (!container && !seen.add(name)) {
          throw new Duplicate(duplicates.of(p));
        }
      }
    } else if (token == JsonToken.START_ARRAY) {
      while (p.nextToken() != JsonToken.END_ARRAY) {
        skip();
      }
    } else {
      complete();
    }
  }

  private boolean openContainer() {
    JsonToken t = p.currentToken();
    return t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY;
  }

  /** Finishes a scalar as the tree reader did: decodes a text, parses a number. */
  private void complete() throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_STRING) {
      p.getText();
    } else if (token == JsonToken.VALUE_NUMBER_INT) {
      p.getNumberValue();
    } else if (token == JsonToken.VALUE_NUMBER_FLOAT) {
      p.getDoubleValue();
    }
  }

  /**
   * An ISO-8601 date: the common {@code yyyy-MM-dd} form read digit by digit, anything else (a
   * signed or longer year) by {@link LocalDate#parse}, which accepts exactly what it did before.
   *
   * @throws DateTimeException if the text is not a valid date
   */
  static LocalDate isoDate(String text) {
    if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
      int year = digits(text, 0, 4);
      int month = digits(text, 5, 7);
      int day = digits(text, 8, 10);
      if (year >= 0 && month >= 0 && day >= 0) {
        return LocalDate.of(year, month, day);
      }
    }
    return LocalDate.parse(text);
  }

  /**
   * The ASCII digits from {@code start} to {@code end} as a number, or -1 if one is not a digit.
   */
  private static int digits(String text, int start, int end) {
    int value = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /**
   * The fields of one object, in document order: {@link #next} moves to each field of the model
   * with the parser at its value, and deals itself with a null value (absent), an unknown field
   * (reported by position, walked past) and a repeated key (thrown).
   */
  private final class Fields {
    static final int END = -1;

    private final String[] fields;
    private final String[] fieldSteps;
    private final int level;
    private final int violationsBefore;
    private long seen; // the model's fields met, null or not
    private long given; // the model's fields met with a value other than null
    private @Nullable List<String> unknown;
    private int position = -1;
    private int current = END;
    private boolean open; // the current field's value is an object or array not yet read

    /** Enters the object whose START_OBJECT the parser is at. */
    Fields(String[] fields, String[] fieldSteps) {
      this.fields = fields;
      this.fieldSteps = fieldSteps;
      this.violationsBefore = violations.size();
      this.level = ++depth;
      if (depth > MAX_DEPTH) {
        throw new IllegalStateException("nesting beyond the model");
      }
    }

    /** The next field of the model that has a value, or {@link #END} at the end of the object. */
    int next() throws IOException {
      afterValue();
      for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
        String name = p.currentName();
        position++;
        int slot = slot(name);
        JsonToken value = p.nextToken();
        if (slot == END) {
          unknownField(name);
          continue;
        }
        long bit = 1L << slot;
        open = value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY;
        if (open && (seen & bit) != 0) {
          throw new Duplicate(duplicates.of(p));
        }
        steps[level] = fieldSteps[slot];
        order[level] = slot;
        if (value == JsonToken.VALUE_NULL) {
          checkRepeat(bit);
          continue;
        }
        current = slot;
        given |= bit;
        return slot;
      }
      return END;
    }

    /** After the reader of the current field: a scalar's repetition is noticed now. */
    private void afterValue() {
      if (current != END) {
        if (!open) {
          checkRepeat(1L << current);
        }
        seen |= 1L << current;
        current = END;
      }
    }

    private void checkRepeat(long bit) {
      if ((seen & bit) != 0) {
        throw new Duplicate(duplicates.of(p));
      }
      seen |= bit;
    }

    private void unknownField(String name) throws IOException {
      if (unknown == null) {
        unknown = new ArrayList<>(2);
      }
      List<String> names = unknown;
      boolean container = openContainer();
      if (container && names.contains(name)) {
        throw new Duplicate(duplicates.of(p));
      }
      steps[level] = CaseReader.this.names.step(name, position);
      order[level] = UNKNOWN + position;
      skip();
      if (!container && names.contains(name)) {
        throw new Duplicate(duplicates.of(p));
      }
      names.add(name);
      problem("is not a known field");
    }

    private int slot(String name) {
      for (int i = 0; i < fields.length; i++) {
        if (fields[i].equals(name)) {
          return i;
        }
      }
      return END;
    }

    /** Reports each of the given fields that had no value (absent or null). */
    void required(int... slots) {
      for (int slot : slots) {
        if ((given & (1L << slot)) == 0) {
          steps[level] = fieldSteps[slot];
          order[level] = slot;
          problem("is required");
        }
      }
    }

    /** Leaves the object: whether it and everything in it read cleanly. */
    boolean exit() {
      depth = level - 1;
      return violations.size() == violationsBefore;
    }
  }
}
