package org.openimr.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Reads a request as people write it and writes it back in canonical shorthand: {@code "3x4
 * acupuncture sessions"}, {@code "PT 2x/week x 6 weeks R knee"}, {@code "twelve (12) sessions of
 * chiropractic"}, {@code "physical therapy 2 times a week for 6 weeks for the lumbar spine"}.
 *
 * <p>Design notes: the text is split into words, numbers and marks in one pass; then each part of a
 * request — modality, side, region, sessions a week, weeks, total — is a slot that the words fill
 * in any order, each at most once. What a word means comes from data ({@link RequestWords}, {@link
 * Modality#phrases()}, {@link BodyRegion#phrases()}), looked up longest phrase first, so that
 * {@code "l/s"} is the lumbar spine and {@code "l knee"} the left knee. Filler words ("please
 * authorize", "additional", "for the") fill nothing, so they never change the result. No regular
 * expressions: the reader runs for every request and every candidate phrase in a letter.
 *
 * <p>It must never: echo the text in an error (it may come from a patient's record: errors name the
 * word and character position instead), guess at a word it does not know (that is an error, not a
 * skip), or read a number above {@link TreatmentRequest#MAX_SESSIONS}.
 */
final class RequestText {
  /** The longest text read, in characters; a request is a line, not a document. */
  static final int MAX_LENGTH = 500;

  private static final Map<String, List<Phrase>> PHRASES = phraseIndex();

  private static final List<List<String>> PER_WEEK =
      RequestWords.PER_WEEK.stream().map(RequestText::words).toList();

  private RequestText() {}

  static TreatmentRequest parse(String text) {
    if (text.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(
          "request text is longer than " + MAX_LENGTH + " characters");
    }
    List<Token> tokens = lex(text);
    if (tokens.isEmpty()) {
      throw new IllegalArgumentException("request text is empty");
    }
    Reading reading = new Reading(tokens);
    reading.readAll();
    return reading.build();
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
      if (weeks.isEmpty() || total != f.max() * weeks.get()) {
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

  // ---- words

  private enum Kind {
    WORD,
    NUMBER,
    MARK
  }

  /**
   * A word (letters), a number (digits) or a mark (any other character), with where it starts: the
   * 1-based whitespace-separated word and the 1-based character.
   */
  private record Token(Kind kind, String text, int value, int word, int character) {
    boolean is(String s) {
      return text.equals(s);
    }
  }

  /**
   * Splits text into tokens: runs of letters (lower case), runs of ASCII digits, and single marks.
   * A hyphen between letters joins nothing ({@code "mid-back"} is {@code mid back}); {@code "×"} is
   * {@code x}.
   */
  private static List<Token> lex(String text) {
    List<Token> tokens = new ArrayList<>();
    int word = 0;
    boolean newWord = true;
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        newWord = true;
        i++;
        continue;
      }
      if (c == '-'
          && i > 0
          && i + 1 < n
          && isLetter(text.charAt(i - 1))
          && isLetter(text.charAt(i + 1))) {
        i++;
        continue;
      }
      if (newWord) {
        word++;
        newWord = false;
      }
      int start = i;
      if (isLetter(c)) {
        while (i < n && isLetter(text.charAt(i))) {
          i++;
        }
        String w = text.substring(start, i).toLowerCase(Locale.ROOT);
        tokens.add(new Token(Kind.WORD, w, 0, word, start + 1));
      } else if (isDigit(c)) {
        while (i < n && isDigit(text.charAt(i))) {
          i++;
        }
        tokens.add(
            new Token(
                Kind.NUMBER,
                text.substring(start, i),
                number(text, start, i, word),
                word,
                start + 1));
      } else if (c == '\u00D7') {
        tokens.add(new Token(Kind.WORD, "x", 0, word, start + 1));
        i++;
      } else {
        tokens.add(new Token(Kind.MARK, String.valueOf(c), 0, word, start + 1));
        i++;
      }
    }
    return tokens;
  }

  /**
   * The value of digits {@code text[from, to)}, refused above {@link
   * TreatmentRequest#MAX_SESSIONS}.
   */
  private static int number(String text, int from, int to, int word) {
    int value = 0;
    for (int i = from; i < to; i++) {
      value = value * 10 + (text.charAt(i) - '0');
      if (value > TreatmentRequest.MAX_SESSIONS) {
        throw new IllegalArgumentException(
            "request text has a number above "
                + TreatmentRequest.MAX_SESSIONS
                + at(word, from + 1));
      }
    }
    return value;
  }

  private static boolean isLetter(char c) {
    return Character.isLetter(c);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static String at(int word, int character) {
    return " at word " + word + ", character " + character;
  }

  private static String at(Token t) {
    return at(t.word(), t.character());
  }

  /** The words of a phrase, split as {@link #lex} splits a request. */
  private static List<String> words(String phrase) {
    return lex(phrase).stream().map(Token::text).toList();
  }

  // ---- phrases

  private enum Meaning {
    MODALITY,
    REGION,
    SIDE,
    FILLER
  }

  private record Phrase(List<String> words, Meaning meaning, Object value) {}

  /** Every phrase by its first word, longest first. */
  private static Map<String, List<Phrase>> phraseIndex() {
    List<Phrase> all = new ArrayList<>();
    Stream.of(Modality.values())
        .filter(m -> m != Modality.OTHER)
        .forEach(m -> m.phrases().forEach(p -> all.add(phrase(p, Meaning.MODALITY, m))));
    RequestWords.MODALITY_ABBREVIATIONS.forEach((p, m) -> all.add(phrase(p, Meaning.MODALITY, m)));
    Stream.of(BodyRegion.values())
        .filter(r -> r != BodyRegion.OTHER)
        .forEach(r -> r.phrases().forEach(p -> all.add(phrase(p, Meaning.REGION, r))));
    RequestWords.REGION_ABBREVIATIONS.forEach((p, r) -> all.add(phrase(p, Meaning.REGION, r)));
    RequestWords.SIDES.forEach((p, s) -> all.add(phrase(p, Meaning.SIDE, s)));
    RequestWords.FILLERS.forEach(p -> all.add(phrase(p, Meaning.FILLER, p)));

    Map<List<String>, Phrase> unique = new HashMap<>();
    Map<String, List<Phrase>> index = new HashMap<>();
    for (Phrase p : all) {
      Phrase before = unique.putIfAbsent(p.words(), p);
      if (before != null && !before.value().equals(p.value())) {
        throw new IllegalStateException("a request phrase names two things: " + p.words());
      }
      if (before == null) {
        index.computeIfAbsent(p.words().get(0), w -> new ArrayList<>()).add(p);
      }
    }
    Map<String, List<Phrase>> sorted = new HashMap<>();
    index.forEach(
        (first, phrases) ->
            sorted.put(
                first,
                phrases.stream()
                    .sorted(Comparator.comparingInt((Phrase p) -> p.words().size()).reversed())
                    .toList()));
    return Map.copyOf(sorted);
  }

  private static Phrase phrase(String text, Meaning meaning, Object value) {
    List<String> words = words(text);
    if (words.isEmpty()) {
      throw new IllegalStateException("an empty request phrase");
    }
    return new Phrase(words, meaning, value);
  }

  // ---- reading

  /** A number read at a token, and the index after it. */
  private record Num(int value, int next) {}

  /** The slots of one request, filled left to right. */
  private static final class Reading {
    private final List<Token> tokens;
    private @Nullable Modality modality;
    private @Nullable BodyRegion region;
    private @Nullable Laterality laterality;
    private int low = -1;
    private int high = -1;
    private int weeks = -1;
    private int total = -1;

    Reading(List<Token> tokens) {
      this.tokens = tokens;
    }

    void readAll() {
      int i = 0;
      while (i < tokens.size()) {
        i = step(i);
      }
    }

    private int step(int i) {
      Token t = tokens.get(i);
      Num n = number(i);
      if (n != null) {
        return afterNumber(i, n);
      }
      if (t.is("x")) {
        Num m = number(i + 1);
        if (m == null) {
          throw error("x without a number", t);
        }
        if (isIn(m.next(), RequestWords.WEEKS)) {
          setWeeks(m.value(), i + 1);
          return m.next() + 1;
        }
        setTotal(m.value(), i + 1);
        return isIn(m.next(), RequestWords.UNITS) ? m.next() + 1 : m.next();
      }
      Integer often = t.kind() == Kind.WORD ? RequestWords.FREQUENCY_WORDS.get(t.text()) : null;
      if (often != null) {
        return frequency(i, often, often, i + 1);
      }
      Phrase p = phraseAt(i);
      if (p != null) {
        fill(p, i);
        return i + p.words().size();
      }
      if (t.kind() == Kind.MARK && RequestWords.PUNCTUATION.contains(t.text())) {
        return i + 1;
      }
      throw error("an unknown word", t);
    }

    /** After a number at {@code i}: a range, sessions a week, a total, or weeks. */
    private int afterNumber(int i, Num n) {
      int j = n.next();
      if (isIn(j, RequestWords.RANGE_WORDS)) {
        Num m = number(j + 1);
        if (m != null && startsFrequency(m.next())) {
          return frequency(i, n.value(), m.value(), m.next());
        }
      }
      if (startsFrequency(j)) {
        return frequency(i, n.value(), n.value(), j);
      }
      if (isIn(j, RequestWords.UNITS)) {
        setTotal(n.value(), i);
        return j + 1;
      }
      // "12 additional sessions", "6 acupuncture visits", "twelve more PT sessions"
      int k = j;
      while (isIn(k, RequestWords.COUNT_FILLERS)) {
        k++;
      }
      Phrase named = phraseAt(k);
      int unit =
          named != null && named.meaning() == Meaning.MODALITY ? k + named.words().size() : k;
      if (unit > j && isIn(unit, RequestWords.UNITS)) {
        setTotal(n.value(), i);
        if (unit > k && named != null) {
          fill(named, k);
        }
        return unit + 1;
      }
      if (isIn(j, RequestWords.WEEKS)) {
        setWeeks(n.value(), i);
        return j + 1;
      }
      throw error("a number without x, times, sessions or weeks", tokens.get(i));
    }

    /** Whether sessions a week start at {@code j}: "x", "times", "/week", "sessions a week". */
    private boolean startsFrequency(int j) {
      return isIn(j, RequestWords.TIMES)
          || perWeekAt(j) > 0
          || (isIn(j, RequestWords.UNITS) && perWeekAt(j + 1) > 0);
    }

    /** Sessions a week from {@code low} to {@code high}, read at {@code i}; {@code j} follows. */
    private int frequency(int i, int low, int high, int j) {
      setFrequency(low, high, i);
      boolean times = isIn(j, RequestWords.TIMES) || isIn(j, RequestWords.UNITS);
      if (times) {
        j++;
      }
      int perWeek = perWeekAt(j);
      if (perWeek > 0) {
        j += perWeek;
        // "3x/week x 4", "2x/week x 6 weeks"
        if (isAt(j, "x")) {
          Num w = number(j + 1);
          if (w != null && !isIn(w.next(), RequestWords.UNITS)) {
            setWeeks(w.value(), j + 1);
            return isIn(w.next(), RequestWords.WEEKS) ? w.next() + 1 : w.next();
          }
        }
        return j;
      }
      // "3x4", "2 x 6 weeks"
      Num w = times ? number(j) : null;
      if (w != null) {
        setWeeks(w.value(), j);
        return isIn(w.next(), RequestWords.WEEKS) ? w.next() + 1 : w.next();
      }
      return j;
    }

    /**
     * A number at {@code i}: digits, a number word ("six", "twenty four"), either followed by the
     * same figure in parentheses ("six (6)"), or a figure in parentheses alone ("(3) times").
     */
    private @Nullable Num number(int i) {
      if (i >= tokens.size()) {
        return null;
      }
      Token t = tokens.get(i);
      if (t.kind() == Kind.NUMBER) {
        return new Num(t.value(), i + 1);
      }
      if (t.is("(") && i + 2 < tokens.size()) {
        Token inner = tokens.get(i + 1);
        if (inner.kind() == Kind.NUMBER && tokens.get(i + 2).is(")")) {
          return new Num(inner.value(), i + 3);
        }
        return null;
      }
      Integer value = t.kind() == Kind.WORD ? NumberWords.valueOf(t.text()) : null;
      if (value == null) {
        return null;
      }
      int next = i + 1;
      if (value >= 20 && value % 10 == 0 && next < tokens.size()) {
        Integer unit = NumberWords.valueOf(tokens.get(next).text());
        if (unit != null && unit < 10 && tokens.get(next).kind() == Kind.WORD) {
          value += unit;
          next++;
        }
      }
      if (isAt(next, "(")
          && next + 2 < tokens.size()
          && tokens.get(next + 1).kind() == Kind.NUMBER
          && tokens.get(next + 2).is(")")) {
        if (tokens.get(next + 1).value() != value) {
          throw error("a number whose words and figures differ", tokens.get(next));
        }
        next += 3;
      }
      return new Num(value, next);
    }

    /** How many tokens say "a week" at {@code j}, 0 for none. */
    private int perWeekAt(int j) {
      for (List<String> words : PER_WEEK) {
        if (matches(j, words)) {
          return words.size();
        }
      }
      return 0;
    }

    private @Nullable Phrase phraseAt(int i) {
      if (i >= tokens.size()) {
        return null;
      }
      Token t = tokens.get(i);
      List<Phrase> candidates = t.kind() == Kind.NUMBER ? null : PHRASES.get(t.text());
      if (candidates == null) {
        return null;
      }
      for (Phrase p : candidates) {
        if (matches(i, p.words())) {
          return p;
        }
      }
      return null;
    }

    private boolean matches(int i, List<String> words) {
      if (i + words.size() > tokens.size()) {
        return false;
      }
      for (int k = 0; k < words.size(); k++) {
        if (!tokens.get(i + k).is(words.get(k))) {
          return false;
        }
      }
      return true;
    }

    private boolean isAt(int i, String word) {
      return i < tokens.size() && tokens.get(i).is(word);
    }

    private boolean isIn(int i, Collection<String> words) {
      return i < tokens.size()
          && tokens.get(i).kind() != Kind.NUMBER
          && words.contains(tokens.get(i).text());
    }

    private void fill(Phrase p, int i) {
      Token t = tokens.get(i);
      switch (p.meaning()) {
        case MODALITY -> {
          Modality m = (Modality) p.value();
          if (modality != null && modality != m) {
            throw error("a second modality", t);
          }
          modality = m;
        }
        case REGION -> {
          BodyRegion r = (BodyRegion) p.value();
          if (region != null && region != r) {
            throw error("a second region", t);
          }
          region = r;
        }
        case SIDE -> {
          Laterality l = (Laterality) p.value();
          if (laterality != null && laterality != l) {
            throw error("a second side", t);
          }
          laterality = l;
        }
        case FILLER -> {}
      }
    }

    private void setFrequency(int min, int max, int i) {
      if (low >= 0 && (low != min || high != max)) {
        throw error("the sessions a week a second time", tokens.get(i));
      }
      low = min;
      high = max;
    }

    private void setWeeks(int value, int i) {
      if (weeks >= 0 && weeks != value) {
        throw error("the weeks a second time", tokens.get(i));
      }
      weeks = value;
    }

    private void setTotal(int value, int i) {
      if (total >= 0 && total != value) {
        throw error("the total a second time", tokens.get(i));
      }
      total = value;
    }

    private static IllegalArgumentException error(String what, Token t) {
      return new IllegalArgumentException("request text has " + what + at(t));
    }

    TreatmentRequest build() {
      if (low < 0 && total < 0) {
        throw new IllegalArgumentException(
            "request text has no quantity such as 3x4, x6, 6 sessions or 2 times a week for 6"
                + " weeks");
      }
      if (low >= 0 && weeks < 0 && total < 0) {
        throw new IllegalArgumentException(
            "request text gives sessions per week but neither weeks nor a total");
      }
      if (low >= 0
          && (low < FrequencyRange.MIN_PER_WEEK
              || high > FrequencyRange.MAX_PER_WEEK
              || low > high)) {
        throw new IllegalArgumentException(
            "request frequency must be "
                + FrequencyRange.MIN_PER_WEEK
                + "-"
                + FrequencyRange.MAX_PER_WEEK
                + " sessions per week, low before high");
      }
      if (weeks == 0 || weeks > TreatmentRequest.MAX_WEEKS) {
        throw new IllegalArgumentException("request weeks must be 1-" + TreatmentRequest.MAX_WEEKS);
      }
      if (total == 0) {
        throw new IllegalArgumentException(
            "request total sessions must be 1-" + TreatmentRequest.MAX_SESSIONS);
      }
      TreatmentRequest.Builder request = TreatmentRequest.builder();
      if (modality != null) {
        request.modality(modality);
      }
      if (region != null) {
        request.region(region);
      }
      if (laterality != null) {
        request.laterality(laterality);
      }
      if (low >= 0) {
        request.frequency(FrequencyRange.of(low, high));
      }
      if (weeks >= 0) {
        request.weeks(weeks);
      }
      if (total >= 0) {
        request.totalSessions(total);
      }
      return request.build();
    }
  }
}
