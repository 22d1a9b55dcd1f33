package org.openimr.letter;

import static org.openimr.letter.Vocabulary.REGIONS;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.openimr.model.BodyRegion;
import org.openimr.model.Modality;
import org.openimr.model.PainMedicationStatus;

/**
 * Reads the treatment a letter's summary tells of: prior sessions (a count with a verb saying they
 * were had or authorized; a count after "at least" is not read), requested treatments, imaging,
 * medications and whether pain medication is tolerated or reduced.
 */
final class TreatmentFacts extends TokenReader {
  private final RequestReader requests;
  private final ImmutableLetterFacts.Builder facts;

  TreatmentFacts(
      LetterText text,
      List<Token> tokens,
      RequestReader requests,
      ImmutableLetterFacts.Builder facts) {
    super(text, tokens);
    this.requests = requests;
    this.facts = facts;
  }

  void read() {
    readPriorSessions();
    readRequests();
    readImaging();
    readMedications();
    readPainMedication();
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
}
