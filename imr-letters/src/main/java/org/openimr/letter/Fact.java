package org.openimr.letter;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One thing a letter states, read into a value, with the span of text it was read from, so a user
 * can check every fact against the letter.
 *
 * <p>{@link #toString()} leaves out text values and span text: letter text may carry patient data.
 *
 * @param <T> the value's type
 */
@API(status = EXPERIMENTAL, since = "0.1")
@ValueStyle
@Value.Immutable
public abstract class Fact<T> {
  Fact() {}

  @Value.Parameter
  public abstract T value();

  @Value.Parameter
  public abstract TextSpan span();

  static <T> Fact<T> of(T value, TextSpan span) {
    return ImmutableFact.of(value, span);
  }

  @Override
  public final String toString() {
    Object value = value();
    return "Fact[value="
        + (value instanceof CharSequence ? "<redacted>" : value)
        + ", span="
        + span()
        + "]";
  }
}
