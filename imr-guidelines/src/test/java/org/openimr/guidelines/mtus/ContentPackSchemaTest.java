package org.openimr.guidelines.mtus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.StreamSupport;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;
import org.openimr.model.BodyRegion;
import org.openimr.model.ClinicalFinding;
import org.openimr.model.GuidelineSource;
import org.openimr.model.Modality;

/**
 * The JSON Schema of the format ({@value ContentPacks#SCHEMA}) and the loader agree: on generated
 * packs, with mutations the schema can express, they accept exactly the same packs; with mutations
 * only the loader checks (listed in docs/content-packs.md), the schema is never the stricter one.
 */
class ContentPackSchemaTest {
  private static final Schema SCHEMA = schema();

  private static Schema schema() {
    try (InputStream in =
        ContentPacks.class.getClassLoader().getResourceAsStream(ContentPacks.SCHEMA)) {
      assertThat(in).as(ContentPacks.SCHEMA).isNotNull();
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode schemaTree() {
    try (InputStream in =
        ContentPacks.class.getClassLoader().getResourceAsStream(ContentPacks.SCHEMA)) {
      return ExamplePacks.MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean loaderAccepts(JsonNode pack) {
    try {
      ExamplePacks.read(ExamplePacks.write(pack), "generated.json");
      return true;
    } catch (ContentPackException e) {
      return false;
    }
  }

  private static List<Error> schemaErrors(JsonNode pack) {
    return SCHEMA.validate(pack);
  }

  @Test
  void theBundledAndTheExamplePacksAreValidUnderTheSchema() throws IOException {
    for (String file : List.of(ContentPacks.BUNDLED, ContentPacks.BUNDLED_PHYSICAL_MEDICINE)) {
      JsonNode bundled;
      try (InputStream in =
          ContentPacks.class.getResourceAsStream("/" + ContentPacks.DIRECTORY + file)) {
        bundled = ExamplePacks.MAPPER.readTree(in);
      }
      assertThat(schemaErrors(bundled)).as(file).isEmpty();
    }
    assertThat(schemaErrors(ExamplePacks.tree())).isEmpty();
  }

  @Test
  void theSchemaNamesTheModelsValuesAndTheVocabularyOfTheRules() {
    JsonNode defs = schemaTree().get("$defs");

    assertThat(names(defs.at("/bodyRegion/enum"))).isEqualTo(enumNames(BodyRegion.values()));
    assertThat(names(defs.at("/clinicalFinding/enum")))
        .isEqualTo(enumNames(ClinicalFinding.values()));
    assertThat(names(defs.at("/modality/enum"))).isEqualTo(enumNames(Modality.values()));
    assertThat(names(defs.at("/edition/properties/source/enum")))
        .isEqualTo(enumNames(GuidelineSource.values()));
    assertThat(names(defs.at("/edition/properties/guideline/enum")))
        .containsExactlyElementsOf(ContentVocabulary.guidelines());
    for (JsonNode rule : defs.at("/edition/allOf")) {
      String guideline = rule.at("/if/properties/guideline/const").asText();
      ContentVocabulary.Guideline vocabulary = ContentVocabulary.guideline(guideline).orElseThrow();
      JsonNode figures = rule.at("/then/properties/figures/items");
      assertThat(names(figures.at("/properties/id/enum")))
          .as(guideline)
          .containsExactlyInAnyOrderElementsOf(vocabulary.figures().keySet());
      for (JsonNode figure : figures.path("allOf")) {
        String id = figure.at("/if/properties/id/const").asText();
        assertThat(figure.at("/then/properties/unit/const").asText())
            .as(id)
            .isEqualTo(java.util.Objects.requireNonNull(vocabulary.figures().get(id)).unit());
      }
    }
  }

  @Provide
  Arbitrary<GeneratedPacks.Generated> packs() {
    return Arbitraries.randomValue(GeneratedPacks::generate);
  }

  @Property(tries = 400)
  void theSchemaAndTheLoaderAgreeWhereverTheSchemaCanExpressTheRule(
      @ForAll("packs") GeneratedPacks.Generated generated) {
    boolean loader = loaderAccepts(generated.pack());
    List<Error> errors = schemaErrors(generated.pack());
    boolean schema = errors.isEmpty();
    Statistics.collect(
        generated.mutations().isEmpty()
            ? "valid"
            : generated.onlyExpressible() ? "schema-expressible" : "loader-only");

    if (generated.mutations().isEmpty()) {
      assertThat(loader).as("a pack without mutations is valid").isTrue();
    }
    if (loader) {
      assertThat(errors).as("the schema rejects a pack the loader accepts").isEmpty();
    }
    if (generated.onlyExpressible()) {
      assertThat(schema).as("schema %s, loader %s", errors, loader).isEqualTo(loader);
    } else {
      assertThat(loader).as("a loader-only rule is broken").isFalse();
    }
  }

  private static List<String> names(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
  }

  private static List<String> enumNames(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toList();
  }
}
