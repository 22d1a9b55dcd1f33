package org.openimr.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.openimr.letter.Fact;
import org.openimr.letter.ImprovementStatement;
import org.openimr.letter.LetterFacts;
import org.openimr.letter.LetterParser;
import org.openimr.letter.LetterRenderer;
import org.openimr.letter.ParsedItem;
import org.openimr.letter.ParsedLetter;
import org.openimr.letter.PriorSessions;
import org.openimr.model.Case;
import org.openimr.model.Decision;
import org.openimr.model.Determination;
import org.openimr.model.DisputedItem;
import org.openimr.model.FunctionalImprovementEvidence;
import org.openimr.model.GuidelineCitation;
import org.openimr.model.PainMedicationStatus;
import org.openimr.model.Patient;
import org.openimr.model.PriorTreatment;
import org.openimr.model.ReviewerQualifications;
import org.openimr.model.Sex;
import org.openimr.model.Surgery;

/**
 * Render, then parse: what {@link LetterRenderer} writes from a generated case and determination,
 * {@link LetterParser} reads back. Items, decisions, guideline lines, rationales and reviewer
 * qualifications survive for any generated values; the summary's facts survive when the case's free
 * text is written in words (an occupation such as "nurse", not arbitrary characters, since the
 * parser reads an occupation only where it looks like one).
 */
class LetterRoundTripTest {
  private static final LetterRenderer RENDERER =
      LetterRenderer.builder().organization("Example Review Organization").build();
  private static final LetterParser PARSER = LetterParser.standard();

  /** A generated case and a determination that decides each of its items. */
  record Drafted(Case c, Determination d) {}

  @Property(tries = 300)
  void itemsDecisionsGuidelinesAndRationalesSurviveAnyGeneratedLetter(
      @ForAll("anyDrafted") Drafted drafted) {
    ParsedLetter letter = PARSER.parse(RENDERER.plainText(drafted.c(), drafted.d()));

    assertItemsRoundTrip(drafted, letter);
    assertThat(letter.caseNumber().map(Fact::value)).contains(drafted.c().caseNumber());
    assertThat(letter.organization().map(Fact::value)).contains("Example Review Organization");
    assertThat(letter.reviewer().map(Fact::value).map(LetterRoundTripTest::normalized))
        .isEqualTo(drafted.d().reviewer().map(LetterRoundTripTest::normalized));
  }

  @Property(tries = 300)
  void theSummarysFactsSurviveWhenFreeTextIsWords(@ForAll("wordyDrafted") Drafted drafted) {
    Case c = drafted.c();
    ParsedLetter letter = PARSER.parse(RENDERER.plainText(c, drafted.d()));
    LetterFacts f = letter.facts();

    assertItemsRoundTrip(drafted, letter);
    assertThat(f.age().map(Fact::value)).contains(c.patient().age());
    assertThat(f.sex().map(Fact::value))
        .isEqualTo(Optional.of(c.patient().sex()).filter(s -> s == Sex.FEMALE || s == Sex.MALE));
    assertThat(f.occupation().map(Fact::value)).isEqualTo(c.patient().occupation());
    assertThat(f.dateOfInjury().map(Fact::value)).contains(c.dateOfInjury());
    assertThat(f.injuredRegions()).extracting(Fact::value).isEqualTo(c.injuredRegions());
    assertThat(f.diagnoses())
        .extracting(d -> d.value().system() + " " + d.value().code())
        .isEqualTo(c.diagnoses().stream().map(d -> d.system() + " " + d.code()).toList());
    assertThat(f.priorSessions()).extracting(s -> sessions(s.value())).isEqualTo(sessions(c));
    assertThat(f.painMedication().map(Fact::value).orElse(PainMedicationStatus.NOT_DOCUMENTED))
        .isEqualTo(c.painMedication());
    assertThat(f.improvements().stream().map(Fact::value).filter(s -> !s.denied()))
        .extracting(LetterRoundTripTest::improvement)
        .isEqualTo(
            c.functionalImprovement().stream().map(LetterRoundTripTest::improvement).toList());
    assertThat(f.requestDate().map(Fact::value)).isEqualTo(c.requestDate());
    assertThat(f.urDecisionDate().map(Fact::value)).isEqualTo(c.urDecisionDate());
    assertThat(f.requestedTreatments())
        .extracting(Fact::value)
        .isEqualTo(c.disputedItems().stream().map(DisputedItem::request).toList());

    Case back = letter.toCase();
    assertThat(back.patient().age()).isEqualTo(c.patient().age());
    assertThat(back.requestDate()).isEqualTo(c.requestDate());
    assertThat(back.disputedItems())
        .extracting(DisputedItem::request)
        .isEqualTo(c.disputedItems().stream().map(DisputedItem::request).toList());
  }

  private static void assertItemsRoundTrip(Drafted drafted, ParsedLetter letter) {
    List<DisputedItem> items = drafted.c().disputedItems();
    assertThat(letter.items()).hasSameSizeAs(items);
    for (int i = 0; i < items.size(); i++) {
      DisputedItem item = items.get(i);
      Decision decision = drafted.d().decisionFor(item.id()).orElseThrow();
      ParsedItem parsed = letter.items().get(i);
      assertThat(parsed.id()).isEqualTo(item.id());
      assertThat(parsed.name()).isEqualTo(item.requestedAs());
      assertThat(parsed.request()).contains(item.request());
      assertThat(parsed.decision().map(Fact::value)).isEqualTo(decision.outcome());
      assertThat(
              parsed
                  .claimsAdministratorGuideline()
                  .map(Fact::value)
                  .map(LetterRoundTripTest::normalized))
          .contains(
              item.urDecision()
                  .guidelineCited()
                  .map(g -> normalized("Decision based on " + g))
                  .orElse("Not documented"));
      assertThat(parsed.reviewerGuideline().map(Fact::value).map(LetterRoundTripTest::normalized))
          .contains(
              decision.citations().isEmpty()
                  ? "No guideline applied"
                  : normalized(
                      "Decision based on "
                          + decision.citations().stream()
                              .map(GuidelineCitation::display)
                              .collect(Collectors.joining("; "))));
      assertThat(parsed.rationale().map(Fact::value).map(LetterRoundTripTest::normalized))
          .contains(normalized(decision.rationale()));
    }
  }

  private static List<String> sessions(Case c) {
    List<String> out = new ArrayList<>();
    for (PriorTreatment t : c.treatmentHistory()) {
      t.sessionsAuthorized()
          .ifPresent(n -> out.add(t.modality() + " " + n + " authorized " + t.region()));
      t.sessionsCompleted().ifPresent(n -> out.add(t.modality() + " " + n + " had " + t.region()));
    }
    return out;
  }

  private static String sessions(PriorSessions s) {
    return s.modality()
        + " "
        + s.sessions()
        + (s.authorized() ? " authorized " : " had ")
        + s.region();
  }

  private static String improvement(FunctionalImprovementEvidence e) {
    return e.element() + " " + e.objective() + " " + e.attributedTo() + " " + e.documentedOn();
  }

  private static String improvement(ImprovementStatement s) {
    return s.element() + " " + s.objective() + " " + s.attributedTo() + " " + s.date();
  }

  /** White space collapsed, trimmed, final periods dropped: how a one-line letter writes text. */
  private static String normalized(String s) {
    String t = s.replaceAll("\\s+", " ").trim();
    while (t.endsWith(".")) {
      t = t.substring(0, t.length() - 1).trim();
    }
    return t;
  }

  private static ReviewerQualifications normalized(ReviewerQualifications q) {
    ReviewerQualifications.Builder b =
        ReviewerQualifications.builder()
            .from(q)
            .specialty(q.specialty().replaceAll("\\s+", " ").trim())
            .licensedIn(q.licensedIn().trim());
    q.subspecialty().ifPresent(s -> b.subspecialty(s.replaceAll("\\s+", " ").trim()));
    return b.build();
  }

  @Provide
  Arbitrary<Drafted> anyDrafted() {
    return drafted(ImrArbitraries.cases());
  }

  @Provide
  Arbitrary<Drafted> wordyDrafted() {
    Arbitrary<Optional<String>> occupations =
        Arbitraries.of(
                "nurse", "warehouse worker", "bus driver", "office assistant", "carpenter", "cook")
            .optional();
    return drafted(
        Combinators.combine(ImrArbitraries.cases(), occupations).as(LetterRoundTripTest::inWords));
  }

  private static Arbitrary<Drafted> drafted(Arbitrary<Case> cases) {
    return cases.flatMap(
        c -> {
          List<Arbitrary<Decision>> decisions =
              c.disputedItems().stream().map(i -> ImrArbitraries.decisions(i.id())).toList();
          return Combinators.combine(
                  Combinators.combine(decisions).as(List::copyOf),
                  ImrArbitraries.reviewerQualifications().optional())
              .as(
                  (list, reviewer) -> {
                    Determination.Builder d =
                        Determination.builder().caseNumber(c.caseNumber()).decisions(list);
                    reviewer.ifPresent(d::reviewer);
                    return new Drafted(c, d.build());
                  });
        });
  }

  /** The case with its summary's free text in words; presence and absence are kept. */
  private static Case inWords(Case c, Optional<String> occupation) {
    Patient.Builder patient = Patient.builder().from(c.patient());
    patient.occupation(occupation);
    return Case.builder()
        .from(c)
        .patient(patient.build())
        .treatmentHistory(
            c.treatmentHistory().stream()
                .map(
                    t ->
                        PriorTreatment.builder()
                            .from(t)
                            .documentedOutcome(t.documentedOutcome().map(o -> "some relief"))
                            .build())
                .toList())
        .surgeries(
            c.surgeries().stream()
                .map(s -> Surgery.builder().from(s).procedure("arthroscopy").build())
                .toList())
        .functionalImprovement(
            c.functionalImprovement().stream()
                .map(
                    e ->
                        FunctionalImprovementEvidence.builder()
                            .from(e)
                            .description(e.description().map(d -> "as the progress note reports"))
                            .source(e.source().map(s -> "PR-2"))
                            .build())
                .toList())
        .build();
  }
}
