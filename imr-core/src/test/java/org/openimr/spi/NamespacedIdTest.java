package org.openimr.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The one rule for criterion and evaluator ids: dot-separated lower-case segments. */
class NamespacedIdTest {

  @Example
  void theseIdsAreNamespaced() {
    assertThat(
            List.of(
                "mtus.acupuncture.extension",
                "labor-code.4604.5.visit-cap",
                "mtus.chronic-pain.physical-medicine",
                "examplepayer.chiropractic.trial",
                "a.b"))
        .allMatch(GuidelineEvaluator::isNamespacedId);
  }

  @Example
  void theseIdsAreNot() {
    assertThat(
            List.of(
                "trial",
                "",
                "Mtus.acupuncture",
                "mtus..acupuncture",
                ".mtus.acupuncture",
                "mtus.acupuncture.",
                "mtus.acupuncture extension",
                "mtus.-trial",
                "mtus.trial-",
                "mtus.trial--cap",
                "mtus_acupuncture.trial",
                "mtus.acupunctüre"))
        .noneMatch(GuidelineEvaluator::isNamespacedId);
  }

  @Example
  void anIdNeedNotStartWithTheEvaluatorsId() {
    assertThat(GuidelineEvaluator.isNamespacedId("labor-code.4604.5.physical-therapy")).isTrue();
  }

  @Provide
  Arbitrary<String> segments() {
    return Arbitraries.strings()
        .withCharRange('a', 'z')
        .withCharRange('0', '9')
        .ofMinLength(1)
        .ofMaxLength(8);
  }

  @Property
  void joiningTwoOrMoreLowerCaseSegmentsWithDotsIsNamespacedAndOneSegmentIsNot(
      @ForAll("segments") String first, @ForAll("segments") String second) {
    assertThat(GuidelineEvaluator.isNamespacedId(first + "." + second)).isTrue();
    assertThat(GuidelineEvaluator.isNamespacedId(first + "-" + second + "." + first)).isTrue();
    assertThat(GuidelineEvaluator.isNamespacedId(first + "-" + second)).isFalse();
    assertThat(GuidelineEvaluator.isNamespacedId(first + ". " + second)).isFalse();
  }
}
