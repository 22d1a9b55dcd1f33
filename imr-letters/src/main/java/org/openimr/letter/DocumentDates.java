package org.openimr.letter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads the dates of documents (reports, the request for authorization, the UR decision, the IMR
 * application) from a letter's summary and its documents list: a date counts when a cue word before
 * it, in its sentence, says what it dates.
 */
final class DocumentDates extends TokenReader {
  /** The token of the date of injury, which dates no document; -1 for none. */
  private final int injuryDateToken;

  DocumentDates(LetterText text, List<Token> tokens, int injuryDateToken) {
    super(text, tokens);
    this.injuryDateToken = injuryDateToken;
  }

  private enum DateKind {
    REPORT,
    REQUEST,
    UR,
    IMR
  }

  /** Dates of documents, collected over the summary and the documents list. */
  static final class DateSink {
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

  void readInto(DateSink sink) {
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
