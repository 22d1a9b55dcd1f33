package org.openimr.letter;

import java.util.Set;

/**
 * A set of lower-case words the readers look for. Each set has its own bit in the {@linkplain
 * Vocabulary#kindsOf lexicon}, and every token carries the bits of the sets its word is in, so that
 * asking whether a token is in a set is one bit test rather than a hash lookup.
 */
final class WordSet {
  private final Set<String> words;
  private final long bit;

  WordSet(long bit, Set<String> words) {
    this.bit = bit;
    this.words = Set.copyOf(words);
  }

  long bit() {
    return bit;
  }

  Set<String> words() {
    return words;
  }

  boolean contains(String word) {
    return words.contains(word);
  }

  /** Whether the token's lower-case core is in the set; the same as {@code contains(t.lower())}. */
  boolean contains(Token t) {
    return (t.kinds & bit) != 0;
  }

  @Override
  public String toString() {
    return "WordSet" + words;
  }
}
