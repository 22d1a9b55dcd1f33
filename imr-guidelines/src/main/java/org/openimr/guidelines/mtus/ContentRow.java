package org.openimr.guidelines.mtus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One row of a bundled content table (a JSON array of objects), with typed getters that name the
 * resource, row and field when the data is wrong.
 *
 * <p>Design notes: the content tables ship inside this jar and are read once, at class
 * initialization of the type that holds them. A mistake in them is a packaging bug, so reading
 * fails fast with an {@link IllegalStateException} that says exactly where, rather than letting an
 * evaluator run on half a table.
 */
final class ContentRow {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final String resource;
  private final int index;
  private final JsonNode node;

  private ContentRow(String resource, int index, JsonNode node) {
    this.resource = resource;
    this.index = index;
    this.node = node;
  }

  /** Reads every row of a JSON array resource beside this class. */
  static List<ContentRow> readAll(String resource) {
    try (InputStream in = ContentRow.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("content resource " + resource + " is missing");
      }
      JsonNode array = MAPPER.readTree(in);
      if (array == null || !array.isArray()) {
        throw new IllegalStateException("content resource " + resource + " is not a JSON array");
      }
      List<ContentRow> rows = new ArrayList<>();
      for (int i = 0; i < array.size(); i++) {
        rows.add(new ContentRow(resource, i, array.get(i)));
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException("content resource " + resource + " cannot be read", e);
    }
  }

  /** The rows of a JSON array a content pack gave (already checked by {@link PackReader}). */
  static List<ContentRow> of(String origin, JsonNode array) {
    List<ContentRow> rows = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      rows.add(new ContentRow(origin, i, array.get(i)));
    }
    return rows;
  }

  /** A provenance written as its code in a content pack ({@code "R"}, {@code "Q"}, ...). */
  Provenance provenance(String field) {
    return Provenance.ofCode(text(field))
        .orElseThrow(() -> wrong(field, "is not a provenance code"));
  }

  String text(String field) {
    return optionalText(field).orElseThrow(() -> wrong(field, "is required"));
  }

  Optional<String> optionalText(String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (!value.isTextual()) {
      throw wrong(field, "must be a string");
    }
    return Optional.of(value.textValue());
  }

  int integer(String field) {
    JsonNode value = node.get(field);
    if (value == null || !value.isInt()) {
      throw wrong(field, "must be a whole number");
    }
    return value.intValue();
  }

  Optional<Integer> optionalInteger(String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? Optional.empty() : Optional.of(integer(field));
  }

  boolean bool(String field) {
    JsonNode value = node.get(field);
    if (value == null || !value.isBoolean()) {
      throw wrong(field, "must be true or false");
    }
    return value.booleanValue();
  }

  LocalDate date(String field) {
    return optionalDate(field).orElseThrow(() -> wrong(field, "is required"));
  }

  Optional<LocalDate> optionalDate(String field) {
    try {
      return optionalText(field).map(LocalDate::parse);
    } catch (DateTimeParseException e) {
      throw wrong(field, "must be an ISO-8601 date");
    }
  }

  List<String> texts(String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return List.of();
    }
    if (!value.isArray()) {
      throw wrong(field, "must be an array of strings");
    }
    List<String> texts = new ArrayList<>();
    value.forEach(
        v -> {
          if (!v.isTextual()) {
            throw wrong(field, "must be an array of strings");
          }
          texts.add(v.textValue());
        });
    return texts;
  }

  <E extends Enum<E>> E enumValue(String field, Class<E> type) {
    String text = text(field);
    try {
      return Enum.valueOf(type, text);
    } catch (IllegalArgumentException e) {
      throw wrong(field, "is not a " + type.getSimpleName());
    }
  }

  IllegalStateException wrong(String field, String problem) {
    return new IllegalStateException(
        "content resource " + resource + ", row " + index + ", field " + field + ": " + problem);
  }
}
