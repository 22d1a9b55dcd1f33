package org.openimr.letter;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Test letters and helpers. */
final class Letters {
  static final String SEED = resource("seed-letter.txt");
  static final String DECISIONS_AND_DOCUMENTS = resource("decisions-and-documents-reviewed.txt");
  static final String ISSUE_AT_DISPUTE = resource("issue-at-dispute.txt");

  private Letters() {}

  static String resource(String name) {
    try (InputStream in = Letters.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A minimal letter of the seed's layout around a case summary and item lines. */
  static String withSummary(String summary, String... itemLines) {
    StringBuilder s =
        new StringBuilder("CLINICAL CASE SUMMARY\n\n")
            .append(summary)
            .append("\n\nIMR ISSUES, DECISIONS AND RATIONALES\n\n");
    for (String line : itemLines) {
      s.append(line).append("\n\n");
    }
    return s.toString();
  }

  static LetterFacts factsOf(String summary) {
    return LetterParser.standard().parse(withSummary(summary)).facts();
  }

  /** Every fact of a parsed letter, for span checks. */
  static List<Fact<?>> allFacts(ParsedLetter letter) {
    List<Fact<?>> all = new ArrayList<>();
    LetterFacts f = letter.facts();
    Stream.of(
            f.age(),
            f.sex(),
            f.occupation(),
            f.dateOfInjury(),
            f.painMedication(),
            f.requestDate(),
            f.urDecisionDate(),
            f.imrApplicationDate(),
            letter.caseNumber(),
            letter.organization(),
            letter.reviewer())
        .forEach(o -> o.ifPresent(all::add));
    all.addAll(f.injuredRegions());
    all.addAll(f.diagnoses());
    all.addAll(f.priorSessions());
    all.addAll(f.requestedTreatments());
    all.addAll(f.imaging());
    all.addAll(f.medications());
    all.addAll(f.improvements());
    all.addAll(f.reportDates());
    for (ParsedItem item : letter.items()) {
      Stream.of(
              item.decision(),
              item.claimsAdministratorGuideline(),
              item.reviewerGuideline(),
              item.rationale())
          .forEach(o -> o.ifPresent(all::add));
    }
    return all;
  }
}
