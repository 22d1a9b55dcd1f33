package org.openimr.peers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openimr.model.CriterionStatus.MET;
import static org.openimr.model.CriterionStatus.NOT_APPLICABLE;
import static org.openimr.model.CriterionStatus.NOT_DOCUMENTED;
import static org.openimr.model.CriterionStatus.NOT_MET;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.sessions.JqwikSession;
import org.junit.jupiter.api.Test;
import org.openimr.model.Case;
import org.openimr.model.CriterionResult;
import org.openimr.model.Decision;
import org.openimr.model.DisputedItem;
import org.openimr.model.MedicalNecessity;
import org.openimr.review.ImrReviewer;

/**
 * The generated cases the peers are compared on reach every outcome of every criterion, and every
 * necessity, so that the agreement property is not vacuous.
 */
class PeerCasesTest {
  private static final int SAMPLE = 400;

  @Test
  void theComparedCasesReachEveryOutcomeOfEveryCriterion() {
    ImrReviewer reviewer = ImrReviewer.withDiscoveredEvaluators();
    Set<PeerDecision.Criterion> seen = new HashSet<>();
    Set<MedicalNecessity> necessities = EnumSet.noneOf(MedicalNecessity.class);
    JqwikSession.start();
    try {
      RandomGenerator<Case> cases =
          PeerCases.acupunctureCases(AcupunctureLimits.bundled().edition()).generator(1000);
      Random random = new Random(20_261_130L);
      for (int i = 0; i < SAMPLE; i++) {
        Case c = cases.next(random).value();
        for (DisputedItem item : c.disputedItems()) {
          Decision d = reviewer.decide(c, item);
          necessities.add(d.necessity());
          for (CriterionResult r : d.criteria()) {
            seen.add(new PeerDecision.Criterion(r.id(), r.status()));
          }
        }
      }
    } finally {
      JqwikSession.finish();
    }
    assertThat(necessities).containsExactlyInAnyOrder(MedicalNecessity.values());
    assertThat(seen)
        .contains(
            c(CriterionIds.SCOPE, MET),
            c(CriterionIds.SCOPE, NOT_MET),
            c(CriterionIds.INDICATION, MET),
            c(CriterionIds.INDICATION, NOT_MET),
            c(CriterionIds.INDICATION, NOT_DOCUMENTED),
            c(CriterionIds.INDICATION, NOT_APPLICABLE),
            c(CriterionIds.ELECTROACUPUNCTURE_INDICATION, MET),
            c(CriterionIds.ELECTROACUPUNCTURE_INDICATION, NOT_DOCUMENTED),
            c(CriterionIds.ELECTROACUPUNCTURE_INDICATION, NOT_APPLICABLE),
            c(CriterionIds.INITIAL_TRIAL, MET),
            c(CriterionIds.INITIAL_TRIAL, NOT_MET),
            c(CriterionIds.INITIAL_TRIAL, NOT_APPLICABLE),
            c(CriterionIds.FREQUENCY, MET),
            c(CriterionIds.FREQUENCY, NOT_MET),
            c(CriterionIds.FREQUENCY, NOT_APPLICABLE),
            c(CriterionIds.DURATION, MET),
            c(CriterionIds.DURATION, NOT_MET),
            c(CriterionIds.SESSIONS_DOCUMENTED, MET),
            c(CriterionIds.SESSIONS_DOCUMENTED, NOT_DOCUMENTED),
            c(CriterionIds.SESSIONS_DOCUMENTED, NOT_APPLICABLE),
            c(CriterionIds.EXTENSION, MET),
            c(CriterionIds.EXTENSION, NOT_DOCUMENTED),
            c(CriterionIds.EXTENSION, NOT_APPLICABLE),
            c(CriterionIds.FUNCTIONAL_IMPROVEMENT, MET),
            c(CriterionIds.FUNCTIONAL_IMPROVEMENT, NOT_DOCUMENTED),
            c(CriterionIds.FUNCTIONAL_IMPROVEMENT, NOT_APPLICABLE));
  }

  private static PeerDecision.Criterion c(String id, org.openimr.model.CriterionStatus status) {
    return new PeerDecision.Criterion(id, status);
  }
}
