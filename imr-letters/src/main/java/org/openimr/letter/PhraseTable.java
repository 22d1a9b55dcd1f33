package org.openimr.letter;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Multi-word phrases matched against tokens, longest first: {@code "low back"} before {@code
 * "back"}. A phrase does not run across a clause end except at its last word.
 */
final class PhraseTable<T> {
  private final Map<String, List<Entry<T>>> byFirstWord;

  private record Entry<T>(List<String> words, T value) {}

  private PhraseTable(Map<String, List<Entry<T>>> byFirstWord) {
    this.byFirstWord = byFirstWord;
  }

  /** A table of every value's phrases. */
  static <T> PhraseTable<T> of(Iterable<T> values, Function<T, List<String>> phrases) {
    Map<String, List<Entry<T>>> index = new HashMap<>();
    for (T value : values) {
      for (String phrase : phrases.apply(value)) {
        List<String> words = List.of(phrase.split(" ", -1));
        index.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(new Entry<>(words, value));
      }
    }
    index
        .values()
        .forEach(l -> l.sort(Comparator.comparingInt((Entry<T> e) -> e.words().size()).reversed()));
    return new PhraseTable<>(Map.copyOf(index));
  }

  /** The phrase starting at token i, if any. */
  Words.@Nullable At<T> match(List<Token> tokens, int i) {
    if (i >= tokens.size()) {
      return null;
    }
    Token first = tokens.get(i);
    List<Entry<T>> candidates = byFirstWord.get(first.lower());
    if (candidates == null) {
      return null;
    }
    for (Entry<T> e : candidates) {
      int n = e.words().size();
      if (i + n > tokens.size()) {
        continue;
      }
      boolean ok = true;
      for (int k = 0; k < n && ok; k++) {
        Token t = tokens.get(i + k);
        ok = t.isWord(e.words().get(k)) && (k == n - 1 || !t.clauseEnd);
      }
      if (ok) {
        return new Words.At<>(e.value(), i + n);
      }
    }
    return null;
  }
}
