package org.openimr.model;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A requested treatment, structured: modality, region, laterality, sessions a week, weeks and the
 * total. {@link #parse(String)} reads the shorthand of requests ({@code "3x4"}, {@code "2x6
 * lumbar"}, {@code "x6"}, {@code "6 sessions"}, {@code "1-2x/week x 4 weeks"}, {@code "12 visits"})
 * and {@link #format()} writes it back so that {@code parse(r.format())} equals {@code r}.
 */
@API(status = STABLE, since = "0.1")
@ValueStyle
@Value.Immutable
@JsonSerialize(as = ImmutableTreatmentRequest.class)
@JsonDeserialize(as = ImmutableTreatmentRequest.class)
public abstract class TreatmentRequest {
  TreatmentRequest() {}

  public abstract Optional<Modality> modality();

  public abstract Optional<BodyRegion> region();

  public abstract Optional<Laterality> laterality();

  /** Sessions per week, where the request states them. */
  public abstract Optional<FrequencyRange> frequency();

  public abstract Optional<Integer> weeks();

  /**
   * The most sessions the request asks for. Defaults to the highest frequency times the weeks:
   * {@code 3x4} is 12 and {@code 1-2x/week x 4 weeks} is up to 8. A request with neither a total
   * nor frequency and weeks has 0, which {@link Case#violations()} reports.
   */
  @Value.Default
  public int totalSessions() {
    return frequency().isPresent() && weeks().isPresent()
        ? frequency().get().max() * weeks().get()
        : 0;
  }

  /**
   * Reads request shorthand: an optional modality, the quantity, an optional laterality and region,
   * e.g. {@code "Acupuncture 3x4 lumbar spine"} or {@code "PT 2x3 right knee"}.
   *
   * @throws IllegalArgumentException naming what could not be read; the message does not repeat the
   *     input
   */
  public static TreatmentRequest parse(String shorthand) {
    return RequestShorthand.parse(shorthand);
  }

  /** Writes the request in canonical shorthand, e.g. {@code "Acupuncture 3x4 right knee"}. */
  public String format() {
    return RequestShorthand.format(this);
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link TreatmentRequest}.
   *
   * <p>{@code from(request)} copies the total too, as an explicit value: after changing the
   * frequency or the weeks of a copy, set {@code totalSessions} again, or the copy keeps the old
   * total ({@link Case#violations()} reports a total above frequency times weeks, not one below).
   */
  @API(status = STABLE, since = "0.1")
  public static final class Builder extends ImmutableTreatmentRequest.Builder {
    Builder() {}
  }
}
