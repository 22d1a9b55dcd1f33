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

  /** Each word's characters, compared with text read as an array. */
  private final char[][] letters;

  private final long[] kinds;
  private final int mask;
  private final int longest;

  Lexicon(Map<String, Long> kindsByWord) {
    int size = Integer.highestOneBit(Math.max(4, kindsByWord.size() * 4) - 1) << 1;
    words = new String[size];
    letters = new char[size][];
    kinds = new long[size];
    mask = size - 1;
    int max = 0;
    for (Map.Entry<String, Long> e : kindsByWord.entrySet()) {
      int slot = e.getKey().hashCode() & mask;
      while (words[slot] != null) {
        slot = (slot + 1) & mask;
      }
      words[slot] = e.getKey();
      letters[slot] = e.getKey().toCharArray();
      kinds[slot] = e.getValue();
      max = Math.max(max, e.getKey().length());
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
      String w = words[slot];
      if (w == null) {
        return -1;
      }
      if (w.length() == length
          && w.hashCode() == hash
          && equalsLowered(letters[slot], chars, from)) {
        return slot;
      }
    }
  }

  private static boolean equalsLowered(char[] word, char[] chars, int from) {
    for (int i = 0; i < word.length; i++) {
      char c = chars[from + i];
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A'));
      }
      if (c != word[i]) {
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
