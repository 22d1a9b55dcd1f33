package org.openimr.letter;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.openimr.model.FunctionalElement;
import org.openimr.model.Modality;

/**
 * A statement about the patient's improvement: {@code "she experienced a 55% improvement"}
 * (subjective, global) or {@code "objective improvement in activities of daily living"}; and
 * statements that improvement is missing ({@code "no documented findings of objective
 * improvement"}), marked {@link #denied()}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
@ValueStyle
@Value.Immutable
public abstract class ImprovementStatement {
  ImprovementStatement() {}

  /** What the improvement concerns; {@code GLOBAL_IMPROVEMENT_REPORT} when nothing specific. */
  public abstract FunctionalElement element();

  /** True when the statement says the improvement was objective or measured. */
  public abstract boolean objective();

  /** True when the statement says there is no such improvement. */
  public abstract boolean denied();

  /** The percentage stated ({@code "55%"}), if any. */
  public abstract Optional<Integer> percent();

  /** The modality the improvement followed ({@code "after acupuncture"}), if stated. */
  public abstract Optional<Modality> attributedTo();

  /** The date stated with it, if any. */
  public abstract Optional<LocalDate> date();

  /** The clause it was read from, white space collapsed. */
  @Value.Redacted
  public abstract String words();
}
