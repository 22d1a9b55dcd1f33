package org.openimr.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.openimr.model.Case;
import org.openimr.model.InvalidCaseException;
import org.openimr.model.Violation;

/**
 * The streaming case reader reports exactly what the tree-based reader it replaced reported (kept
 * in the tests as {@link TreeCaseReader}): the same case for valid input, the same violations in
 * the same order for broken input, from text and from bytes: the edits and hostile bytes of the
 * strict-reading properties, and generated damage to the seed case (fields removed, of the wrong
 * type or out of bounds, unknown, repeated, in another order, null items). Generated valid cases
 * are read by the round-trip and schema properties of the modules that have the testkit.
 */
class StreamingReaderAgreesWithTreeReaderTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final ImrJson json = ImrJson.standard();
  private final StrictReadingPropertiesTest strict = new StrictReadingPropertiesTest();

  /** A case, the violations, or the class of anything else thrown. */
  private static Object outcome(Supplier<Case> read) {
    try {
      return read.get();
    } catch (InvalidCaseException e) {
      List<String> violations = new ArrayList<>();
      for (Violation v : e.violations()) {
        violations.add(v.path() + ": " + v.message());
      }
      return violations;
    } catch (RuntimeException e) {
      return e.getClass();
    }
  }

  private void agree(String text) {
    assertThat(outcome(() -> json.readCase(text)))
        .isEqualTo(outcome(() -> TreeCaseReader.readCase(text)));
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    assertThat(outcome(() -> json.readCase(bytes)))
        .isEqualTo(outcome(() -> TreeCaseReader.readCase(bytes)));
  }

  private void agree(byte[] bytes) {
    assertThat(outcome(() -> json.readCase(bytes)))
        .isEqualTo(outcome(() -> TreeCaseReader.readCase(bytes)));
  }

  @Property(tries = 1)
  void theSeedCaseIsReadAlike() {
    String text = ImrJsonTest.seedJson();

    assertThat(json.readCase(text)).isEqualTo(TreeCaseReader.readCase(text));
    agree(text);
  }

  @Property(tries = 500)
  void theEditsOfTheStrictReadingPropertiesAreReadAlike(
      @ForAll("edits") List<StrictReadingPropertiesTest.Edit> edits) {
    String text = ImrJsonTest.seedJson();
    for (StrictReadingPropertiesTest.Edit edit : edits) {
      text = edit.applyTo(text);
    }
    agree(text);
  }

  @Provide
  Arbitrary<List<StrictReadingPropertiesTest.Edit>> edits() {
    return strict.edits();
  }

  @Property(tries = 500)
  void hostileBytesAreReadAlike(@ForAll("hostileBytes") byte[] bytes) {
    agree(bytes);
  }

  @Provide
  Arbitrary<byte[]> hostileBytes() {
    return strict.hostileBytes();
  }

  // ---- structural damage ----------------------------------------------------------------------

  enum Damage {
    REMOVE,
    WRONG_TYPE,
    UNKNOWN,
    SHUFFLE,
    REPEAT,
    NULL_ITEM
  }

  record Change(Damage damage, int where, int variant) {}

  @Provide
  Arbitrary<List<Change>> changes() {
    return Combinators.combine(
            Arbitraries.of(Damage.class),
            Arbitraries.integers().between(0, 10_000),
            Arbitraries.integers().between(0, 10_000))
        .as(Change::new)
        .list()
        .ofMinSize(1)
        .ofMaxSize(5);
  }

  @Property(tries = 1000)
  void damagedCasesAreReadOrRefusedAlike(@ForAll("changes") List<Change> changes) throws Exception {
    ObjectNode root = (ObjectNode) MAPPER.readTree(ImrJsonTest.seedJson());
    List<String> repeats = new ArrayList<>();
    for (Change change : changes) {
      apply(root, change, repeats);
    }
    String text = MAPPER.writeValueAsString(root);
    for (String repeat : repeats) {
      // a repeated key cannot be made in a tree: written into the text after an opening brace
      int at = nthBrace(text, repeat.hashCode());
      text = text.substring(0, at + 1) + repeat + text.substring(at + 1);
    }
    agree(text);
  }

  private static int nthBrace(String text, int n) {
    List<Integer> braces = new ArrayList<>();
    for (int i = text.indexOf('{'); i >= 0; i = text.indexOf('{', i + 1)) {
      braces.add(i);
    }
    return braces.get(Math.floorMod(n, braces.size()));
  }

  private static final List<JsonNode> WRONG_VALUES =
      List.of(
          JsonNodeFactory.instance.numberNode(3),
          JsonNodeFactory.instance.numberNode(-1),
          JsonNodeFactory.instance.numberNode(0),
          JsonNodeFactory.instance.numberNode(200),
          JsonNodeFactory.instance.numberNode(5000),
          JsonNodeFactory.instance.textNode("1800-01-01"),
          JsonNodeFactory.instance.textNode("2014-05-01"),
          JsonNodeFactory.instance.textNode(""),
          JsonNodeFactory.instance.textNode("\uD800"),
          JsonNodeFactory.instance.numberNode(3.5),
          JsonNodeFactory.instance.numberNode(1L << 40),
          JsonNodeFactory.instance.textNode("x"),
          JsonNodeFactory.instance.textNode("2024-02-30"),
          JsonNodeFactory.instance.booleanNode(true),
          JsonNodeFactory.instance.nullNode(),
          JsonNodeFactory.instance.arrayNode().add(1).add("y"),
          JsonNodeFactory.instance.objectNode().put("a", 1),
          JsonNodeFactory.instance.objectNode());

  private static final List<String> REPEATS =
      List.of(
          "\"caseNumber\": 1, \"caseNumber\": 2, ",
          "\"zz\": {\"a\": 1}, \"zz\": [], ",
          "\"age\": \"a\", \"age\": \"b\", ",
          "\"q\": [{\"k\": 1, \"k\": 2}], ",
          "\"id\": null, \"id\": {}, ");

  private static void apply(ObjectNode root, Change change, List<String> repeats) {
    List<ObjectNode> objects = new ArrayList<>();
    List<ArrayNode> arrays = new ArrayList<>();
    collect(root, objects, arrays);
    Random random = new Random(change.variant());
    switch (change.damage()) {
      case REMOVE, WRONG_TYPE, UNKNOWN, SHUFFLE -> {
        ObjectNode target = objects.get(change.where() % objects.size());
        List<String> names = new ArrayList<>();
        target.fieldNames().forEachRemaining(names::add);
        if (names.isEmpty() && change.damage() != Damage.UNKNOWN) {
          return;
        }
        switch (change.damage()) {
          case REMOVE -> target.remove(names.get(change.variant() % names.size()));
          case WRONG_TYPE ->
              target.set(
                  names.get(change.variant() % names.size()),
                  WRONG_VALUES.get(random.nextInt(WRONG_VALUES.size())).deepCopy());
          case UNKNOWN -> {
            String name =
                List.of("extra", "age", "modality", "Zq" + change.variant()).get(random.nextInt(4));
            if (!target.has(name)) {
              insertAt(
                  target,
                  random.nextInt(names.size() + 1),
                  name,
                  WRONG_VALUES.get(random.nextInt(WRONG_VALUES.size())).deepCopy());
            }
          }
          case SHUFFLE -> {
            List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
            target.fields().forEachRemaining(fields::add);
            Collections.shuffle(fields, random);
            target.removeAll();
            fields.forEach(e -> target.set(e.getKey(), e.getValue()));
          }
          default -> throw new IllegalStateException();
        }
      }
      case REPEAT -> repeats.add(REPEATS.get(change.variant() % REPEATS.size()));
      case NULL_ITEM -> {
        if (!arrays.isEmpty()) {
          ArrayNode target = arrays.get(change.where() % arrays.size());
          target.insert(random.nextInt(target.size() + 1), JsonNodeFactory.instance.nullNode());
        }
      }
    }
  }

  private static void insertAt(ObjectNode target, int at, String name, JsonNode value) {
    List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
    target.fields().forEachRemaining(fields::add);
    target.removeAll();
    for (int i = 0; i <= fields.size(); i++) {
      if (i == at) {
        target.set(name, value);
      }
      if (i < fields.size()) {
        target.set(fields.get(i).getKey(), fields.get(i).getValue());
      }
    }
  }

  private static void collect(JsonNode node, List<ObjectNode> objects, List<ArrayNode> arrays) {
    if (node instanceof ObjectNode object) {
      objects.add(object);
      object.elements().forEachRemaining(child -> collect(child, objects, arrays));
    } else if (node instanceof ArrayNode array) {
      arrays.add(array);
      array.elements().forEachRemaining(child -> collect(child, objects, arrays));
    }
  }
}
