package org.openimr.letter;

import java.util.Set;

/** A set of lower-case words the readers look for. */
final class WordSet {
  private final Set<String> words;

  WordSet(Set<String> words) {
    this.words = Set.copyOf(words);
  }

  Set<String> words() {
    return words;
  }

  boolean contains(String word) {
    return words.contains(word);
  }

  /** Whether the token's lower-case core is in the set. */
  boolean contains(Token t) {
    return words.contains(t.lower());
  }

  @Override
  public String toString() {
    return "WordSet" + words;
  }
}
