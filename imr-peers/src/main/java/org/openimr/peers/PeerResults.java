package org.openimr.peers;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * Turns the JSON results of {@link PeerBenchmark} into a Markdown table: each decider's throughput
 * with its error, the bytes it allocates per decision (with {@code -prof gc}), and how many times
 * faster than the reviewer it is.
 *
 * <p>Usage: {@code PeerResults results.json} prints the table to standard output.
 */
@API(status = INTERNAL)
public final class PeerResults {
  private PeerResults() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: PeerResults <jmh-results.json>");
    }
    JsonNode results = new ObjectMapper().readTree(Files.readString(Path.of(args[0])));
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    out.print(table(results));
  }

  /** The table, one row per benchmark of {@link PeerBenchmark}, in the order JMH ran them. */
  static String table(JsonNode results) {
    Map<String, JsonNode> rows = new LinkedHashMap<>();
    for (JsonNode r : results) {
      String name = r.path("benchmark").asText();
      rows.put(name.substring(name.lastIndexOf('.') + 1), r);
    }
    JsonNode reviewer = rows.get("reviewer");
    double base = reviewer == null ? Double.NaN : score(reviewer);
    StringBuilder t = new StringBuilder();
    t.append("| decider | decisions/s | ± (99.9%) | B/decision | × reviewer |\n");
    t.append("|---|---:|---:|---:|---:|\n");
    for (Map.Entry<String, JsonNode> e : rows.entrySet()) {
      JsonNode r = e.getValue();
      JsonNode alloc = r.path("secondaryMetrics").path("gc.alloc.rate.norm");
      t.append("| ")
          .append(e.getKey())
          .append(" | ")
          .append(number(score(r)))
          .append(" | ")
          .append(
              String.format(
                  Locale.ROOT, "%,.0f", r.path("primaryMetric").path("scoreError").asDouble()))
          .append(" | ")
          .append(
              alloc.isMissingNode()
                  ? "–"
                  : String.format(Locale.ROOT, "%,.0f", alloc.path("score").asDouble()))
          .append(" | ")
          .append(Double.isNaN(base) ? "–" : String.format(Locale.ROOT, "%.2f", score(r) / base))
          .append(" |\n");
    }
    return t.toString();
  }

  /** {@code 1,234,567}, or a dash for a figure JMH could not give (one iteration has no error). */
  private static String number(double value) {
    return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%,.0f", value);
  }

  private static double score(JsonNode r) {
    return r.path("primaryMetric").path("score").asDouble();
  }
}
