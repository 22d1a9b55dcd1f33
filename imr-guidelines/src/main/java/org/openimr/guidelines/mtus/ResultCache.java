package org.openimr.guidelines.mtus;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.openimr.model.CriterionResult;
import org.openimr.model.CriterionStatus;
import org.openimr.model.Evidence;
import org.openimr.model.GuidelineCitation;

/**
 * The criterion results of one guideline edition made recently, so that a criterion that finds the
 * same thing in many requests ("no prior acupuncture for the low back", "2 sessions a week, within
 * 3") records one shared result instead of a new one per decision.
 *
 * <p>Design notes: a direct-mapped table of {@value #SLOTS} slots indexed by a hash of the id,
 * status and evidence; a hit compares every part (the description and citation are an edition's
 * shared instances, so their equality is an identity check), a miss makes the result and replaces
 * the slot. Results are immutable and safely published through their final fields, so slots are
 * read and written without locks: a racing reader sees an empty slot, an older result or the newer
 * one, each a correct answer. Sharing changes nothing a caller can see but identity: results are
 * equal on their data. One table per edition, so memory is bounded and goes with the evaluator.
 */
final class ResultCache {
  static final int SLOTS = 256;

  private final @Nullable CriterionResult[] slots = new CriterionResult[SLOTS];
  private final @Nullable ImmutableList<?>[] lists = new ImmutableList<?>[SLOTS];

  /** A result with one evidence item, shared with a recent equal one. */
  CriterionResult of(
      String id,
      String description,
      CriterionStatus status,
      GuidelineCitation citation,
      Evidence evidence) {
    int slot = slot(hash(id, status) * 31 + evidence.hashCode());
    CriterionResult r = slots[slot];
    if (r != null && same(r, id, description, status, citation)) {
      List<Evidence> items = r.evidenceItems();
      if (items.size() == 1 && items.get(0).equals(evidence)) {
        return r;
      }
    }
    r = CriterionResult.ofEvidence(id, description, status, ImmutableList.of(evidence), citation);
    slots[slot] = r;
    return r;
  }

  /** A result with these evidence items, shared with a recent equal one. */
  CriterionResult of(
      String id,
      String description,
      CriterionStatus status,
      GuidelineCitation citation,
      Evidence[] evidence) {
    return of(id, description, status, citation, Arrays.asList(evidence));
  }

  /** A result with these evidence items, shared with a recent equal one. */
  CriterionResult of(
      String id,
      String description,
      CriterionStatus status,
      GuidelineCitation citation,
      List<Evidence> evidence) {
    int h = hash(id, status);
    for (int i = 0; i < evidence.size(); i++) {
      h = 31 * h + evidence.get(i).hashCode();
    }
    int slot = slot(h);
    CriterionResult r = slots[slot];
    if (r != null && same(r, id, description, status, citation) && sameItems(r, evidence)) {
      return r;
    }
    r =
        CriterionResult.ofEvidence(
            id, description, status, ImmutableList.copyOf(evidence), citation);
    slots[slot] = r;
    return r;
  }

  /**
   * An immutable list of the first {@code n} items of the array, shared with a recent list of the
   * same items (compared by identity: the items are results and citations this cache and the
   * edition share). A decision's criteria and citations recur as often as its results do.
   */
  <T> ImmutableList<T> list(T[] items, int n) {
    int h = n;
    for (int i = 0; i < n; i++) {
      h = 31 * h + System.identityHashCode(items[i]);
    }
    int slot = slot(h);
    ImmutableList<?> l = lists[slot];
    if (l != null && sameInstances(l, items, n)) {
      @SuppressWarnings("unchecked") // the items it holds are the same instances as the array's
      ImmutableList<T> shared = (ImmutableList<T>) l;
      return shared;
    }
    ImmutableList.Builder<T> builder = ImmutableList.builderWithExpectedSize(n);
    for (int i = 0; i < n; i++) {
      builder.add(items[i]);
    }
    ImmutableList<T> made = builder.build();
    lists[slot] = made;
    return made;
  }

  @SuppressWarnings("ReferenceEquality") // the point: the same instances, not equal ones
  private static boolean sameInstances(List<?> list, Object[] items, int n) {
    if (list.size() != n) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (list.get(i) != items[i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean same(
      CriterionResult r,
      String id,
      String description,
      CriterionStatus status,
      GuidelineCitation citation) {
    return r.status() == status
        && r.id().equals(id)
        // Both equals start with identity, which an edition's shared descriptions and citations
        // meet.
        && r.description().equals(description)
        && r.citation().equals(citation);
  }

  private static boolean sameItems(CriterionResult r, List<Evidence> evidence) {
    List<Evidence> items = r.evidenceItems();
    if (items.size() != evidence.size()) {
      return false;
    }
    for (int i = 0; i < items.size(); i++) {
      if (!items.get(i).equals(evidence.get(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The id and status's part of the hash: the id's identity (an evaluator's ids are constants; an
   * equal id made anew only costs a miss) and the status's, an enum constant's.
   */
  private static int hash(String id, CriterionStatus status) {
    return 31 * System.identityHashCode(id) + status.hashCode();
  }

  /** Spreads the hash's high bits into the low ones the table uses. */
  private static int slot(int hash) {
    return (hash ^ (hash >>> 16) ^ (hash >>> 8)) & (SLOTS - 1);
  }
}
