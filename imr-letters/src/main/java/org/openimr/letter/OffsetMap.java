package org.openimr.letter;

import java.util.Arrays;

/**
 * Maps offsets of the normalized text to offsets of the input, stored as runs in which both advance
 * together: a letter's lines are copied mostly unchanged, so it has about as many runs as lines,
 * where an array would hold an offset per character.
 */
final class OffsetMap {
  /** The normalized offset at which each run starts, ascending. */
  private int[] at = new int[32];

  /** The input offset of each run's first character. */
  private int[] from = new int[32];

  private int runs;

  /**
   * Records that normalized offset {@code k} comes from input offset {@code origin}. Offsets are
   * put in ascending order, after a {@link #truncate} where the text was cut back; putting the last
   * offset again replaces it.
   */
  void put(int k, int origin) {
    if (runs > 0) {
      int last = runs - 1;
      if (at[last] == k) {
        from[last] = origin;
        return;
      }
      if (from[last] + (k - at[last]) == origin) {
        return;
      }
    }
    if (runs == at.length) {
      at = Arrays.copyOf(at, runs * 2);
      from = Arrays.copyOf(from, runs * 2);
    }
    at[runs] = k;
    from[runs] = origin;
    runs++;
  }

  /** Forgets every offset from {@code length} on: the text was cut back to that length. */
  void truncate(int length) {
    while (runs > 0 && at[runs - 1] >= length) {
      runs--;
    }
  }

  /** The input offset of normalized offset {@code k}, as last put. */
  int get(int k) {
    int lo = 0;
    int hi = runs - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (at[mid] <= k) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return from[lo] + (k - at[lo]);
  }
}
