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

  /**
   * Item names as cases may write them: the request shorthand alone, with a heading or a label the
   * reader knows before or after it, with a number or a lead ("The request for"), padded to
   * thousands of characters, or broken by line breaks of every kind (a name in quotes of its own is
   * read back too, by the next property, but the request reader does not read a request in quotes).
   * The renderer writes in quotes any name the reader would otherwise take for something else, so
   * every name reads back, white space collapsed, and the request with it.
   */
  @Property(tries = 300)
  void itemNamesAndRequestsSurviveHeadingLikeAndLongNames(@ForAll("namedDrafted") Drafted drafted) {
    ParsedLetter letter = PARSER.parse(RENDERER.plainText(drafted.c(), drafted.d()));

    assertItemsRoundTrip(drafted, letter);
  }

  /**
   * Names that state no request at all or may not be read as one: headings and labels alone, any
   * characters, quotes. The name and the decision read back (not the request, which the letter
   * states only in the name).
   */
  @Property(tries = 300)
  void anyItemNameSurvivesEvenWithoutARequest(@ForAll("barelyNamedDrafted") Drafted drafted) {
    ParsedLetter letter = PARSER.parse(RENDERER.plainText(drafted.c(), drafted.d()));
    List<DisputedItem> items = drafted.c().disputedItems();

    assertThat(letter.items())
        .extracting(ParsedItem::name)
        .isEqualTo(items.stream().map(i -> flat(i.requestedAs())).toList());
    assertThat(letter.items())
        .extracting(ParsedItem::id)
        .isEqualTo(items.stream().map(DisputedItem::id).toList());
    assertThat(letter.items())
        .extracting(i -> i.decision().map(Fact::value))
        .isEqualTo(
            items.stream()
                .map(i -> drafted.d().decisionFor(i.id()).orElseThrow().outcome())
                .toList());
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
      assertThat(parsed.name()).isEqualTo(flat(item.requestedAs()));
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

  /**
   * A name as a one-line letter writes it: every space, line break and control character a space,
   * runs collapsed, ends trimmed (the generated names use no character the reader maps otherwise).
   */
  private static String flat(String s) {
    StringBuilder out = new StringBuilder();
    for (char c : s.toCharArray()) {
      boolean space =
          Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c);
      if (!space) {
        out.append(c);
      } else if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
        out.append(' ');
      }
    }
    return out.toString().trim();
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
  Arbitrary<Drafted> namedDrafted() {
    return drafted(ImrArbitraries.cases().flatMap(c -> renamed(c, LetterRoundTripTest::names)));
  }

  @Provide
  Arbitrary<Drafted> barelyNamedDrafted() {
    return drafted(
        ImrArbitraries.cases()
            .flatMap(
                c ->
                    renamed(
                        c,
                        request ->
                            Arbitraries.oneOf(
                                headings(), anyNames(), Arbitraries.just("\"" + request + "\"")))));
  }

  /** The case with each item renamed by a name drawn for its request shorthand. */
  private static Arbitrary<Case> renamed(
      Case c, java.util.function.Function<String, Arbitrary<String>> names) {
    List<Arbitrary<DisputedItem>> items =
        c.disputedItems().stream()
            .map(
                i ->
                    names
                        .apply(i.requestedAs())
                        .map(n -> DisputedItem.builder().from(i).requestedAs(n).build()))
            .toList();
    return Combinators.combine(items)
        .as(list -> Case.builder().from(c).disputedItems(list).build());
  }

  /**
   * Names that state the request first or after a short heading: the shorthand alone, after or
   * before a heading or label, numbered, led, quoted, ending in a colon, padded to thousands of
   * characters, or with line breaks of every kind for its spaces.
   */
  private static Arbitrary<String> names(String request) {
    Arbitrary<String> shortHeadings =
        Arbitraries.of(
            "Medical Necessity:",
            "DOCUMENTS REVIEWED",
            "Items in dispute",
            "CASE SUMMARY:",
            "Decision rationale:",
            "Rationale:",
            "MTUS guideline:",
            "cc:",
            "Sincerely",
            "Upheld:",
            "1.",
            "2)",
            "The",
            "The request for");
    Arbitrary<String> padding =
        Arbitraries.of("as", "the", "treating", "physician", "requested", "DOCUMENTS", "REVIEWED")
            .list()
            .ofMinSize(1)
            .ofMaxSize(700)
            .map(words -> String.join(" ", words));
    Arbitrary<String> space = Arbitraries.of(" ", "  ", "\n", "\t", "\u2028", "\u0085", "\u00A0");
    return Arbitraries.oneOf(
        Arbitraries.just(request),
        shortHeadings.map(h -> h + " " + request),
        headings().map(h -> request + " " + h),
        padding.map(p -> request + " " + p),
        Arbitraries.of(request + ":", request + " :", " " + request + " "),
        space.map(w -> request.replace(" ", w)));
  }

  /** Headings and labels the reader knows ({@code StructureReader}), and other lines it reads. */
  private static Arbitrary<String> headings() {
    return Arbitraries.of(
        "Medical Necessity:",
        "DOCUMENTS REVIEWED",
        "Items in dispute",
        "CLINICAL CASE SUMMARY",
        "CASE SUMMARY:",
        "HOW THE IMR FINAL DETERMINATION WAS MADE",
        "IMR ISSUES, DECISIONS AND RATIONALES",
        "IMR DECISION(S) AND RATIONALE(S)",
        "ISSUE(S) AT DISPUTE",
        "RATIONALE FOR WHY THE REQUESTED TREATMENT/SERVICE IS NOT MEDICALLY NECESSARY",
        "Claims Administrator guideline:",
        "The Claims Administrator based its decision on",
        "The expert reviewer based his/her decision on",
        "Example Review Organization guideline:",
        "MTUS guidelines: chronic pain",
        "Decision rationale:",
        "Rationale for the decision:",
        "IMR Case Number: CM14-0000001",
        "cc: the claims administrator",
        "Sincerely,",
        "Upheld",
        "Overturned.",
        "Not evaluable",
        "1. Is acupuncture medically necessary?",
        "2. Acupuncture is not medically necessary.",
        "Page 2 of 3",
        "\"\"",
        "\"quoted\"",
        "The request for",
        "12");
  }

  /** Any characters the reader keeps as they are, spaces and line breaks of every kind, colons. */
  private static Arbitrary<String> anyNames() {
    return Arbitraries.strings()
        .withCharRange('a', 'z')
        .withCharRange('A', 'Z')
        .withCharRange('0', '9')
        .withChars(' ', ':', '.', ',', '"', '\'', '(', ')', '/', '-', '?', '#', 'é')
        .withChars('\n', '\t', '\u2028', '\u0085', '\u00A0', '\r')
        .ofMinLength(1)
        .ofMaxLength(400)
        .filter(n -> !n.isBlank());
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
