package org.openimr.guidelines.mtus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openimr.guidelines.mtus.PhysicalMedicineCase.request;
import static org.openimr.model.BodyRegion.SHOULDER;
import static org.openimr.model.Diagnosis.icd9;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.openimr.model.Case;
import org.openimr.model.Decision;
import org.openimr.model.DisputedItem;
import org.openimr.review.ImrReviewer;

/**
 * A postsurgical item's surgeries are matched to the table once: the applicability check places
 * them, and the evaluation reuses the placement for the same case and content on the same thread,
 * then lets it go. One evaluator used from several threads at once decides exactly as on one.
 */
class PostsurgicalPeriodsTest {
  private static PhysicalMedicineContent.Postsurgical bundledContent(Case c) {
    return new PhysicalMedicineEditions(ContentPacks.bundled())
        .postsurgicalOn(c.effectiveRequestDate())
        .orElseThrow();
  }

  private static Case afterShoulderSurgery() {
    return request("PT 2x6 right shoulder")
        .surgery("arthroscopic subacromial decompression", SHOULDER, 30, icd9("726.12"))
        .build();
  }

  @Test
  void theEvaluationReusesThePeriodsTheApplicabilityCheckPlaced() {
    Case c = afterShoulderSurgery();
    DisputedItem item = c.disputedItems().get(0);
    PhysicalMedicineContent.Postsurgical content = bundledContent(c);

    PostsurgicalCoverage checked = PostsurgicalCoverage.resolve(c, item, content).orElseThrow();
    PhysicalMedicineRecord record = new PhysicalMedicineRecord(c, item, content);

    // the same instance: the surgery was matched to the table once
    assertThat(record.coverage).containsSame(checked);
  }

  @Test
  void theRecordLetsThePeriodsGoAndAnotherCaseOrContentPlacesItsOwn() {
    Case c = afterShoulderSurgery();
    DisputedItem item = c.disputedItems().get(0);
    PhysicalMedicineContent.Postsurgical content = bundledContent(c);
    PostsurgicalCoverage first = PostsurgicalCoverage.resolve(c, item, content).orElseThrow();
    new PhysicalMedicineRecord(c, item, content);

    PostsurgicalCoverage again = PostsurgicalCoverage.resolve(c, item, content).orElseThrow();
    PostsurgicalCoverage otherContent =
        PostsurgicalCoverage.resolve(c, item, bundledContent(c)).orElseThrow();
    Case equalCase = Case.builder().from(c).build();
    PostsurgicalCoverage otherCase =
        PostsurgicalCoverage.resolve(equalCase, item, bundledContent(c)).orElseThrow();

    // placed anew each time, and the same period: a placement depends on the case and content only
    assertThat(again).isNotSameAs(first);
    assertThat(otherContent).isNotSameAs(again);
    assertThat(otherCase).isNotSameAs(otherContent);
    for (PostsurgicalCoverage p : List.of(again, otherContent, otherCase)) {
      assertThat(p.periodEnd).isEqualTo(first.periodEnd);
      assertThat(p.match.evidence()).isEqualTo(first.match.evidence());
    }
  }

  @Test
  void oneReviewerUsedFromFourThreadsDecidesAsItDoesOnOne() throws Exception {
    ImrReviewer reviewer =
        ImrReviewer.builder()
            .register(
                new MtusPostsurgicalPhysicalMedicineEvaluator(),
                new MtusChronicPainPhysicalMedicineEvaluator())
            .build();
    List<Case> cases = new ArrayList<>();
    GoldenDecisions.generated("threads", PhysicalMedicineArbitraries.cases(), 20_161_130L, 400)
        .forEach(named -> cases.add(named.c()));
    List<Decision> alone = new ArrayList<>();
    for (Case c : cases) {
      alone.add(reviewer.decide(c, c.disputedItems().get(0)));
    }

    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<Decision>>> runs = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        // each thread in its own order, so that threads interleave different cases
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
          order.add(i);
        }
        Collections.shuffle(order, new Random(t));
        runs.add(
            pool.submit(
                () -> {
                  Decision[] decided = new Decision[cases.size()];
                  for (int i : order) {
                    Case c = cases.get(i);
                    decided[i] = reviewer.decide(c, c.disputedItems().get(0));
                  }
                  return List.of(decided);
                }));
      }
      for (Future<List<Decision>> run : runs) {
        assertThat(run.get()).isEqualTo(alone);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(alone)
        .extracting(Decision::evaluatorId)
        .contains(
            MtusPostsurgicalPhysicalMedicineEvaluator.ID,
            MtusChronicPainPhysicalMedicineEvaluator.ID);
  }
}
