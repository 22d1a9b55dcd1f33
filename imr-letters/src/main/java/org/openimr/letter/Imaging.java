package org.openimr.letter;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.openimr.model.BodyRegion;

/** An imaging or electrodiagnostic study the summary reports as done, e.g. an X-ray. */
@API(status = EXPERIMENTAL, since = "0.1")
@ValueStyle
@Value.Immutable
public abstract class Imaging {
  Imaging() {}

  /** The study, e.g. {@code "X-ray"}, {@code "MRI"}, {@code "CT"}, {@code "EMG/NCV"}. */
  public abstract String study();

  public abstract Optional<LocalDate> date();

  public abstract Optional<BodyRegion> region();

  /** The result in the letter's words ({@code "negative"}), if stated. */
  @Value.Redacted
  public abstract Optional<String> result();
}
