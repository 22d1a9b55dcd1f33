package org.openimr.letter;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reads the guideline name out of a guideline line's text. */
final class GuidelineNames {
  private static final List<String> PREAMBLES =
      List.of(
          "decision based on ",
          "the claims administrator relied on ",
          "the claims administrator based its decision on ",
          "based on ",
          "relied on ",
          "the ");
  private static final List<String> NONE =
      List.of("not documented", "none", "none cited", "not stated", "no guideline", "n/a");

  private GuidelineNames() {}

  static Optional<String> name(String line) {
    String name = line.trim();
    for (String preamble : PREAMBLES) {
      if (name.regionMatches(true, 0, preamble, 0, preamble.length())) {
        name = name.substring(preamble.length()).trim();
      }
    }
    while (name.endsWith(".")) {
      name = name.substring(0, name.length() - 1).trim();
    }
    String lower = name.toLowerCase(Locale.ROOT);
    if (name.isEmpty() || NONE.contains(lower) || lower.contains("did not cite")) {
      return Optional.empty();
    }
    return Optional.of(name);
  }
}
