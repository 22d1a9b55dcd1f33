package org.openimr.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The case reader's date parsing accepts and refuses exactly what {@link LocalDate#parse} does. */
class IsoDateTest {

  @Property(tries = 2000)
  void everyDateReadsBackAsItself(@ForAll("dates") LocalDate date) {
    assertThat(CaseReader.isoDate(date.toString())).isEqualTo(date);
  }

  @Property(tries = 5000)
  void dateLikeTextIsReadExactlyAsLocalDateParseReadsIt(@ForAll("dateLikeText") String text) {
    LocalDate expected;
    try {
      expected = LocalDate.parse(text);
    } catch (DateTimeException e) {
      assertThatThrownBy(() -> CaseReader.isoDate(text)).isInstanceOf(DateTimeException.class);
      return;
    }
    assertThat(CaseReader.isoDate(text)).isEqualTo(expected);
  }

  @Property(tries = 500)
  void yearsBeyondFourDigitsStillFollowLocalDateParse(
      @ForAll @IntRange(min = 10_000, max = 999_999) int year) {
    String text = "+" + year + "-06-15";
    assertThat(CaseReader.isoDate(text)).isEqualTo(LocalDate.parse(text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"2013-02-29", "2013-13-01", "2013-00-10", "2013-04-31", "2013-4-1", "13-04-01x"})
  void impossibleOrMisshapenDatesAreRefused(String text) {
    assertThatThrownBy(() -> CaseReader.isoDate(text)).isInstanceOf(DateTimeException.class);
  }

  @Provide
  Arbitrary<LocalDate> dates() {
    return Arbitraries.longs()
        .between(LocalDate.of(1, 1, 1).toEpochDay(), LocalDate.of(9999, 12, 31).toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  /** Ten characters shaped like a date, with digits, dashes, signs and spaces anywhere. */
  @Provide
  Arbitrary<String> dateLikeText() {
    Arbitrary<Character> chars =
        Arbitraries.frequencyOf(
            Tuple.of(20, Arbitraries.chars().numeric()),
            Tuple.of(2, Arbitraries.of('-', '+', ' ', '/', 'x', '٣')));
    // Built field by field, including impossible dates (month 13, day 31 in April).
    Arbitrary<String> shaped =
        Combinators.combine(
                Arbitraries.integers().between(0, 9999),
                Arbitraries.integers().between(0, 13),
                Arbitraries.integers().between(0, 32))
            .as((y, m, d) -> String.format(Locale.ROOT, "%04d-%02d-%02d", y, m, d));
    return Arbitraries.oneOf(chars.list().ofSize(10).map(IsoDateTest::join), shaped);
  }

  private static String join(List<Character> chars) {
    StringBuilder s = new StringBuilder();
    chars.forEach(s::append);
    return s.toString();
  }
}
