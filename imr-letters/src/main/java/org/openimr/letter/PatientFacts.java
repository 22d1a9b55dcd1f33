package org.openimr.letter;

import static org.openimr.letter.Vocabulary.REGIONS;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.openimr.model.BodyRegion;
import org.openimr.model.Diagnosis;
import org.openimr.model.Sex;

/**
 * Reads who the patient is and what the injury was from a letter's summary: age, sex and
 * occupation, the date of injury and the injured regions, and diagnosis codes. Conservative by
 * design: a sex is read only from a word such as "female", an occupation only as a short phrase of
 * lower-case words directly after the sex word (or after "employed as") that a stop word ends.
 */
final class PatientFacts extends TokenReader {
  /** The most words an occupation is read with ("licensed vocational nurse"). */
  private static final int MAX_OCCUPATION_WORDS = 3;

  private static final Set<String> AGE_SUFFIXES =
      Set.of("-year-old", "-years-old", "year-old", "-yr-old", "yo", "y/o", "-y/o", "-yo");
  private static final Set<String> AGE_YEAR_SUFFIXES = Set.of("-year", "-years", "-yr");

  private final ImmutableLetterFacts.Builder facts;

  /** The token of the date of injury, once read: not a document's date. */
  int injuryDateToken = -1;

  PatientFacts(LetterText text, List<Token> tokens, ImmutableLetterFacts.Builder facts) {
    super(text, tokens);
    this.facts = facts;
  }

  void read() {
    readPatient();
    readInjury();
    readDiagnoses();
  }

  // ---- patient

  private void readPatient() {
    for (int i = 0; i < tokens.size(); i++) {
      Words.At<Integer> age = ageAt(i);
      if (age == null) {
        continue;
      }
      facts.age(Fact.of(age.value(), span(i, age.next() - 1)));
      int j = age.next();
      if (sameSentence(i, j) && !tokens.get(j - 1).clauseEnd) {
        Sex sex = sexOf(lower(j));
        if (sex != null) {
          facts.sex(Fact.of(sex, span(j, j)));
          j++;
          // an occupation is read only directly after the sex word ("female warehouse worker")
          if (sameSentence(i, j) && !tokens.get(j - 1).clauseEnd) {
            readOccupationAt(j);
          }
        }
      }
      break;
    }
    for (int i = 0; i + 2 < tokens.size(); i++) {
      if (is(i, Vocabulary.EMPLOYED_CUES)
          && isWord(i + 1, "as")
          && !tokens.get(i).clauseEnd
          && !tokens.get(i + 1).clauseEnd) {
        int j = i + 2;
        if (is(j, Vocabulary.ARTICLES) && !tokens.get(j).clauseEnd) {
          j++;
        }
        if (readOccupationAt(j)) {
          break;
        }
      }
    }
  }

  private Words.@Nullable At<Integer> ageAt(int i) {
    Token t = tokens.get(i);
    if (t.length() > Words.MAX_WORD) {
      return null;
    }
    // the word is copied only when it starts with a digit: any other is "age", "aged" or a number
    String w = Character.isDigit(t.first()) ? t.lower() : "";
    int digits = 0;
    while (digits < w.length() && Character.isDigit(w.charAt(digits))) {
      digits++;
    }
    Words.At<Integer> found = null;
    if (digits > 0 && digits <= 3 && digits < w.length()) {
      int value = Integer.parseInt(w.substring(0, digits));
      String rest = w.substring(digits);
      if (AGE_SUFFIXES.contains(rest)) {
        found = new Words.At<>(value, i + 1);
      } else if (AGE_YEAR_SUFFIXES.contains(rest) && !t.clauseEnd && isWord(i + 1, "old")) {
        found = new Words.At<>(value, i + 2);
      }
    } else if ((t.isWord("age") || t.isWord("aged")) && !t.sentenceEnd) {
      int j = isWord(i + 1, "of") ? i + 2 : i + 1;
      Words.At<Integer> n = Words.number(tokens, j);
      if (n != null && sameSentence(i, n.next() - 1) && !startsWith(n.next(), "year")) {
        found = n;
      }
    } else {
      Words.At<Integer> n = Words.number(tokens, i);
      if (n != null && !tokens.get(n.next() - 1).clauseEnd && sameSentence(i, n.next())) {
        int j = n.next();
        String a = lower(j);
        if (Vocabulary.YEAR_WORDS.contains(a) && !tokens.get(j).clauseEnd && isWord(j + 1, "old")) {
          found = new Words.At<>(n.value(), j + 2);
        } else if (Vocabulary.YEAR_OLD_WORDS.contains(a)) {
          found = new Words.At<>(n.value(), j + 1);
        }
      }
    }
    return found != null && found.value() <= 120 ? found : null;
  }

  private static @Nullable Sex sexOf(String w) {
    if (Vocabulary.SEX_FEMALE.contains(w)) {
      return Sex.FEMALE;
    }
    return Vocabulary.SEX_MALE.contains(w) ? Sex.MALE : null;
  }

  /**
   * An occupation at j: one to {@link #MAX_OCCUPATION_WORDS} words, each written in lower-case
   * letters (a hyphen or apostrophe inside allowed), ended by a stop word or a clause end. Anything
   * else there (a capitalised word, a digit, a fifth word) is not an occupation and nothing is
   * read: a name written after the occupation ("female nurse Jane Doe who ...") must never become
   * one.
   */
  private boolean readOccupationAt(int j) {
    int k = j;
    boolean ended = false;
    while (k < tokens.size() && sameSentence(j, k)) {
      Token t = tokens.get(k);
      if (t.is(Vocabulary.OCCUPATION_STOPS)) {
        break;
      }
      if (k - j == MAX_OCCUPATION_WORDS
          || !isLowerCaseWord(t)
          || sexOf(t.lower()) != null
          || t.startsWithParenthesis()) {
        return false;
      }
      k++;
      if (t.clauseEnd) {
        ended = true;
        break;
      }
    }
    if (k == j) {
      return false;
    }
    boolean stopped = ended || (sameSentence(j, k) && is(k, Vocabulary.OCCUPATION_STOPS));
    if (!stopped || (k - j == 1 && is(j, Vocabulary.NOT_OCCUPATIONS))) {
      return false;
    }
    facts.occupation(Fact.of(words(j, k - 1), span(j, k - 1)));
    return true;
  }

  /**
   * Whether the token's core, as written, is a common word: lower-case ASCII letters, with a hyphen
   * or an apostrophe only between letters ({@code "part-time"}, {@code "nurse's"}).
   */
  private boolean isLowerCaseWord(Token t) {
    int from = t.coreStart;
    int to = t.coreEnd;
    if (to - from < 2 || to - from > Words.MAX_WORD) {
      return false;
    }
    String chars = text.text;
    for (int i = from; i < to; i++) {
      char c = chars.charAt(i);
      boolean letter = c >= 'a' && c <= 'z';
      boolean joiner =
          (c == '-' || c == '\'')
              && i > from
              && i + 1 < to
              && isAsciiLower(chars.charAt(i - 1))
              && isAsciiLower(chars.charAt(i + 1));
      if (!letter && !joiner) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiLower(char c) {
    return c >= 'a' && c <= 'z';
  }

  // ---- injury

  private void readInjury() {
    int firstCue = -1;
    int cue = -1;
    for (int i = 0; i < tokens.size(); i++) {
      if (!is(i, Vocabulary.INJURY_CUES)
          || (isWord(i, "injured") && is(i + 1, Vocabulary.INJURED_PERSONS))) {
        continue;
      }
      if (firstCue < 0) {
        firstCue = i;
      }
      if (readInjuryDate(i)) {
        cue = i;
        break;
      }
      i = sentenceEnd(i) - 1;
    }
    int regionsFrom = cue >= 0 ? cue : firstCue;
    if (regionsFrom >= 0) {
      readInjuredRegions(regionsFrom);
    }
  }

  private boolean readInjuryDate(int cue) {
    for (int k = cue + 1; k < sentenceEnd(cue); k++) {
      if (isWord(k - 1, "dated")) {
        continue;
      }
      Words.At<LocalDate> d = Words.date(tokens, k);
      if (d != null) {
        facts.dateOfInjury(Fact.of(d.value(), span(cue, d.next() - 1)));
        injuryDateToken = k;
        return true;
      }
    }
    int found = -1;
    int count = 0;
    for (int k = sentenceStart(cue); k < cue; k++) {
      if (Words.date(tokens, k) != null) {
        found = k;
        count++;
      }
    }
    if (count == 1 && isWord(found - 1, "on")) {
      Words.At<LocalDate> d = Words.date(tokens, found);
      if (d != null) {
        facts.dateOfInjury(Fact.of(d.value(), span(found - 1, cue)));
        injuryDateToken = found;
        return true;
      }
    }
    return false;
  }

  private void readInjuredRegions(int cue) {
    Set<BodyRegion> seen = new HashSet<>();
    for (int k = cue + 1; k < sentenceEnd(cue); k++) {
      if (is(k, Vocabulary.REGION_STOPS) || Words.date(tokens, k) != null) {
        return;
      }
      Words.At<BodyRegion> r = REGIONS.match(tokens, k);
      if (r != null) {
        if (seen.add(r.value())) {
          facts.addInjuredRegions(Fact.of(r.value(), span(k, r.next() - 1)));
        }
        k = r.next() - 1;
      }
    }
  }

  // ---- diagnoses

  private void readDiagnoses() {
    int i = 0;
    while (i < tokens.size()) {
      int end = sentenceEnd(i);
      boolean cue = false;
      for (int k = i; k < end && !cue; k++) {
        cue = startsWith(k, "diagnos") || is(k, Vocabulary.DIAGNOSIS_CUES);
      }
      if (cue) {
        for (int k = i; k < end; k++) {
          Token t = tokens.get(k);
          if (t.coreEnd - t.coreStart > 10) {
            continue;
          }
          String code = t.core(text.text);
          if (isIcd10(code)) {
            facts.addDiagnoses(Fact.of(Diagnosis.icd10(code), span(k, k)));
          } else if (isIcd9(code) && (code.startsWith("V") || code.indexOf('.') == 3)) {
            facts.addDiagnoses(Fact.of(Diagnosis.icd9(code), span(k, k)));
          }
        }
      }
      i = end;
    }
  }
}
