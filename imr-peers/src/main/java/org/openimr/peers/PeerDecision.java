package org.openimr.peers;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apiguardian.api.API;
import org.openimr.model.CriterionStatus;
import org.openimr.model.MedicalNecessity;

/**
 * What a peer decides for one acupuncture request: the necessity and each criterion's id and
 * status, the part of a {@link org.openimr.model.Decision} the agreement test compares.
 *
 * @param necessity NOT_EVALUABLE when the scope leaves the request to another guideline; otherwise
 *     NOT_NECESSARY exactly when a criterion is adverse
 * @param criteria the criteria checked, in the order the peer checked them
 */
@API(status = INTERNAL)
public record PeerDecision(MedicalNecessity necessity, List<Criterion> criteria) {
  /** One criterion: its id (as the evaluator's) and status. */
  @API(status = INTERNAL)
  public record Criterion(String id, CriterionStatus status) {}

  public PeerDecision {
    criteria = List.copyOf(criteria);
  }

  /** The ids of the adverse (NOT_MET or NOT_DOCUMENTED) criteria, sorted. */
  public Set<String> adverseIds() {
    Set<String> ids = new TreeSet<>();
    for (Criterion c : criteria) {
      if (c.status().isAdverse()) {
        ids.add(c.id());
      }
    }
    return ids;
  }

  /**
   * The decision for these criteria: NOT_EVALUABLE if the scope deferred the request, otherwise
   * NOT_NECESSARY exactly when one is adverse.
   */
  static PeerDecision of(boolean deferred, List<Criterion> criteria) {
    if (deferred) {
      return new PeerDecision(MedicalNecessity.NOT_EVALUABLE, criteria);
    }
    for (Criterion c : criteria) {
      if (c.status().isAdverse()) {
        return new PeerDecision(MedicalNecessity.NOT_NECESSARY, criteria);
      }
    }
    return new PeerDecision(MedicalNecessity.NECESSARY, criteria);
  }

  /** Collects criteria as rules fire; one per evaluation, never shared. */
  @API(status = INTERNAL)
  public static final class Collector {
    private final List<Criterion> criteria = new ArrayList<>(9);
    private boolean deferred;

    /** Records one criterion. */
    public void record(String id, CriterionStatus status) {
      criteria.add(new Criterion(id, status));
    }

    /** Records that the scope leaves the request to another guideline. */
    public void defer(String id) {
      deferred = true;
      criteria.add(new Criterion(id, CriterionStatus.NOT_MET));
    }

    PeerDecision decide() {
      return of(deferred, criteria);
    }
  }
}
