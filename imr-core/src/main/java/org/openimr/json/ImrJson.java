package org.openimr.json;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.openimr.model.Case;
import org.openimr.model.InvalidCaseException;
import org.openimr.model.Violation;

/**
 * Reads and writes every model type as JSON: dates as ISO-8601 strings, enums by their constant
 * names, absent optional values left out. Immutable and thread-safe; share one instance.
 *
 * <p>Safety: input size, nesting depth and string length are bounded; polymorphic default typing is
 * never enabled. A malformed or invalid case is reported as one {@link InvalidCaseException}
 * listing every problem with its JSON path; no Jackson exception and no input value escapes.
 */
@API(status = STABLE, since = "0.1")
public final class ImrJson {
  /** The largest JSON document read, in characters or bytes. */
  public static final long MAX_DOCUMENT_LENGTH = 8L * 1024 * 1024;

  private static final int MAX_DOCUMENT_BYTES = (int) MAX_DOCUMENT_LENGTH;
  private static final String TOO_LARGE = "the document exceeds a size, depth or length limit";
  private static final int MAX_NESTING_DEPTH = 32;
  private static final int MAX_STRING_LENGTH = 256 * 1024;
  private static final int MAX_NUMBER_LENGTH = 32;

  private static final ImrJson STANDARD = new ImrJson();

  private final ObjectMapper mapper;

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
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .defaultPropertyInclusion(
                JsonInclude.Value.construct(
                    JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT))
            .build();
  }

  /** The shared instance. */
  public static ImrJson standard() {
    return STANDARD;
  }

  /**
   * Reads a case and checks it: structure first (fields present, of the right type, known enum
   * constants, ISO dates), then, once it is well formed, every {@linkplain Case#violations()
   * whole-case rule}.
   *
   * @throws InvalidCaseException listing every problem with its JSON path
   */
  public Case readCase(String json) {
    Objects.requireNonNull(json, "json");
    return readCase(parseTree(json));
  }

  /** Reads a case from UTF-8 bytes; see {@link #readCase(String)}. */
  public Case readCase(byte[] json) {
    Objects.requireNonNull(json, "json");
    return readCase(parseTree(json));
  }

  /** Reads a case from a UTF-8 stream, which the caller closes; see {@link #readCase(String)}. */
  public Case readCase(InputStream json) {
    Objects.requireNonNull(json, "json");
    byte[] bytes;
    try {
      bytes = json.readNBytes(MAX_DOCUMENT_BYTES + 1);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read case JSON", e);
    }
    if (bytes.length > MAX_DOCUMENT_BYTES) {
      throw new InvalidCaseException(List.of(Violation.of("$", TOO_LARGE)));
    }
    return readCase(bytes);
  }

  private Case readCase(JsonNode tree) {
    return CaseReader.read(tree).requireValid();
  }

  /**
   * Reads a value of any model type, e.g. a {@link org.openimr.model.Determination}.
   *
   * @throws InvalidCaseException naming the path at fault, for malformed or mistyped input
   */
  public <T> T read(String json, Class<T> type) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(type, "type");
    if (type == Case.class) {
      return type.cast(readCase(json));
    }
    try {
      return mapper.readValue(json, type);
    } catch (JacksonException e) {
      throw invalid(e);
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

  private JsonNode parseTree(String json) {
    try {
      return nonNull(mapper.readTree(json));
    } catch (JacksonException e) {
      throw invalid(e);
    }
  }

  private JsonNode parseTree(byte[] json) {
    try {
      return nonNull(mapper.readTree(json));
    } catch (JacksonException e) {
      throw invalid(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode nonNull(JsonNode tree) {
    if (tree == null || tree.isMissingNode()) {
      throw new InvalidCaseException(List.of(Violation.of("$", "the document is empty")));
    }
    return tree;
  }

  /**
   * Turns a Jackson failure into a violation with the path and the kind of problem only: Jackson's
   * own message quotes the input, which may be patient data.
   */
  private static InvalidCaseException invalid(JacksonException e) {
    String path = "$";
    if (e instanceof JsonMappingException mapping) {
      path =
          "$"
              + mapping.getPath().stream()
                  .map(
                      ref ->
                          ref.getFieldName() != null
                              ? "." + ref.getFieldName()
                              : "[" + ref.getIndex() + "]")
                  .collect(Collectors.joining());
    }
    String kind;
    if (e instanceof com.fasterxml.jackson.core.exc.StreamConstraintsException) {
      kind = TOO_LARGE;
    } else if (e instanceof com.fasterxml.jackson.core.JsonParseException) {
      com.fasterxml.jackson.core.JsonLocation at = e.getLocation();
      kind =
          at == null
              ? "is not well-formed JSON"
              : "is not well-formed JSON (line "
                  + at.getLineNr()
                  + ", column "
                  + at.getColumnNr()
                  + ")";
    } else if (e instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException) {
      kind = "is not a known field";
    } else {
      kind = "has the wrong type or is missing a required field";
    }
    return new InvalidCaseException(List.of(Violation.of(path, kind)));
  }
}
