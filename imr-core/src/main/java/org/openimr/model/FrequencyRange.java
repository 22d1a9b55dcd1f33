package org.openimr.model;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * Sessions per week, as a range: {@code 3x4} is 3 to 3, {@code 1-2x/week} is 1 to 2. Values outside
 * {@value #MIN_PER_WEEK}-{@value #MAX_PER_WEEK} are reported by {@link Case#violations()}.
 */
@API(status = STABLE, since = "0.1")
@ValueStyle
@Value.Immutable
@JsonSerialize(as = ImmutableFrequencyRange.class)
@JsonDeserialize(as = ImmutableFrequencyRange.class)
public abstract class FrequencyRange {
  /** The fewest sessions a week a request can ask for. */
  public static final int MIN_PER_WEEK = 1;

  /** The most sessions a week a request can ask for: one a day. */
  public static final int MAX_PER_WEEK = 7;

  FrequencyRange() {}

  /** The fewest sessions per week. */
  @Value.Parameter
  public abstract int min();

  /** The most sessions per week; at least {@link #min()}. */
  @Value.Parameter
  public abstract int max();

  /**
   * Between {@code min} and {@code max} sessions per week, e.g. {@code of(1, 3)} for "1-3 times a
   * week".
   */
  public static FrequencyRange of(int min, int max) {
    return ImmutableFrequencyRange.of(min, max);
  }

  /** Exactly {@code perWeek} sessions per week. */
  public static FrequencyRange exactly(int perWeek) {
    return of(perWeek, perWeek);
  }

  /** {@code "3"} or {@code "1-2"}. */
  public String format() {
    return min() == max() ? Integer.toString(min()) : min() + "-" + max();
  }
}
