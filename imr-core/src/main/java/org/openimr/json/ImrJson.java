package org.openimr.json;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.openimr.model.Case;
import org.openimr.model.CriterionResult;
import org.openimr.model.Decision;
import org.openimr.model.Determination;
import org.openimr.model.GuidelineEdition;
import org.openimr.model.InvalidCaseException;
import org.openimr.model.Violation;

/**
 * Reads and writes every model type as JSON: dates as ISO-8601 strings, enums by their constant
 * names, absent optional values left out. Immutable and thread-safe; share one instance.
 *
 * <p>Safety: input size, nesting depth and string length are bounded; polymorphic default typing is
 * never enabled. A malformed or invalid case is reported as one {@link InvalidCaseException}
 * listing every problem with its JSON path; no Jackson exception and no input value escapes.
 *
 * <p>Strict reading, for every {@code read} method: the input must be exactly one JSON document in
 * well-formed UTF-8 (no overlong forms, no encoded surrogates, nothing beyond U+10FFFF) with no
 * byte order mark and no NUL byte; UTF-16 and UTF-32 are not read. Text input must be well-formed
 * Unicode (no unpaired surrogate). Input that breaks one of these is one violation at {@code $}
 * whose message quotes no byte of it. An object must not repeat a key: the repetition is reported
 * at its own path. Content after the first document is reported as {@code $: must contain exactly
 * one JSON document}.
 *
 * <p>Paths never contain input text. A key is written by name when it is a field name of this
 * format (some model type's property, e.g. {@code $.patient.age}); any other key is written by its
 * position among its object's fields, counted from 1: {@code $.patient.<field 3>} is the third
 * field of the patient object.
 */
@API(status = STABLE, since = "0.1")
public final class ImrJson {
  /** The largest JSON document read, in characters or bytes. */
  public static final long MAX_DOCUMENT_LENGTH = 8L * 1024 * 1024;

  private static final int MAX_DOCUMENT_BYTES = (int) MAX_DOCUMENT_LENGTH;
  private static final String TOO_LARGE = "the document exceeds a size, depth or length limit";
  private static final String NOT_UTF8 = "is not well-formed UTF-8";
  private static final String NUL =
      "must be UTF-8 without NUL bytes (UTF-16 and UTF-32 are not read)";
  private static final String BOM = "must not begin with a byte order mark";
  private static final String UNPAIRED = "is not well-formed Unicode (unpaired surrogate)";
  private static final String ONE_DOCUMENT = "must contain exactly one JSON document";
  private static final String DUPLICATE = "is a duplicate of an earlier field";
  private static final int MAX_NESTING_DEPTH = 32;
  private static final int MAX_STRING_LENGTH = 256 * 1024;
  private static final int MAX_NUMBER_LENGTH = 32;

  private static final ImrJson STANDARD = new ImrJson();

  private final ObjectMapper mapper;
  private final FieldNames names;

  private ImrJson() {
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxDocumentLength(MAX_DOCUMENT_LENGTH)
                    .maxNestingDepth(MAX_NESTING_DEPTH)
                    .maxStringLength(MAX_STRING_LENGTH)
                    .maxNumberLength(MAX_NUMBER_LENGTH)
                    .build())
            .build();
    this.mapper =
        JsonMapper.builder(factory)
            .addModule(new Jdk8Module())
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            // A repeated key fails where the tree is built, at no cost to documents without one;
            // content after the document is checked by parseTree, to be reported as such.
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .defaultPropertyInclusion(
                JsonInclude.Value.construct(
                    JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT))
            .build();
    this.names =
        new FieldNames(
            propertyNames(
                mapper,
                List.of(Case.class, Determination.class, Violation.class, GuidelineEdition.class)));
  }

  /** The field names of the format, for the tree-based reference reader of the tests. */
  FieldNames names() {
    return names;
  }

  /** The shared instance. */
  public static ImrJson standard() {
    return STANDARD;
  }

  /**
   * Reads a case and checks it: the encoding and syntax first (see the class comment on strict
   * reading), then structure (fields present, of the right type, known enum constants, ISO dates),
   * then, once it is well formed, every {@linkplain Case#violations() whole-case rule}. A text
   * value holding an unpaired surrogate escape (<code>&#92;uD800</code>), which could not be
   * written back as UTF-8, is a violation at its field.
   *
   * @throws InvalidCaseException listing every problem with its JSON path
   */
  public Case readCase(String json) {
    Objects.requireNonNull(json, "json");
    checkText(json);
    try {
      return readCase(mapper.createParser(json));
    } catch (IOException e) {
      throw invalid("$", "is not well-formed JSON");
    }
  }

  /** Reads a case from UTF-8 bytes; see {@link #readCase(String)}. */
  public Case readCase(byte[] json) {
    Objects.requireNonNull(json, "json");
    checkBytes(json);
    try {
      return readCase(mapper.createParser(json));
    } catch (IOException e) {
      throw invalid("$", NOT_UTF8);
    }
  }

  /**
   * Reads a case from a UTF-8 stream, which the caller closes; see {@link #readCase(String)}.
   *
   * @throws InvalidCaseException listing every problem with its JSON path, also for a stream longer
   *     than {@link #MAX_DOCUMENT_LENGTH}
   * @throws UncheckedIOException if the stream itself fails
   */
  public Case readCase(InputStream json) {
    Objects.requireNonNull(json, "json");
    byte[] bytes;
    try {
      bytes = json.readNBytes(MAX_DOCUMENT_BYTES + 1);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read case JSON", e);
    }
    if (bytes.length > MAX_DOCUMENT_BYTES) {
      throw invalid("$", TOO_LARGE);
    }
    return readCase(bytes);
  }

  /**
   * Reads one case from the parser, which it closes, as strictly as {@link #parseTree(JsonParser)}
   * reads a document and without building a tree: a problem of the document is reported alone, then
   * content after the case, then the structural problems, then the whole-case rules.
   */
  private Case readCase(JsonParser parser) throws IOException {
    try (JsonParser p = parser) {
      Case c;
      try {
        if (p.nextToken() == null) {
          throw invalid("$", "the document is empty");
        }
        c = CaseReader.read(p, names, this::duplicatePath);
      } catch (JacksonException e) {
        throw syntaxFailure(e, p);
      } catch (CaseReader.Duplicate e) {
        throw invalid(e.path(), DUPLICATE);
      } catch (InvalidCaseException structural) {
        requireEnd(p);
        throw structural;
      }
      requireEnd(p);
      return c.requireValid();
    }
  }

  /** Refuses content after the document the parser has read. */
  private static void requireEnd(JsonParser p) {
    try {
      if (p.nextToken() != null) {
        throw invalid("$", ONE_DOCUMENT);
      }
    } catch (IOException e) {
      throw invalid("$", ONE_DOCUMENT);
    }
  }

  /**
   * Reads a determination as {@link #write} writes it, as strictly as a case: the encoding and
   * syntax first, then every structural problem (fields present, of the right type, known enum
   * constants, ISO dates, no unknown field), then the rules a value checks when built (a decision's
   * invariants), each with its JSON path and never quoting the input. Evidence comes back with its
   * codes and facts and the text the JSON carries; a rationale with a {@code rationaleSource} must
   * be the text that source renders. The determination read is equal to the one written.
   *
   * @throws InvalidCaseException listing every problem with its JSON path
   */
  @API(status = EXPERIMENTAL, since = "0.2")
  public Determination readDetermination(String json) {
    Objects.requireNonNull(json, "json");
    return DeterminationReader.readDetermination(parseTree(json), names);
  }

  /**
   * Reads one decision as {@link #write} writes it, as strictly as {@link
   * #readDetermination(String)}.
   *
   * @throws InvalidCaseException listing every problem with its JSON path
   */
  @API(status = EXPERIMENTAL, since = "0.2")
  public Decision readDecision(String json) {
    Objects.requireNonNull(json, "json");
    return DeterminationReader.readDecision(parseTree(json), names);
  }

  /**
   * Reads a value of any model type, e.g. a {@link org.openimr.model.Determination}, as strictly as
   * a case (see the class comment).
   *
   * @throws InvalidCaseException naming the path at fault, for malformed or mistyped input
   */
  public <T> T read(String json, Class<T> type) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(type, "type");
    if (type == Case.class) {
      return type.cast(readCase(json));
    }
    if (type == Determination.class) {
      return type.cast(readDetermination(json));
    }
    if (type == Decision.class) {
      return type.cast(readDecision(json));
    }
    if (type == CriterionResult.class) {
      return type.cast(DeterminationReader.readCriterion(parseTree(json), names));
    }
    JsonNode tree = parseTree(json);
    try {
      return mapper.treeToValue(tree, type);
    } catch (JacksonException e) {
      throw bindingFailure(e, tree);
    } catch (IllegalArgumentException e) {
      throw invalid("$", "has the wrong type or is missing a required field");
    }
  }

  /** Writes any model value as compact JSON. */
  public String write(Object value) {
    Objects.requireNonNull(value, "value");
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "value cannot be written as JSON: " + e.getOriginalMessage());
    }
  }

  /** Writes any model value as compact UTF-8 JSON. */
  public byte[] writeBytes(Object value) {
    Objects.requireNonNull(value, "value");
    try {
      return mapper.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "value cannot be written as JSON: " + e.getOriginalMessage());
    }
  }

  /** Writes any model value as indented JSON, for people to read. */
  public String writePretty(Object value) {
    Objects.requireNonNull(value, "value");
    try {
      return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "value cannot be written as JSON: " + e.getOriginalMessage());
    }
  }

  // ---- strict parsing --------------------------------------------------------------------------

  private static void checkText(String json) {
    if (!json.isEmpty() && json.charAt(0) == '\uFEFF') {
      throw invalid("$", BOM);
    }
    if (!Utf8.isEncodable(json)) {
      throw invalid("$", UNPAIRED);
    }
  }

  private static void checkBytes(byte[] json) {
    if (json.length >= 3
        && json[0] == (byte) 0xEF
        && json[1] == (byte) 0xBB
        && json[2] == (byte) 0xBF) {
      throw invalid("$", BOM);
    }
    // Well-formed UTF-8 with no NUL byte and no byte order mark: Jackson's encoding detection can
    // only find UTF-8. (A NUL byte is no JSON anywhere; in the first four bytes it would make
    // Jackson guess UTF-16 or UTF-32.)
    switch (Utf8.check(json)) {
      case Utf8.MALFORMED -> throw invalid("$", NOT_UTF8);
      case Utf8.NUL -> throw invalid("$", NUL);
      default -> {}
    }
  }

  /** The tree of a document; package-private for the tree-based reference reader of the tests. */
  JsonNode parseTree(String json) {
    checkText(json);
    try {
      return parseTree(mapper.createParser(json));
    } catch (IOException e) {
      throw invalid("$", "is not well-formed JSON");
    }
  }

  /** The tree of a document; package-private for the tree-based reference reader of the tests. */
  JsonNode parseTree(byte[] json) {
    checkBytes(json);
    try {
      return parseTree(mapper.createParser(json));
    } catch (IOException e) {
      throw invalid("$", NOT_UTF8);
    }
  }

  /** Reads one document from the parser, which it closes, and refuses anything after it. */
  private JsonNode parseTree(JsonParser parser) throws IOException {
    try (JsonParser p = parser) {
      JsonNode tree;
      try {
        tree = mapper.readTree(p);
      } catch (JacksonException e) {
        throw syntaxFailure(e, p);
      }
      if (tree == null || tree.isMissingNode()) {
        throw invalid("$", "the document is empty");
      }
      try {
        if (p.nextToken() != null) {
          throw invalid("$", ONE_DOCUMENT);
        }
      } catch (JacksonException e) {
        throw invalid("$", ONE_DOCUMENT);
      }
      return tree;
    }
  }

  /**
   * Turns a failure to read the tree into one violation with the kind of problem and, for a
   * repeated key, its path. Jackson's own message quotes the input, which may be patient data.
   */
  private InvalidCaseException syntaxFailure(JacksonException e, JsonParser p) {
    if (e instanceof StreamConstraintsException) {
      return invalid("$", TOO_LARGE);
    }
    if (e instanceof MismatchedInputException && isDuplicate(e)) {
      return invalid(duplicatePath(p), DUPLICATE);
    }
    com.fasterxml.jackson.core.JsonLocation at = e.getLocation();
    return invalid(
        "$",
        at == null || at.getLineNr() < 0
            ? "is not well-formed JSON"
            : "is not well-formed JSON (line "
                + at.getLineNr()
                + ", column "
                + at.getColumnNr()
                + ")");
  }

  /**
   * Whether the tree reader refused a repeated key. The tree reader raises no other mismatch with
   * trailing tokens unchecked; the message is looked at, never passed on.
   */
  private static boolean isDuplicate(JacksonException e) {
    String message = e.getOriginalMessage();
    return message != null && message.startsWith("Duplicate field");
  }

  /**
   * The path of a repeated key from the parser's state when the tree reader refused it: at the
   * repeated field's value, or, when that value is an object or array, just inside it.
   */
  String duplicatePath(JsonParser p) {
    JsonStreamContext context = p.getParsingContext();
    JsonToken token = p.currentToken();
    if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY)
        && context.getParent() != null) {
      context = context.getParent();
    }
    Deque<String> steps = new ArrayDeque<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      steps.push(
          c.inArray()
              ? "[" + c.getCurrentIndex() + "]"
              : names.step(c.getCurrentName(), c.getCurrentIndex()));
    }
    return "$" + String.join("", steps);
  }

  /**
   * Turns a data-binding failure into one violation with its path and the kind of problem only. The
   * path is rebuilt from the tree, so that a key not of this format is written by position.
   */
  private InvalidCaseException bindingFailure(JacksonException e, JsonNode tree) {
    if (!(e instanceof JsonMappingException mapping)) {
      return invalid("$", "is not well-formed JSON");
    }
    StringBuilder path = new StringBuilder("$");
    @Nullable JsonNode node = tree;
    for (JsonMappingException.Reference ref : mapping.getPath()) {
      String name = ref.getFieldName();
      if (name != null) {
        path.append(names.step(name, node == null ? -1 : indexOf(node, name)));
        node = node == null ? null : node.get(name);
      } else {
        path.append('[').append(ref.getIndex()).append(']');
        node = node == null ? null : node.get(ref.getIndex());
      }
    }
    return invalid(
        path.toString(),
        e instanceof UnrecognizedPropertyException
            ? "is not a known field"
            : "has the wrong type or is missing a required field");
  }

  /** The position of a key among an object's fields, from 0, or -1. */
  private static int indexOf(JsonNode object, String name) {
    int index = 0;
    for (var names = object.fieldNames(); names.hasNext(); index++) {
      if (names.next().equals(name)) {
        return index;
      }
    }
    return -1;
  }

  static InvalidCaseException invalid(String path, String message) {
    return new InvalidCaseException(List.of(Violation.of(path, message)));
  }

  /**
   * Every property name that Jackson writes for the given model types and the model types they
   * hold: the field names of the format, which a path may show.
   */
  private static Set<String> propertyNames(ObjectMapper mapper, List<Class<?>> roots) {
    Set<String> names = new HashSet<>();
    Set<Class<?>> seen = new HashSet<>();
    Deque<JavaType> todo = new ArrayDeque<>();
    roots.forEach(root -> todo.add(mapper.constructType(root)));
    try {
      while (!todo.isEmpty()) {
        JavaType type = todo.pop();
        while (type.getContentType() != null) {
          type = type.getContentType(); // List<X>, Optional<X>, Set<X>: X
        }
        Class<?> raw = type.getRawClass();
        if (raw.isEnum()
            || !raw.getPackageName().equals(Case.class.getPackageName())
            || !seen.add(raw)) {
          continue;
        }
        mapper
            .getSerializerProviderInstance()
            .findValueSerializer(type)
            .properties()
            .forEachRemaining(
                property -> {
                  names.add(property.getName());
                  todo.add(property.getType());
                });
      }
    } catch (JsonMappingException e) {
      throw new IllegalStateException("the model types cannot be written as JSON", e);
    }
    return Collections.unmodifiableSet(names);
  }
}
