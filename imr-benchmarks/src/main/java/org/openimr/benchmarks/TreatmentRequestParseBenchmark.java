package org.openimr.benchmarks;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apiguardian.api.API;
import org.openimr.model.TreatmentRequest;
import org.openimr.testkit.ImrArbitraries;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** {@code TreatmentRequest.parse} over generated shorthand such as "Acupuncture 3x4 mid back". */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@API(status = INTERNAL)
public class TreatmentRequestParseBenchmark {
  private String[] shorthand = new String[0];
  private int next;

  @Setup
  public void setUp() {
    List<TreatmentRequest> requests =
        Inputs.sample(ImrArbitraries.requests(ImrArbitraries.modalities()), 256);
    shorthand = requests.stream().map(TreatmentRequest::format).toArray(String[]::new);
  }

  @Benchmark
  public TreatmentRequest parse() {
    String text = shorthand[next];
    next = (next + 1) & (shorthand.length - 1);
    return TreatmentRequest.parse(text);
  }
}
