package org.openimr.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The Markdown table docs/performance.md publishes, from JMH's JSON results. */
class ResultsTableTest {
  private static final String RESULTS =
      """
      [
        {
          "benchmark": "org.openimr.benchmarks.LetterBenchmark.parseSeedLetter",
          "threads": 1,
          "params": {"scale": "4"},
          "primaryMetric": {"score": 10814.25, "scoreError": 2809.5},
          "secondaryMetrics": {"gc.alloc.rate.norm": {"score": 126232.4}}
        },
        {
          "benchmark": "org.openimr.benchmarks.TreatmentRequestParseBenchmark.parse",
          "threads": 2,
          "primaryMetric": {"score": 12.345, "scoreError": "NaN"},
          "secondaryMetrics": {}
        }
      ]
      """;

  @Test
  void eachRunIsARowWithItsClassMethodParametersScoreErrorAndAllocation() throws Exception {
    String table = ResultsTable.table(new ObjectMapper().readTree(RESULTS));

    assertThat(table.lines())
        .containsExactly(
            "| benchmark | threads | ops/s | error (99.9%) | allocated per op |",
            "|---|---:|---:|---:|---:|",
            "| LetterBenchmark.parseSeedLetter scale=4 | 1 | 10,814 | ± 2,810 | 126,232 B |",
            "| TreatmentRequestParseBenchmark.parse | 2 | 12.35 | n/a | n/a |");
  }
}
