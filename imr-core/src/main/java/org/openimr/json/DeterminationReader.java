package org.openimr.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.openimr.model.ContentSource;
import org.openimr.model.CriterionResult;
import org.openimr.model.CriterionStatus;
import org.openimr.model.Decision;
import org.openimr.model.DecisionInvariantException;
import org.openimr.model.Determination;
import org.openimr.model.Evidence;
import org.openimr.model.EvidenceTier;
import org.openimr.model.GuidelineCitation;
import org.openimr.model.GuidelineEdition;
import org.openimr.model.GuidelineSource;
import org.openimr.model.ImrOutcome;
import org.openimr.model.InvalidCaseException;
import org.openimr.model.MedicalNecessity;
import org.openimr.model.PassedOver;
import org.openimr.model.Rationale;
import org.openimr.model.ReviewerQualifications;
import org.openimr.model.Violation;

/**
 * Reads a determination, a decision or a criterion result from a JSON tree, field by field,
 * collecting every problem with its JSON path, as {@link CaseReader} reads a case.
 *
 * <p>Design notes: what {@link ImrJson#write} writes, this reads, and the value read is equal to
 * the one written. Evidence is read from the parallel {@code evidence} (text) and {@code
 * evidenceItems} (code and facts) arrays, which must be as long as each other; without {@code
 * evidenceItems} (JSON written before structured evidence) each sentence is free text. Derived
 * fields are checked against what they derive from: {@code outcome} against the necessity, {@code
 * rationale} against its {@code rationaleSource} when one is given. A rule a value breaks when it
 * is built (a decision invariant, a content source's shape) is reported at the value's path, in the
 * format's words, never quoting the input. Fact names are keys this format does not define, so a
 * path names them by position.
 */
final class DeterminationReader {
  private static final int MAX_FACT_LIST = 1000;

  private final List<Violation> violations = new ArrayList<>();
  private final FieldNames names;

  private DeterminationReader(FieldNames names) {
    this.names = names;
  }

  static Determination readDetermination(JsonNode root, FieldNames names) {
    DeterminationReader reader = new DeterminationReader(names);
    return reader.finish(reader.determination(root, "$"));
  }

  static Decision readDecision(JsonNode root, FieldNames names) {
    DeterminationReader reader = new DeterminationReader(names);
    return reader.finish(reader.decision(root, "$"));
  }

  static CriterionResult readCriterion(JsonNode root, FieldNames names) {
    DeterminationReader reader = new DeterminationReader(names);
    return reader.finish(reader.criterion(root, "$"));
  }

  private <T> T finish(@Nullable T value) {
    if (value == null || !violations.isEmpty()) {
      throw new InvalidCaseException(violations);
    }
    return value;
  }

  private @Nullable Determination determination(JsonNode node, String path) {
    Fields f = fields(node, path);
    if (f == null) {
      return null;
    }
    Determination.Builder b = Determination.builder();
    f.text("caseNumber", true).ifPresent(b::caseNumber);
    f.list("decisions", this::decision).forEach(b::addDecisions);
    f.object("reviewer", false, this::reviewer).ifPresent(b::reviewer);
    f.date("decidedOn", false).ifPresent(b::decidedOn);
    return f.finish(b::build, "determination");
  }

  private @Nullable ReviewerQualifications reviewer(JsonNode node, String path) {
    Fields f = fields(node, path);
    if (f == null) {
      return null;
    }
    ReviewerQualifications.Builder b = ReviewerQualifications.builder();
    f.text("specialty", true).ifPresent(b::specialty);
    f.bool("boardCertified", false).ifPresent(b::boardCertified);
    f.text("subspecialty", false).ifPresent(b::subspecialty);
    f.text("licensedIn", true).ifPresent(b::licensedIn);
    f.integer("yearsInActivePractice", false).ifPresent(b::yearsInActivePractice);
    f.integer("hoursPerWeekInPractice", false).ifPresent(b::hoursPerWeekInPractice);
    return f.finish(b::build, "reviewer");
  }

  private @Nullable Decision decision(JsonNode node, String path) {
    Fields f = fields(node, path);
    if (f == null) {
      return null;
    }
    Decision.Builder b = Decision.builder();
    f.text("itemId", true).ifPresent(b::itemId);
    Optional<MedicalNecessity> necessity = f.enumValue("necessity", MedicalNecessity.class, true);
    necessity.ifPresent(b::necessity);
    f.text("notEvaluableReason", false).ifPresent(b::notEvaluableReason);
    f.text("evaluatorId", true).ifPresent(b::evaluatorId);
    f.text("evaluatorVersion", true).ifPresent(b::evaluatorVersion);
    f.list("criteria", this::criterion).forEach(b::addCriteria);
    Optional<String> rationale = f.text("rationale", true);
    Optional<Rationale> source = f.object("rationaleSource", false, this::rationale);
    if (rationale.isPresent()) {
      b.rationaleSource(source.orElseGet(() -> Rationale.text(rationale.get())));
    }
    f.list("citations", this::citation).forEach(b::addCitations);
    f.bool("advisory", false).ifPresent(b::advisory);
    f.list("advisoryDecisions", this::decision).forEach(b::addAdvisoryDecisions);
    f.object("content", false, this::content).ifPresent(b::content);
    f.list("passedOver", this::passedOver).forEach(b::addPassedOver);
    Optional<ImrOutcome> outcome = f.enumValue("outcome", ImrOutcome.class, false);
    Decision d = f.finish(b::build, "decision");
    if (d == null) {
      return null;
    }
    if (!outcome.equals(d.outcome())) {
      problem(path + ".outcome", "does not match the necessity");
      return null;
    }
    if (source.isPresent() && !d.rationale().equals(rationale.orElseThrow())) {
      problem(path + ".rationale", "is not the text its rationaleSource renders");
      return null;
    }
    return d;
  }

  private @Nullable Rationale rationale(JsonNode node, String path) {
    Fields f = fields(node, path);
    if (f == null) {
      return null;
    }
    Optional<String> code = f.text("code", true);
    Optional<String> text = f.text("text", false);
    Optional<String> requestedAs = f.text("requestedAs", false);
    Optional<GuidelineEdition> edition = f.object("edition", false, this::edition);
    boolean passedOver = f.bool("namesPassedOver", false).orElse(false);
    Supplier<@Nullable Rationale> build =
        () -> {
          Rationale r;
          if (code.get().equals(Rationale.TEXT)
              && text.isPresent()
              && requestedAs.isEmpty()
              && edition.isEmpty()) {
            r = Rationale.text(text.get());
          } else if (code.get().equals(Rationale.CRITERIA)
              && text.isEmpty()
              && requestedAs.isPresent()
              && edition.isPresent()) {
            r = Rationale.fromCriteria(requestedAs.get(), edition.get());
          } else {
            problem(
                path,
                "must be a text rationale (code, text) or a criteria rationale (code,"
                    + " requestedAs, edition)");
            return null;
          }
          return r.namingPassedOver(passedOver);
        };
    return f.finish(build, "rationale source");
  }

  private @Nullable CriterionResult criterion(JsonNode node, String path) {
    Fields f = fields(node, path);
    if (f == null) {
      return null;
    }
    Optional<String> id = f.text("id", true);
    Optional<String> description = f.text("description", true);
    Optional<CriterionStatus> status = f.enumValue("status", CriterionStatus.class, true);
    List<String> texts = f.list("evidence", this::string);
    int textCount = f.size("evidence");
    boolean structured = f.has("evidenceItems");
    List<EvidenceItem> items = f.list("evidenceItems", this::evidenceItem);
    int itemCount = f.size("evidenceItems");
    Optional<GuidelineCitation> citation = f.object("citation", true, this::citation);
    if (structured && itemCount >= 0 && textCount >= 0 && itemCount != textCount) {
      problem(path + ".evidenceItems", "must have one item for each sentence of evidence");
    }
    Supplier<CriterionResult> build =
        () -> {
          List<Evidence> evidence = new ArrayList<>(texts.size());
          for (int i = 0; i < texts.size(); i++) {
            evidence.add(
                structured
                    ? Evidence.recorded(items.get(i).code(), items.get(i).facts(), texts.get(i))
                    : Evidence.text(texts.get(i)));
          }
          return CriterionResult.ofEvidence(
              id.orElseThrow(),
              description.orElseThrow(),
              status.orElseThrow(),
              evidence,
              citation.orElseThrow());
        };
    return f.finish(build, "criterion result");
  }

  /** One evidence item's code and facts, as read. */
  private record EvidenceItem(String code, Map<String, Object> facts) {}

  private @Nullable EvidenceItem evidenceItem(JsonNode node, String path) {
    Fields f = fields(node, path);
    if (f == null) {
      return null;
    }
    Optional<String> code = f.text("code", true);
    Map<String, Object> facts = f.object("facts", false, this::facts).orElse(Map.of());
    if (code.isPresent() && code.get().equals(Evidence.TEXT) && !facts.isEmpty()) {
      problem(path + ".facts", "must be absent for free-text evidence");
    }
    return f.finish(() -> new EvidenceItem(code.orElseThrow(), facts), "evidence item");
  }

  private @Nullable Map<String, Object> facts(JsonNode node, String path) {
    if (!node.isObject()) {
      problem(path, "must be an object");
      return null;
    }
    Map<String, Object> facts = new LinkedHashMap<>();
    int index = 0;
    boolean ok = true;
    for (Map.Entry<String, JsonNode> fact : node.properties()) {
      // A fact's name is the evaluator's, not the format's: by position in paths.
      index++;
      String at = path + ".<field " + index + ">";
      if (!Utf8.isEncodable(fact.getKey())) {
        problem(at, "must have a well-formed Unicode name");
        ok = false;
        continue;
      }
      @Nullable Object value = factValue(fact.getValue(), at);
      if (value == null) {
        ok = false;
      } else {
        facts.put(fact.getKey(), value);
      }
    }
    return ok ? facts : null;
  }

  private @Nullable Object factValue(JsonNode value, String path) {
    if (value.isIntegralNumber() && value.canConvertToInt()) {
      return value.intValue();
    }
    if (value.isBoolean()) {
      return value.booleanValue();
    }
    if (value.isTextual()) {
      return string(value, path);
    }
    if (value.isArray() && value.size() <= MAX_FACT_LIST) {
      List<String> strings = new ArrayList<>(value.size());
      for (int i = 0; i < value.size(); i++) {
        @Nullable String s = string(value.get(i), path + "[" + i + "]");
        if (s == null) {
          return null;
        }
        strings.add(s);
      }
      return List.copyOf(strings);
    }
    problem(
        path,
        "must be a whole number, true or false, a string or an array of at most "
            + MAX_FACT_LIST
            + " strings");
    return null;
  }

  private @Nullable String string(JsonNode node, String path) {
    if (!node.isTextual()) {
      problem(path, "must be a string");
      return null;
    }
    if (!Utf8.isEncodable(node.textValue())) {
      problem(path, "must be well-formed Unicode text");
      return null;
    }
    return node.textValue();
  }

  private @Nullable GuidelineCitation citation(JsonNode node, String path) {
    Fields f = fields(node, path);
    if (f == null) {
      return null;
    }
    Optional<GuidelineEdition> edition = f.object("edition", true, this::edition);
    Optional<String> section = f.text("section", true);
    Optional<String> title = f.text("title", true);
    return f.finish(
        () ->
            GuidelineCitation.of(edition.orElseThrow(), section.orElseThrow(), title.orElseThrow()),
        "citation");
  }

  private @Nullable GuidelineEdition edition(JsonNode node, String path) {
    Fields f = fields(node, path);
    if (f == null) {
      return null;
    }
    GuidelineEdition.Builder b = GuidelineEdition.builder();
    f.enumValue("source", GuidelineSource.class, true).ifPresent(b::source);
    f.text("title", true).ifPresent(b::title);
    f.text("label", true).ifPresent(b::label);
    f.date("effectiveFrom", true).ifPresent(b::effectiveFrom);
    f.date("effectiveTo", false).ifPresent(b::effectiveTo);
    return f.finish(b::build, "guideline edition");
  }

  private @Nullable ContentSource content(JsonNode node, String path) {
    Fields f = fields(node, path);
    if (f == null) {
      return null;
    }
    Optional<String> id = f.text("id", true);
    Optional<String> version = f.text("version", true);
    Optional<String> sha256 = f.text("sha256", true);
    return f.finish(
        () -> ContentSource.of(id.orElseThrow(), version.orElseThrow(), sha256.orElseThrow()),
        "content source (id, version and sha256 of the content pack's shape)");
  }

  private @Nullable PassedOver passedOver(JsonNode node, String path) {
    Fields f = fields(node, path);
    if (f == null) {
      return null;
    }
    Optional<String> id = f.text("evaluatorId", true);
    Optional<EvidenceTier> tier = f.enumValue("tier", EvidenceTier.class, true);
    Optional<String> reason = f.text("reason", true);
    return f.finish(
        () -> PassedOver.of(id.orElseThrow(), tier.orElseThrow(), reason.orElseThrow()),
        "guideline passed over");
  }

  // ---- the mechanics (as CaseReader's) ----------------------------------------------------------

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

    boolean has(String name) {
      JsonNode value = node.get(name);
      return value != null && !value.isNull();
    }

    /** The length of an array field; -1 when absent or not an array. */
    int size(String name) {
      JsonNode value = node.get(name);
      return value != null && value.isArray() ? value.size() : -1;
    }

    Optional<String> text(String name, boolean required) {
      JsonNode value = field(name, required);
      return value == null
          ? Optional.empty()
          : Optional.ofNullable(string(value, path + "." + name));
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
          : Optional.ofNullable(DeterminationReader.this.enumValue(value, path + "." + name, type));
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
      List<T> items = new ArrayList<>(value.size());
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
        return;
      }
      int index = 0;
      for (Iterator<String> fieldNames = node.fieldNames(); fieldNames.hasNext(); index++) {
        String name = fieldNames.next();
        if (!known.contains(name)) {
          problem(path + names.step(name, index), "is not a known field");
        }
      }
    }

    /**
     * Builds the value when this object and everything in it read cleanly; a rule the value breaks
     * when built is a problem at this object's path, named by the kind of value, not the input.
     */
    <T> @Nullable T finish(Supplier<@Nullable T> build, String what) {
      rejectUnknown();
      if (violations.size() != violationsBefore) {
        return null;
      }
      try {
        return build.get();
      } catch (DecisionInvariantException e) {
        // The invariant's own words: fixed text that quotes nothing of the input.
        problem(path, "breaks a decision invariant: " + e.invariant());
      } catch (IllegalArgumentException | IllegalStateException e) {
        problem(path, "is not a valid " + what);
      }
      return null;
    }
  }
}
