package org.openimr.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;

/** The side of the body a request or an injury concerns. */
@API(status = STABLE, since = "0.1")
public enum Laterality {
  /** The left side. */
  LEFT,
  /** The right side. */
  RIGHT,
  /** Both sides. */
  BILATERAL;

  /** The lower-case word used in requests, e.g. {@code "right"}. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The laterality a word names ({@code "left"}, {@code "right"}, {@code "bilateral"}). */
  public static Optional<Laterality> fromWord(String word) {
    String w = word.trim().toLowerCase(Locale.ROOT);
    for (Laterality l : values()) {
      if (l.word().equals(w)) {
        return Optional.of(l);
      }
    }
    return w.equals("both") ? Optional.of(BILATERAL) : Optional.empty();
  }

  /**
   * How the value is written for a reader, on its own (a heading, a table cell, a line of the
   * command line's output), e.g. {@code "Bilateral"}.
   */
  public String displayName() {
    return switch (this) {
      case LEFT -> "Left";
      case RIGHT -> "Right";
      case BILATERAL -> "Bilateral";
    };
  }
}
