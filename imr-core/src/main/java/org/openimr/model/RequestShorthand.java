package org.openimr.model;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads and writes request shorthand ({@code "Acupuncture 3x4 lumbar spine"}).
 *
 * <p>Design notes: the grammar is a modality phrase, a quantity, then an optional laterality and
 * region. Patterns are compiled once. Error messages say what part could not be read but never
 * repeat the input, which may come from a patient's record.
 */
final class RequestShorthand {
  /**
   * A number in shorthand: as many digits as {@link TreatmentRequest#MAX_SESSIONS} has, so no
   * number read can overflow; {@link #checkRanges} then holds it to the case's bounds.
   */
  private static final String NUMBER =
      "\\d{1," + Integer.toString(TreatmentRequest.MAX_SESSIONS).length() + "}";

  private static final String UNIT = "(?:sessions?|visits?|treatments?)";
  private static final String WEEKS = "(?:weeks?|wks?)";

  /** {@code 3x4}, {@code 1-2x/week x 4 weeks}, {@code 3x/week (6 sessions)}. */
  private static final Pattern FREQUENCY_QUANTITY =
      Pattern.compile(
          "(?<fmin>"
              + NUMBER
              + ")(?:\\s*-\\s*(?<fmax>"
              + NUMBER
              + "))?\\s*(?:x|times)"
              + "\\s*(?:(?:/\\s*|per\\s+|a\\s+)(?:week|wk)\\b\\s*)?"
              + "(?:(?:x|for)?\\s*(?<weeks>"
              + NUMBER
              + ")(?:\\s*"
              + WEEKS
              + "\\b)?)?"
              + "(?:\\s*\\(\\s*(?<total>"
              + NUMBER
              + ")\\s*"
              + UNIT
              + "\\s*\\))?");

  /** {@code x6}. */
  private static final Pattern TIMES_QUANTITY =
      Pattern.compile("x\\s*(?<total>" + NUMBER + ")(?:\\s*" + UNIT + "\\b)?");

  /** {@code 6 sessions}, {@code 12 visits}, {@code 8 sessions over 4 weeks}. */
  private static final Pattern COUNT_QUANTITY =
      Pattern.compile(
          "(?<total>"
              + NUMBER
              + ")\\s*"
              + UNIT
              + "\\b(?:\\s+(?:over|in)\\s+(?<weeks>"
              + NUMBER
              + ")\\s*"
              + WEEKS
              + "\\b)?");

  private static final Pattern UNIT_WORD = Pattern.compile(UNIT + "\\b");

  private static final List<PhraseOf<Modality>> MODALITY_PHRASES =
      phrases(Stream.of(Modality.values()).filter(m -> m != Modality.OTHER), Modality::phrases);

  private static final List<PhraseOf<BodyRegion>> REGION_PHRASES =
      phrases(
          Stream.of(BodyRegion.values()).filter(r -> r != BodyRegion.OTHER), BodyRegion::phrases);

  private RequestShorthand() {}

  static TreatmentRequest parse(String shorthand) {
    String text = Phrases.normalize(shorthand);
    if (text.isEmpty()) {
      throw new IllegalArgumentException("request shorthand is empty");
    }
    Cursor cursor = new Cursor(text);
    TreatmentRequest.Builder request = TreatmentRequest.builder();

    Optional<Modality> modality = cursor.phrase(MODALITY_PHRASES);
    modality.ifPresent(request::modality);
    readQuantity(cursor, request);
    if (modality.isEmpty()) {
      cursor.phrase(MODALITY_PHRASES).ifPresent(request::modality);
    }
    cursor.match(UNIT_WORD);
    cursor.word("additional");
    for (Laterality laterality : Laterality.values()) {
      if (cursor.word(laterality.word())) {
        request.laterality(laterality);
        break;
      }
    }
    cursor.phrase(REGION_PHRASES).ifPresent(request::region);
    if (!cursor.atEnd()) {
      throw new IllegalArgumentException(
          "request shorthand has unrecognized text at position " + cursor.position());
    }
    TreatmentRequest parsed = request.build();
    checkRanges(parsed);
    return parsed;
  }

  private static void readQuantity(Cursor cursor, TreatmentRequest.Builder request) {
    Optional<Matcher> m = cursor.match(FREQUENCY_QUANTITY);
    if (m.isPresent() && (m.get().group("weeks") != null || m.get().group("total") != null)) {
      int min = number(m.get().group("fmin"));
      String fmax = m.get().group("fmax");
      request.frequency(FrequencyRange.of(min, fmax == null ? min : number(fmax)));
      optionalNumber(m.get().group("weeks")).ifPresent(request::weeks);
      optionalNumber(m.get().group("total")).ifPresent(request::totalSessions);
      return;
    }
    if (m.isPresent()) {
      throw new IllegalArgumentException(
          "request shorthand gives sessions per week but neither weeks nor a total");
    }
    Optional<Matcher> times = cursor.match(TIMES_QUANTITY).or(() -> cursor.match(COUNT_QUANTITY));
    if (times.isEmpty()) {
      throw new IllegalArgumentException(
          "request shorthand has no quantity such as 3x4, x6, 6 sessions or 1-2x/week x 4 weeks");
    }
    request.totalSessions(number(times.get().group("total")));
    if (times.get().pattern() == COUNT_QUANTITY) {
      optionalNumber(times.get().group("weeks")).ifPresent(request::weeks);
    }
  }

  private static void checkRanges(TreatmentRequest request) {
    request
        .frequency()
        .ifPresent(
            f -> {
              if (f.min() < FrequencyRange.MIN_PER_WEEK
                  || f.max() > FrequencyRange.MAX_PER_WEEK
                  || f.min() > f.max()) {
                throw new IllegalArgumentException(
                    "request frequency must be "
                        + FrequencyRange.MIN_PER_WEEK
                        + "-"
                        + FrequencyRange.MAX_PER_WEEK
                        + " sessions per week, low before high");
              }
            });
    if (request.weeks().map(w -> w < 1 || w > TreatmentRequest.MAX_WEEKS).orElse(false)) {
      throw new IllegalArgumentException("request weeks must be 1-" + TreatmentRequest.MAX_WEEKS);
    }
    if (request.totalSessions() < 1 || request.totalSessions() > TreatmentRequest.MAX_SESSIONS) {
      throw new IllegalArgumentException(
          "request total sessions must be 1-" + TreatmentRequest.MAX_SESSIONS);
    }
  }

  static String format(TreatmentRequest request) {
    StringBuilder out = new StringBuilder();
    request.modality().ifPresent(m -> out.append(m.displayName()).append(' '));
    int total = request.totalSessions();
    if (request.frequency().isPresent()) {
      FrequencyRange f = request.frequency().get();
      Optional<Integer> weeks = request.weeks();
      out.append(f.format());
      if (f.min() == f.max() && weeks.isPresent()) {
        out.append('x').append(weeks.get());
      } else {
        out.append("x/week");
        weeks.ifPresent(w -> out.append(" x ").append(w).append(w == 1 ? " week" : " weeks"));
      }
      if (weeks.isEmpty() || total != (long) f.max() * weeks.get()) {
        out.append(" (").append(sessions(total)).append(')');
      }
    } else {
      out.append(sessions(total));
      request
          .weeks()
          .ifPresent(w -> out.append(" over ").append(w).append(w == 1 ? " week" : " weeks"));
    }
    request.laterality().ifPresent(l -> out.append(' ').append(l.word()));
    request.region().ifPresent(r -> out.append(' ').append(r.displayName()));
    return out.toString();
  }

  private static String sessions(int total) {
    return total + (total == 1 ? " session" : " sessions");
  }

  private static int number(String digits) {
    return Integer.parseInt(digits);
  }

  private static Optional<Integer> optionalNumber(String digits) {
    return Optional.ofNullable(digits).map(RequestShorthand::number);
  }

  private static <T> List<PhraseOf<T>> phrases(Stream<T> values, Function<T, List<String>> of) {
    return values
        .flatMap(v -> of.apply(v).stream().map(p -> new PhraseOf<>(p, v)))
        .sorted(Comparator.comparingInt((PhraseOf<T> p) -> p.phrase().length()).reversed())
        .toList();
  }

  private record PhraseOf<T>(String phrase, T value) {}

  /** A read position in normalized text; every read skips the white space before it. */
  private static final class Cursor {
    private final String text;
    private int pos;

    Cursor(String text) {
      this.text = text;
    }

    int position() {
      return pos;
    }

    boolean atEnd() {
      skipSpace();
      return pos >= text.length();
    }

    Optional<Matcher> match(Pattern pattern) {
      skipSpace();
      Matcher m = pattern.matcher(text).region(pos, text.length());
      if (m.lookingAt() && m.end() > pos) {
        pos = m.end();
        return Optional.of(m);
      }
      return Optional.empty();
    }

    boolean word(String word) {
      skipSpace();
      if (text.startsWith(word, pos) && boundaryAt(pos + word.length())) {
        pos += word.length();
        return true;
      }
      return false;
    }

    <T> Optional<T> phrase(List<PhraseOf<T>> phrases) {
      skipSpace();
      for (PhraseOf<T> p : phrases) {
        if (word(p.phrase())) {
          return Optional.of(p.value());
        }
      }
      return Optional.empty();
    }

    private boolean boundaryAt(int index) {
      return index >= text.length() || !Character.isLetterOrDigit(text.charAt(index));
    }

    private void skipSpace() {
      while (pos < text.length() && (text.charAt(pos) == ' ' || text.charAt(pos) == ',')) {
        pos++;
      }
    }
  }
}
