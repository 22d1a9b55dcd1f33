package org.openimr.letter;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
 * <p>The readers, one per kind of fact: {@link PatientFacts} (patient, injury, diagnoses), {@link
 * TreatmentFacts} (prior sessions, requests, imaging, medications), {@link ImprovementFacts} and
 * {@link DocumentDates}; no reader compiles a pattern or builds a set per call.
 */
final class FactExtractor {
  private FactExtractor() {}

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
    ImmutableLetterFacts.Builder facts = ImmutableLetterFacts.builder();
    PatientFacts patient = new PatientFacts(text, summaryTokens, facts);
    patient.read();
    new TreatmentFacts(text, summaryTokens, requests, facts).read();
    DocumentDates.DateSink dates = new DocumentDates.DateSink();
    new DocumentDates(text, summaryTokens, patient.injuryDateToken).readInto(dates);
    for (Range r : documents) {
      new DocumentDates(text, Token.tokenize(text, r.start(), r.end(), true), -1).readInto(dates);
    }
    List<Fact<ImprovementStatement>> improvements =
        new ArrayList<>(new ImprovementFacts(text, summaryTokens, false).improvements());
    for (Range r : rationales) {
      improvements.addAll(
          new ImprovementFacts(text, Token.tokenize(text, r.start(), r.end(), false), true)
              .improvements());
    }
    facts.improvements(improvements);
    dates.into(facts);
    return facts.build();
  }
}
