package org.openimr.peers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class PeerResultsTest {
  private static String run(String name, double score, double error, double bytes) {
    return "{\"benchmark\":\"org.openimr.peers.PeerBenchmark."
        + name
        + "\",\"primaryMetric\":{\"score\":"
        + score
        + ",\"scoreError\":"
        + error
        + "},\"secondaryMetrics\":{\"gc.alloc.rate.norm\":{\"score\":"
        + bytes
        + "}}}";
  }

  @Test
  void eachDeciderIsComparedWithTheReviewerOfTheSameRun() throws Exception {
    String json =
        "["
            + run("drools", 50_000, 5_000, 22_000)
            + ","
            + run("handWritten", 2_000_000, 100_000, 689)
            + ","
            + run("reviewer", 200_000, 20_000, 7_900)
            + "]";
    assertThat(PeerResults.table(new ObjectMapper().readTree(json)))
        .isEqualTo(
            "| decider | decisions/s | ± (99.9%) | B/decision | × reviewer |\n"
                + "|---|---:|---:|---:|---:|\n"
                + "| drools | 50,000 | 5,000 | 22,000 | 0.25 |\n"
                + "| handWritten | 2,000,000 | 100,000 | 689 | 10.00 |\n"
                + "| reviewer | 200,000 | 20,000 | 7,900 | 1.00 |\n");
  }
}
