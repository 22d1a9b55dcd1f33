package org.openimr.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.sessions.JqwikSession;
import org.openimr.model.Case;
import org.openimr.testkit.ImrArbitraries;

/** Valid cases from the testkit's generator: the same cases for the same seed. */
public final class GeneratedCases {
  private GeneratedCases() {}

  public static List<Case> generate(long seed, int count) {
    List<Case> cases = new ArrayList<>(count);
    // Arbitraries need a jqwik session outside properties; the seed makes the sequence fixed.
    JqwikSession.run(
        () -> {
          RandomGenerator<Case> generator = ImrArbitraries.cases().generator(100);
          Random random = new Random(seed);
          for (int i = 0; i < count; i++) {
            cases.add(generator.next(random).value());
          }
        });
    return cases;
  }
}
