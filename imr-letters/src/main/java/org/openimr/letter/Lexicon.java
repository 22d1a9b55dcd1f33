package org.openimr.letter;

import java.util.Map;

/**
 * Every word of the {@linkplain WordSet word sets}, with the bits of the sets it is in, in an
 * open-addressing table that is probed straight from the letter text: a token's word is looked up
 * while it is lowered, without first copying it, and a word found here is not copied at all (the
 * token takes the table's own string).
 *
 * <p>Hashes are {@link String#hashCode()}'s, over the lower-case characters.
 */
final class Lexicon {
  private final String[] words;

  /**
   * Each slot's word as flat arrays, so that a probe stays within a few small arrays in cache: its
   * hash, its length (0 for an empty slot) and where its characters are in {@link #pool}.
   */
  private final int[] hashes;

  private final int[] lengths;
  private final int[] offsets;
  private final char[] pool;

  private final long[] kinds;
  private final int mask;
  private final int longest;

  Lexicon(Map<String, Long> kindsByWord) {
    int size = Integer.highestOneBit(Math.max(4, kindsByWord.size() * 4) - 1) << 1;
    words = new String[size];
    hashes = new int[size];
    lengths = new int[size];
    offsets = new int[size];
    pool = new char[kindsByWord.keySet().stream().mapToInt(String::length).sum()];
    int used = 0;
    kinds = new long[size];
    mask = size - 1;
    int max = 0;
    for (Map.Entry<String, Long> e : kindsByWord.entrySet()) {
      String word = e.getKey();
      if (word.isEmpty()) {
        throw new IllegalArgumentException("the lexicon holds no empty word");
      }
      int slot = word.hashCode() & mask;
      while (words[slot] != null) {
        slot = (slot + 1) & mask;
      }
      words[slot] = word;
      kinds[slot] = e.getValue();
      hashes[slot] = word.hashCode();
      lengths[slot] = word.length();
      offsets[slot] = used;
      word.getChars(0, word.length(), pool, used);
      used += word.length();
      max = Math.max(max, word.length());
    }
    longest = max;
  }

  /** The longest word, in characters. */
  int longest() {
    return longest;
  }

  /** The slot of {@code word}, or -1. */
  int slotOf(String word) {
    if (word.isEmpty() || word.length() > longest) {
      return -1;
    }
    for (int slot = word.hashCode() & mask; ; slot = (slot + 1) & mask) {
      String w = words[slot];
      if (w == null) {
        return -1;
      }
      if (w.equals(word)) {
        return slot;
      }
    }
  }

  /**
   * The slot of the word that {@code chars[from, to)} is once its ASCII capitals are lowered, or
   * -1; {@code hash} is that lower-case word's {@link String#hashCode()}. The characters must be
   * ASCII there.
   */
  int slotOfAscii(char[] chars, int from, int to, int hash) {
    int length = to - from;
    if (length == 0 || length > longest) {
      return -1;
    }
    for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
      int l = lengths[slot];
      if (l == 0) {
        return -1;
      }
      if (hashes[slot] == hash && l == length && equalsLowered(offsets[slot], chars, from, l)) {
        return slot;
      }
    }
  }

  private boolean equalsLowered(int offset, char[] chars, int from, int length) {
    for (int i = 0; i < length; i++) {
      char c = chars[from + i];
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A'));
      }
      if (c != pool[offset + i]) {
        return false;
      }
    }
    return true;
  }

  String word(int slot) {
    return words[slot];
  }

  long kinds(int slot) {
    return kinds[slot];
  }
}
