package org.openimr.letter;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * Where in the parsed text something was read: the offsets of its first character and of the
 * character after its last, and the text between them exactly as given, page breaks and all. {@code
 * input.substring(start(), end())} equals {@link #text()}.
 *
 * <p>{@link #toString()} shows the offsets only: letter text may carry patient data.
 */
@API(status = EXPERIMENTAL, since = "0.1")
@ValueStyle
@Value.Immutable
public abstract class TextSpan {
  TextSpan() {}

  @Value.Parameter
  public abstract int start();

  @Value.Parameter
  public abstract int end();

  @Value.Parameter
  public abstract String text();

  static TextSpan of(int start, int end, String text) {
    return ImmutableTextSpan.of(start, end, text);
  }

  @Value.Check
  final void check() {
    if (start() < 0 || end() < start() || text().length() != end() - start()) {
      throw new IllegalArgumentException("TextSpan.end must not be before start");
    }
  }

  @Override
  public final String toString() {
    return "TextSpan[" + start() + ", " + end() + ")";
  }
}
