package org.openimr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The JSON Schemas of the case, the determination (both resources of imr-core) and an {@code imr
 * batch} output line (a resource of this module), loaded by their {@code $id} from the classpath,
 * with the validator the content-pack schema is tested with. The batch line refers to the
 * determination schema by its {@code $id}, as a non-Java caller would.
 */
final class Schemas {
  static final String CASE_ID = "https://openimr.org/schema/case.schema.json";
  static final String DETERMINATION_ID = "https://openimr.org/schema/determination.schema.json";
  static final String BATCH_LINE_ID = "https://openimr.org/schema/batch-line.schema.json";
  static final String BATCH_SUMMARY_ID = "https://openimr.org/schema/batch-summary.schema.json";

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_2020_12,
          builder ->
              builder.schemaIdResolvers(
                  resolvers ->
                      resolvers.mappings(
                          Map.of(
                              CASE_ID,
                              "classpath:org/openimr/json/case.schema.json",
                              DETERMINATION_ID,
                              "classpath:org/openimr/json/determination.schema.json",
                              BATCH_LINE_ID,
                              "classpath:org/openimr/cli/batch-line.schema.json",
                              BATCH_SUMMARY_ID,
                              "classpath:org/openimr/cli/batch-summary.schema.json"))));

  static final Schema CASE = REGISTRY.getSchema(SchemaLocation.of(CASE_ID));
  static final Schema DETERMINATION = REGISTRY.getSchema(SchemaLocation.of(DETERMINATION_ID));
  static final Schema BATCH_LINE = REGISTRY.getSchema(SchemaLocation.of(BATCH_LINE_ID));
  static final Schema BATCH_SUMMARY = REGISTRY.getSchema(SchemaLocation.of(BATCH_SUMMARY_ID));

  private Schemas() {}

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

  static List<Error> errors(Schema schema, byte[] json) {
    return errors(schema, new String(json, StandardCharsets.UTF_8));
  }

  static void assertValid(Schema schema, String json) {
    assertThat(errors(schema, json)).isEmpty();
  }
}
