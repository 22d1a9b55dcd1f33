package org.openimr.letter;

import static org.openimr.letter.Vocabulary.REGIONS;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.openimr.model.BodyRegion;
import org.openimr.model.Diagnosis;
import org.openimr.model.FunctionalElement;
import org.openimr.model.Modality;
import org.openimr.model.PainMedicationStatus;
import org.openimr.model.Sex;

/**
 * Reads case facts out of a letter's summary, one small pattern at a time, each over a bounded
 * window of tokens.
 *
 * <p>Design notes: every reader walks the token list once and looks at most a fixed number of
 * tokens around a cue word, so extraction is linear in the text whatever it holds. Readers are
 * conservative by design: a count after "at least" is not read, a count with no verb saying it was
 * had is not read, a sex is read only from a word such as "female", an occupation only as a short
 * phrase of lower-case words directly after the sex word (or after "employed as") that a stop word
 * ends. Each fact's span runs from its cue to the last token used.
 *
 * <p>Readers ask about every token, so each question is cheap: membership of a word set is a bit
 * the token got when it was read (see {@link WordSet}), a literal word is compared in place ({@link
 * Token#isWord}), and no reader compiles a pattern or builds a set per call.
 */
final class FactExtractor {
  private static final int LOOKBACK = 8;
  private static final int MAX_CLAUSE = 80;
  private static final int IMAGING_WINDOW = 20;
  private static final int REQUEST_WINDOW = 20;

  /** The most words an occupation is read with ("licensed vocational nurse"). */
  private static final int MAX_OCCUPATION_WORDS = 3;

  // Word sets used on every token: built once, not per call.
  private static final Set<String> AGE_SUFFIXES =
      Set.of("-year-old", "-years-old", "year-old", "-yr-old", "yo", "y/o", "-y/o", "-yo");
  private static final Set<String> AGE_YEAR_SUFFIXES = Set.of("-year", "-years", "-yr");

  private final LetterText text;
  private final List<Token> tokens;

  /** The index of each sentence's first token, and the token count last. */
  private final int[] sentenceBounds;

  private final RequestReader requests;
  private final ImmutableLetterFacts.Builder facts = ImmutableLetterFacts.builder();
  private int injuryDateToken = -1;

  /**
   * In rationales, which quote guidelines, a statement of improvement counts only in a clause that
   * speaks of the patient; a statement that improvement is missing always counts.
   */
  private final boolean aboutThePatient;

  private FactExtractor(LetterText text, List<Token> tokens, RequestReader requests) {
    this(text, tokens, requests, false);
  }

  private FactExtractor(
      LetterText text, List<Token> tokens, RequestReader requests, boolean aboutThePatient) {
    this.aboutThePatient = aboutThePatient;
    this.text = text;
    this.tokens = tokens;
    this.requests = requests;
    // tokens are numbered by sentence from 0, each sentence's tokens together
    int sentences = tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).sentence + 1;
    this.sentenceBounds = new int[sentences + 1];
    for (int i = tokens.size() - 1; i >= 0; i--) {
      sentenceBounds[tokens.get(i).sentence] = i;
    }
    sentenceBounds[sentences] = tokens.size();
  }

  /** The first token of token i's sentence. */
  private int sentenceStart(int i) {
    return sentenceBounds[tokens.get(i).sentence];
  }

  /** The token after the last of token i's sentence. */
  private int sentenceEnd(int i) {
    return sentenceBounds[tokens.get(i).sentence + 1];
  }

  /** A range of the normalized text. */
  record Range(int start, int end) {}

  static LetterFacts extract(
      LetterText text,
      Optional<Range> summary,
      List<Range> documents,
      List<Range> rationales,
      RequestReader requests) {
    List<Token> summaryTokens =
        summary.map(r -> Token.tokenize(text, r.start(), r.end(), false)).orElse(List.of());
    FactExtractor main = new FactExtractor(text, summaryTokens, requests);
    main.readPatient();
    main.readInjury();
    main.readDiagnoses();
    main.readPriorSessions();
    main.readRequests();
    main.readImaging();
    main.readMedications();
    main.readPainMedication();
    DateSink dates = new DateSink();
    main.readDocumentDates(dates);
    for (Range r : documents) {
      new FactExtractor(text, Token.tokenize(text, r.start(), r.end(), true), requests)
          .readDocumentDates(dates);
    }
    List<Fact<ImprovementStatement>> improvements = new ArrayList<>(main.improvements());
    for (Range r : rationales) {
      improvements.addAll(
          new FactExtractor(text, Token.tokenize(text, r.start(), r.end(), false), requests, true)
              .improvements());
    }
    main.facts.improvements(improvements);
    dates.into(main.facts);
    return main.facts.build();
  }

  // ---- helpers

  private String lower(int i) {
    return i >= 0 && i < tokens.size() ? tokens.get(i).lower() : "";
  }

  /** {@code lower(i).equals(word)} for a lower-case word, without copying the token's word. */
  private boolean isWord(int i, String word) {
    return i >= 0 && i < tokens.size() && tokens.get(i).isWord(word);
  }

  /** {@code lower(i).startsWith(prefix)} for a lower-case prefix, without copying. */
  private boolean startsWith(int i, String prefix) {
    return i >= 0 && i < tokens.size() && tokens.get(i).startsWith(prefix);
  }

  /**
   * Whether token i is in the set; false outside the tokens, like {@code set.contains(lower(i))}.
   */
  private boolean is(int i, WordSet set) {
    return i >= 0 && i < tokens.size() && tokens.get(i).is(set);
  }

  private TextSpan span(int first, int last) {
    return text.span(tokens.get(first).coreStart, tokens.get(last).coreEnd);
  }

  private String words(int first, int last) {
    return text.slice(tokens.get(first).coreStart, tokens.get(last).coreEnd);
  }

  private boolean sameSentence(int a, int b) {
    return b < tokens.size() && tokens.get(a).sentence == tokens.get(b).sentence;
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
    char[] chars = text.flatChars();
    for (int i = from; i < to; i++) {
      char c = chars[i];
      boolean letter = c >= 'a' && c <= 'z';
      boolean joiner =
          (c == '-' || c == '\'')
              && i > from
              && i + 1 < to
              && isAsciiLower(chars[i - 1])
              && isAsciiLower(chars[i + 1]);
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

  // ---- codes and percentages, read by hand rather than by regular expression

  /** {@code [A-TV-Z]\d{2}\.[0-9A-Z]{1,4}}, e.g. {@code M54.5}. */
  static boolean isIcd10(String w) {
    int n = w.length();
    if (n < 5 || n > 8) {
      return false;
    }
    char first = w.charAt(0);
    if (first < 'A' || first > 'Z' || first == 'U') {
      return false;
    }
    if (!isDigit(w.charAt(1)) || !isDigit(w.charAt(2)) || w.charAt(3) != '.') {
      return false;
    }
    for (int i = 4; i < n; i++) {
      char c = w.charAt(i);
      if (!isDigit(c) && (c < 'A' || c > 'Z')) {
        return false;
      }
    }
    return true;
  }

  /** {@code V?\d{2,3}\.\d{1,2}}, e.g. {@code 847.2} or {@code V57.1}. */
  static boolean isIcd9(String w) {
    int i = w.startsWith("V") ? 1 : 0;
    int digits = 0;
    while (i < w.length() && isDigit(w.charAt(i))) {
      i++;
      digits++;
    }
    if (digits < 2 || digits > 3 || i >= w.length() || w.charAt(i) != '.') {
      return false;
    }
    int decimals = w.length() - i - 1;
    if (decimals < 1 || decimals > 2) {
      return false;
    }
    for (int k = i + 1; k < w.length(); k++) {
      if (!isDigit(w.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /** The value of {@code (\d{1,3})%}, or null. */
  static @Nullable Integer percentOf(String w) {
    int n = w.length();
    if (n < 2 || n > 4 || w.charAt(n - 1) != '%') {
      return null;
    }
    int value = 0;
    for (int i = 0; i < n - 1; i++) {
      char c = w.charAt(i);
      if (!isDigit(c)) {
        return null;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  // ---- prior sessions

  private enum Kind {
    HAD,
    AUTHORIZED,
    REQUESTED,
    UNKNOWN
  }

  private void readPriorSessions() {
    for (int i = 0; i < tokens.size(); i++) {
      Words.At<Integer> count = Words.number(tokens, i);
      if (count == null || is(i - 1, Vocabulary.HEDGES) || !sameSentence(i, count.next())) {
        continue;
      }
      int j = count.next();
      if (is(j, Vocabulary.PRIOR_ADJECTIVES)) {
        j++;
      }
      Modality modality = null;
      int end = -1;
      Words.At<Modality> m;
      if (is(j, Vocabulary.SESSION_UNITS)
          && isWord(j + 1, "of")
          && (m = Vocabulary.MODALITIES.match(tokens, j + 2)) != null) {
        modality = m.value();
        end = m.next();
      } else if ((m = Vocabulary.MODALITIES.match(tokens, j)) != null
          && is(m.next(), Vocabulary.SESSION_UNITS)) {
        modality = m.value();
        end = m.next() + 1;
      }
      if (modality == null || !sameSentence(i, end - 1) || clauseBreak(i, end - 1)) {
        continue;
      }
      Kind kind = kindOf(i, end);
      if (kind != Kind.HAD && kind != Kind.AUTHORIZED) {
        continue;
      }
      ImmutablePriorSessions.Builder sessions =
          ImmutablePriorSessions.builder()
              .modality(modality)
              .sessions(count.value())
              .authorized(kind == Kind.AUTHORIZED);
      int last = end - 1;
      Words.At<BodyRegion> region = regionAfter(end);
      if (region != null) {
        sessions.region(region.value());
        last = region.next() - 1;
      }
      int outcomeLast = readOutcome(last, sessions);
      facts.addPriorSessions(Fact.of(sessions.build(), span(i, Math.max(last, outcomeLast))));
      i = last;
    }
  }

  private boolean clauseBreak(int first, int last) {
    for (int k = first; k < last; k++) {
      if (tokens.get(k).clauseEnd) {
        return true;
      }
    }
    return false;
  }

  private Kind kindOf(int first, int end) {
    // after: "12 sessions of acupuncture were requested"
    if (!tokens.get(end - 1).clauseEnd) {
      int k = end;
      int skipped = 0;
      while (skipped < 3 && sameSentence(first, k) && is(k, Vocabulary.AUXILIARIES)) {
        if (tokens.get(k).clauseEnd) {
          break;
        }
        k++;
        skipped++;
      }
      if (sameSentence(first, k)) {
        Kind after = cueKind(lower(k), true);
        if (after != Kind.UNKNOWN) {
          return after;
        }
      }
    }
    // before: "has had 12 sessions", "an additional 12 sessions"
    for (int k = first - 1; k >= Math.max(sentenceStart(first), first - LOOKBACK); k--) {
      Kind before = cueKind(lower(k), false);
      if (before != Kind.UNKNOWN) {
        return before;
      }
    }
    return Kind.UNKNOWN;
  }

  private static Kind cueKind(String w, boolean after) {
    if (Vocabulary.REQUEST_CUES.contains(w)) {
      return Kind.REQUESTED;
    }
    if (Vocabulary.AUTHORIZED_CUES.contains(w)) {
      return Kind.AUTHORIZED;
    }
    if (after) {
      return Vocabulary.HAD_AFTER.contains(w) ? Kind.HAD : Kind.UNKNOWN;
    }
    return Vocabulary.HAD_CUES.contains(w) ? Kind.HAD : Kind.UNKNOWN;
  }

  /** "for the low back", "to her right knee": a region right after a phrase. */
  private Words.@Nullable At<BodyRegion> regionAfter(int k) {
    if (k > 0 && tokens.get(k - 1).clauseEnd) {
      return null;
    }
    int j = k;
    if (is(j, Vocabulary.REGION_PREPOSITIONS)) {
      j++;
      if (is(j, Vocabulary.REGION_DETERMINERS)) {
        j++;
      }
      if (is(j, Vocabulary.SIDES)) {
        j++;
      }
      if (j - 1 >= 0 && sameSentence(k, j) && !clauseBreak(k, j)) {
        return REGIONS.match(tokens, j);
      }
    }
    return null;
  }

  /** "with some relief" after a count: the outcome in the letter's words. */
  private int readOutcome(int last, ImmutablePriorSessions.Builder sessions) {
    if (tokens.get(last).clauseEnd) {
      return -1;
    }
    for (int k = last + 1; k <= last + 4 && sameSentence(last, k); k++) {
      if (isWord(k, "with")) {
        for (int m = k + 1; m <= k + 3 && sameSentence(k, m); m++) {
          if (is(m, Vocabulary.OUTCOME_WORDS)) {
            sessions.outcome(words(k + 1, m));
            return m;
          }
          if (tokens.get(m).clauseEnd) {
            break;
          }
        }
        return -1;
      }
      if (tokens.get(k).clauseEnd) {
        return -1;
      }
    }
    return -1;
  }

  // ---- requests

  private void readRequests() {
    for (int c = 0; c < tokens.size(); c++) {
      if (!is(c, Vocabulary.REQUEST_OPENERS)) {
        continue;
      }
      int end = sentenceEnd(c);
      int limit = Math.min(end, c + 1 + REQUEST_WINDOW);
      int p = c + 1;
      while (p < limit) {
        RequestReader.Found found = requests.readAt(tokens, p, limit, true);
        if (found == null) {
          p++;
          continue;
        }
        facts.addRequestedTreatments(Fact.of(found.request(), span(p, found.next() - 1)));
        p = found.next();
        c = p - 1;
        limit = Math.min(end, p + REQUEST_WINDOW);
      }
    }
  }

  // ---- imaging

  private void readImaging() {
    for (int i = 0; i < tokens.size(); i++) {
      Words.At<String> study = Vocabulary.IMAGING.match(tokens, i);
      if (study == null || skippedImaging(i, study.next())) {
        continue;
      }
      ImmutableImaging.Builder imaging = ImmutableImaging.builder().study(study.value());
      int last = study.next() - 1;
      boolean dated = false;
      boolean placed = false;
      boolean resulted = false;
      int limit = Math.min(sentenceEnd(i), study.next() + IMAGING_WINDOW);
      for (int k = study.next(); k < limit; k++) {
        if (Vocabulary.IMAGING.match(tokens, k) != null) {
          break;
        }
        Words.At<LocalDate> d = dated ? null : Words.date(tokens, k);
        if (d != null) {
          imaging.date(d.value());
          dated = true;
          last = d.next() - 1;
          k = last;
          continue;
        }
        Words.At<BodyRegion> r = placed ? null : REGIONS.match(tokens, k);
        if (r != null) {
          imaging.region(r.value());
          placed = true;
          last = r.next() - 1;
          k = last;
          continue;
        }
        if (!resulted && is(k, Vocabulary.RESULT_WORDS)) {
          imaging.result(tokens.get(k).core(text.text));
          resulted = true;
          last = k;
        } else if (!resulted && is(k, Vocabulary.RESULT_VERBS) && !tokens.get(k).clauseEnd) {
          int m = k + 1;
          while (m < limit - 1 && m - k < 12 && !tokens.get(m).clauseEnd) {
            m++;
          }
          if (m < tokens.size() && sameSentence(k, m)) {
            imaging.result(words(k + 1, m));
            resulted = true;
            last = m;
            k = m;
          }
        }
      }
      facts.addImaging(Fact.of(imaging.build(), span(i, last)));
      i = last;
    }
  }

  /** A study that is negated or requested ("no MRI", "an MRI was requested") was not done. */
  private boolean skippedImaging(int i, int next) {
    int k = next;
    while (k < next + 3 && sameSentence(i, k) && is(k, Vocabulary.AUXILIARIES)) {
      k++;
    }
    if (sameSentence(i, k) && is(k, Vocabulary.IMAGING_SKIPS)) {
      return true;
    }
    for (k = i - 1; k >= Math.max(sentenceStart(i), i - 4); k--) {
      if (tokens.get(k).clauseEnd) {
        return false;
      }
      if (is(k, Vocabulary.IMAGING_SKIPS)) {
        return true;
      }
    }
    return false;
  }

  // ---- medications

  private void readMedications() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < tokens.size(); i++) {
      Words.At<String> med = Vocabulary.MEDICATIONS.match(tokens, i);
      if (med == null) {
        continue;
      }
      boolean negated = false;
      for (int k = i - 1; k >= Math.max(sentenceStart(i), i - 3) && !tokens.get(k).clauseEnd; k--) {
        negated |= is(k, Vocabulary.NEGATIONS) || isWord(k, "denies");
      }
      if (!negated && seen.add(med.value())) {
        facts.addMedications(Fact.of(words(i, med.next() - 1), span(i, med.next() - 1)));
      }
      i = med.next() - 1;
    }
  }

  private void readPainMedication() {
    List<Fact<PainMedicationStatus>> found = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      int end = sentenceEnd(i);
      boolean medication = false;
      for (int k = i; k < end && !medication; k++) {
        medication =
            is(k, Vocabulary.MEDICATION_WORDS) || Vocabulary.MEDICATIONS.match(tokens, k) != null;
      }
      if (medication) {
        for (int k = i; k < end; k++) {
          PainMedicationStatus status = medicationStatusAt(k, i);
          if (status != null) {
            found.add(Fact.of(status, span(i, end - 1)));
            break;
          }
        }
      }
      i = end;
    }
    if (!found.isEmpty() && found.stream().map(Fact::value).distinct().count() == 1) {
      facts.painMedication(found.get(0));
    }
  }

  private @Nullable PainMedicationStatus medicationStatusAt(int k, int sentence) {
    if (isWord(k, "intolerance") || isWord(k, "intolerant")) {
      return PainMedicationStatus.NOT_TOLERATED;
    }
    if (is(k, Vocabulary.TOLERATE_WORDS)) {
      return negatedAt(k, sentence) ? PainMedicationStatus.NOT_TOLERATED : null;
    }
    if (isWord(k, "unchanged")) {
      return PainMedicationStatus.UNCHANGED;
    }
    if (is(k, Vocabulary.REDUCTION_WORDS)) {
      return negatedAt(k, sentence) ? PainMedicationStatus.UNCHANGED : PainMedicationStatus.REDUCED;
    }
    return null;
  }

  /** "not tolerated", "unable to tolerate", "not been reduced": negated within its sentence. */
  private boolean negatedAt(int k, int sentence) {
    boolean one = k - 1 >= sentence;
    boolean two = k - 2 >= sentence;
    return (one && is(k - 1, Vocabulary.MEDICATION_NEGATIONS))
        || (two && is(k - 2, Vocabulary.NEGATIONS_BEFORE_TO) && isWord(k - 1, "to"))
        || (two && isWord(k - 2, "not") && is(k - 1, Vocabulary.BE_WORDS));
  }

  // ---- improvement

  /**
   * One statement per clause at most; a colon does not end the clause, so "improvement: 55% better"
   * is one statement.
   */
  private List<Fact<ImprovementStatement>> improvements() {
    List<Fact<ImprovementStatement>> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).commaEnd || i == tokens.size() - 1) {
        if (i - start < MAX_CLAUSE) {
          ImprovementStatement s = improvementIn(start, i);
          if (s != null) {
            out.add(Fact.of(s, span(start, i)));
          }
        }
        start = i + 1;
      }
    }
    return out;
  }

  private @Nullable ImprovementStatement improvementIn(int first, int last) {
    int cue = -1;
    for (int k = first; k <= last; k++) {
      if (is(k, Vocabulary.CONDITIONALS)) {
        return null;
      }
      if (cue < 0 && is(k, Vocabulary.IMPROVEMENT_CUES)) {
        cue = k;
      }
    }
    if (cue < 0) {
      return null;
    }
    boolean denied = false;
    for (int k = first; k < cue; k++) {
      denied |= is(k, Vocabulary.NEGATIONS);
    }
    if (aboutThePatient && !denied) {
      boolean patient = false;
      for (int k = first; k <= last && !patient; k++) {
        patient = is(k, Vocabulary.PATIENT_WORDS);
      }
      if (!patient) {
        return null;
      }
    }
    ImmutableImprovementStatement.Builder s =
        ImmutableImprovementStatement.builder()
            .denied(denied)
            .words(words(first, last))
            .element(elementIn(first, last));
    boolean objective = false;
    Integer percent = null;
    Modality attributed = null;
    LocalDate date = null;
    for (int k = first; k <= last; k++) {
      // "improvement without any objective measures" is not objective
      objective |=
          is(k, Vocabulary.OBJECTIVE_CUES)
              && (k < cue || !(is(k - 1, Vocabulary.NEGATIONS) || is(k - 2, Vocabulary.NEGATIONS)));
      if (percent == null && tokens.get(k).length() <= 4) {
        percent = percentOf(lower(k));
      }
      if (percent == null && isWord(k, "percent") && k > first) {
        Words.At<Integer> n = Words.number(tokens, k - 1);
        if (n != null && n.next() == k) {
          percent = n.value();
        }
      }
      if (attributed == null && is(k, Vocabulary.ATTRIBUTION_CUES) && k < last) {
        int j = isWord(k + 1, "the") ? k + 2 : k + 1;
        Words.At<Modality> m = j <= last ? Vocabulary.MODALITY_WORDS.match(tokens, j) : null;
        if (m != null && m.next() - 1 <= last) {
          attributed = m.value();
        }
      }
      if (date == null) {
        Words.At<LocalDate> d = Words.date(tokens, k);
        if (d != null && d.next() - 1 <= last) {
          date = d.value();
        }
      }
    }
    s.objective(objective);
    if (percent != null && percent <= 100) {
      s.percent(percent);
    }
    if (attributed != null) {
      s.attributedTo(attributed);
    }
    if (date != null) {
      s.date(date);
    }
    return s.build();
  }

  private FunctionalElement elementIn(int first, int last) {
    String clause = " " + words(first, last).toLowerCase(Locale.ROOT) + " ";
    if (containsAny(clause, Vocabulary.ADL_PHRASES)) {
      return FunctionalElement.ADL_IMPROVEMENT;
    }
    if (containsAny(clause, Vocabulary.WORK_PHRASES)) {
      return FunctionalElement.WORK_RESTRICTION_REDUCTION;
    }
    if (containsAny(clause, Vocabulary.DEPENDENCY_PHRASES)) {
      return FunctionalElement.REDUCED_TREATMENT_DEPENDENCY;
    }
    return FunctionalElement.GLOBAL_IMPROVEMENT_REPORT;
  }

  private static boolean containsAny(String clause, List<String> phrases) {
    for (String p : phrases) {
      int at = clause.indexOf(p);
      while (at >= 0) {
        if (!Character.isLetter(clause.charAt(at - 1))
            && !Character.isLetter(clause.charAt(at + p.length()))) {
          return true;
        }
        at = clause.indexOf(p, at + 1);
      }
    }
    return false;
  }

  // ---- dates of documents

  private enum DateKind {
    REPORT,
    REQUEST,
    UR,
    IMR
  }

  /** Dates of documents, collected over the summary and the documents list. */
  private static final class DateSink {
    final List<Fact<LocalDate>> reports = new ArrayList<>();
    final List<Fact<LocalDate>> requests = new ArrayList<>();
    final List<Fact<LocalDate>> urs = new ArrayList<>();
    final List<Fact<LocalDate>> imrs = new ArrayList<>();

    void into(ImmutableLetterFacts.Builder facts) {
      facts.reportDates(reports);
      latest(requests).ifPresent(facts::requestDate);
      latest(urs).ifPresent(facts::urDecisionDate);
      latest(imrs).ifPresent(facts::imrApplicationDate);
    }

    private static Optional<Fact<LocalDate>> latest(List<Fact<LocalDate>> dates) {
      return dates.stream().max(Comparator.comparing(Fact::value));
    }
  }

  private void readDocumentDates(DateSink sink) {
    for (int i = 0; i < tokens.size(); i++) {
      if (i == injuryDateToken) {
        continue;
      }
      Words.At<LocalDate> d = Words.date(tokens, i);
      if (d == null) {
        continue;
      }
      for (int k = i - 1; k >= Math.max(sentenceStart(i), i - 10); k--) {
        DateKind kind = dateKindAt(k);
        if (kind != null) {
          Fact<LocalDate> fact = Fact.of(d.value(), span(k, d.next() - 1));
          switch (kind) {
            case REPORT -> sink.reports.add(fact);
            case REQUEST -> sink.requests.add(fact);
            case UR -> sink.urs.add(fact);
            case IMR -> sink.imrs.add(fact);
          }
          break;
        }
      }
      i = d.next() - 1;
    }
  }

  private @Nullable DateKind dateKindAt(int k) {
    if (isWord(k, "application")) {
      for (int j = Math.max(0, k - 3); j < Math.min(tokens.size(), k + 6); j++) {
        if (isWord(j, "imr") || isWord(j, "independent")) {
          return DateKind.IMR;
        }
      }
      return null;
    }
    if (isWord(k, "rfa")
        || (isWord(k, "authorization") && isWord(k - 1, "for") && startsWith(k - 2, "request"))) {
      return DateKind.REQUEST;
    }
    if (is(k, Vocabulary.UR_CUES) || (isWord(k, "review") && isWord(k - 1, "utilization"))) {
      return DateKind.UR;
    }
    return is(k, Vocabulary.REPORT_CUES) ? DateKind.REPORT : null;
  }
}
