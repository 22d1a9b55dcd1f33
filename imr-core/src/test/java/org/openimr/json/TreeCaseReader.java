package org.openimr.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
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
 * The case reader before the streaming one, kept as the reference it must agree with: reads a case
 * from a JSON tree (parsed as {@link ImrJson} parses any document), field by field, collecting
 * every structural problem.
 *
 * <p>Design notes: Jackson's data binding stops at the first problem and quotes the input in its
 * messages; a case may hold patient data, and its author wants every mistake at once. So the case
 * is read by hand: each reader records a violation with the JSON path and carries on, and the case
 * is built only when no part failed. Field names are those Jackson writes (the accessor names), so
 * what {@link ImrJson#write} writes, this reads; a round-trip property test holds them together.
 */
final class TreeCaseReader {
  private final List<Violation> violations = new ArrayList<>();
  private final FieldNames names;

  private TreeCaseReader(FieldNames names) {
    this.names = names;
  }

  /** Reads a case as {@code ImrJson.readCase(String)} did before the streaming reader. */
  static Case readCase(String json) {
    return read(ImrJson.standard().parseTree(json), ImrJson.standard().names()).requireValid();
  }

  /** Reads a case as {@code ImrJson.readCase(byte[])} did before the streaming reader. */
  static Case readCase(byte[] json) {
    return read(ImrJson.standard().parseTree(json), ImrJson.standard().names()).requireValid();
  }

  static Case read(JsonNode root, FieldNames names) {
    TreeCaseReader reader = new TreeCaseReader(names);
    @Nullable Case c = reader.readCase(root);
    if (c == null || !reader.violations.isEmpty()) {
      throw new InvalidCaseException(reader.violations);
    }
    return c;
  }

  private @Nullable Case readCase(JsonNode node) {
    Fields f = fields(node, "$");
    if (f == null) {
      return null;
    }
    Case.Builder b = Case.builder();
    f.text("caseNumber", true).ifPresent(b::caseNumber);
    f.object("patient", true, this::readPatient).ifPresent(b::patient);
    f.date("dateOfInjury", true).ifPresent(b::dateOfInjury);
    f.date("requestDate", false).ifPresent(b::requestDate);
    f.date("urDecisionDate", false).ifPresent(b::urDecisionDate);
    f.date("imrApplicationDate", false).ifPresent(b::imrApplicationDate);
    f.list("injuredRegions", (n, p) -> enumValue(n, p, BodyRegion.class))
        .forEach(b::addInjuredRegions);
    f.list("diagnoses", this::readDiagnosis).forEach(b::addDiagnoses);
    f.list("surgeries", this::readSurgery).forEach(b::addSurgeries);
    f.list("treatmentHistory", this::readPriorTreatment).forEach(b::addTreatmentHistory);
    f.enumValue("painMedication", PainMedicationStatus.class, false).ifPresent(b::painMedication);
    f.list("findings", (n, p) -> enumValue(n, p, ClinicalFinding.class)).forEach(b::addFindings);
    f.list("functionalImprovement", this::readEvidence).forEach(b::addFunctionalImprovement);
    f.list("disputedItems", this::readItem).forEach(b::addDisputedItems);
    f.rejectUnknown();
    return violations.isEmpty() ? b.build() : null;
  }

  private @Nullable Patient readPatient(JsonNode node, String path) {
    Fields f = fields(node, path);
    if (f == null) {
      return null;
    }
    Patient.Builder b = Patient.builder();
    f.integer("age", true).ifPresent(b::age);
    f.enumValue("sex", Sex.class, true).ifPresent(b::sex);
    f.text("occupation", false).ifPresent(b::occupation);
    f.text("name", false).ifPresent(b::name);
    f.date("dateOfBirth", false).ifPresent(b::dateOfBirth);
    f.text("claimNumber", false).ifPresent(b::claimNumber);
    return f.finish(b::build);
  }

  private @Nullable Diagnosis readDiagnosis(JsonNode node, String path) {
    Fields f = fields(node, path);
    if (f == null) {
      return null;
    }
    Diagnosis.Builder b = Diagnosis.builder();
    f.enumValue("system", CodeSystem.class, true).ifPresent(b::system);
    f.text("code", true).ifPresent(b::code);
    f.text("text", false).ifPresent(b::text);
    f.enumValue("region", BodyRegion.class, false).ifPresent(b::region);
    return f.finish(b::build);
  }

  private @Nullable Surgery readSurgery(JsonNode node, String path) {
    Fields f = fields(node, path);
    if (f == null) {
      return null;
    }
    Surgery.Builder b = Surgery.builder();
    f.text("procedure", true).ifPresent(b::procedure);
    f.enumValue("region", BodyRegion.class, true).ifPresent(b::region);
    f.enumValue("laterality", Laterality.class, false).ifPresent(b::laterality);
    f.date("date", true).ifPresent(b::date);
    f.object("diagnosis", false, this::readDiagnosis).ifPresent(b::diagnosis);
    return f.finish(b::build);
  }

  private @Nullable PriorTreatment readPriorTreatment(JsonNode node, String path) {
    Fields f = fields(node, path);
    if (f == null) {
      return null;
    }
    PriorTreatment.Builder b = PriorTreatment.builder();
    f.enumValue("modality", Modality.class, true).ifPresent(b::modality);
    f.enumValue("region", BodyRegion.class, false).ifPresent(b::region);
    f.integer("sessionsAuthorized", false).ifPresent(b::sessionsAuthorized);
    f.integer("sessionsCompleted", false).ifPresent(b::sessionsCompleted);
    f.date("startDate", false).ifPresent(b::startDate);
    f.date("endDate", false).ifPresent(b::endDate);
    f.text("documentedOutcome", false).ifPresent(b::documentedOutcome);
    return f.finish(b::build);
  }

  private @Nullable FunctionalImprovementEvidence readEvidence(JsonNode node, String path) {
    Fields f = fields(node, path);
    if (f == null) {
      return null;
    }
    FunctionalImprovementEvidence.Builder b = FunctionalImprovementEvidence.builder();
    f.enumValue("element", FunctionalElement.class, true).ifPresent(b::element);
    f.bool("objective", true).ifPresent(b::objective);
    f.date("documentedOn", false).ifPresent(b::documentedOn);
    f.text("source", false).ifPresent(b::source);
    f.enumValue("attributedTo", Modality.class, false).ifPresent(b::attributedTo);
    f.text("description", false).ifPresent(b::description);
    return f.finish(b::build);
  }

  private @Nullable DisputedItem readItem(JsonNode node, String path) {
    Fields f = fields(node, path);
    if (f == null) {
      return null;
    }
    DisputedItem.Builder b = DisputedItem.builder();
    f.text("id", true).ifPresent(b::id);
    f.text("requestedAs", true).ifPresent(b::requestedAs);
    f.object("request", true, this::readRequest).ifPresent(b::request);
    f.object("urDecision", true, this::readUrDecision).ifPresent(b::urDecision);
    return f.finish(b::build);
  }

  private @Nullable TreatmentRequest readRequest(JsonNode node, String path) {
    Fields f = fields(node, path);
    if (f == null) {
      return null;
    }
    TreatmentRequest.Builder b = TreatmentRequest.builder();
    f.enumValue("modality", Modality.class, false).ifPresent(b::modality);
    f.enumValue("region", BodyRegion.class, false).ifPresent(b::region);
    f.enumValue("laterality", Laterality.class, false).ifPresent(b::laterality);
    f.object("frequency", false, this::readFrequency).ifPresent(b::frequency);
    f.integer("weeks", false).ifPresent(b::weeks);
    f.integer("totalSessions", false).ifPresent(b::totalSessions);
    return f.finish(b::build);
  }

  private @Nullable FrequencyRange readFrequency(JsonNode node, String path) {
    Fields f = fields(node, path);
    if (f == null) {
      return null;
    }
    Optional<Integer> min = f.integer("min", true);
    Optional<Integer> max = f.integer("max", true);
    return f.finish(() -> FrequencyRange.of(min.orElseThrow(), max.orElseThrow()));
  }

  private @Nullable UrDecision readUrDecision(JsonNode node, String path) {
    Fields f = fields(node, path);
    if (f == null) {
      return null;
    }
    UrDecision.Builder b = UrDecision.builder();
    f.enumValue("outcome", UrOutcome.class, true).ifPresent(b::outcome);
    f.integer("approvedSessions", false).ifPresent(b::approvedSessions);
    f.text("guidelineCited", false).ifPresent(b::guidelineCited);
    return f.finish(b::build);
  }

  // ---- the mechanics -------------------------------------------------------------------------

  private void problem(String path, String message) {
    violations.add(Violation.of(path, message));
  }

  private @Nullable Fields fields(JsonNode node, String path) {
    if (!node.isObject()) {
      problem(path, "must be an object");
      return null;
    }
    return new Fields(node, path);
  }

  private <E extends Enum<E>> @Nullable E enumValue(JsonNode node, String path, Class<E> type) {
    if (node.isTextual()) {
      try {
        // Enum.valueOf looks the name up in the JDK's cached table: no array copy per call.
        return Enum.valueOf(type, node.textValue());
      } catch (IllegalArgumentException unknown) {
        // reported below
      }
    }
    problem(
        path,
        "must be one of "
            + Arrays.stream(type.getEnumConstants())
                .map(Enum::name)
                .collect(Collectors.joining(", ")));
    return null;
  }

  /** The fields of one JSON object; remembers which were read so that the rest can be refused. */
  private final class Fields {
    private final JsonNode node;
    private final String path;
    private final int violationsBefore;
    // A handful of names per object: a list scan is cheaper than a hash set. Jackson's field names
    // and the reader's literals are both interned, so equals mostly ends at ==.
    private final List<String> known = new ArrayList<>(16);
    private int present;

    Fields(JsonNode node, String path) {
      this.node = node;
      this.path = path;
      this.violationsBefore = violations.size();
    }

    private @Nullable JsonNode field(String name, boolean required) {
      JsonNode value = node.get(name);
      if (!known.contains(name)) {
        known.add(name);
        if (value != null) {
          present++;
        }
      }
      if (value == null || value.isNull()) {
        if (required) {
          problem(path + "." + name, "is required");
        }
        return null;
      }
      return value;
    }

    Optional<String> text(String name, boolean required) {
      JsonNode value = field(name, required);
      if (value == null) {
        return Optional.empty();
      }
      if (!value.isTextual()) {
        problem(path + "." + name, "must be a string");
        return Optional.empty();
      }
      String text = value.textValue();
      if (!Utf8.isEncodable(text)) {
        // an escaped unpaired surrogate: the case could not be written back as UTF-8
        problem(path + "." + name, "must be well-formed Unicode text");
        return Optional.empty();
      }
      return Optional.of(text);
    }

    Optional<Integer> integer(String name, boolean required) {
      JsonNode value = field(name, required);
      if (value == null) {
        return Optional.empty();
      }
      if (!value.isIntegralNumber() || !value.canConvertToInt()) {
        problem(path + "." + name, "must be a whole number");
        return Optional.empty();
      }
      return Optional.of(value.intValue());
    }

    Optional<Boolean> bool(String name, boolean required) {
      JsonNode value = field(name, required);
      if (value == null) {
        return Optional.empty();
      }
      if (!value.isBoolean()) {
        problem(path + "." + name, "must be true or false");
        return Optional.empty();
      }
      return Optional.of(value.booleanValue());
    }

    Optional<LocalDate> date(String name, boolean required) {
      Optional<String> text = text(name, required);
      if (text.isEmpty()) {
        return Optional.empty();
      }
      try {
        return Optional.of(CaseReader.isoDate(text.get()));
      } catch (DateTimeException e) {
        problem(path + "." + name, "must be an ISO-8601 date (yyyy-MM-dd)");
        return Optional.empty();
      }
    }

    <E extends Enum<E>> Optional<E> enumValue(String name, Class<E> type, boolean required) {
      JsonNode value = field(name, required);
      return value == null
          ? Optional.empty()
          : Optional.ofNullable(TreeCaseReader.this.enumValue(value, path + "." + name, type));
    }

    <T> Optional<T> object(
        String name, boolean required, BiFunction<JsonNode, String, @Nullable T> reader) {
      JsonNode value = field(name, required);
      return value == null
          ? Optional.empty()
          : Optional.ofNullable(reader.apply(value, path + "." + name));
    }

    <T> List<T> list(String name, BiFunction<JsonNode, String, @Nullable T> reader) {
      JsonNode value = field(name, false);
      if (value == null) {
        return List.of();
      }
      if (!value.isArray()) {
        problem(path + "." + name, "must be an array");
        return List.of();
      }
      List<T> items = new ArrayList<>();
      for (int i = 0; i < value.size(); i++) {
        T item = reader.apply(value.get(i), path + "." + name + "[" + i + "]");
        if (item != null) {
          items.add(item);
        }
      }
      return items;
    }

    void rejectUnknown() {
      if (present == node.size()) {
        return; // every field of the object was read: none is unknown
      }
      int index = 0;
      for (Iterator<String> fieldNames = node.fieldNames(); fieldNames.hasNext(); index++) {
        String name = fieldNames.next();
        if (!known.contains(name)) {
          // by position unless the format defines the name: the key may be anything, a name too
          problem(path + names.step(name, index), "is not a known field");
        }
      }
    }

    /** Builds the value when this object and everything in it read cleanly. */
    <T> @Nullable T finish(java.util.function.Supplier<T> build) {
      rejectUnknown();
      return violations.size() == violationsBefore ? build.get() : null;
    }
  }
}
