package org.openimr.benchmarks;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.concurrent.TimeUnit;
import org.apiguardian.api.API;
import org.openimr.json.ImrJson;
import org.openimr.model.Case;
import org.openimr.review.ImrReviewer;
import org.openimr.testkit.ImrArbitraries;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A whole case as a service would handle it: JSON bytes in, validated {@link Case}, every item
 * decided by the built-in evaluators, the determination out as JSON bytes; and the first step
 * alone, JSON bytes to a validated case ({@link #readCase}), to tell the reading from the rest.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@API(status = INTERNAL)
public class JsonRoundTripBenchmark {
  private final ImrJson json = ImrJson.standard();
  private final ImrReviewer reviewer = ImrReviewer.withDiscoveredEvaluators();
  private byte[][] cases = new byte[0][];
  private int next;

  @Setup
  public void setUp() {
    cases =
        Inputs.sample(ImrArbitraries.cases(), 256).stream()
            .map(json::writeBytes)
            .toArray(byte[][]::new);
  }

  @Benchmark
  public Case readCase() {
    byte[] input = cases[next];
    next = (next + 1) & (cases.length - 1);
    return json.readCase(input);
  }

  @Benchmark
  public byte[] jsonToDeterminationToJson() {
    byte[] input = cases[next];
    next = (next + 1) & (cases.length - 1);
    return json.writeBytes(reviewer.review(json.readCase(input)));
  }
}
