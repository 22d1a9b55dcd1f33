package org.openimr.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TreatmentRequestTest {

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
        "3x4 of something odd | unrecognized text",
        "99999x4              | no quantity",
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

  @Provide
  Arbitrary<TreatmentRequest> requests() {
    Arbitrary<Optional<Modality>> modality =
        Arbitraries.of(Modality.class).filter(m -> m != Modality.OTHER).optional();
    Arbitrary<Optional<BodyRegion>> region =
        Arbitraries.of(BodyRegion.class).filter(r -> r != BodyRegion.OTHER).optional();
    Arbitrary<Optional<Laterality>> laterality = Arbitraries.of(Laterality.class).optional();
    Arbitrary<Integer> min = Arbitraries.integers().between(1, 7);
    Arbitrary<Integer> weeks = Arbitraries.integers().between(1, 52);
    Arbitrary<TreatmentRequest> quantity =
        Arbitraries.oneOf(
            Combinators.combine(min, Arbitraries.integers().between(0, 6), weeks)
                .as(
                    (lo, extra, w) ->
                        TreatmentRequest.builder()
                            .frequency(FrequencyRange.of(lo, Math.min(7, lo + extra)))
                            .weeks(w)
                            .build()),
            Combinators.combine(min, weeks, Arbitraries.integers().between(1, 30))
                .as(
                    (f, w, total) ->
                        TreatmentRequest.builder()
                            .frequency(FrequencyRange.exactly(f))
                            .weeks(w)
                            .totalSessions(Math.min(total, f * w))
                            .build()),
            Arbitraries.integers()
                .between(1, 99)
                .map(total -> TreatmentRequest.builder().totalSessions(total).build()),
            Combinators.combine(Arbitraries.integers().between(1, 99), weeks)
                .as(
                    (total, w) ->
                        TreatmentRequest.builder().totalSessions(total).weeks(w).build()));
    return Combinators.combine(quantity, modality, region, laterality)
        .as(
            (q, m, r, l) -> {
              TreatmentRequest.Builder b = TreatmentRequest.builder();
              q.frequency().ifPresent(b::frequency);
              q.weeks().ifPresent(b::weeks);
              b.totalSessions(q.totalSessions());
              m.ifPresent(b::modality);
              r.ifPresent(
                  reg -> {
                    b.region(reg);
                    l.ifPresent(b::laterality);
                  });
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
