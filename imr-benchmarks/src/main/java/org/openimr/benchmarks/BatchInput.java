package org.openimr.benchmarks;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apiguardian.api.API;
import org.openimr.json.ImrJson;
import org.openimr.model.Case;

/**
 * Writes a JSON Lines input for {@code imr batch}: {@code count} cases, cycling through {@code
 * distinct} cases generated with the fixed seed, each line with its own case number. Generating a
 * million distinct cases would take the generators most of an hour; the batch's cost per case does
 * not depend on whether it has seen an equal case before.
 */
@API(status = INTERNAL)
public final class BatchInput {
  private BatchInput() {}

  /** {@code BatchInput OUT.jsonl COUNT [DISTINCT]}. */
  public static void main(String[] args) throws IOException {
    if (args.length < 2 || args.length > 3) {
      System.err.println("usage: BatchInput OUT.jsonl COUNT [DISTINCT]");
      System.exit(2);
    }
    Path out = Path.of(args[0]);
    int count = Integer.parseInt(args[1]);
    int distinct = args.length == 3 ? Integer.parseInt(args[2]) : 1000;
    List<Case> cases = Inputs.sample(DecisionBenchmark.cases(), distinct);
    ImrJson json = ImrJson.standard();
    long bytes = 0;
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (int i = 0; i < count; i++) {
        Case c = cases.get(i % distinct);
        String line =
            json.write(Case.builder().from(c).caseNumber("CM" + (10_000_000 + i)).build());
        w.write(line);
        w.write('\n');
        bytes += line.length() + 1;
      }
    }
    System.out.printf(
        "wrote %d cases (%d distinct), %d bytes, %d bytes per case on average%n",
        count, distinct, bytes, bytes / Math.max(1, count));
  }
}
