package org.openimr.benchmarks;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * Turns JMH's JSON results ({@code -rf json}) into the Markdown table docs/performance.md
 * publishes: benchmark, operations per second with its error, and bytes allocated per operation
 * (from {@code -prof gc}).
 */
@API(status = INTERNAL)
public final class ResultsTable {
  private ResultsTable() {}

  /** {@code ResultsTable results.json table.md}. */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: ResultsTable JMH_RESULTS.json TABLE.md");
      System.exit(2);
    }
    JsonNode results = new ObjectMapper().readTree(Path.of(args[0]).toFile());
    Files.writeString(Path.of(args[1]), table(results), StandardCharsets.UTF_8);
  }

  static String table(JsonNode results) {
    StringBuilder out =
        new StringBuilder(
            "| benchmark | threads | ops/s | error (99.9%) | allocated per op |\n"
                + "|---|---:|---:|---:|---:|\n");
    for (JsonNode run : results) {
      String name = run.path("benchmark").asText();
      JsonNode primary = run.path("primaryMetric");
      JsonNode alloc = run.path("secondaryMetrics").path("gc.alloc.rate.norm");
      out.append("| ").append(name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1));
      // Parameters, e.g. a letter's scale, tell the rows of one benchmark apart.
      for (Iterator<Map.Entry<String, JsonNode>> params = run.path("params").fields();
          params.hasNext(); ) {
        Map.Entry<String, JsonNode> param = params.next();
        out.append(' ').append(param.getKey()).append('=').append(param.getValue().asText());
      }
      out.append(" | ")
          .append(run.path("threads").asInt())
          .append(" | ")
          .append(format(primary.path("score").asDouble()))
          .append(" | ")
          .append(
              primary.path("scoreError").isNumber()
                  ? "± " + format(primary.path("scoreError").asDouble())
                  : "n/a")
          .append(" | ")
          .append(alloc.isMissingNode() ? "n/a" : format(alloc.path("score").asDouble()) + " B")
          .append(" |\n");
    }
    return out.toString();
  }

  private static String format(double value) {
    return String.format(Locale.ROOT, value >= 100 ? "%,.0f" : "%,.2f", value);
  }
}
