package org.openimr.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import net.jqwik.api.arbitraries.ArbitraryDecorator;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.openimr.model.BodyRegion;
import org.openimr.model.Case;
import org.openimr.model.ClinicalFinding;
import org.openimr.model.CodeSystem;
import org.openimr.model.Diagnosis;
import org.openimr.model.DisputedItem;
import org.openimr.model.FrequencyRange;
import org.openimr.model.FunctionalElement;
import org.openimr.model.FunctionalImprovementEvidence;
import org.openimr.model.Laterality;
import org.openimr.model.Modality;
import org.openimr.model.PainMedicationStatus;
import org.openimr.model.Patient;
import org.openimr.model.PriorTreatment;
import org.openimr.model.Surgery;
import org.openimr.model.TreatmentRequest;
import org.openimr.model.UrDecision;
import org.openimr.model.UrOutcome;

/**
 * Valid cases, with the knobs a rule author needs to reach every branch of a guideline: the
 * modality and region asked for, prior treatment or none, how much functional improvement is
 * documented, a surgery whose postsurgical period does or does not cover the request, session
 * counts around a guideline's boundaries, and request dates within an edition.
 *
 * <pre>{@code
 * Arbitrary<Case> cases =
 *     ImrArbitraries.cases()
 *         .modality(Modality.ACUPUNCTURE)
 *         .region(BodyRegion.LUMBAR_SPINE)
 *         .withPriorTreatment()
 *         .improvement(DocumentedImprovement.SUBJECTIVE_ONLY)
 *         .sessionsAround(6);
 * }</pre>
 *
 * <p>Every knob returns a new arbitrary and leaves this one unchanged; what no knob fixes stays
 * random. Every generated case has no {@linkplain Case#violations() violations}, and neither has
 * any case jqwik shrinks it to.
 *
 * <p>Design notes: a case is combined in one step from independent parts (the request date, day
 * offsets, and templates that place history, surgeries and evidence on the case's timeline) rather
 * than through nested flat-maps, so jqwik shrinks each part on its own and every shrunk case is
 * built by the same code as the original. Dates run backwards from the request date: first the
 * request, then a surgery before it where a postsurgical knob asks for one, then the injury before
 * both. That makes "within the postsurgical period" exact without filtering.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class CaseArbitrary extends ArbitraryDecorator<Case> {
  /** The request dates generated unless {@link #requestedBetween} narrows them. */
  static final LocalDate EARLIEST_REQUEST = LocalDate.of(2008, 1, 1);

  static final LocalDate LATEST_REQUEST = LocalDate.of(2030, 12, 31);

  /** The most days before (or after) the request a surgery of {@link #surgeries} may be dated. */
  public static final int MAX_SURGERY_DAYS = 3660;

  /** The most diagnoses a case of {@link #diagnoses} lists. */
  private static final int MOST_DIAGNOSES = 2;

  /** The most days the injury precedes the request (or the surgery). */
  private static final int INJURY_GAP_DAYS = 400;

  /** The most days a surgery after its period precedes the request. */
  private static final int AFTER_PERIOD_DAYS = 400;

  private final Knobs knobs;

  CaseArbitrary() {
    this(new Knobs());
  }

  private CaseArbitrary(Knobs knobs) {
    this.knobs = knobs;
  }

  /** Every disputed item asks for this modality. */
  public CaseArbitrary modality(Modality modality) {
    return with(k -> k.modality = modality);
  }

  /** Every disputed item asks for treatment of this region, which is among the injured regions. */
  public CaseArbitrary region(BodyRegion region) {
    return with(k -> k.region = region);
  }

  /**
   * The history holds one or two courses of the requested modality (and region, where the request
   * names one), with the sessions completed documented, between the injury and the request; other
   * courses may come with them. With several items of different modalities, the first item's
   * counts.
   */
  public CaseArbitrary withPriorTreatment() {
    return with(k -> k.history = HistoryKnob.SAME_MODALITY);
  }

  /** The history is empty: a first request. */
  public CaseArbitrary withoutPriorTreatment() {
    return with(k -> k.history = HistoryKnob.NONE);
  }

  /**
   * The functional-improvement evidence documents this much improvement; see {@link
   * DocumentedImprovement} for what each level holds.
   */
  public CaseArbitrary improvement(DocumentedImprovement improvement) {
    return with(k -> k.improvement = improvement);
  }

  /** The case lists no surgery. */
  public CaseArbitrary withoutSurgery() {
    return with(k -> k.surgery = SurgeryKnob.NONE);
  }

  /**
   * The case lists one surgery (of the requested region, where {@link #region} fixes one) whose
   * postsurgical treatment period covers the request date: the request falls on or after the
   * surgery date and before the surgery date plus {@code period}. Generation leans towards the
   * boundaries: the surgery day itself and the period's last day.
   *
   * <p>The day that is exactly the surgery date plus {@code period} is never generated, here or by
   * {@link #afterPostsurgicalPeriod}: guidelines differ on whether it still belongs to the period.
   *
   * @throws IllegalArgumentException if the period is not positive
   */
  public CaseArbitrary withinPostsurgicalPeriod(Period period) {
    requirePositive(period);
    return with(
        k -> {
          k.surgery = SurgeryKnob.WITHIN_PERIOD;
          k.period = period;
        });
  }

  /**
   * The case lists one surgery (of the requested region, where {@link #region} fixes one) whose
   * postsurgical treatment period ended before the request date, up to 400 days before it;
   * generation leans towards the first day after the period.
   *
   * @throws IllegalArgumentException if the period is not positive
   */
  public CaseArbitrary afterPostsurgicalPeriod(Period period) {
    requirePositive(period);
    return with(
        k -> {
          k.surgery = SurgeryKnob.AFTER_PERIOD;
          k.period = period;
        });
  }

  /**
   * Every disputed item asks for a number of sessions drawn from {@code sessions}, written either
   * as a total ("6 sessions") or as frequency and weeks with the total ("2x3", "3x3 (7 sessions)").
   * Values below 1 and above {@link TreatmentRequest#MAX_SESSIONS} are skipped; a count that would
   * take more than {@link TreatmentRequest#MAX_WEEKS} weeks is written as a total.
   */
  public CaseArbitrary sessions(Arbitrary<Integer> sessions) {
    return with(
        k -> k.sessions = sessions.filter(n -> n >= 1 && n <= TreatmentRequest.MAX_SESSIONS));
  }

  /**
   * Every disputed item asks for a number of sessions next to a boundary: one below, the boundary
   * itself, or one above, e.g. {@code sessionsAround(6)} asks for 5, 6 or 7.
   *
   * @throws IllegalArgumentException if no boundary is given or one is below 1
   */
  public CaseArbitrary sessionsAround(int... boundaries) {
    if (boundaries.length == 0 || Arrays.stream(boundaries).anyMatch(b -> b < 1)) {
      throw new IllegalArgumentException("sessionsAround needs boundaries of at least 1");
    }
    List<Integer> counts =
        Arrays.stream(boundaries)
            .flatMap(b -> IntStream.of(b - 1, b, b + 1))
            .filter(n -> n >= 1)
            .distinct()
            .sorted()
            .boxed()
            .collect(Collectors.toList());
    return sessions(Arbitraries.of(counts));
  }

  /**
   * The case lists one or two diagnoses drawn from {@code diagnoses}, as given (code system, code,
   * text and region): e.g. the codes of a guideline's diagnosis groups. A diagnosis whose code is
   * longer than {@link Diagnosis#MAX_CODE_LENGTH} would make the case invalid and is skipped.
   */
  public CaseArbitrary diagnoses(Arbitrary<Diagnosis> diagnoses) {
    Objects.requireNonNull(diagnoses, "diagnoses");
    return with(
        k -> k.diagnoses = diagnoses.filter(d -> d.code().length() <= Diagnosis.MAX_CODE_LENGTH));
  }

  /**
   * The case lists one or two diagnoses of these codes in {@code system}. Each is for the region
   * {@link #region} fixes, or else for no region or one of the injured regions.
   *
   * @throws IllegalArgumentException if no code is given, or one is blank or longer than {@link
   *     Diagnosis#MAX_CODE_LENGTH}
   */
  public CaseArbitrary diagnoses(CodeSystem system, String... codes) {
    Objects.requireNonNull(system, "system");
    if (codes.length == 0) {
      throw new IllegalArgumentException("diagnoses needs at least one code");
    }
    for (int i = 0; i < codes.length; i++) {
      Objects.requireNonNull(codes[i], "codes");
      if (codes[i].isBlank() || codes[i].length() > Diagnosis.MAX_CODE_LENGTH) {
        throw new IllegalArgumentException(
            "diagnoses: code "
                + (i + 1)
                + " must be 1 to "
                + Diagnosis.MAX_CODE_LENGTH
                + " characters, not blank");
      }
    }
    List<String> list = List.of(codes);
    return with(
        k -> {
          k.diagnoses = Arbitraries.of(list).map(code -> Diagnosis.of(system, code));
          k.diagnosisRegions = true;
        });
  }

  /** The case lists exactly these clinical findings; none if none are given. */
  public CaseArbitrary findings(ClinicalFinding... findings) {
    Set<ClinicalFinding> fixed = Set.of(findings);
    return findings(Arbitraries.just(fixed));
  }

  /** The case lists a set of clinical findings drawn from {@code findings}. */
  public CaseArbitrary findings(Arbitrary<Set<ClinicalFinding>> findings) {
    Objects.requireNonNull(findings, "findings");
    return with(k -> k.findings = findings);
  }

  /**
   * The case's pain medication status is one of these.
   *
   * @throws IllegalArgumentException if none is given
   */
  public CaseArbitrary painMedication(PainMedicationStatus... statuses) {
    if (statuses.length == 0) {
      throw new IllegalArgumentException("painMedication needs at least one status");
    }
    List<PainMedicationStatus> list = List.of(statuses);
    return with(k -> k.painMedication = Arbitraries.of(list));
  }

  /**
   * The case lists one surgery drawn from {@code surgeries} (procedure, region, laterality and
   * diagnosis as given; its date is replaced) dated {@code minDaysBefore} to {@code maxDaysBefore}
   * days before the request date, both included: e.g. the procedures of a postsurgical table, a few
   * days to a year before the request. Negative days date the surgery after the request. The injury
   * precedes the surgery; a date that would fall outside {@link Case#EARLIEST_DATE} to {@link
   * Case#LATEST_DATE} is held at the bound. Replaces {@link #withinPostsurgicalPeriod}, {@link
   * #afterPostsurgicalPeriod} and {@link #withoutSurgery}, and they replace it.
   *
   * @throws IllegalArgumentException if {@code maxDaysBefore} is below {@code minDaysBefore}, or
   *     either is beyond {@value #MAX_SURGERY_DAYS} days from the request
   */
  public CaseArbitrary surgeries(
      Arbitrary<Surgery> surgeries, int minDaysBefore, int maxDaysBefore) {
    Objects.requireNonNull(surgeries, "surgeries");
    if (maxDaysBefore < minDaysBefore
        || Math.abs(minDaysBefore) > MAX_SURGERY_DAYS
        || Math.abs(maxDaysBefore) > MAX_SURGERY_DAYS) {
      throw new IllegalArgumentException(
          "surgeries: need minDaysBefore <= maxDaysBefore, both within "
              + MAX_SURGERY_DAYS
              + " days of the request");
    }
    Arbitrary<GivenSurgery> given =
        Combinators.combine(surgeries, Arbitraries.integers().between(minDaysBefore, maxDaysBefore))
            .as(GivenSurgery::new);
    return with(
        k -> {
          k.surgery = SurgeryKnob.GIVEN;
          k.givenSurgeries = given;
        });
  }

  /**
   * The request date falls between {@code first} and {@code last}, both included: use it to keep
   * cases within the editions an evaluator encodes. Without it, request dates run from 2008-01-01
   * to 2030-12-31, a fixed range (never the clock) that reaches into the present. The other dates
   * of the case stay within {@link Case#EARLIEST_DATE} and {@link Case#LATEST_DATE}, except a
   * surgery placed by {@link #afterPostsurgicalPeriod}, which needs room before {@code first} for
   * its period.
   *
   * @throws IllegalArgumentException if {@code last} is before {@code first}, or either is outside
   *     {@link Case#EARLIEST_DATE} to {@link Case#LATEST_DATE}
   */
  public CaseArbitrary requestedBetween(LocalDate first, LocalDate last) {
    if (last.isBefore(first)) {
      throw new IllegalArgumentException("requestedBetween: last must not be before first");
    }
    if (first.isBefore(Case.EARLIEST_DATE) || last.isAfter(Case.LATEST_DATE)) {
      throw new IllegalArgumentException(
          "requestedBetween: dates must be within "
              + Case.EARLIEST_DATE
              + " to "
              + Case.LATEST_DATE);
    }
    return with(
        k -> {
          k.earliestRequest = first;
          k.latestRequest = last;
          k.requestDatesFixed = true;
        });
  }

  /**
   * Valid cases that reach the bounds of {@link Case#violations()}: request totals up to {@link
   * TreatmentRequest#MAX_SESSIONS} (leaning to the maximum and to {@link
   * FrequencyRange#MAX_PER_WEEK} × {@link TreatmentRequest#MAX_WEEKS}), weeks up to {@link
   * TreatmentRequest#MAX_WEEKS}, sometimes {@link Case#MAX_DISPUTED_ITEMS} items or {@link
   * Case#MAX_PRIOR_COURSES} prior courses with up to {@link TreatmentRequest#MAX_SESSIONS} sessions
   * each, an injury and a date of birth on {@link Case#EARLIEST_DATE}, and (unless {@link
   * #requestedBetween} fixes them) request dates up to {@link Case#LATEST_DATE}, with surgeries,
   * courses and evidence dated on the request date. For the robustness properties of evaluators:
   * every such case is valid, so an evaluator must decide it without throwing.
   */
  public CaseArbitrary atTheBounds() {
    return with(k -> k.atTheBounds = true);
  }

  @Override
  protected Arbitrary<Case> arbitrary() {
    Knobs k = knobs;
    Arbitrary<LocalDate> requestDates = dates(k.earliestRequest, k.latestRequest);
    Arbitrary<Patient> patients = ImrArbitraries.patients();
    if (k.atTheBounds) {
      patients =
          Combinators.combine(patients, Arbitraries.of(true, false))
              .as(
                  (p, earliest) ->
                      earliest
                          ? Patient.builder().from(p).dateOfBirth(Case.EARLIEST_DATE).build()
                          : p);
      if (!k.requestDatesFixed) {
        requestDates =
            Arbitraries.oneOf(
                requestDates,
                Arbitraries.just(Case.LATEST_DATE),
                dates(Case.LATEST_DATE.minusDays(INJURY_GAP_DAYS), Case.LATEST_DATE));
      }
    }
    return Combinators.combine(
            caseNumbers(),
            patients,
            requestDates,
            items(k),
            timelines(k),
            histories(k),
            evidence(k),
            clinicalPictures(k))
        .as(
            (number, patient, request, items, timeline, history, evidence, clinical) ->
                build(k, number, patient, request, items, timeline, history, evidence, clinical));
  }

  private static Case build(
      Knobs k,
      String number,
      Patient patient,
      LocalDate request,
      List<DisputedItem> items,
      Timeline timeline,
      List<Function<Context, PriorTreatment>> history,
      List<Function<Context, FunctionalImprovementEvidence>> evidence,
      ClinicalPicture clinical) {
    Optional<GivenSurgery> given = timeline.given();
    TreatmentRequest first = items.get(0).request();
    List<Surgery> surgeries = new ArrayList<>();
    Context context;
    if (k.surgery == SurgeryKnob.GIVEN && given.isPresent()) {
      LocalDate surgeryDate = withinBounds(request.minusDays(given.get().daysBefore()));
      LocalDate before = surgeryDate.isBefore(request) ? surgeryDate : request;
      context = new Context(injury(k, before, timeline), request, first, k.atTheBounds);
      surgeries.add(Surgery.builder().from(given.get().surgery()).date(surgeryDate).build());
    } else if (k.surgery == SurgeryKnob.WITHIN_PERIOD || k.surgery == SurgeryKnob.AFTER_PERIOD) {
      LocalDate surgeryDate = surgeryDate(k, request, timeline.surgeryShift());
      context = new Context(injury(k, surgeryDate, timeline), request, first, k.atTheBounds);
      surgeries.add(
          timeline
              .surgeries()
              .get(0)
              .place(surgeryDate, Optional.ofNullable(k.region).or(first::region)));
    } else {
      context = new Context(injury(k, request, timeline), request, first, k.atTheBounds);
      for (SurgeryTemplate t : timeline.surgeries()) {
        surgeries.add(t.place(context.between(t.offset()), Optional.empty()));
      }
    }
    Set<BodyRegion> regions = new LinkedHashSet<>();
    if (k.region != null) {
      regions.add(k.region);
    }
    regions.addAll(clinical.regions());
    List<Diagnosis> diagnoses = clinical.diagnoses();
    if (k.diagnosisRegions) {
      diagnoses = placed(diagnoses, k.region, List.copyOf(regions), clinical.diagnosisRegion());
    }
    Case.Builder b =
        Case.builder()
            .caseNumber(number)
            .patient(patient)
            .dateOfInjury(context.injury())
            .requestDate(request)
            .injuredRegions(regions)
            .diagnoses(diagnoses)
            .surgeries(surgeries)
            .painMedication(clinical.painMedication())
            .findings(clinical.findings())
            .disputedItems(items);
    for (Function<Context, PriorTreatment> course : history) {
      b.addTreatmentHistory(course.apply(context));
    }
    for (Function<Context, FunctionalImprovementEvidence> statement : evidence) {
      b.addFunctionalImprovement(statement.apply(context));
    }
    timeline
        .urDecisionAfter()
        .ifPresent(d -> b.urDecisionDate(notAfterLatest(request.plusDays(d))));
    return b.build();
  }

  /** The injury date: before {@code before} by the timeline's gap, never before the earliest. */
  private static LocalDate injury(Knobs k, LocalDate before, Timeline timeline) {
    if (k.atTheBounds && timeline.fromTheEarliestDate()) {
      return Case.EARLIEST_DATE;
    }
    LocalDate injury = before.minusDays(timeline.injuryGap());
    return injury.isBefore(Case.EARLIEST_DATE) && !before.isBefore(Case.EARLIEST_DATE)
        ? Case.EARLIEST_DATE
        : injury;
  }

  /**
   * Diagnoses for the fixed region, or else (by {@code choice}) for no region or one of the injured
   * regions.
   */
  private static List<Diagnosis> placed(
      List<Diagnosis> diagnoses, @Nullable BodyRegion fixed, List<BodyRegion> injured, int choice) {
    Optional<BodyRegion> region;
    if (fixed != null) {
      region = Optional.of(fixed);
    } else if (injured.isEmpty() || choice == 0) {
      region = Optional.empty();
    } else {
      region = Optional.of(injured.get((choice - 1) % injured.size()));
    }
    return diagnoses.stream().map(d -> Diagnosis.builder().from(d).region(region).build()).toList();
  }

  private static LocalDate withinBounds(LocalDate date) {
    if (date.isBefore(Case.EARLIEST_DATE)) {
      return Case.EARLIEST_DATE;
    }
    return notAfterLatest(date);
  }

  private static LocalDate notAfterLatest(LocalDate date) {
    return date.isAfter(Case.LATEST_DATE) ? Case.LATEST_DATE : date;
  }

  private static LocalDate surgeryDate(Knobs k, LocalDate request, int shift) {
    Period period = k.period;
    LocalDate firstWithin = firstSurgeryDateWithin(request, period);
    if (k.surgery == SurgeryKnob.WITHIN_PERIOD) {
      // Shift -1 and 0 are the boundaries, drawn often: the surgery on the request date, and the
      // request on the period's last day.
      if (shift < 0) {
        return request;
      }
      long span = ChronoUnit.DAYS.between(firstWithin, request);
      return firstWithin.plusDays(shift % (span + 1));
    }
    LocalDate lastAfter = firstWithin.minusDays(1);
    while (!lastAfter.plus(period).isBefore(request)) {
      lastAfter = lastAfter.minusDays(1);
    }
    return lastAfter.minusDays(Math.max(0, shift));
  }

  /**
   * The earliest surgery date whose period still covers the request: request < surgery + period.
   */
  static LocalDate firstSurgeryDateWithin(LocalDate request, Period period) {
    // (request - period) + period <= request, so three days earlier is surely outside.
    LocalDate surgery = request.minus(period).minusDays(3);
    while (!surgery.plus(period).isAfter(request)) {
      surgery = surgery.plusDays(1);
    }
    return surgery;
  }

  private static Arbitrary<String> caseNumbers() {
    return Arbitraries.strings().numeric().ofLength(7).map(n -> "CM" + n.substring(0, 2) + "-" + n);
  }

  private static Arbitrary<List<DisputedItem>> items(Knobs k) {
    Arbitrary<UrDecision> ur =
        Combinators.combine(
                Arbitraries.of(UrOutcome.DENIED, UrOutcome.DELAYED),
                ImrArbitraries.text().optional())
            .as(
                (outcome, cited) -> {
                  UrDecision.Builder u = UrDecision.builder().outcome(outcome);
                  cited.ifPresent(u::guidelineCited);
                  return u.build();
                });
    Arbitrary<DisputedItem> item =
        Combinators.combine(requests(k), ur)
            .as(
                (request, decision) ->
                    DisputedItem.builder()
                        .id("?")
                        .requestedAs(request.format())
                        .request(request)
                        .urDecision(decision)
                        .build());
    Arbitrary<List<DisputedItem>> few = item.list().ofMinSize(1).ofMaxSize(3);
    Arbitrary<List<DisputedItem>> items =
        k.atTheBounds
            ? Arbitraries.frequencyOf(
                Tuple.of(4, few), Tuple.of(1, item.list().ofSize(Case.MAX_DISPUTED_ITEMS)))
            : few;
    return items.map(CaseArbitrary::numbered);
  }

  private static List<DisputedItem> numbered(List<DisputedItem> items) {
    List<DisputedItem> numbered = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      numbered.add(DisputedItem.builder().from(items.get(i)).id(Integer.toString(i + 1)).build());
    }
    return numbered;
  }

  private static Arbitrary<TreatmentRequest> requests(Knobs k) {
    Modality modality = k.modality;
    Arbitrary<Modality> modalities =
        modality == null ? ImrArbitraries.modalities() : Arbitraries.just(modality);
    Arbitrary<Integer> sessions = k.sessions;
    if (sessions == null && k.atTheBounds) {
      sessions =
          Arbitraries.oneOf(
              Arbitraries.just(TreatmentRequest.MAX_SESSIONS),
              Arbitraries.just(FrequencyRange.MAX_PER_WEEK * TreatmentRequest.MAX_WEEKS),
              Arbitraries.integers().between(1, TreatmentRequest.MAX_SESSIONS));
    }
    Arbitrary<TreatmentRequest> shaped =
        sessions == null
            ? ImrArbitraries.requests(modalities)
            : Combinators.combine(
                    modalities,
                    sessions,
                    Arbitraries.integers()
                        .between(
                            FrequencyRange.MIN_PER_WEEK,
                            k.atTheBounds ? FrequencyRange.MAX_PER_WEEK : 3),
                    Arbitraries.of(true, false),
                    ImrArbitraries.regions().optional(),
                    Arbitraries.of(Laterality.class).optional())
                .as(CaseArbitrary::requestFor);
    BodyRegion region = k.region;
    return region == null
        ? shaped
        : shaped.map(r -> TreatmentRequest.builder().from(r).region(region).build());
  }

  /** A request for exactly {@code total} sessions, as a total or as frequency and weeks. */
  private static TreatmentRequest requestFor(
      Modality modality,
      int total,
      int perWeek,
      boolean asFrequency,
      Optional<BodyRegion> region,
      Optional<Laterality> laterality) {
    TreatmentRequest.Builder b = TreatmentRequest.builder().modality(modality);
    region.ifPresent(
        r -> {
          b.region(r);
          laterality.ifPresent(b::laterality);
        });
    int f = Math.min(perWeek, total);
    if (asFrequency && (total + f - 1) / f > TreatmentRequest.MAX_WEEKS) {
      f = FrequencyRange.MAX_PER_WEEK; // the fewest weeks
    }
    int weeks = (total + f - 1) / f;
    if (asFrequency && weeks <= TreatmentRequest.MAX_WEEKS) {
      b.frequency(FrequencyRange.exactly(f)).weeks(weeks);
      if (f * weeks != total) {
        b.totalSessions(total);
      }
    } else {
      b.totalSessions(total);
    }
    return b.build();
  }

  private static Arbitrary<Timeline> timelines(Knobs k) {
    Arbitrary<SurgeryTemplate> template = surgeryTemplates();
    Arbitrary<List<SurgeryTemplate>> surgeries =
        switch (k.surgery) {
          case ANY -> template.list().ofMaxSize(1);
          case NONE, GIVEN -> Arbitraries.just(List.of());
          case WITHIN_PERIOD, AFTER_PERIOD -> template.map(List::of);
        };
    // Shifts -1 and 0 are the boundaries (see surgeryDate): drawn often on purpose, not left to
    // jqwik's edge cases, which a case of this many parameters mixes in too seldom to count on.
    Arbitrary<Integer> surgeryShift =
        Arbitraries.frequencyOf(
            Tuple.of(1, Arbitraries.just(-1)),
            Tuple.of(1, Arbitraries.just(0)),
            Tuple.of(4, Arbitraries.integers().between(-1, AFTER_PERIOD_DAYS)));
    return Combinators.combine(
            Arbitraries.integers().between(0, INJURY_GAP_DAYS),
            surgeryShift,
            surgeries,
            Arbitraries.integers().between(0, 30).optional(),
            Arbitraries.of(false, true),
            givenSurgeries(k))
        .as(Timeline::new);
  }

  private static Arbitrary<SurgeryTemplate> surgeryTemplates() {
    return Combinators.combine(
            ImrArbitraries.text(),
            ImrArbitraries.regions(),
            Arbitraries.of(Laterality.class).optional(),
            ImrArbitraries.diagnoses().optional(),
            Arbitraries.integers().between(0, INJURY_GAP_DAYS))
        .as(SurgeryTemplate::new);
  }

  private static Arbitrary<List<Function<Context, PriorTreatment>>> histories(Knobs k) {
    int most = k.atTheBounds ? TreatmentRequest.MAX_SESSIONS : 0;
    return switch (k.history) {
      case ANY -> courses(k, anyCourse(most), 0, 3);
      case NONE -> Arbitraries.just(List.of());
      case SAME_MODALITY ->
          Combinators.combine(
                  courseOfRequestedModality(most).list().ofMinSize(1).ofMaxSize(2),
                  courses(k, anyCourse(most), 0, 1))
              .as(
                  (same, other) ->
                      concat(same, other.subList(0, Math.min(other.size(), limit(k) - 2))));
    };
  }

  /**
   * Between {@code min} and {@code max} courses; at the bounds, sometimes as many as a case may
   * list.
   */
  private static Arbitrary<List<Function<Context, PriorTreatment>>> courses(
      Knobs k, Arbitrary<Function<Context, PriorTreatment>> course, int min, int max) {
    Arbitrary<List<Function<Context, PriorTreatment>>> few =
        course.list().ofMinSize(min).ofMaxSize(max);
    return k.atTheBounds
        ? Arbitraries.frequencyOf(
            Tuple.of(3, few), Tuple.of(1, course.list().ofSize(Case.MAX_PRIOR_COURSES)))
        : few;
  }

  private static int limit(Knobs k) {
    return k.atTheBounds ? Case.MAX_PRIOR_COURSES : 3;
  }

  /** A course of any modality; {@code most} above 30 raises the counts up to it. */
  private static Arbitrary<Function<Context, PriorTreatment>> anyCourse(int most) {
    return Combinators.combine(
            ImrArbitraries.modalities(),
            ImrArbitraries.regions().optional(),
            Arbitraries.integers().between(0, Math.max(30, most)).optional(),
            Arbitraries.integers().between(0, Math.max(30, most)),
            Arbitraries.integers().between(0, INJURY_GAP_DAYS),
            Arbitraries.integers().between(0, 60).optional(),
            ImrArbitraries.text().optional())
        .as(
            (modality, region, authorized, completed, start, length, outcome) ->
                context -> {
                  PriorTreatment.Builder b = PriorTreatment.builder().modality(modality);
                  region.ifPresent(b::region);
                  authorized.ifPresent(b::sessionsAuthorized);
                  b.sessionsCompleted(
                      authorized.map(a -> Math.min(a, completed)).orElse(completed));
                  LocalDate from = context.between(start);
                  b.startDate(from);
                  length.ifPresent(l -> b.endDate(context.notAfterRequest(from.plusDays(l))));
                  outcome.ifPresent(b::documentedOutcome);
                  return b.build();
                });
  }

  private static Arbitrary<Function<Context, PriorTreatment>> courseOfRequestedModality(int most) {
    return Combinators.combine(
            Arbitraries.integers().between(1, Math.max(24, most)),
            Arbitraries.integers().between(0, Math.max(12, most)).optional(),
            Arbitraries.integers().between(0, INJURY_GAP_DAYS),
            Arbitraries.integers().between(0, 60),
            ImrArbitraries.text().optional())
        .as(
            (completed, unused, start, length, outcome) ->
                context -> {
                  PriorTreatment.Builder b =
                      PriorTreatment.builder()
                          .modality(context.modality())
                          .sessionsCompleted(completed);
                  context.region().ifPresent(b::region);
                  unused.ifPresent(
                      u ->
                          b.sessionsAuthorized(
                              Math.min(
                                  Math.max(completed, TreatmentRequest.MAX_SESSIONS),
                                  completed + u)));
                  LocalDate from = context.between(start);
                  b.startDate(from).endDate(context.notAfterRequest(from.plusDays(length)));
                  outcome.ifPresent(b::documentedOutcome);
                  return b.build();
                });
  }

  private static Arbitrary<List<Function<Context, FunctionalImprovementEvidence>>> evidence(
      Knobs k) {
    DocumentedImprovement improvement = k.improvement;
    if (improvement == null) {
      return statement(Arbitraries.of(FunctionalElement.class), Arbitraries.of(true, false))
          .list()
          .ofMaxSize(4);
    }
    Arbitrary<FunctionalElement> adlOrWork =
        Arbitraries.of(
            FunctionalElement.ADL_IMPROVEMENT, FunctionalElement.WORK_RESTRICTION_REDUCTION);
    Arbitrary<FunctionalElement> dependency =
        Arbitraries.just(FunctionalElement.REDUCED_TREATMENT_DEPENDENCY);
    Arbitrary<Boolean> objective = Arbitraries.just(true);
    Arbitrary<Boolean> subjective = Arbitraries.just(false);
    return switch (improvement) {
      case NONE -> Arbitraries.just(List.of());
      case SUBJECTIVE_ONLY ->
          statement(Arbitraries.of(FunctionalElement.class), subjective)
              .list()
              .ofMinSize(1)
              .ofMaxSize(3);
      case PARTIAL ->
          Combinators.combine(
                  Arbitraries.of(true, false),
                  statement(adlOrWork, objective).list().ofMinSize(1).ofMaxSize(2),
                  statement(dependency, subjective).list().ofMaxSize(1),
                  statement(dependency, objective),
                  statement(adlOrWork, subjective).list().ofMaxSize(1),
                  statement(
                          Arbitraries.just(FunctionalElement.GLOBAL_IMPROVEMENT_REPORT), subjective)
                      .list()
                      .ofMaxSize(1))
              .as(
                  (objectiveActivity, activity, noDependency, dependencyOnly, noActivity, global) ->
                      objectiveActivity
                          ? concat(concat(activity, noDependency), global)
                          : concat(concat(List.of(dependencyOnly), noActivity), global));
      case COMPLETE ->
          Combinators.combine(
                  measured(adlOrWork),
                  measured(dependency),
                  statement(Arbitraries.of(FunctionalElement.class), Arbitraries.of(true, false))
                      .list()
                      .ofMaxSize(2))
              .as((activity, reduced, others) -> concat(List.of(activity, reduced), others));
    };
  }

  /** A statement of the given element, dated or not, attributed to the request or not. */
  private static Arbitrary<Function<Context, FunctionalImprovementEvidence>> statement(
      Arbitrary<FunctionalElement> elements, Arbitrary<Boolean> objective) {
    return Combinators.combine(
            elements,
            objective,
            Arbitraries.integers().between(0, INJURY_GAP_DAYS).optional(),
            ImrArbitraries.text().optional(),
            Arbitraries.of(true, false),
            ImrArbitraries.text().optional())
        .as(
            (element, isObjective, day, source, attributed, description) ->
                context -> {
                  FunctionalImprovementEvidence.Builder b =
                      FunctionalImprovementEvidence.builder()
                          .element(element)
                          .objective(isObjective);
                  day.ifPresent(d -> b.documentedOn(context.between(d)));
                  source.ifPresent(b::source);
                  if (attributed) {
                    b.attributedTo(context.modality());
                  }
                  description.ifPresent(b::description);
                  return b.build();
                });
  }

  /** An objective measurement at a dated evaluation visit, attributed to the requested modality. */
  private static Arbitrary<Function<Context, FunctionalImprovementEvidence>> measured(
      Arbitrary<FunctionalElement> elements) {
    return Combinators.combine(
            elements,
            Arbitraries.integers().between(0, INJURY_GAP_DAYS),
            ImrArbitraries.text(),
            ImrArbitraries.text().optional())
        .as(
            (element, day, source, description) ->
                context -> {
                  FunctionalImprovementEvidence.Builder b =
                      FunctionalImprovementEvidence.builder()
                          .element(element)
                          .objective(true)
                          .documentedOn(context.between(day))
                          .source(source)
                          .attributedTo(context.modality());
                  description.ifPresent(b::description);
                  return b.build();
                });
  }

  private static Arbitrary<ClinicalPicture> clinicalPictures(Knobs k) {
    Arbitrary<Diagnosis> given = k.diagnoses;
    Arbitrary<List<Diagnosis>> diagnoses =
        given == null
            ? ImrArbitraries.diagnoses().list().ofMaxSize(MOST_DIAGNOSES)
            : given.list().ofMinSize(1).ofMaxSize(MOST_DIAGNOSES);
    Arbitrary<PainMedicationStatus> painMedication = k.painMedication;
    Arbitrary<Set<ClinicalFinding>> findings = k.findings;
    return Combinators.combine(
            ImrArbitraries.regions().list().ofMaxSize(2).uniqueElements(),
            diagnoses,
            painMedication == null ? Arbitraries.of(PainMedicationStatus.class) : painMedication,
            findings == null ? Arbitraries.of(ClinicalFinding.class).set().ofMaxSize(3) : findings,
            Arbitraries.integers().between(0, 2))
        .as(ClinicalPicture::new);
  }

  private static Arbitrary<Optional<GivenSurgery>> givenSurgeries(Knobs k) {
    Arbitrary<GivenSurgery> given = k.givenSurgeries;
    return k.surgery == SurgeryKnob.GIVEN && given != null
        ? given.map(Optional::of)
        : Arbitraries.just(Optional.empty());
  }

  private static Arbitrary<LocalDate> dates(LocalDate first, LocalDate last) {
    long days = ChronoUnit.DAYS.between(first, last);
    // uniform, so that the days of a long range are as likely late as early (jqwik's default
    // leans towards the start of a range)
    return Arbitraries.longs()
        .between(0, days)
        .withDistribution(RandomDistribution.uniform())
        .map(first::plusDays);
  }

  private static <T> List<T> concat(List<? extends T> a, List<? extends T> b) {
    List<T> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private static void requirePositive(Period period) {
    if (period.isZero() || period.isNegative()) {
      throw new IllegalArgumentException("a postsurgical period must be positive");
    }
  }

  private CaseArbitrary with(Consumer<Knobs> change) {
    Knobs changed = knobs.copy();
    change.accept(changed);
    return new CaseArbitrary(changed);
  }

  private enum HistoryKnob {
    ANY,
    NONE,
    SAME_MODALITY
  }

  private enum SurgeryKnob {
    ANY,
    NONE,
    WITHIN_PERIOD,
    AFTER_PERIOD,
    GIVEN
  }

  /** The knob settings; copied on every change, never changed once an arbitrary holds them. */
  private static final class Knobs {
    @Nullable Modality modality;
    @Nullable BodyRegion region;
    HistoryKnob history = HistoryKnob.ANY;
    @Nullable DocumentedImprovement improvement;
    SurgeryKnob surgery = SurgeryKnob.ANY;
    Period period = Period.ofMonths(6);
    @Nullable Arbitrary<Integer> sessions;
    LocalDate earliestRequest = EARLIEST_REQUEST;
    LocalDate latestRequest = LATEST_REQUEST;
    boolean requestDatesFixed;
    boolean atTheBounds;
    @Nullable Arbitrary<Diagnosis> diagnoses;
    boolean diagnosisRegions;
    @Nullable Arbitrary<Set<ClinicalFinding>> findings;
    @Nullable Arbitrary<PainMedicationStatus> painMedication;
    @Nullable Arbitrary<GivenSurgery> givenSurgeries;

    Knobs copy() {
      Knobs k = new Knobs();
      k.modality = modality;
      k.region = region;
      k.history = history;
      k.improvement = improvement;
      k.surgery = surgery;
      k.period = period;
      k.sessions = sessions;
      k.earliestRequest = earliestRequest;
      k.latestRequest = latestRequest;
      k.requestDatesFixed = requestDatesFixed;
      k.atTheBounds = atTheBounds;
      k.diagnoses = diagnoses;
      k.diagnosisRegions = diagnosisRegions;
      k.findings = findings;
      k.painMedication = painMedication;
      k.givenSurgeries = givenSurgeries;
      return k;
    }
  }

  /** The dates parts of a case are placed between, and what the first item asks for. */
  private record Context(
      LocalDate injury, LocalDate request, TreatmentRequest firstRequest, boolean atTheBounds) {
    /**
     * A date from the injury to the request, both included; at the bounds, the largest offset is
     * the request date itself.
     */
    LocalDate between(int offset) {
      if (atTheBounds && offset >= INJURY_GAP_DAYS) {
        return request;
      }
      long span = ChronoUnit.DAYS.between(injury, request);
      return injury.plusDays(offset % (span + 1));
    }

    LocalDate notAfterRequest(LocalDate date) {
      return date.isAfter(request) ? request : date;
    }

    Modality modality() {
      return firstRequest.modality().orElse(Modality.OTHER);
    }

    Optional<BodyRegion> region() {
      return firstRequest.region();
    }
  }

  private record Timeline(
      int injuryGap,
      int surgeryShift,
      List<SurgeryTemplate> surgeries,
      Optional<Integer> urDecisionAfter,
      boolean fromTheEarliestDate,
      Optional<GivenSurgery> given) {}

  private record SurgeryTemplate(
      String procedure,
      BodyRegion region,
      Optional<Laterality> laterality,
      Optional<Diagnosis> diagnosis,
      int offset) {
    Surgery place(LocalDate date, Optional<BodyRegion> fixedRegion) {
      Surgery.Builder b =
          Surgery.builder().procedure(procedure).region(fixedRegion.orElse(region)).date(date);
      laterality.ifPresent(b::laterality);
      diagnosis.ifPresent(b::diagnosis);
      return b.build();
    }
  }

  private record ClinicalPicture(
      List<BodyRegion> regions,
      List<Diagnosis> diagnoses,
      PainMedicationStatus painMedication,
      Set<ClinicalFinding> findings,
      int diagnosisRegion) {}

  /** A surgery as the caller gave it, and how many days before the request it is dated. */
  private record GivenSurgery(Surgery surgery, int daysBefore) {}
}
