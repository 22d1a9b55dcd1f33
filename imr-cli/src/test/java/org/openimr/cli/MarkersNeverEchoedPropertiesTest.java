package org.openimr.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.openimr.cli.Markers.assertNoIdentifier;
import static org.openimr.cli.Markers.assertNoMarker;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.openimr.json.ImrJson;
import org.openimr.letter.LetterRenderer;
import org.openimr.model.Case;
import org.openimr.model.Determination;
import org.openimr.model.InvalidCaseException;
import org.openimr.model.Violation;
import org.openimr.review.ImrReviewer;
import org.openimr.testkit.ImrArbitraries;
import org.openimr.testkit.InvalidCase;

/**
 * The "nothing echoed" rules over generated cases: the testkit's valid and invalid cases with the
 * identifier markers as name, claim number and date of birth and a marker in front of every free
 * text ({@link Markers#marked}). The example test {@link IdentifiersNeverEchoedTest} covers the
 * command line and the JSON reader; this one the library's outputs across the shapes of case the
 * generators make.
 */
class MarkersNeverEchoedPropertiesTest {
  private static final ImrReviewer REVIEWER = ImrReviewer.withDiscoveredEvaluators();
  private static final LetterRenderer RENDERER =
      LetterRenderer.builder().organization("Example IMR Organization").build();

  @Provide
  Arbitrary<Case> markedCases() {
    return ImrArbitraries.cases().map(Markers::marked);
  }

  @Provide
  Arbitrary<InvalidCase> invalidCases() {
    return ImrArbitraries.invalidCases();
  }

  @Property(tries = 100)
  void aValidCaseShowsNoIdentifierInToStringDeterminationOrLetter(@ForAll("markedCases") Case c) {
    assertThat(c.violations()).isEmpty();
    assertThat(c.patient().name()).contains(Markers.NAME);
    Determination d = REVIEWER.review(c);

    Markers.toStrings(c).forEach(s -> assertNoIdentifier("a toString of the case", s));
    Markers.toStrings(d).forEach(s -> assertNoIdentifier("a toString of the determination", s));
    assertNoIdentifier("the determination JSON", ImrJson.standard().write(d));
    String letter = RENDERER.plainText(c, d);
    assertThat(letter).contains("ZQXrequest-"); // free text may appear in a letter
    assertNoIdentifier("the text letter", letter);
    assertNoIdentifier("the Markdown letter", RENDERER.markdown(c, d));
  }

  @Property(tries = 200)
  void anInvalidCaseReportsTheSameViolationsWithMarkersAndRepeatsNone(
      @ForAll("invalidCases") InvalidCase invalid) {
    Case c = Markers.marked(invalid.aCase());

    // The markers change no rule: the case breaks exactly what it broke before.
    assertThat(c.violations())
        .isEqualTo(invalid.aCase().violations())
        .contains(invalid.violation());
    c.violations().forEach(MarkersNeverEchoedPropertiesTest::checkViolation);
    Markers.toStrings(c).forEach(s -> assertNoIdentifier("a toString of the case", s));
    for (InvalidCaseException e :
        List.of(
            catchThrowableOfType(InvalidCaseException.class, c::requireValid),
            catchThrowableOfType(InvalidCaseException.class, () -> REVIEWER.review(c)),
            catchThrowableOfType(
                InvalidCaseException.class,
                () -> ImrJson.standard().readCase(ImrJson.standard().write(c))))) {
      assertThat(e).isNotNull();
      assertNoMarker("the exception message", String.valueOf(e.getMessage()));
      e.violations().forEach(MarkersNeverEchoedPropertiesTest::checkViolation);
    }
  }

  private static void checkViolation(Violation v) {
    assertNoMarker("a violation", v.toString());
    assertNoMarker("a violation's JSON", ImrJson.standard().write(v));
  }
}
