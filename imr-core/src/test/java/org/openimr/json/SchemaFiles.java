package org.openimr.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.StreamSupport;

/**
 * The JSON Schemas of the case and the determination, loaded from the classpath by their {@code
 * $id}, with the validator the content-pack schema is tested with.
 */
final class SchemaFiles {
  static final String CASE = "org/openimr/json/case.schema.json";
  static final String DETERMINATION = "org/openimr/json/determination.schema.json";
  static final String CASE_ID = "https://openimr.org/schema/case.schema.json";
  static final String DETERMINATION_ID = "https://openimr.org/schema/determination.schema.json";

  static final ObjectMapper MAPPER =
      JsonMapper.builder().addModule(new Jdk8Module()).addModule(new JavaTimeModule()).build();

  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_2020_12,
          builder ->
              builder.schemaIdResolvers(
                  resolvers ->
                      resolvers.mappings(
                          Map.of(
                              CASE_ID,
                              "classpath:" + CASE,
                              DETERMINATION_ID,
                              "classpath:" + DETERMINATION))));

  static final Schema CASE_SCHEMA = REGISTRY.getSchema(SchemaLocation.of(CASE_ID));
  static final Schema DETERMINATION_SCHEMA =
      REGISTRY.getSchema(SchemaLocation.of(DETERMINATION_ID));

  private SchemaFiles() {}

  static JsonNode tree(String resource) {
    try (InputStream in = SchemaFiles.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      return MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode parse(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Error> errors(Schema schema, String json) {
    return schema.validate(parse(json));
  }

  /** The names a {@code $defs} enum lists. */
  static List<String> names(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
  }

  static List<String> constants(Class<?> type) {
    return Arrays.stream(type.getEnumConstants()).map(e -> ((Enum<?>) e).name()).toList();
  }

  /** The property names Jackson writes for a model type, as ImrJson writes them. */
  static Set<String> writtenProperties(Class<?> type) {
    Set<String> names = new TreeSet<>();
    try {
      MAPPER
          .getSerializerProviderInstance()
          .findValueSerializer(type)
          .properties()
          .forEachRemaining(p -> names.add(p.getName()));
    } catch (JsonMappingException e) {
      throw new IllegalStateException(e);
    }
    return names;
  }

  static Set<String> schemaProperties(JsonNode objectSchema) {
    Set<String> names = new TreeSet<>();
    objectSchema.path("properties").fieldNames().forEachRemaining(names::add);
    return names;
  }

  /** The {@code $defs} of a schema that list enum constants, each with its model enum. */
  static List<Map.Entry<String, Class<?>>> enumDefinitions(JsonNode schema) {
    List<Map.Entry<String, Class<?>>> enums = new ArrayList<>();
    schema
        .path("$defs")
        .fields()
        .forEachRemaining(
            def -> {
              if (def.getValue().has("enum")) {
                enums.add(Map.entry(def.getKey(), modelType(def.getKey())));
              }
            });
    return enums;
  }

  /** The model type a {@code $defs} entry describes: {@code priorTreatment} is PriorTreatment. */
  static Class<?> modelType(String definition) {
    String name =
        "org.openimr.model."
            + Character.toUpperCase(definition.charAt(0))
            + definition.substring(1);
    try {
      return Class.forName(name);
    } catch (ClassNotFoundException e) {
      throw new AssertionError("no model type " + name + " for $defs/" + definition, e);
    }
  }
}
