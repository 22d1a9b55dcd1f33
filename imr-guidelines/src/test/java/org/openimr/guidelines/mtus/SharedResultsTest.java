package org.openimr.guidelines.mtus;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.openimr.model.Case;
import org.openimr.model.CriterionResult;
import org.openimr.model.CriterionStatus;
import org.openimr.model.Decision;
import org.openimr.model.Evidence;
import org.openimr.model.GuidelineCitation;
import org.openimr.model.GuidelineEdition;
import org.openimr.model.GuidelineSource;
import org.openimr.review.ImrReviewer;
import org.openimr.testkit.ImrArbitraries;

/**
 * The shared evidence and criterion results ({@link EvidenceCache}, {@link ResultCache}): a shared
 * instance is returned only for equal data, whatever the slots hold; and decisions made on many
 * threads at once, through the caches, equal those made one by one.
 */
class SharedResultsTest {
  private static final GuidelineCitation CITATION =
      GuidelineCitation.of(
          GuidelineEdition.builder()
              .source(GuidelineSource.MTUS)
              .title("Test guideline")
              .label("2009")
              .effectiveFrom(LocalDate.of(2009, 7, 18))
              .build(),
          "8 CCR § 9792.24.1(c)(1)",
          "Frequency and duration");

  @Test
  void evidenceWithTheSameFactsIsOneInstanceAndWithOtherFactsItsOwn() {
    Evidence within = AcupunctureEvidence.FREQUENCY_WITHIN.with(1, 3, 3);

    assertThat(AcupunctureEvidence.FREQUENCY_WITHIN.with(1, 3, 3)).isSameAs(within);
    assertThat(AcupunctureEvidence.FREQUENCY_WITHIN.with(2, 3, 3))
        .isNotEqualTo(within)
        .extracting(e -> e.integer("min"))
        .isEqualTo(2);
    assertThat(AcupunctureEvidence.FREQUENCY_OVER.with(1, 3, 3)).isNotEqualTo(within);
  }

  @Property(tries = 300)
  void cachedEvidenceEqualsEvidenceMadeAfresh(
      @ForAll @IntRange(min = 1, max = 40) int min,
      @ForAll @IntRange(min = 1, max = 40) int max,
      @ForAll @IntRange(min = 1, max = 40) int limit) {
    // Many shapes through 64 slots: collisions replace slots, never answer for other facts.
    Evidence cached = AcupunctureEvidence.FREQUENCY_OVER.with(min, max, limit);

    assertThat(cached).isEqualTo(Evidence.of(AcupunctureEvidence.FREQUENCY_OVER, min, max, limit));
    assertThat(cached.text())
        .isEqualTo(Evidence.of(AcupunctureEvidence.FREQUENCY_OVER, min, max, limit).text());
  }

  @Property(tries = 300)
  void aCachedResultEqualsTheResultMadeAfresh(
      @ForAll @IntRange(min = 1, max = 60) int sessions, @ForAll boolean met) {
    ResultCache cache = new ResultCache();
    CriterionStatus status = met ? CriterionStatus.MET : CriterionStatus.NOT_MET;
    Evidence evidence = AcupunctureEvidence.FIRST_TRIAL_WITHIN.with("LOW_BACK", sessions, 6);
    // Fill the table with other results first, so the lookup meets occupied slots.
    for (int i = 1; i <= 60; i++) {
      cache.of(
          "mtus.acupuncture.initial-trial",
          "A trial of acupuncture.",
          i % 2 == 0 ? CriterionStatus.MET : CriterionStatus.NOT_MET,
          CITATION,
          AcupunctureEvidence.FIRST_TRIAL_WITHIN.with("LOW_BACK", i, 6));
    }

    CriterionResult shared =
        cache.of(
            "mtus.acupuncture.initial-trial",
            "A trial of acupuncture.",
            status,
            CITATION,
            evidence);

    assertThat(shared)
        .isEqualTo(
            CriterionResult.ofEvidence(
                "mtus.acupuncture.initial-trial",
                "A trial of acupuncture.",
                status,
                List.of(evidence),
                CITATION));
  }

  @Test
  void aSharedListHoldsTheSameInstancesOnly() {
    ResultCache cache = new ResultCache();
    String a = new String("a");
    String b = new String("a");

    ImmutableList<String> first = cache.list(new String[] {a, a}, 2);

    assertThat(cache.list(new String[] {a, a, b}, 2)).isSameAs(first);
    ImmutableList<String> other = cache.list(new String[] {a, b}, 2);
    assertThat(other).isNotSameAs(first).containsExactly("a", "a");
    assertThat(other.get(1)).isSameAs(b);
  }

  @Test
  void decisionsMadeOnManyThreadsAtOnceEqualThoseMadeOneByOne() throws Exception {
    ImrReviewer reviewer = ImrReviewer.withDiscoveredEvaluators();
    List<Case> cases =
        Arbitraries.lazy(
                () ->
                    ImrArbitraries.cases()
                        .requestedBetween(LocalDate.of(2010, 1, 1), LocalDate.of(2016, 6, 30)))
            .sampleStream()
            .limit(300)
            .toList();
    List<List<Decision>> expected = new ArrayList<>();
    for (Case c : cases) {
      expected.add(reviewer.review(c).decisions());
    }

    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> runs = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int offset = t * 37;
        runs.add(
            pool.submit(
                () -> {
                  for (int round = 0; round < 20; round++) {
                    for (int i = 0; i < cases.size(); i++) {
                      int k = (i + offset) % cases.size();
                      List<Decision> made = reviewer.review(cases.get(k)).decisions();
                      if (!made.equals(expected.get(k))) {
                        return false;
                      }
                      for (int d = 0; d < made.size(); d++) {
                        if (!made.get(d).rationale().equals(expected.get(k).get(d).rationale())) {
                          return false;
                        }
                      }
                    }
                  }
                  return true;
                }));
      }
      for (Future<Boolean> run : runs) {
        assertThat(run.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
