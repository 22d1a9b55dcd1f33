package org.openimr.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TreatmentRequestTest {
  /** The model's bound on weeks, as {@code CaseValidator} states it. */
  private static final int MAX_WEEKS = 104;

  @ParameterizedTest(name = "\"{0}\" reads as {1}-{2}/week, {3} weeks, {4} sessions")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "3x4                          | 3 | 3 | 4 | 12",
        "2x6 lumbar                   | 2 | 2 | 6 | 12",
        "x6                           | - | - | - | 6",
        "6 sessions                   | - | - | - | 6",
        "1-2x/week x 4 weeks          | 1 | 2 | 4 | 8",
        "12 visits                    | - | - | - | 12",
        "3 x 4                        | 3 | 3 | 4 | 12",
        "2x/wk x 6 wks                | 2 | 2 | 6 | 12",
        "3 times per week for 4 weeks | 3 | 3 | 4 | 12",
        "3x/week (6 sessions)         | 3 | 3 | - | 6",
        "8 sessions over 4 weeks      | - | - | 4 | 8",
      })
  void shorthandReadsAsFrequencyWeeksAndTotal(
      String shorthand, Integer min, Integer max, Integer weeks, int total) {
    TreatmentRequest request = TreatmentRequest.parse(shorthand);

    assertThat(request.frequency().map(FrequencyRange::min)).isEqualTo(Optional.ofNullable(min));
    assertThat(request.frequency().map(FrequencyRange::max)).isEqualTo(Optional.ofNullable(max));
    assertThat(request.weeks()).isEqualTo(Optional.ofNullable(weeks));
    assertThat(request.totalSessions()).isEqualTo(total);
  }

  @ParameterizedTest(name = "\"{0}\" names {1} of the {2} {3}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "Acupuncture 3x4 lumbar spine  | ACUPUNCTURE               | -     | LUMBAR_SPINE",
        "PT 2x3 right knee             | PHYSICAL_THERAPY          | RIGHT | KNEE",
        "Chiropractic 6 visits low back| CHIROPRACTIC_MANIPULATION | -     | LUMBAR_SPINE",
        "3x4 acupuncture sessions      | ACUPUNCTURE               | -     | -",
        "Aquatic therapy x8 bilateral knees | AQUATIC_THERAPY      | BILATERAL | KNEE",
        "electroacupuncture 2x3 neck   | ELECTROACUPUNCTURE        | -     | CERVICAL_SPINE",
      })
  void shorthandReadsModalityLateralityAndRegion(
      String shorthand, Modality modality, Laterality laterality, BodyRegion region) {
    TreatmentRequest request = TreatmentRequest.parse(shorthand);

    assertThat(request.modality()).contains(modality);
    assertThat(request.laterality()).isEqualTo(Optional.ofNullable(laterality));
    assertThat(request.region()).isEqualTo(Optional.ofNullable(region));
  }

  @ParameterizedTest(name = "\"{0}\" is refused: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "''                   | empty",
        "acupuncture          | no quantity",
        "9x4                  | frequency must be 1-7",
        "0x4                  | frequency must be 1-7",
        "3-1x/week x 4 weeks  | low before high",
        "3x0                  | weeks must be 1-104",
        "3x105                | weeks must be 1-104",
        "0 sessions           | total sessions must be 1-999",
        "3x/week              | neither weeks nor a total",
        "3x4 of something odd | unknown word at word 3, character 8",
        "99999x4              | number above 999 at word 1, character 1",
      })
  void badShorthandIsRefusedWithAReason(String shorthand, String reason) {
    assertThatThrownBy(() -> TreatmentRequest.parse(shorthand))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(reason);
  }

  @Test
  void errorMessagesNeverRepeatTheInput() {
    assertThatThrownBy(() -> TreatmentRequest.parse("3x4 Jane Marker-Doe"))
        .hasMessageNotContaining("Marker")
        .hasMessageNotContaining("marker");
  }

  @Test
  void textLongerThanALineIsRefusedBeforeItIsRead() {
    String longText = "acupuncture 3x4" + " additional".repeat(RequestText.MAX_LENGTH / 10);

    assertThatThrownBy(() -> TreatmentRequest.parse(longText))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("request text is longer than " + RequestText.MAX_LENGTH + " characters");
  }

  @Test
  void formatWritesCanonicalShorthand() {
    assertThat(TreatmentRequest.parse("acupuncture 3 x 4 mid-back").format())
        .isEqualTo("Acupuncture 3x4 mid back");
    assertThat(TreatmentRequest.parse("pt 1-2x per week for 4 weeks right knee").format())
        .isEqualTo("Physical therapy 1-2x/week x 4 weeks right knee");
    assertThat(TreatmentRequest.parse("x6").format()).isEqualTo("6 sessions");
    assertThat(TreatmentRequest.parse("1 visit").format()).isEqualTo("1 session");
  }

  @Property
  void formatThenParseGivesTheSameRequest(@ForAll("requests") TreatmentRequest request) {
    assertThat(TreatmentRequest.parse(request.format())).isEqualTo(request);
  }

  @Property
  void parseThenFormatIsAFixedPoint(@ForAll("requests") TreatmentRequest request) {
    String once = request.format();
    assertThat(TreatmentRequest.parse(once).format()).isEqualTo(once);
  }

  @Property
  void leadingOrTrailingFillerWordsNeverChangeTheRequest(
      @ForAll("requests") TreatmentRequest request,
      @ForAll("fillers") List<String> before,
      @ForAll("fillers") List<String> after) {
    String text = String.join(" ", before) + " " + request.format() + " " + String.join(" ", after);

    assertThat(TreatmentRequest.parse(text)).isEqualTo(request);
  }

  @Property
  void anUnknownWordIsRefusedByItsPositionWithoutRepeatingIt(
      @ForAll("requests") TreatmentRequest request,
      @ForAll @StringLength(min = 5, max = 12) @Chars({'q', 'j', 'z', 'v'}) String word,
      @ForAll boolean first) {
    String formatted = request.format();
    String text = first ? word + " " + formatted : formatted + " " + word;
    int position = first ? 1 : formatted.split(" ").length + 1;

    assertThatThrownBy(() -> TreatmentRequest.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown word at word " + position + ",")
        .hasMessageNotContaining(word);
  }

  @Property
  void aNumberAboveTheReadersLimitIsRefusedAsItIsRead(
      @ForAll @IntRange(min = TreatmentRequest.MAX_SESSIONS + 1) int number,
      @ForAll("units") String unit) {
    assertThatThrownBy(() -> TreatmentRequest.parse("acupuncture " + number + " " + unit))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("number above " + TreatmentRequest.MAX_SESSIONS + " at word 2");
  }

  @Provide
  Arbitrary<String> units() {
    return Arbitraries.of("sessions", "x4", "times a week for 4 weeks", "weeks");
  }

  /** Words that introduce or qualify a request without changing what it asks for. */
  @Provide
  Arbitrary<List<String>> fillers() {
    return Arbitraries.of(
            "additional",
            "please authorize",
            "continued",
            "request for",
            "requested",
            "continuation of",
            "an additional",
            "the",
            ",",
            ":")
        .list()
        .ofMaxSize(3);
  }

  /**
   * Every request within the model's bounds: 1-7 sessions a week, 1-104 weeks, totals up to the
   * reader's limit.
   */
  @Provide
  Arbitrary<TreatmentRequest> requests() {
    Arbitrary<Optional<Modality>> modality =
        Arbitraries.of(Modality.class).filter(m -> m != Modality.OTHER).optional();
    Arbitrary<Optional<BodyRegion>> region =
        Arbitraries.of(BodyRegion.class).filter(r -> r != BodyRegion.OTHER).optional();
    Arbitrary<Optional<Laterality>> laterality = Arbitraries.of(Laterality.class).optional();
    Arbitrary<Integer> perWeek =
        Arbitraries.integers().between(FrequencyRange.MIN_PER_WEEK, FrequencyRange.MAX_PER_WEEK);
    Arbitrary<Integer> weeks = Arbitraries.integers().between(1, MAX_WEEKS);
    Arbitrary<Integer> total = Arbitraries.integers().between(1, TreatmentRequest.MAX_SESSIONS);
    Arbitrary<FrequencyRange> range =
        Combinators.combine(perWeek, perWeek)
            .as((a, b) -> FrequencyRange.of(Math.min(a, b), Math.max(a, b)));
    Arbitrary<TreatmentRequest> quantity =
        Arbitraries.oneOf(
            Combinators.combine(range, weeks)
                .as((f, w) -> TreatmentRequest.builder().frequency(f).weeks(w).build()),
            Combinators.combine(range, weeks, total)
                .as(
                    (f, w, t) ->
                        TreatmentRequest.builder()
                            .frequency(f)
                            .weeks(w)
                            .totalSessions(Math.min(t, f.max() * w))
                            .build()),
            Combinators.combine(range, total)
                .as((f, t) -> TreatmentRequest.builder().frequency(f).totalSessions(t).build()),
            total.map(t -> TreatmentRequest.builder().totalSessions(t).build()),
            Combinators.combine(total, weeks)
                .as((t, w) -> TreatmentRequest.builder().totalSessions(t).weeks(w).build()));
    return Combinators.combine(quantity, modality, region, laterality)
        .as(
            (q, m, r, l) -> {
              TreatmentRequest.Builder b = TreatmentRequest.builder().from(q);
              m.ifPresent(b::modality);
              r.ifPresent(b::region);
              l.ifPresent(b::laterality);
              return b.build();
            });
  }

  @Test
  void aCopyKeepsItsTotalUntilTheTotalIsSetAgainAsTheBuilderDocuments() {
    TreatmentRequest threeByFour = TreatmentRequest.parse("Acupuncture 3x4");

    TreatmentRequest stale = TreatmentRequest.builder().from(threeByFour).weeks(2).build();
    TreatmentRequest reset =
        TreatmentRequest.builder().from(threeByFour).weeks(2).totalSessions(6).build();

    assertThat(threeByFour.totalSessions()).isEqualTo(12);
    assertThat(stale.totalSessions()).isEqualTo(12);
    assertThat(reset.totalSessions()).isEqualTo(6);
  }
}
