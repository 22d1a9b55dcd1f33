package org.openimr.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.sessions.JqwikSession;

/**
 * Benchmark inputs drawn from the testkit's generators with a fixed seed, so that every run (and
 * every machine) measures the same values.
 */
final class Inputs {
  static final long SEED = 20_131_010L;
  private static final int GEN_SIZE = 1000;

  private Inputs() {}

  /** {@code count} values of the arbitrary, the same ones every time. */
  static <T> List<T> sample(Arbitrary<T> arbitrary, int count) {
    // Generators need a jqwik session outside properties; a seeded one repeats its values.
    JqwikSession.start(Long.toString(SEED));
    try {
      RandomGenerator<T> generator = arbitrary.generator(GEN_SIZE);
      Random random = new Random(SEED);
      List<T> values = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        values.add(generator.next(random).value());
      }
      return values;
    } finally {
      JqwikSession.finish();
    }
  }
}
