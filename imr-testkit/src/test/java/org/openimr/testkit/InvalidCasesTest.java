package org.openimr.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.EnumSet;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.openimr.json.ImrJson;
import org.openimr.model.Case;
import org.openimr.model.InvalidCaseException;

/**
 * Each invalid case breaks exactly the rule it names, and both ways of checking a case (in code and
 * from JSON) report exactly the expected violation, path and message.
 */
class InvalidCasesTest {
  private final ImrJson json = ImrJson.standard();

  @Property(tries = 500)
  void validationReportsExactlyTheBrokenField(@ForAll("invalidCases") InvalidCase invalid) {
    Statistics.collect(invalid.breakage());

    assertThat(invalid.aCase().violations()).containsExactly(invalid.violation());
  }

  @Property(tries = 300)
  void readingTheCaseFromJsonReportsTheSameViolation(@ForAll("invalidCases") InvalidCase invalid) {
    InvalidCaseException e =
        catchThrowableOfType(
            InvalidCaseException.class, () -> json.readCase(json.write(invalid.aCase())));

    assertThat(e).as(invalid.breakage()).isNotNull();
    assertThat(e.violations()).containsExactly(invalid.violation());
  }

  @Property(tries = 300)
  void everyBreakageBreaksEveryValidCase(
      @ForAll("validCases") Case valid, @ForAll @IntRange(min = 1, max = 30) int amount) {
    Set<Breakage> checked = EnumSet.noneOf(Breakage.class);
    for (Breakage breakage : Breakage.values()) {
      InvalidCase invalid = breakage.breakCase(valid, amount);
      assertThat(invalid.aCase().violations())
          .as(invalid.breakage())
          .containsExactly(invalid.violation());
      checked.add(breakage);
    }
    assertThat(checked).containsExactlyInAnyOrder(Breakage.values());
  }

  @Property(tries = 100)
  void aBreakageNamesFieldsAndTheCasePrintsWithoutIdentifiers(
      @ForAll("invalidCases") InvalidCase invalid) {
    assertThat(invalid.breakage()).doesNotContainPattern("\\d");
    InvalidCase marked =
        InvalidCase.of(
            CaseEdits.withIdentifiers(invalid.aCase(), true),
            invalid.violation(),
            invalid.breakage());
    assertThat(marked.toString())
        .contains(invalid.breakage())
        .doesNotContain(CaseEdits.MARKED_NAME)
        .doesNotContain(CaseEdits.MARKED_CLAIM_NUMBER);
  }

  @Provide
  Arbitrary<InvalidCase> invalidCases() {
    return ImrArbitraries.invalidCases();
  }

  @Provide
  Arbitrary<Case> validCases() {
    return ImrArbitraries.cases();
  }
}
