package org.openimr.guidelines.mtus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * The testkit's fictional example pack ({@value #RESOURCE}), and packs made from it or from text
 * for tests.
 */
final class ExamplePacks {
  /**
   * Where the example pack lives: in imr-testkit, so the CLI's and the examples' tests share it.
   */
  static final String RESOURCE = "/org/openimr/testkit/example-content-pack.json";

  static final ObjectMapper MAPPER = new ObjectMapper();

  private ExamplePacks() {}

  /** The example pack, read and checked. */
  static ContentPack example() {
    return read(text(), "example-content-pack.json");
  }

  /** The example pack's text. */
  static String text() {
    try (InputStream in = ExamplePacks.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing " + RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The example pack's tree, to change before reading. */
  static ObjectNode tree() {
    try {
      return (ObjectNode) MAPPER.readTree(text());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The example pack with a change made to its tree. */
  static ContentPack edited(Consumer<ObjectNode> edit) {
    ObjectNode tree = tree();
    edit.accept(tree);
    return read(write(tree), "edited.json");
  }

  /** The example's (only) edition, to change. */
  static ObjectNode edition(ObjectNode pack) {
    return (ObjectNode) pack.path("editions").path(0);
  }

  static String write(JsonNode tree) {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ContentPack read(String json, String name) {
    try {
      return ContentPacks.read(
          new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
