package org.openimr.peers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.openimr.model.Case;
import org.openimr.model.CriterionResult;
import org.openimr.model.Decision;
import org.openimr.model.DisputedItem;
import org.openimr.review.ImrReviewer;

/**
 * The Drools and hand-written peers decide every generated acupuncture item as the reviewer does:
 * the same necessity, the same adverse (failing) criterion ids, and indeed the same id and status
 * for every criterion, in the reviewer's order.
 */
class PeerAgreementTest {
  private static final ImrReviewer REVIEWER = ImrReviewer.withDiscoveredEvaluators();
  private static final AcupunctureLimits LIMITS = AcupunctureLimits.bundled();
  private static final HandWrittenAcupuncture HAND_WRITTEN = new HandWrittenAcupuncture(LIMITS);

  /** Compiled once for the class, as an embedding application would. */
  private static final DroolsAcupuncture DROOLS = new DroolsAcupuncture(LIMITS);

  @Provide
  Arbitrary<Case> acupunctureCases() {
    return PeerCases.acupunctureCases(LIMITS.edition());
  }

  @Property
  void bothPeersDecideEveryAcupunctureItemAsTheReviewerDoes(@ForAll("acupunctureCases") Case c) {
    for (DisputedItem item : c.disputedItems()) {
      Decision decision = REVIEWER.decide(c, item);
      assertThat(decision.evaluatorId()).isEqualTo("mtus.acupuncture");
      List<PeerDecision.Criterion> expected = criteria(decision);

      PeerDecision handWritten = HAND_WRITTEN.decide(c, item);
      assertThat(handWritten.necessity()).isEqualTo(decision.necessity());
      assertThat(handWritten.adverseIds()).isEqualTo(adverseIds(decision));
      assertThat(handWritten.criteria()).isEqualTo(expected);

      PeerDecision byDrools = DROOLS.decide(c, item);
      assertThat(byDrools.necessity()).isEqualTo(decision.necessity());
      assertThat(byDrools.adverseIds()).isEqualTo(adverseIds(decision));
      // Rules fire in the agenda's order, not the evaluator's: compare as sets of (id, status).
      assertThat(byDrools.criteria()).containsExactlyInAnyOrderElementsOf(expected);
      net.jqwik.api.statistics.Statistics.collect(decision.necessity(), adverseIds(decision));
    }
  }

  private static List<PeerDecision.Criterion> criteria(Decision decision) {
    List<PeerDecision.Criterion> out = new ArrayList<>();
    for (CriterionResult r : decision.criteria()) {
      out.add(new PeerDecision.Criterion(r.id(), r.status()));
    }
    return out;
  }

  private static Set<String> adverseIds(Decision decision) {
    Set<String> ids = new TreeSet<>();
    for (CriterionResult r : decision.criteria()) {
      if (r.status().isAdverse()) {
        ids.add(r.id());
      }
    }
    return ids;
  }
}
