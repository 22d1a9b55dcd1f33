package org.openimr.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openimr.letter.Letters.factsOf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openimr.model.BodyRegion;
import org.openimr.model.Diagnosis;
import org.openimr.model.FunctionalElement;
import org.openimr.model.Modality;
import org.openimr.model.PainMedicationStatus;
import org.openimr.model.Sex;
import org.openimr.model.TreatmentRequest;

/**
 * Every fact pattern of a case summary, as a table: the sentence, and what is read from it. Rows
 * with an empty expectation are the never-guess cases: the sentence mentions the thing but does not
 * state the fact.
 */
class FactPatternsTest {

  static Stream<Arguments> ages() {
    return Stream.of(
        Arguments.of("The patient is a 61 year old female nurse who fell.", Optional.of(61)),
        Arguments.of("This 47-year-old male was injured at work.", Optional.of(47)),
        Arguments.of("A sixty-one year old woman reports pain.", Optional.of(61)),
        Arguments.of("The claimant, aged 52, reports pain.", Optional.of(52)),
        Arguments.of("He is a 33 y/o man.", Optional.of(33)),
        Arguments.of("The patient is 40 years old.", Optional.of(40)),
        Arguments.of("The patient has a 20 year history of smoking.", Optional.empty()),
        Arguments.of("The patient reports back pain.", Optional.empty()));
  }

  @ParameterizedTest
  @MethodSource("ages")
  void theAgeIsReadFromItsUsualPhrasings(String summary, Optional<Integer> age) {
    assertThat(factsOf(summary).age().map(Fact::value)).isEqualTo(age);
  }

  static Stream<Arguments> sexes() {
    return Stream.of(
        Arguments.of(
            "The patient is a 61 year old female nurse who fell.", Optional.of(Sex.FEMALE)),
        Arguments.of("A 38 year old woman reports pain.", Optional.of(Sex.FEMALE)),
        Arguments.of("This 47-year-old male was injured.", Optional.of(Sex.MALE)),
        Arguments.of("A 50 year old man reports pain.", Optional.of(Sex.MALE)),
        // pronouns are not read: the record must say it
        Arguments.of("The 50 year old patient says she has pain.", Optional.empty()));
  }

  @ParameterizedTest
  @MethodSource("sexes")
  void theSexIsReadOnlyFromAnExplicitWord(String summary, Optional<Sex> sex) {
    assertThat(factsOf(summary).sex().map(Fact::value)).isEqualTo(sex);
  }

  static Stream<Arguments> occupations() {
    return Stream.of(
        Arguments.of("The patient is a 61 year old female nurse who fell.", Optional.of("nurse")),
        Arguments.of(
            "A 47-year-old male warehouse supervisor who lifted boxes.",
            Optional.of("warehouse supervisor")),
        Arguments.of(
            "A 38 year old woman employed as a dental hygienist who reports pain.",
            Optional.of("dental hygienist")),
        Arguments.of("A 40 year old male bus driver, injured in 2012.", Optional.of("bus driver")),
        Arguments.of("A 52 year old male who fell.", Optional.empty()),
        Arguments.of("A 40 year old female with a history of pain.", Optional.empty()),
        Arguments.of("A 29 year old patient who fell.", Optional.empty()),
        // no stop word: the words may be anything, so nothing is read
        Arguments.of("A 29 year old female tall strong fit person", Optional.empty()));
  }

  @ParameterizedTest
  @MethodSource("occupations")
  void theOccupationIsReadOnlyWhereAStopWordEndsIt(String summary, Optional<String> occupation) {
    assertThat(factsOf(summary).occupation().map(Fact::value)).isEqualTo(occupation);
  }

  static Stream<Arguments> injuryDates() {
    return Stream.of(
        Arguments.of(
            "She sustained an injury to her back on 10/10/13.",
            Optional.of(LocalDate.of(2013, 10, 10))),
        Arguments.of(
            "Date of injury of 1/2/2012 is not disputed.", Optional.of(LocalDate.of(2012, 1, 2))),
        Arguments.of("DOI: 2014-03-05.", Optional.of(LocalDate.of(2014, 3, 5))),
        Arguments.of(
            "He was injured on March 4, 2012 while lifting.",
            Optional.of(LocalDate.of(2012, 3, 4))),
        Arguments.of("On 5/6/14 she was injured at work.", Optional.of(LocalDate.of(2014, 5, 6))),
        Arguments.of(
            "She has a history of a prior injury. A report dated 2/9/14 notes pain.",
            Optional.empty()),
        Arguments.of("An injury report dated 2/9/14 was reviewed.", Optional.empty()),
        Arguments.of("She was injured on 2/30/13.", Optional.empty()));
  }

  @ParameterizedTest
  @MethodSource("injuryDates")
  void theInjuryDateIsTheDateStatedWithTheInjury(String summary, Optional<LocalDate> date) {
    assertThat(factsOf(summary).dateOfInjury().map(Fact::value)).isEqualTo(date);
  }

  static Stream<Arguments> regions() {
    return Stream.of(
        Arguments.of(
            "She sustained an injury to her low back and right knee when she fell.",
            List.of(BodyRegion.LUMBAR_SPINE, BodyRegion.KNEE)),
        Arguments.of(
            "An injury to the neck, shoulders and upper back on 1/2/13.",
            List.of(BodyRegion.CERVICAL_SPINE, BodyRegion.SHOULDER, BodyRegion.THORACIC_SPINE)),
        Arguments.of(
            "She injured her mid back while lifting a box onto her chest.",
            List.of(BodyRegion.THORACIC_SPINE)),
        Arguments.of(
            "An injury to the low back with pain radiating to the hip.",
            List.of(BodyRegion.LUMBAR_SPINE)),
        Arguments.of("Her pain radiates to the hip and knee.", List.of()));
  }

  @ParameterizedTest
  @MethodSource("regions")
  void theInjuredRegionsAreThoseTheInjurySentenceNames(String summary, List<BodyRegion> regions) {
    assertThat(factsOf(summary).injuredRegions()).extracting(Fact::value).isEqualTo(regions);
  }

  static Stream<Arguments> priorSessions() {
    return Stream.of(
        Arguments.of("She has had 12 sessions of physical therapy.", "PHYSICAL_THERAPY 12 had"),
        Arguments.of("She completed six acupuncture sessions.", "ACUPUNCTURE 6 had"),
        Arguments.of(
            "He has had twelve (12) visits of chiropractic.", "CHIROPRACTIC_MANIPULATION 12 had"),
        Arguments.of("He attended 8 PT visits.", "PHYSICAL_THERAPY 8 had"),
        Arguments.of(
            "She has had twenty-four sessions of physical therapy.", "PHYSICAL_THERAPY 24 had"),
        Arguments.of("Treatment to date includes 6 prior sessions of massage.", "MASSAGE 6 had"),
        Arguments.of("She was authorized 6 sessions of acupuncture.", "ACUPUNCTURE 6 authorized"),
        Arguments.of("6 sessions of acupuncture were certified.", "ACUPUNCTURE 6 authorized"),
        // hedged, requested, or with no verb saying it happened: not read
        Arguments.of("She has had at least 6 acupuncture sessions.", ""),
        Arguments.of("She has had more than 12 sessions of physical therapy.", ""),
        Arguments.of("12 sessions of acupuncture were requested.", ""),
        Arguments.of("A request for 12 sessions of physical therapy was denied.", ""),
        Arguments.of("An additional 12 sessions of acupuncture has been previously requested.", ""),
        Arguments.of("12 sessions of physical therapy.", ""));
  }

  @ParameterizedTest
  @MethodSource("priorSessions")
  void priorSessionsAreReadOnlyWhenTheLetterSaysTheyWereHadOrAuthorized(
      String summary, String expected) {
    List<String> read =
        factsOf(summary).priorSessions().stream()
            .map(Fact::value)
            .map(s -> s.modality() + " " + s.sessions() + (s.authorized() ? " authorized" : " had"))
            .toList();
    assertThat(read).isEqualTo(expected.isEmpty() ? List.of() : List.of(expected));
  }

  @Test
  void priorSessionsCarryTheRegionAndTheOutcomeStatedWithThem() {
    PriorSessions s =
        factsOf("She has had six sessions of acupuncture to the low back with some relief.")
            .priorSessions()
            .get(0)
            .value();
    assertThat(s.region()).contains(BodyRegion.LUMBAR_SPINE);
    assertThat(s.outcome()).contains("some relief");
  }

  static Stream<Arguments> requests() {
    return Stream.of(
        Arguments.of(
            "An appeal to the denial has been requested for 3x4 acupuncture sessions.",
            List.of("Acupuncture 3x4")),
        Arguments.of(
            "The physician requested physical therapy 2x6 for the lumbar spine.",
            List.of("Physical therapy 2x6 low back")),
        Arguments.of(
            "The provider is requesting acupuncture 1-2x/week x 4 weeks.",
            List.of("Acupuncture 1-2x/week x 4 weeks")),
        Arguments.of(
            "The provider requested twelve sessions of chiropractic.",
            List.of("Chiropractic manipulation 12 sessions")),
        Arguments.of(
            "The physician requested PT 2x3 right knee and acupuncture x6.",
            List.of("Physical therapy 2x3 right knee", "Acupuncture x6")),
        Arguments.of(
            "The provider requested PT 2 times a week for 6 weeks to the right knee.",
            List.of("Physical therapy 2x6 right knee")),
        Arguments.of(
            "The physician requested six (6) additional sessions of acupuncture for the low back.",
            List.of("Acupuncture 6 sessions low back")),
        Arguments.of("She had 3x4 acupuncture last year.", List.of()),
        Arguments.of("The physician requested an MRI of the lumbar spine.", List.of()),
        Arguments.of("An additional 12 sessions has been previously requested.", List.of()));
  }

  @ParameterizedTest
  @MethodSource("requests")
  void requestedTreatmentsAreReadAsRequestShorthand(String summary, List<String> expected) {
    assertThat(factsOf(summary).requestedTreatments())
        .extracting(Fact::value)
        .isEqualTo(expected.stream().map(TreatmentRequest::parse).toList());
  }

  static Stream<Arguments> imaging() {
    return Stream.of(
        Arguments.of(
            "The patient has had an X-Ray on 11/11/13 of the thoracic spine which was reported as negative.",
            "X-ray 2013-11-11 THORACIC_SPINE negative"),
        Arguments.of(
            "An MRI of the lumbar spine dated 6/1/2012 showed a disc protrusion at L4-5.",
            "MRI 2012-06-01 LUMBAR_SPINE a disc protrusion at L4-5"),
        Arguments.of("EMG/NCV of the upper extremities was normal.", "EMG/NCV - - normal"),
        Arguments.of(
            "A CT scan of the head on 1/2/14 was unremarkable.", "CT 2014-01-02 HEAD unremarkable"),
        Arguments.of("An MRI was requested.", ""),
        Arguments.of("No MRI has been done.", ""));
  }

  @ParameterizedTest
  @MethodSource("imaging")
  void imagingIsReadWithItsDateRegionAndResult(String summary, String expected) {
    List<String> read =
        factsOf(summary).imaging().stream()
            .map(Fact::value)
            .map(
                i ->
                    i.study()
                        + " "
                        + i.date().map(Object::toString).orElse("-")
                        + " "
                        + i.region().map(Object::toString).orElse("-")
                        + " "
                        + i.result().orElse("-"))
            .toList();
    assertThat(read).isEqualTo(expected.isEmpty() ? List.of() : List.of(expected));
  }

  static Stream<Arguments> medications() {
    return Stream.of(
        Arguments.of("She has some relief with NSAIDs, rest, ice.", List.of("NSAIDs")),
        Arguments.of(
            "Medications include Norco, gabapentin and muscle relaxants.",
            List.of("Norco", "gabapentin", "muscle relaxants")),
        Arguments.of("She takes ibuprofen daily; ibuprofen helps.", List.of("ibuprofen")),
        Arguments.of("She denies taking tramadol.", List.of()),
        Arguments.of("She takes no medication.", List.of()));
  }

  @ParameterizedTest
  @MethodSource("medications")
  void medicationsAreTheNamesTheSummaryStates(String summary, List<String> expected) {
    assertThat(factsOf(summary).medications()).extracting(Fact::value).isEqualTo(expected);
  }

  static Stream<Arguments> painMedication() {
    return Stream.of(
        Arguments.of(
            "Her pain medication has been reduced.", Optional.of(PainMedicationStatus.REDUCED)),
        Arguments.of(
            "She cannot tolerate NSAIDs.", Optional.of(PainMedicationStatus.NOT_TOLERATED)),
        Arguments.of(
            "She is unable to tolerate tramadol.", Optional.of(PainMedicationStatus.NOT_TOLERATED)),
        Arguments.of("Medications are unchanged.", Optional.of(PainMedicationStatus.UNCHANGED)),
        Arguments.of(
            "Her medications have not been reduced.", Optional.of(PainMedicationStatus.UNCHANGED)),
        Arguments.of("Her pain is reduced with rest.", Optional.empty()),
        Arguments.of(
            "Her medications were reduced. Later she could not tolerate Norco.", Optional.empty()));
  }

  @ParameterizedTest
  @MethodSource("painMedication")
  void painMedicationStatusIsReadFromSentencesAboutMedication(
      String summary, Optional<PainMedicationStatus> status) {
    assertThat(factsOf(summary).painMedication().map(Fact::value)).isEqualTo(status);
  }

  static Stream<Arguments> improvements() {
    return Stream.of(
        Arguments.of(
            "She related that she experienced a 55% improvement with conservative treatment.",
            "GLOBAL_IMPROVEMENT_REPORT subjective 55"),
        Arguments.of(
            "Objective improvement in activities of daily living was documented.",
            "ADL_IMPROVEMENT objective -"),
        Arguments.of(
            "She had measured improvement through a reduction in work restrictions.",
            "WORK_RESTRICTION_REDUCTION objective -"),
        Arguments.of(
            "She is 30 percent better after acupuncture.",
            "GLOBAL_IMPROVEMENT_REPORT subjective 30 ACUPUNCTURE"),
        Arguments.of(
            "There are no documented findings of objective improvement.",
            "GLOBAL_IMPROVEMENT_REPORT objective - denied"),
        Arguments.of(
            "She reports improvement without any objective measures.",
            "GLOBAL_IMPROVEMENT_REPORT subjective -"),
        Arguments.of(
            "Guidelines state that treatment may be extended if functional improvement is documented.",
            ""));
  }

  @ParameterizedTest
  @MethodSource("improvements")
  void improvementStatementsAreObjectiveOrSubjectiveAndMayBeDenied(
      String summary, String expected) {
    List<String> read =
        factsOf(summary).improvements().stream()
            .map(Fact::value)
            .map(
                s ->
                    s.element()
                        + (s.objective() ? " objective " : " subjective ")
                        + s.percent().map(Object::toString).orElse("-")
                        + s.attributedTo().map(m -> " " + m).orElse("")
                        + (s.denied() ? " denied" : ""))
            .toList();
    assertThat(read).isEqualTo(expected.isEmpty() ? List.of() : List.of(expected));
  }

  @Test
  void aPercentageOfImprovementIsKeptAsAGlobalReportForTheCase() {
    assertThat(FunctionalElement.GLOBAL_IMPROVEMENT_REPORT).isNotNull();
    ParsedLetter letter =
        LetterParser.standard()
            .parse(
                Letters.withSummary(
                    "A 61 year old female nurse who injured her back on 10/10/13. A report dated"
                        + " 2/9/14 notes she is 55% better. No objective improvement is documented.",
                    "Acupuncture 3x4: Upheld"));
    assertThat(letter.toCase().functionalImprovement())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.element()).isEqualTo(FunctionalElement.GLOBAL_IMPROVEMENT_REPORT);
              assertThat(e.objective()).isFalse();
            });
  }

  static Stream<Arguments> documentDates() {
    return Stream.of(
        Arguments.of("According to a report dated 2/9/14, she has pain.", "report 2014-02-09"),
        Arguments.of("A PR-2 dated 3/1/2014 notes pain.", "report 2014-03-01"),
        Arguments.of(
            "The Request for Authorization dated 1/12/2015 asked for PT.", "request 2015-01-12"),
        Arguments.of("An RFA of 1/12/2015 was received.", "request 2015-01-12"),
        Arguments.of(
            "Utilization review dated 1/20/2015 non-certified the request.", "ur 2015-01-20"),
        Arguments.of("The application for IMR is dated 2/2/2015.", "imr 2015-02-02"),
        Arguments.of("She had an X-ray on 11/11/13.", ""));
  }

  @ParameterizedTest
  @MethodSource("documentDates")
  void datesOfDocumentsAreReadByTheDocumentTheyDate(String summary, String expected) {
    LetterFacts f = factsOf(summary);
    List<String> read = new ArrayList<>();
    f.reportDates().forEach(d -> read.add("report " + d.value()));
    f.requestDate().ifPresent(d -> read.add("request " + d.value()));
    f.urDecisionDate().ifPresent(d -> read.add("ur " + d.value()));
    f.imrApplicationDate().ifPresent(d -> read.add("imr " + d.value()));
    assertThat(read).isEqualTo(expected.isEmpty() ? List.of() : List.of(expected));
  }

  static Stream<Arguments> diagnoses() {
    return Stream.of(
        Arguments.of(
            "Diagnoses: lumbar strain 847.2 and myalgia 729.1.",
            List.of(Diagnosis.icd9("847.2"), Diagnosis.icd9("729.1"))),
        Arguments.of(
            "She was diagnosed with M54.5 low back pain.", List.of(Diagnosis.icd10("M54.5"))),
        Arguments.of("Her pain scored 729.1 on a scale.", List.of()));
  }

  @ParameterizedTest
  @MethodSource("diagnoses")
  void diagnosisCodesAreReadInSentencesAboutDiagnoses(String summary, List<Diagnosis> expected) {
    assertThat(factsOf(summary).diagnoses()).extracting(Fact::value).isEqualTo(expected);
  }

  static Stream<Arguments> modalityOfEveryPhrase() {
    return Stream.of(Modality.values())
        .filter(m -> m != Modality.OTHER)
        .flatMap(m -> m.phrases().stream().map(p -> Arguments.of(p, m)));
  }

  @ParameterizedTest
  @MethodSource("modalityOfEveryPhrase")
  void everyModalityPhraseIsReadInASessionCount(String phrase, Modality modality) {
    assertThat(factsOf("She has had 6 sessions of " + phrase + ".").priorSessions())
        .extracting(f -> f.value().modality())
        .containsExactly(modality);
  }
}
