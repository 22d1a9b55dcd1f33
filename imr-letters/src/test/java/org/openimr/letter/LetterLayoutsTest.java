package org.openimr.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openimr.model.BodyRegion;
import org.openimr.model.Case;
import org.openimr.model.CodeSystem;
import org.openimr.model.Diagnosis;
import org.openimr.model.ImrOutcome;
import org.openimr.model.Modality;
import org.openimr.model.PainMedicationStatus;
import org.openimr.model.Sex;
import org.openimr.model.TreatmentRequest;

/**
 * The two older layouts, in letters written for these tests (invented content): "IMR DECISION(S)
 * AND RATIONALE(S)" with "DOCUMENTS REVIEWED", and "ISSUE AT DISPUTE" with "RATIONALE FOR WHY THE
 * REQUESTED TREATMENT/SERVICE IS (NOT) MEDICALLY NECESSARY". Both carry extraction artifacts: a
 * "Page 2 of 3" line, a form feed, words hyphenated across lines, stray spaces.
 */
class LetterLayoutsTest {
  private static final ParsedLetter DOCUMENTS =
      LetterParser.standard().parse(Letters.DECISIONS_AND_DOCUMENTS);
  private static final ParsedLetter ISSUE = LetterParser.standard().parse(Letters.ISSUE_AT_DISPUTE);

  @Test
  void theDecisionsListLayoutIsRecognizedByItsHeadings() {
    assertThat(DOCUMENTS.layout()).isEqualTo(LetterLayout.DECISIONS_AND_DOCUMENTS_REVIEWED);
    assertThat(DOCUMENTS.sections())
        .extracting(LetterSection::heading)
        .containsExactly(
            "IMR DECISION(S) AND RATIONALE(S)",
            "DOCUMENTS REVIEWED",
            "CLINICAL CASE SUMMARY",
            "IMR ISSUES, DECISIONS AND RATIONALES");
    assertThat(DOCUMENTS.caseNumber().map(Fact::value)).contains("CM13-0045678");
  }

  @Test
  void itemsNamedInTheListAndAgainInTheRationalesAreMergedByNumber() {
    assertThat(DOCUMENTS.items())
        .extracting(ParsedItem::id, ParsedItem::name, i -> i.decision().map(Fact::value))
        .containsExactly(
            tuple("1", "Physical therapy 2x6 for the lumbar spine", Optional.of(ImrOutcome.UPHELD)),
            tuple("2", "Acupuncture x6 for the lumbar spine", Optional.of(ImrOutcome.OVERTURNED)));
    ParsedItem pt = DOCUMENTS.items().get(0);
    assertThat(pt.request()).contains(TreatmentRequest.parse("Physical therapy 2x6 lumbar spine"));
    assertThat(pt.claimsAdministratorGuidelineName())
        .contains("MTUS Chronic Pain Medical Treatment Guidelines, Physical Medicine, pages 98-99");
    assertThat(pt.reviewerGuideline().map(Fact::value).orElseThrow())
        .startsWith("the MTUS Chronic Pain Medical Treatment Guidelines");
    assertThat(pt.rationale().map(Fact::value).orElseThrow())
        .startsWith("The Chronic Pain Medical Treatment Guidelines allow")
        .endsWith("The request is not medically necessary.");
    // the closing "cc:" line is not part of the last rationale
    assertThat(DOCUMENTS.items().get(1).rationale().map(Fact::value).orElseThrow())
        .endsWith("The request is medically necessary.");
  }

  @Test
  void theDecisionsListLetterStatesItsCaseFacts() {
    LetterFacts f = DOCUMENTS.facts();
    assertThat(f.age().map(Fact::value)).contains(47);
    assertThat(f.sex().map(Fact::value)).contains(Sex.MALE);
    assertThat(f.occupation().map(Fact::value)).contains("warehouse supervisor");
    assertThat(f.dateOfInjury().map(Fact::value)).contains(LocalDate.of(2012, 3, 4));
    assertThat(f.injuredRegions()).extracting(Fact::value).containsExactly(BodyRegion.LUMBAR_SPINE);
    assertThat(f.diagnoses())
        .extracting(Fact::value)
        .containsExactly(Diagnosis.icd9("847.2"), Diagnosis.icd9("724.4"));
    assertThat(f.priorSessions())
        .extracting(Fact::value)
        .extracting(PriorSessions::modality, PriorSessions::sessions, PriorSessions::authorized)
        .containsExactly(
            tuple(Modality.PHYSICAL_THERAPY, 12, false), tuple(Modality.ACUPUNCTURE, 6, true));
    assertThat(f.requestedTreatments())
        .extracting(Fact::value)
        .containsExactly(
            TreatmentRequest.parse("Physical therapy 2x6 lumbar spine"),
            TreatmentRequest.parse("Acupuncture x6 lumbar spine"));
    Imaging mri = f.imaging().get(0).value();
    assertThat(mri.study()).isEqualTo("MRI");
    assertThat(mri.date()).contains(LocalDate.of(2012, 6, 1));
    assertThat(mri.result())
        .contains("a 3 mm disc protrusion at L4-5 without nerve root compression");
    assertThat(f.medications())
        .extracting(Fact::value)
        .containsExactly("ibuprofen", "cyclobenzaprine");
    assertThat(f.painMedication().map(Fact::value)).contains(PainMedicationStatus.NOT_TOLERATED);
    assertThat(f.improvements())
        .extracting(Fact::value)
        .extracting(ImprovementStatement::objective, ImprovementStatement::denied, s -> s.percent())
        .containsExactly(
            tuple(false, false, Optional.of(30)),
            tuple(true, true, Optional.empty()),
            // from the first rationale: the reduction in pain is not a statement of improvement,
            // and the guideline's "time to produce functional improvement" in the second is not
            // about the patient
            tuple(true, true, Optional.empty()));
  }

  @Test
  void theDocumentsReviewedListDatesTheRequestTheReviewAndTheApplication() {
    LetterFacts f = DOCUMENTS.facts();
    assertThat(f.requestDate().map(Fact::value)).contains(LocalDate.of(2013, 5, 13));
    assertThat(f.urDecisionDate().map(Fact::value)).contains(LocalDate.of(2013, 5, 20));
    assertThat(f.imrApplicationDate().map(Fact::value)).contains(LocalDate.of(2013, 6, 3));
    assertThat(f.reportDates())
        .extracting(Fact::value)
        .contains(LocalDate.of(2013, 5, 6), LocalDate.of(2013, 3, 18));

    Case c = DOCUMENTS.toCase();
    assertThat(c.caseNumber()).isEqualTo("CM13-0045678");
    assertThat(c.requestDate()).contains(LocalDate.of(2013, 5, 13));
    assertThat(c.urDecisionDate()).contains(LocalDate.of(2013, 5, 20));
    assertThat(c.disputedItems()).extracting(i -> i.id()).containsExactly("1", "2");
  }

  @Test
  void theIssueAtDisputeLayoutTakesEachDecisionFromItsRationaleHeading() {
    assertThat(ISSUE.layout()).isEqualTo(LetterLayout.ISSUE_AT_DISPUTE);
    assertThat(ISSUE.items())
        .extracting(ParsedItem::id, ParsedItem::name, i -> i.decision().map(Fact::value))
        .containsExactly(
            tuple(
                "1",
                "Chiropractic manipulation 2x3 for the cervical spine",
                Optional.of(ImrOutcome.UPHELD)),
            tuple(
                "2",
                "Massage therapy x4 for the cervical spine",
                Optional.of(ImrOutcome.OVERTURNED)));
    assertThat(ISSUE.items().get(0).decision().orElseThrow().span().text())
        .isEqualTo("RATIONALE FOR WHY THE REQUESTED TREATMENT/SERVICE IS NOT MEDICALLY NECESSARY");
    ParsedItem massage = ISSUE.items().get(1);
    assertThat(massage.claimsAdministratorGuidelineName())
        .contains("MTUS Chronic Pain Medical Treatment Guidelines, Massage Therapy");
    assertThat(massage.reviewerGuideline().map(Fact::value).orElseThrow())
        .startsWith("The Expert Reviewer relied on");
    assertThat(massage.rationale().map(Fact::value).orElseThrow())
        .startsWith("Massage is an adjunct")
        .endsWith("within the guideline.");
  }

  @Test
  void theIssueAtDisputeLetterIsReadThroughPageBreaksAndHyphenation() {
    LetterFacts f = ISSUE.facts();
    assertThat(f.age().map(Fact::value)).contains(38);
    assertThat(f.sex().map(Fact::value)).contains(Sex.FEMALE);
    // "dental hy-" / form feed / "Page 2 of 3" / "gienist"
    assertThat(f.occupation().map(Fact::value)).contains("dental hygienist");
    assertThat(f.occupation().orElseThrow().span().text()).contains("hy-").contains("Page 2 of 3");
    assertThat(f.dateOfInjury().map(Fact::value)).contains(LocalDate.of(2014, 8, 15));
    assertThat(f.injuredRegions())
        .extracting(Fact::value)
        .containsExactly(BodyRegion.CERVICAL_SPINE, BodyRegion.SHOULDER);
    assertThat(f.diagnoses())
        .extracting(Fact::value)
        .extracting(Diagnosis::system, Diagnosis::code)
        .containsExactly(tuple(CodeSystem.ICD_10_CM, "M54.2"));
    // "com-" / "pleted six chiropractic visits"
    assertThat(f.priorSessions())
        .extracting(Fact::value)
        .extracting(PriorSessions::modality, PriorSessions::sessions)
        .containsExactly(tuple(Modality.CHIROPRACTIC_MANIPULATION, 6), tuple(Modality.MASSAGE, 4));
    assertThat(f.imaging())
        .extracting(i -> i.value().result())
        .containsExactly(Optional.of("unremarkable"));
    assertThat(f.medications()).extracting(Fact::value).containsExactly("naproxen", "tramadol");
    assertThat(f.painMedication().map(Fact::value)).contains(PainMedicationStatus.REDUCED);
    assertThat(f.improvements())
        .extracting(Fact::value)
        .extracting(
            ImprovementStatement::objective, s -> s.percent(), s -> s.attributedTo(), s -> s.date())
        .containsExactly(
            tuple(
                false,
                Optional.of(50),
                Optional.of(Modality.CHIROPRACTIC_MANIPULATION),
                Optional.empty()),
            tuple(
                true, Optional.empty(), Optional.empty(), Optional.of(LocalDate.of(2014, 12, 1))));
    assertThat(f.requestedTreatments())
        .extracting(Fact::value)
        .containsExactly(
            TreatmentRequest.parse("Chiropractic manipulation 2x3 cervical spine"),
            TreatmentRequest.parse("Massage therapy x4"));
    assertThat(f.requestDate().map(Fact::value)).contains(LocalDate.of(2015, 1, 12));
    assertThat(f.urDecisionDate().map(Fact::value)).contains(LocalDate.of(2015, 1, 20));
    assertThat(f.imrApplicationDate().map(Fact::value)).contains(LocalDate.of(2015, 2, 2));
  }

  @Test
  void everyFactsSpanIsTheExactInputTextInBothLayouts() {
    for (var pair :
        List.of(
            Map.entry(DOCUMENTS, Letters.DECISIONS_AND_DOCUMENTS),
            Map.entry(ISSUE, Letters.ISSUE_AT_DISPUTE))) {
      for (Fact<?> fact : Letters.allFacts(pair.getKey())) {
        TextSpan span = fact.span();
        assertThat(pair.getValue().substring(span.start(), span.end())).isEqualTo(span.text());
      }
    }
  }
}
