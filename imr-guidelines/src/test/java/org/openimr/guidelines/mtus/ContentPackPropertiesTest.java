package org.openimr.guidelines.mtus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of reading packs: the hash, and what a problem may say. */
class ContentPackPropertiesTest {
  /** Values the mutations write, which no problem may quote. */
  private static final List<String> PACK_TEXT =
      List.of("NOT-A-VALUE", "fortnights", "no.such-figure", "mtus.nothing", "openimr-content/2");

  @Provide
  Arbitrary<GeneratedPacks.Generated> packs() {
    return Arbitraries.randomValue(GeneratedPacks::generate);
  }

  @Provide
  Arbitrary<Long> seeds() {
    return Arbitraries.longs();
  }

  @Property(tries = 300)
  void theHashOfAValidPackDoesNotDependOnLayoutOrKeyOrder(@ForAll("seeds") long seed) {
    Random random = new Random(seed);
    ObjectNode pack = GeneratedPacks.valid(random);
    String pretty = ExamplePacks.write(pack);
    String shuffled = shuffled(pack, random).toString();

    ContentPack a = ExamplePacks.read(pretty, "a.json");
    ContentPack b = ExamplePacks.read(shuffled, "b.json");
    ContentPack c = ExamplePacks.read(pretty.replace("\n", "\r\n"), "c.json");

    assertThat(b.sha256()).isEqualTo(a.sha256());
    assertThat(c.sha256()).isEqualTo(a.sha256());
  }

  @Property(tries = 400)
  void aPackIsReadOrRefusedWithProblemsThatQuoteNothingFromIt(
      @ForAll("packs") GeneratedPacks.Generated generated) {
    try {
      ExamplePacks.read(ExamplePacks.write(generated.pack()), "generated.json");
      assertThat(generated.mutations()).isEmpty();
    } catch (ContentPackException e) {
      assertThat(e.problems()).isNotEmpty();
      assertThat(e.problems())
          .allSatisfy(
              p -> {
                assertThat(p.origin()).isEqualTo("generated.json");
                assertThat(p.path()).startsWith("$");
              });
      for (String text : PACK_TEXT) {
        assertThat(e.getMessage()).doesNotContain(text);
      }
    }
  }

  /** The same tree with the keys of every object in a random order. */
  private static JsonNode shuffled(JsonNode node, Random random) {
    if (node.isObject()) {
      List<String> names = new ArrayList<>();
      for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
        names.add(it.next());
      }
      Collections.shuffle(names, random);
      ObjectNode copy = JsonNodeFactory.instance.objectNode();
      for (String name : names) {
        copy.set(name, shuffled(node.get(name), random));
      }
      return copy;
    }
    if (node.isArray()) {
      ArrayNode copy = JsonNodeFactory.instance.arrayNode();
      node.forEach(item -> copy.add(shuffled(item, random)));
      return copy;
    }
    return node;
  }
}
