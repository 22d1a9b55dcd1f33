package org.openimr.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * Requests as they are written in requests for authorization and letters, read by {@link
 * TreatmentRequest#parse}: the tables are in {@code request-phrasings.psv} (what each means) and
 * {@code request-phrasings-refused.psv} (what must be refused, and why).
 */
class RequestPhrasingsTest {
  private static final Set<String> QUANTITY_WORDS = Set.of("times", "weeks", "sessions");

  @ParameterizedTest(name = "\"{0}\"")
  @CsvFileSource(
      resources = "request-phrasings.psv",
      delimiter = '|',
      nullValues = "-",
      maxCharsPerColumn = 200)
  void aWrittenRequestReadsAsItsModalityRegionFrequencyWeeksAndTotal(
      String text,
      @Nullable Modality modality,
      @Nullable Laterality side,
      @Nullable BodyRegion region,
      @Nullable Integer low,
      @Nullable Integer high,
      @Nullable Integer weeks,
      int total) {
    TreatmentRequest request = TreatmentRequest.parse(text);

    assertThat(request.modality()).isEqualTo(Optional.ofNullable(modality));
    assertThat(request.laterality()).isEqualTo(Optional.ofNullable(side));
    assertThat(request.region()).isEqualTo(Optional.ofNullable(region));
    assertThat(request.frequency().map(FrequencyRange::min)).isEqualTo(Optional.ofNullable(low));
    assertThat(request.frequency().map(FrequencyRange::max)).isEqualTo(Optional.ofNullable(high));
    assertThat(request.weeks()).isEqualTo(Optional.ofNullable(weeks));
    assertThat(request.totalSessions()).isEqualTo(total);
  }

  @ParameterizedTest(name = "\"{0}\" is refused: {1}")
  @CsvFileSource(resources = "request-phrasings-refused.psv", delimiter = '|')
  void aRequestThatCannotBeReadIsRefusedWithWhereAndWhyButNotTheText(String text, String reason) {
    assertThatThrownBy(() -> TreatmentRequest.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(reason)
        .satisfies(
            e -> {
              // the words of quantities are the message's own words too
              for (String word : text.split("[^A-Za-z]+")) {
                if (word.length() > 4 && !QUANTITY_WORDS.contains(word)) {
                  assertThat(e.getMessage()).doesNotContainIgnoringCase(word);
                }
              }
            });
  }
}
