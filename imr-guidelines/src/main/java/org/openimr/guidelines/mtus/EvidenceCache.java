package org.openimr.guidelines.mtus;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.openimr.model.Evidence;
import org.openimr.model.EvidenceCode;

/**
 * The evidence of one code made recently, so that evidence with the same facts is one shared
 * instance (its text rendered once) instead of a new one per decision: most facts are small counts
 * and enum names, so a few shapes recur across thousands of requests.
 *
 * <p>Design notes: a direct-mapped table of {@value #SLOTS} slots indexed by the facts' hash; a hit
 * compares the facts with {@code equals}, a miss makes the evidence with {@link Evidence#of} (which
 * checks the facts) and replaces the slot. Evidence is immutable and safely published through its
 * final fields, so slots are read and written without locks: a racing reader sees an empty slot, an
 * older evidence or the newer one, each a correct answer. Sharing changes nothing a caller can see
 * but identity: evidence is equal on its data. Memory is bounded by the slot count.
 */
final class EvidenceCache {
  static final int SLOTS = 64;

  private final EvidenceCode code;
  private final int arity;
  private final @Nullable Evidence[] slots = new Evidence[SLOTS];

  /** The shared evidence of a code without facts, made on first use (a benign race). */
  private volatile @Nullable Evidence constant;

  EvidenceCache(EvidenceCode code, int arity) {
    this.code = code;
    this.arity = arity;
  }

  /** The evidence of the code without facts. */
  Evidence of() {
    Evidence e = constant;
    if (e == null) {
      e = Evidence.of(code);
      constant = e;
    }
    return e;
  }

  /** The evidence of the code with one fact. */
  Evidence of(Object a) {
    int slot = slot(Objects.hashCode(a));
    Evidence e = slots[slot];
    if (e != null && arity == 1 && e.fact(0).equals(a)) {
      return e;
    }
    e = Evidence.of(code, a);
    slots[slot] = e;
    return e;
  }

  /** The evidence of the code with two facts, in the order of its fact names. */
  Evidence of(Object a, Object b) {
    int slot = slot(31 * Objects.hashCode(a) + Objects.hashCode(b));
    Evidence e = slots[slot];
    if (e != null && arity == 2 && e.fact(0).equals(a) && e.fact(1).equals(b)) {
      return e;
    }
    e = Evidence.of(code, a, b);
    slots[slot] = e;
    return e;
  }

  /** The evidence of the code with three facts, in the order of its fact names. */
  Evidence of(Object a, Object b, Object c) {
    int slot = slot((31 * Objects.hashCode(a) + Objects.hashCode(b)) * 31 + Objects.hashCode(c));
    Evidence e = slots[slot];
    if (e != null
        && arity == 3
        && e.fact(0).equals(a)
        && e.fact(1).equals(b)
        && e.fact(2).equals(c)) {
      return e;
    }
    e = Evidence.of(code, a, b, c);
    slots[slot] = e;
    return e;
  }

  /** The evidence of the code with four facts, in the order of its fact names. */
  Evidence of(Object a, Object b, Object c, Object d) {
    int slot =
        slot(
            ((31 * Objects.hashCode(a) + Objects.hashCode(b)) * 31 + Objects.hashCode(c)) * 31
                + Objects.hashCode(d));
    Evidence e = slots[slot];
    if (e != null
        && arity == 4
        && e.fact(0).equals(a)
        && e.fact(1).equals(b)
        && e.fact(2).equals(c)
        && e.fact(3).equals(d)) {
      return e;
    }
    e = Evidence.of(code, a, b, c, d);
    slots[slot] = e;
    return e;
  }

  /** Spreads the hash's high bits into the low ones the table uses. */
  private static int slot(int hash) {
    return (hash ^ (hash >>> 16) ^ (hash >>> 7)) & (SLOTS - 1);
  }
}
