package org.openimr.guidelines.mtus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.openimr.model.Case;
import org.openimr.model.CriterionStatus;
import org.openimr.model.Decision;
import org.openimr.model.DisputedItem;
import org.openimr.model.Evidence;
import org.openimr.model.GuidelineCitation;
import org.openimr.model.GuidelineEdition;
import org.openimr.model.GuidelineSource;
import org.openimr.model.TreatmentRequest;
import org.openimr.model.UrDecision;
import org.openimr.review.ImrReviewer;
import org.openimr.testkit.ImrArbitraries;

/** The built-in evaluators' citation lists name each section of an edition once. */
class CitationListTest {
  private static final ImrReviewer REVIEWER = ImrReviewer.withDiscoveredEvaluators();

  @Provide
  Arbitrary<Case> cases() {
    return ImrArbitraries.cases();
  }

  @Property
  void noDecisionCitesOneSectionTwiceAndEveryAppliedCriterionIsCited(@ForAll("cases") Case c) {
    for (Decision d : REVIEWER.review(c).decisions()) {
      List<GuidelineCitation> citations = d.citations();
      for (int i = 0; i < citations.size(); i++) {
        for (int j = i + 1; j < citations.size(); j++) {
          assertThat(citations.get(i).sameSection(citations.get(j)))
              .as("citations %s and %s of %s", i, j, d.evaluatorId())
              .isFalse();
        }
      }
      d.criteria().stream()
          .filter(cr -> cr.status() != CriterionStatus.NOT_APPLICABLE)
          .forEach(
              cr ->
                  assertThat(citations)
                      .as("criterion %s", cr.id())
                      .anyMatch(ci -> ci.sameSection(cr.citation())));
    }
  }

  @Example
  void aDecisionWriterCitesASectionOnceWithTheFirstTitleWhateverTitlesItsCriteriaGive() {
    GuidelineEdition edition =
        GuidelineEdition.builder()
            .source(GuidelineSource.MTUS)
            .title("MTUS Acupuncture Medical Treatment Guidelines")
            .label("2009")
            .effectiveFrom(LocalDate.of(2009, 7, 18))
            .build();
    DisputedItem item =
        DisputedItem.builder()
            .id("1")
            .requestedAs("Acupuncture 3x4")
            .request(TreatmentRequest.parse("Acupuncture 3x4"))
            .urDecision(UrDecision.denied())
            .build();
    GuidelineCitation first = GuidelineCitation.of(edition, "8 CCR § 9792.24.1(c)", "Frequency");
    GuidelineCitation sameSection =
        GuidelineCitation.of(edition, "8 CCR § 9792.24.1(c)", "Frequency and duration");
    GuidelineCitation other = GuidelineCitation.of(edition, "8 CCR § 9792.24.1(d)", "Extension");

    Decision d =
        new DecisionWriter("mtus.acupuncture", "1", item, edition)
            .criterion("mtus.acupuncture.a", "A.", CriterionStatus.MET, first, Evidence.text("a"))
            .criterion(
                "mtus.acupuncture.b", "B.", CriterionStatus.MET, sameSection, Evidence.text("b"))
            .criterion("mtus.acupuncture.c", "C.", CriterionStatus.MET, other, Evidence.text("c"))
            .decide();

    assertThat(d.citations()).containsExactly(first, other);
  }
}
