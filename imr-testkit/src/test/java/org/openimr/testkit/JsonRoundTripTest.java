package org.openimr.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.openimr.json.ImrJson;
import org.openimr.model.Case;
import org.openimr.model.Determination;

/** JSON round trips over generated values: what ImrJson writes, it reads back equal. */
class JsonRoundTripTest {
  private final ImrJson json = ImrJson.standard();

  @Property(tries = 300)
  void everyGeneratedCaseIsValid(@ForAll("cases") Case c) {
    assertThat(c.violations()).isEmpty();
  }

  @Property(tries = 300)
  void aCaseWrittenAsJsonReadsBackEqual(@ForAll("cases") Case c) {
    assertThat(json.readCase(json.write(c))).isEqualTo(c);
  }

  @Property(tries = 300)
  void aDeterminationWrittenAsJsonReadsBackEqual(@ForAll("determinations") Determination d) {
    assertThat(json.read(json.write(d), Determination.class)).isEqualTo(d);
  }

  @Provide
  Arbitrary<Case> cases() {
    return ImrArbitraries.cases();
  }

  @Provide
  Arbitrary<Determination> determinations() {
    return ImrArbitraries.determinations();
  }
}
