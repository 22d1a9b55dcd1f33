package org.openimr.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every value in a case has a bound, reported with the path of the field: a case exactly at every
 * bound is valid, one step past any bound is not.
 */
class CaseBoundsTest {
  private static final LocalDate FIRST = Case.EARLIEST_DATE;
  private static final LocalDate LAST = Case.LATEST_DATE;
  private static final int MAX = TreatmentRequest.MAX_SESSIONS;
  private static final String DATE_RANGE = "must be between 1900-01-01 and 2100-12-31";

  /** A code of exactly the longest length. */
  private static final String LONGEST_CODE = "M54.5XXXAB";

  /**
   * A case at every bound: injury on the first day, request on the last, the most items and prior
   * courses, every count at its maximum, the longest codes.
   */
  static Case atEveryBound() {
    List<DisputedItem> items = new ArrayList<>();
    for (int i = 0; i < Case.MAX_DISPUTED_ITEMS; i++) {
      TreatmentRequest request =
          i % 2 == 0
              ? TreatmentRequest.builder()
                  .modality(Modality.ACUPUNCTURE)
                  .totalSessions(MAX)
                  .weeks(TreatmentRequest.MAX_WEEKS)
                  .build()
              : TreatmentRequest.builder()
                  .modality(Modality.PHYSICAL_THERAPY)
                  .frequency(FrequencyRange.exactly(FrequencyRange.MAX_PER_WEEK))
                  .weeks(TreatmentRequest.MAX_WEEKS)
                  .build();
      UrDecision ur =
          i % 2 == 0
              ? UrDecision.builder().outcome(UrOutcome.MODIFIED).approvedSessions(MAX - 1).build()
              : UrDecision.denied();
      items.add(
          DisputedItem.builder()
              .id(Integer.toString(i + 1))
              .requestedAs(request.format())
              .request(request)
              .urDecision(ur)
              .build());
    }
    List<PriorTreatment> history = new ArrayList<>();
    for (int i = 0; i < Case.MAX_PRIOR_COURSES; i++) {
      history.add(
          PriorTreatment.builder()
              .modality(i % 2 == 0 ? Modality.ACUPUNCTURE : Modality.PHYSICAL_THERAPY)
              .region(BodyRegion.LUMBAR_SPINE)
              .sessionsAuthorized(MAX)
              .sessionsCompleted(MAX)
              .startDate(FIRST)
              .endDate(LAST)
              .build());
    }
    return Case.builder()
        .caseNumber("CM14-0000001")
        .patient(Patient.builder().age(120).sex(Sex.MALE).dateOfBirth(FIRST).build())
        .dateOfInjury(FIRST)
        .requestDate(LAST)
        .urDecisionDate(LAST)
        .imrApplicationDate(LAST)
        .addInjuredRegions(BodyRegion.LUMBAR_SPINE)
        .addDiagnoses(Diagnosis.icd10(LONGEST_CODE))
        .addSurgeries(
            Surgery.builder()
                .procedure("lumbar fusion")
                .region(BodyRegion.LUMBAR_SPINE)
                .date(LAST)
                .diagnosis(Diagnosis.icd9("722.10.123"))
                .build())
        .treatmentHistory(history)
        .addFunctionalImprovement(
            FunctionalImprovementEvidence.builder()
                .element(FunctionalElement.ADL_IMPROVEMENT)
                .objective(true)
                .documentedOn(LAST)
                .build())
        .disputedItems(items)
        .build();
  }

  @Test
  void aCaseAtEveryBoundIsValid() {
    assertThat(atEveryBound().violations()).isEmpty();
  }

  static Stream<Arguments> onePastEachBound() {
    return Stream.of(
        past(
            "a date of birth before 1900",
            c ->
                edit(
                    c,
                    b ->
                        b.patient(
                            Patient.builder()
                                .from(c.patient())
                                .dateOfBirth(FIRST.minusDays(1))
                                .build())),
            "$.patient.dateOfBirth",
            DATE_RANGE),
        past(
            "an injury before 1900",
            c -> edit(c, b -> b.dateOfInjury(FIRST.minusDays(1))),
            "$.dateOfInjury",
            DATE_RANGE),
        past(
            "an IMR application after 2100",
            c -> edit(c, b -> b.imrApplicationDate(LAST.plusDays(1))),
            "$.imrApplicationDate",
            DATE_RANGE),
        past(
            "a surgery after 2100",
            c ->
                edit(
                    c,
                    b ->
                        b.surgeries(
                            List.of(
                                Surgery.builder()
                                    .from(c.surgeries().get(0))
                                    .date(LAST.plusDays(1))
                                    .build()))),
            "$.surgeries[0].date",
            DATE_RANGE),
        past(
            "a course ending after 2100",
            c -> withCourse(c, 7, course(c, 7).endDate(LAST.plusDays(1))),
            "$.treatmentHistory[7].endDate",
            DATE_RANGE),
        past(
            "a course starting before 1900",
            c -> withCourse(c, 3, course(c, 3).startDate(FIRST.minusDays(1))),
            "$.treatmentHistory[3].startDate",
            DATE_RANGE),
        past(
            "improvement documented after 2100",
            c ->
                edit(
                    c,
                    b ->
                        b.functionalImprovement(
                            List.of(
                                FunctionalImprovementEvidence.builder()
                                    .from(c.functionalImprovement().get(0))
                                    .documentedOn(LAST.plusDays(1))
                                    .build()))),
            "$.functionalImprovement[0].documentedOn",
            DATE_RANGE),
        past(
            "a code of 11 characters",
            c -> edit(c, b -> b.diagnoses(List.of(Diagnosis.icd10(LONGEST_CODE + "1")))),
            "$.diagnoses[0].code",
            "must be at most 10 characters"),
        past(
            "a surgery's code of 11 characters",
            c ->
                edit(
                    c,
                    b ->
                        b.surgeries(
                            List.of(
                                Surgery.builder()
                                    .from(c.surgeries().get(0))
                                    .diagnosis(Diagnosis.icd9("722.10.1234"))
                                    .build()))),
            "$.surgeries[0].diagnosis.code",
            "must be at most 10 characters"),
        past(
            "1000 sessions authorized",
            c -> withCourse(c, 199, course(c, 199).sessionsAuthorized(1000)),
            "$.treatmentHistory[199].sessionsAuthorized",
            "must be at most 999"),
        past(
            "201 prior courses",
            c -> Case.builder().from(c).addTreatmentHistory(c.treatmentHistory().get(0)).build(),
            "$.treatmentHistory",
            "must list at most 200 courses"),
        past(
            "101 disputed items",
            c ->
                Case.builder()
                    .from(c)
                    .addDisputedItems(
                        DisputedItem.builder().from(c.disputedItems().get(1)).id("101").build())
                    .build(),
            "$.disputedItems",
            "must list at most 100 items"),
        past(
            "a total of 1000 sessions",
            c -> withRequest(c, 0, request(c, 0).totalSessions(1000)),
            "$.disputedItems[0].request.totalSessions",
            "must be at most 999"),
        past(
            "105 weeks",
            c -> withRequest(c, 0, request(c, 0).weeks(105)),
            "$.disputedItems[0].request.weeks",
            "must be at most 104"));
  }

  @ParameterizedTest(name = "{0} is reported at {2}")
  @MethodSource("onePastEachBound")
  void onePastABoundIsReportedAtItsPath(
      String what, UnaryOperator<Case> edit, String path, String message) {
    assertThat(edit.apply(atEveryBound()).violations())
        .containsExactly(Violation.of(path, message));
  }

  /** Each count a case holds, and how to set it on a valid case. */
  enum Count {
    TOTAL_SESSIONS("$.disputedItems[0].request.totalSessions") {
      @Override
      Case set(Case c, int n) {
        return withRequest(c, 0, request(c, 0).totalSessions(n));
      }
    },
    SESSIONS_AUTHORIZED("$.treatmentHistory[0].sessionsAuthorized") {
      @Override
      Case set(Case c, int n) {
        return withCourse(c, 0, course(c, 0).sessionsAuthorized(n).sessionsCompleted(0));
      }
    },
    SESSIONS_COMPLETED("$.treatmentHistory[0].sessionsCompleted") {
      @Override
      Case set(Case c, int n) {
        return withCourse(
            c, 0, course(c, 0).sessionsAuthorized(Optional.empty()).sessionsCompleted(n));
      }
    },
    APPROVED_SESSIONS("$.disputedItems[0].urDecision.approvedSessions") {
      @Override
      Case set(Case c, int n) {
        // approved must stay fewer than requested: request the most there can be
        return withItem(
            c,
            0,
            DisputedItem.builder()
                .from(c.disputedItems().get(0))
                .request(request(c, 0).totalSessions(MAX).build())
                .urDecision(
                    UrDecision.builder().outcome(UrOutcome.MODIFIED).approvedSessions(n).build())
                .build());
      }
    },
    WEEKS("$.disputedItems[0].request.weeks") {
      @Override
      Case set(Case c, int n) {
        return withRequest(c, 0, request(c, 0).weeks(n));
      }
    };

    final String path;

    Count(String path) {
      this.path = path;
    }

    abstract Case set(Case c, int n);

    int max() {
      return this == WEEKS ? TreatmentRequest.MAX_WEEKS : MAX;
    }

    /** The most a valid case holds: UR approves fewer sessions than requested. */
    int maxValid() {
      return this == APPROVED_SESSIONS ? MAX - 1 : max();
    }

    int min() {
      return this == WEEKS || this == TOTAL_SESSIONS ? 1 : 0;
    }
  }

  @Property(tries = 300)
  void everyCountWithinItsBoundsIsAccepted(
      @ForAll Count count, @ForAll @IntRange(min = 0, max = 999) int n) {
    int within = count.min() + n % (count.maxValid() - count.min() + 1);

    assertThat(count.set(atEveryBound(), within).violations()).isEmpty();
  }

  @Property(tries = 300)
  void everyCountAboveItsBoundIsReportedAtItsPath(
      @ForAll Count count, @ForAll @IntRange(min = 1, max = Integer.MAX_VALUE) int excess) {
    int n = (int) Math.min(Integer.MAX_VALUE, (long) count.max() + excess);

    assertThat(count.set(atEveryBound(), n).violations())
        .contains(Violation.of(count.path, "must be at most " + count.max()));
  }

  @Property(tries = 300)
  void everyDateWithinTheRangeIsAccepted(@ForAll("datesWithin") LocalDate date) {
    assertThat(everyDate(atEveryBound(), date).violations()).isEmpty();
  }

  @Property(tries = 300)
  void everyDateOutsideTheRangeIsReportedAtEachDatesPath(@ForAll("datesOutside") LocalDate date) {
    assertThat(everyDate(atEveryBound(), date).violations())
        .extracting(Violation::path)
        .containsExactlyInAnyOrder(
            "$.patient.dateOfBirth",
            "$.dateOfInjury",
            "$.requestDate",
            "$.urDecisionDate",
            "$.imrApplicationDate",
            "$.surgeries[0].date",
            "$.treatmentHistory[0].startDate",
            "$.treatmentHistory[0].endDate",
            "$.functionalImprovement[0].documentedOn");
    assertThat(everyDate(atEveryBound(), date).violations())
        .extracting(Violation::message)
        .containsOnly(DATE_RANGE);
  }

  @Provide
  Arbitrary<LocalDate> datesWithin() {
    return Arbitraries.longs()
        .between(FIRST.toEpochDay(), LAST.toEpochDay())
        .map(LocalDate::ofEpochDay)
        .edgeCases(e -> e.add(FIRST, LAST));
  }

  @Provide
  Arbitrary<LocalDate> datesOutside() {
    Arbitrary<LocalDate> before =
        Arbitraries.longs()
            .between(LocalDate.MIN.toEpochDay(), FIRST.toEpochDay() - 1)
            .map(LocalDate::ofEpochDay);
    Arbitrary<LocalDate> after =
        Arbitraries.longs()
            .between(LAST.toEpochDay() + 1, LocalDate.MAX.toEpochDay())
            .map(LocalDate::ofEpochDay);
    return Arbitraries.oneOf(before, after)
        .edgeCases(e -> e.add(FIRST.minusDays(1), LAST.plusDays(1), LocalDate.MIN, LocalDate.MAX));
  }

  @Property(tries = 500)
  void theDefaultTotalNeverWraps(@ForAll int perWeek, @ForAll int weeks) {
    TreatmentRequest request =
        TreatmentRequest.builder()
            .frequency(FrequencyRange.of(Math.min(perWeek, 1), perWeek))
            .weeks(weeks)
            .build();
    long exact = (long) perWeek * weeks;

    assertThat((long) request.totalSessions())
        .isEqualTo(Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, exact)));
  }

  @Property(tries = 500)
  void overTheWholeAcceptedRangeTheDefaultTotalIsExactAndWithinTheBound(
      @ForAll @IntRange(min = FrequencyRange.MIN_PER_WEEK, max = FrequencyRange.MAX_PER_WEEK)
          int perWeek,
      @ForAll @IntRange(min = 1, max = TreatmentRequest.MAX_WEEKS) int weeks) {
    TreatmentRequest request =
        TreatmentRequest.builder()
            .modality(Modality.ACUPUNCTURE)
            .frequency(FrequencyRange.of(1, perWeek))
            .weeks(weeks)
            .build();

    assertThat(request.totalSessions()).isEqualTo(perWeek * weeks).isLessThanOrEqualTo(MAX);
    assertThat(
            withRequest(atEveryBound(), 0, TreatmentRequest.builder().from(request)).violations())
        .isEmpty();
  }

  @Property(tries = 500)
  void requestsWithNoCountInTheirBoundsAreRejectedWhateverTheirSize(
      @ForAll @IntRange(min = FrequencyRange.MIN_PER_WEEK, max = FrequencyRange.MAX_PER_WEEK)
          int perWeek,
      @ForAll @IntRange(min = TreatmentRequest.MAX_WEEKS + 1, max = Integer.MAX_VALUE) int weeks) {
    Case c =
        withRequest(
            atEveryBound(),
            0,
            TreatmentRequest.builder()
                .modality(Modality.ACUPUNCTURE)
                .frequency(FrequencyRange.exactly(perWeek))
                .weeks(weeks));

    assertThat(c.violations())
        .contains(Violation.of("$.disputedItems[0].request.weeks", "must be at most 104"));
    if ((long) perWeek * weeks > MAX) {
      assertThat(c.violations())
          .contains(
              Violation.of("$.disputedItems[0].request.totalSessions", "must be at most 999"));
    }
  }

  @Property(tries = 300)
  void shorthandReadsWeeksWithinTheBoundAndRejectsMore(
      @ForAll @IntRange(min = 1, max = 999) int weeks) {
    String shorthand = "1x" + weeks;
    if (weeks <= TreatmentRequest.MAX_WEEKS) {
      assertThat(TreatmentRequest.parse(shorthand).weeks()).contains(weeks);
    } else {
      assertThatThrownBy(() -> TreatmentRequest.parse(shorthand))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("request weeks must be 1-104");
    }
  }

  @Property(tries = 300)
  void shorthandReadsTotalsUpToTheBoundAndNothingLonger(
      @ForAll @IntRange(min = 1, max = 1_000_000) int total) {
    String shorthand = total + " sessions";
    if (total <= MAX) {
      assertThat(TreatmentRequest.parse(shorthand).totalSessions()).isEqualTo(total);
    } else {
      assertThatThrownBy(() -> TreatmentRequest.parse(shorthand))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  private static Case everyDate(Case c, LocalDate d) {
    return Case.builder()
        .from(c)
        .patient(Patient.builder().from(c.patient()).dateOfBirth(d).build())
        .dateOfInjury(d)
        .requestDate(d)
        .urDecisionDate(d)
        .imrApplicationDate(d)
        .surgeries(List.of(Surgery.builder().from(c.surgeries().get(0)).date(d).build()))
        .treatmentHistory(
            List.of(
                PriorTreatment.builder()
                    .from(c.treatmentHistory().get(0))
                    .startDate(d)
                    .endDate(d)
                    .build()))
        .functionalImprovement(
            List.of(
                FunctionalImprovementEvidence.builder()
                    .from(c.functionalImprovement().get(0))
                    .documentedOn(d)
                    .build()))
        .build();
  }

  private static Case edit(Case c, Consumer<Case.Builder> change) {
    Case.Builder b = Case.builder();
    b.from(c);
    change.accept(b);
    return b.build();
  }

  private static Arguments past(
      String what, UnaryOperator<Case> edit, String path, String message) {
    return Arguments.of(what, edit, path, message);
  }

  private static PriorTreatment.Builder course(Case c, int i) {
    return PriorTreatment.builder().from(c.treatmentHistory().get(i));
  }

  private static Case withCourse(Case c, int i, PriorTreatment.Builder course) {
    List<PriorTreatment> history = new ArrayList<>(c.treatmentHistory());
    history.set(i, course.build());
    return Case.builder().from(c).treatmentHistory(history).build();
  }

  private static TreatmentRequest.Builder request(Case c, int i) {
    TreatmentRequest.Builder b = TreatmentRequest.builder();
    b.from(c.disputedItems().get(i).request());
    return b;
  }

  private static Case withRequest(Case c, int i, TreatmentRequest.Builder request) {
    return withItem(
        c,
        i,
        DisputedItem.builder()
            .from(c.disputedItems().get(i))
            .request(request.build())
            .urDecision(UrDecision.denied())
            .build());
  }

  private static Case withItem(Case c, int i, DisputedItem item) {
    List<DisputedItem> items = new ArrayList<>(c.disputedItems());
    items.set(i, item);
    return Case.builder().from(c).disputedItems(items).build();
  }
}
