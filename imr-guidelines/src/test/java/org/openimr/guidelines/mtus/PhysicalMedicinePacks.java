package org.openimr.guidelines.mtus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The bundled physical medicine pack, edited for a test. */
final class PhysicalMedicinePacks {
  private PhysicalMedicinePacks() {}

  /** The bundled pack's tree, to edit. */
  static ObjectNode tree() {
    try (InputStream in =
        ContentPacks.class.getResourceAsStream(
            "/" + ContentPacks.DIRECTORY + ContentPacks.BUNDLED_PHYSICAL_MEDICINE)) {
      return (ObjectNode) ExamplePacks.MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The postsurgical edition of a tree of the bundled pack. */
  static ObjectNode postsurgical(ObjectNode pack) {
    for (JsonNode e : pack.path("editions")) {
      if (e.path("guideline").asText().equals(ContentVocabulary.POSTSURGICAL)) {
        return (ObjectNode) e;
      }
    }
    throw new IllegalStateException("no postsurgical edition");
  }

  /**
   * The bundled pack, under another id, with its postsurgical table's rows replaced by those of a
   * test resource beside this class (a JSON array of rows in the pack's format).
   *
   * @throws ContentPackException if the rows are wrong
   */
  static ContentPack withPostsurgicalRows(String resource) {
    ObjectNode tree = tree();
    tree.put("id", "test.physical-medicine");
    try (InputStream in = PhysicalMedicinePacks.class.getResourceAsStream(resource)) {
      postsurgical(tree).set(ContentVocabulary.POSTSURGICAL_ROWS, ExamplePacks.MAPPER.readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ExamplePacks.read(ExamplePacks.write(tree), resource);
  }
}
