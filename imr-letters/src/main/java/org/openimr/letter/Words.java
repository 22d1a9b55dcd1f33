package org.openimr.letter;

import static java.util.Objects.requireNonNull;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.openimr.model.NumberWords;

/**
 * Reads numbers (digits or words, {@code "six"}, {@code "twenty-four"}) and dates ({@code
 * "10/10/13"}, {@code "2/9/2014"}, {@code "2014-02-09"}, {@code "February 9, 2014"}) at a token.
 *
 * <p>Two-digit years: 00-69 are 2000-2069, 70-99 are 1970-1999.
 */
final class Words {
  /** Tokens longer than this are never numbers or dates; keeps every check bounded. */
  static final int MAX_WORD = 40;

  private static final int PIVOT = 70;

  /** The model's number words ({@link NumberWords}), and "zero", which only letters write. */
  private static final Map<String, Integer> NUMBER_WORDS = numberWordValues();

  private static final List<String> MONTHS =
      List.of(
          "january",
          "february",
          "march",
          "april",
          "may",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december");

  private static final Map<String, Integer> MONTH_FORMS = monthForms();

  private static final List<String> ORDINAL_SUFFIXES = List.of("st", "nd", "rd", "th");

  private Words() {}

  /** A value read at a token, and the index of the first token after it. */
  record At<T>(T value, int next) {}

  /** Digits 0-999, or a number word up to ninety-nine, hyphenated or not. */
  static @Nullable At<Integer> number(List<Token> tokens, int i) {
    if (i >= tokens.size()) {
      return null;
    }
    Token t = tokens.get(i);
    int length = t.length();
    if (length == 0 || length > MAX_WORD) {
      return null;
    }
    int value;
    int next = i + 1;
    if (t.digits && length <= 3) {
      value = Integer.parseInt(t.lower());
    } else {
      Integer whole = t.is(Vocabulary.NUMBER_WORDS) ? wordValue(t.lower()) : null;
      if (whole == null) {
        return null;
      }
      value = whole;
      if (value >= 20 && value % 10 == 0 && !t.clauseEnd && next < tokens.size()) {
        Integer unit = NUMBER_WORDS.get(tokens.get(next).lower());
        if (unit != null && unit > 0 && unit < 10) {
          value += unit;
          next++;
        }
      }
    }
    // "twelve (12) sessions": skip the figure repeated in parentheses
    if (next < tokens.size()) {
      Token p = tokens.get(next);
      if (p.startsWithParenthesis() && isValue(p.lower(), value)) {
        next++;
      }
    }
    return new At<>(value, next);
  }

  private static Map<String, Integer> numberWordValues() {
    Map<String, Integer> values = new HashMap<>();
    values.put("zero", 0);
    for (String word : NumberWords.words()) {
      values.put(word, requireNonNull(NumberWords.valueOf(word)));
    }
    return Map.copyOf(values);
  }

  /** Every word {@link #wordValue} reads: the number words, and tens and units hyphenated. */
  static Set<String> numberWords() {
    Set<String> words = new HashSet<>(NUMBER_WORDS.keySet());
    NUMBER_WORDS.forEach(
        (tens, t) -> {
          if (t >= 20 && t % 10 == 0) {
            NUMBER_WORDS.forEach(
                (unit, u) -> {
                  if (u > 0 && u < 10) {
                    words.add(tens + "-" + unit);
                  }
                });
          }
        });
    return words;
  }

  /** Every word {@link #monthOf} reads as a month. */
  static Set<String> monthWords() {
    return MONTH_FORMS.keySet();
  }

  /** Whether {@code w} is {@code Integer.toString(value)}, for a value from 0 to 999. */
  static boolean isValue(String w, int value) {
    int n = w.length();
    if (n < 1 || n > 3 || !isDigits(w) || (n > 1 && w.charAt(0) == '0')) {
      return false;
    }
    return Integer.parseInt(w) == value;
  }

  static @Nullable Integer wordValue(String w) {
    Integer simple = NUMBER_WORDS.get(w);
    if (simple != null) {
      return simple;
    }
    int dash = w.indexOf('-');
    if (dash > 0) {
      Integer tens = NUMBER_WORDS.get(w.substring(0, dash));
      Integer unit = NUMBER_WORDS.get(w.substring(dash + 1));
      if (tens != null && unit != null && tens >= 20 && tens % 10 == 0 && unit > 0 && unit < 10) {
        return tens + unit;
      }
    }
    return null;
  }

  /** A date at the token: numeric in one token, or month name, day and year in three. */
  static @Nullable At<LocalDate> date(List<Token> tokens, int i) {
    if (i >= tokens.size()) {
      return null;
    }
    Token t = tokens.get(i);
    int length = t.length();
    if (length == 0 || length > 12) {
      return null;
    }
    char first = t.first();
    if (first >= '0' && first <= '9') {
      // only a numeric date starts with a digit; it is read once per token
      LocalDate numeric = tokens.get(i).numericDate();
      return numeric == null ? null : new At<>(numeric, i + 1);
    }
    int month = t.is(Vocabulary.MONTH_WORDS) ? monthOf(t.lower()) : 0;
    if (month > 0 && i + 2 < tokens.size() && !tokens.get(i).clauseEnd) {
      String day = stripOrdinal(tokens.get(i + 1).lower());
      String year = tokens.get(i + 2).lower();
      if (isDigits(day) && day.length() <= 2 && isDigits(year) && year.length() == 4) {
        LocalDate d = of(Integer.parseInt(year), month, Integer.parseInt(day));
        if (d != null) {
          return new At<>(d, i + 3);
        }
      }
    }
    return null;
  }

  /** A date in one word: {@code 10/10/13}, {@code 2/9/2014}, {@code 2014-02-09}. */
  static @Nullable LocalDate numericDate(String w) {
    char sep = w.indexOf('/') > 0 ? '/' : '-';
    int a = w.indexOf(sep);
    int b = a < 0 ? -1 : w.indexOf(sep, a + 1);
    if (a <= 0 || b <= a + 1 || b == w.length() - 1 || w.indexOf(sep, b + 1) >= 0) {
      return null;
    }
    // three runs of digits, read in place: p1 = [0, a), p2 = (a, b), p3 = (b, end)
    int n = w.length();
    if (!isDigits(w, 0, a) || !isDigits(w, a + 1, b) || !isDigits(w, b + 1, n)) {
      return null;
    }
    int l1 = a;
    int l2 = b - a - 1;
    int l3 = n - b - 1;
    if (sep == '-' && l1 == 4 && l2 <= 2 && l3 <= 2) {
      return of(value(w, 0, a), value(w, a + 1, b), value(w, b + 1, n));
    }
    if (l1 > 2 || l2 > 2) {
      return null;
    }
    int year;
    if (l3 == 4) {
      year = value(w, b + 1, n);
    } else if (l3 == 2 && sep == '/') {
      int yy = value(w, b + 1, n);
      year = yy < PIVOT ? 2000 + yy : 1900 + yy;
    } else {
      return null;
    }
    return of(year, value(w, 0, a), value(w, a + 1, b));
  }

  /** Whether {@code w[from, to)} is one or more ASCII digits. */
  private static boolean isDigits(String w, int from, int to) {
    if (from >= to) {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = w.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** The value of the ASCII digits {@code w[from, to)}, at most four of them. */
  private static int value(String w, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      v = v * 10 + (w.charAt(i) - '0');
    }
    return v;
  }

  static @Nullable LocalDate of(int year, int month, int day) {
    // checked first, so that text full of impossible dates throws no exceptions
    if (month < 1 || month > 12 || day < 1 || day > Month.of(month).length(Year.isLeap(year))) {
      return null;
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }

  static int monthOf(String w) {
    Integer month = w.length() < 3 || w.length() > 9 ? null : MONTH_FORMS.get(w);
    return month == null ? 0 : month;
  }

  /**
   * Every word {@link #monthOf} reads as a month, with its number: each full name, each prefix of
   * three letters or more ({@code "feb"}, {@code "sept"}, {@code "decem"}) except of May.
   */
  private static Map<String, Integer> monthForms() {
    Map<String, Integer> forms = new HashMap<>();
    for (int m = 0; m < MONTHS.size(); m++) {
      String name = MONTHS.get(m);
      forms.putIfAbsent(name, m + 1);
      for (int length = 3; length < name.length() && m != 4; length++) {
        forms.putIfAbsent(name.substring(0, length), m + 1);
      }
    }
    forms.putIfAbsent("sept", 9);
    return Map.copyOf(forms);
  }

  private static String stripOrdinal(String day) {
    for (String suffix : ORDINAL_SUFFIXES) {
      if (day.endsWith(suffix) && day.length() > suffix.length()) {
        return day.substring(0, day.length() - suffix.length());
      }
    }
    return day;
  }

  static boolean isDigits(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** Whether the word is made of letters, with inner hyphens, slashes or apostrophes. */
  static boolean isWord(String w) {
    if (w.isEmpty() || w.length() > MAX_WORD || !Character.isLetter(w.charAt(0))) {
      return false;
    }
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (!Character.isLetter(c) && c != '-' && c != '/' && c != '\'') {
        return false;
      }
    }
    return true;
  }
}
