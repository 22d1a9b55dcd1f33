package org.openimr.letter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.openimr.model.FunctionalElement;
import org.openimr.model.Modality;

/**
 * Reads statements of functional improvement, or of its absence, one per clause, from a letter's
 * summary or its rationales.
 */
final class ImprovementFacts extends TokenReader {
  /**
   * In rationales, which quote guidelines, a statement of improvement counts only in a clause that
   * speaks of the patient; a statement that improvement is missing always counts.
   */
  private final boolean aboutThePatient;

  ImprovementFacts(LetterText text, List<Token> tokens, boolean aboutThePatient) {
    super(text, tokens);
    this.aboutThePatient = aboutThePatient;
  }

  /**
   * One statement per clause at most; a colon does not end the clause, so "improvement: 55% better"
   * is one statement.
   */
  List<Fact<ImprovementStatement>> improvements() {
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
}
