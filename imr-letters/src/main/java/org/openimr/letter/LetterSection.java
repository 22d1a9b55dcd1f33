package org.openimr.letter;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.immutables.value.Value;

/** One headed section of a letter: its heading as written and the span from heading to end. */
@API(status = EXPERIMENTAL, since = "0.1")
@ValueStyle
@Value.Immutable
public abstract class LetterSection {
  LetterSection() {}

  /** The heading, white space collapsed, e.g. {@code "CLINICAL CASE SUMMARY"}. */
  public abstract String heading();

  /** The section's body, its lines joined with single spaces. Redacted from toString. */
  @Value.Redacted
  public abstract String text();

  /** From the heading's first character to the body's last. */
  public abstract TextSpan span();
}
