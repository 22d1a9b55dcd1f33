package org.openimr.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A requested treatment, structured: modality, region, laterality, sessions a week, weeks and the
 * total. {@link #parse(String)} reads requests as they are written, in shorthand ({@code "3x4"},
 * {@code "2x6 lumbar"}, {@code "x6"}, {@code "1-2x/week x 4 weeks"}) and in the words of requests
 * for authorization and letters ({@code "six (6) sessions of acupuncture"}, {@code "PT 2 times a
 * week for 6 weeks to the right knee"}); {@link #format()} writes canonical shorthand back so that
 * {@code parse(r.format())} equals {@code r}.
 */
@API(status = STABLE, since = "0.1")
@ValueStyle
@Value.Immutable
@JsonSerialize(as = ImmutableTreatmentRequest.class)
@JsonDeserialize(as = ImmutableTreatmentRequest.class)
public abstract class TreatmentRequest {
  /**
   * The most sessions (or visits) any count in a case may hold: a request's total, the sessions UR
   * approved, a prior course's sessions authorized and completed. It is also the largest number
   * {@link #parse(String)} reads (a total, weeks or sessions a week; larger numbers are refused as
   * they are read), so a case read from text and a case built in code are bounded alike; {@link
   * Case#violations()} reports a count above it. Within this bound and {@link #MAX_WEEKS}, no
   * arithmetic on counts (sums over {@link Case#MAX_PRIOR_COURSES} courses, products of frequency
   * and weeks) comes near {@link Integer#MAX_VALUE}.
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static final int MAX_SESSIONS = 999;

  /**
   * The most weeks a request may run: two years. {@link #parse(String)} rejects more and {@link
   * Case#violations()} reports more; the default total is then at most {@link
   * FrequencyRange#MAX_PER_WEEK} times this, below {@link #MAX_SESSIONS}.
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static final int MAX_WEEKS = 104;

  TreatmentRequest() {}

  /** The kind of treatment requested, when the request names one. */
  public abstract Optional<Modality> modality();

  /** The region to treat, when the request names one. */
  public abstract Optional<BodyRegion> region();

  /** The side to treat, when the request names one. */
  public abstract Optional<Laterality> laterality();

  /** Sessions per week, where the request states them. */
  public abstract Optional<FrequencyRange> frequency();

  /** Over how many weeks, when the request says. */
  public abstract Optional<Integer> weeks();

  /**
   * The most sessions the request asks for. Defaults to the highest frequency times the weeks:
   * {@code 3x4} is 12 and {@code 1-2x/week x 4 weeks} is up to 8. A request with neither a total
   * nor frequency and weeks has 0, which {@link Case#violations()} reports.
   *
   * <p>The product is computed before any validation, so it never wraps: a product beyond the range
   * of {@code int} (only possible far outside {@link FrequencyRange#MAX_PER_WEEK} and {@link
   * #MAX_WEEKS}) is held at {@link Integer#MAX_VALUE} or {@link Integer#MIN_VALUE}, which {@link
   * Case#violations()} reports.
   */
  @Value.Default
  public int totalSessions() {
    return frequency().isPresent() && weeks().isPresent()
        ? saturatedProduct(frequency().get().max(), weeks().get())
        : 0;
  }

  /** {@code a × b}, held at the bounds of {@code int} instead of wrapping. */
  static int saturatedProduct(int a, int b) {
    long product = (long) a * b;
    return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, product));
  }

  /**
   * Reads a request as people write it: the quantity, and optionally the modality, side and region,
   * in any order, e.g. {@code "Acupuncture 3x4 lumbar spine"}, {@code "PT 2x3 R knee"}, {@code
   * "twelve (12) sessions of chiropractic"} or {@code "please authorize physical therapy 2 times a
   * week for 6 weeks for the L/S"}. It reads
   *
   * <ul>
   *   <li>sessions a week: {@code 3x}, {@code 1-2x/week}, {@code 3 times a week}, {@code twice
   *       weekly}, {@code 2 to 3 times per week}, {@code 2 visits per week};
   *   <li>weeks: {@code 3x4}, {@code x 4 weeks}, {@code for 6 weeks}, {@code over 4 wks};
   *   <li>a total: {@code x6}, {@code 6 sessions}, {@code 12 additional visits}, {@code 8 PT
   *       sessions}, {@code (6 sessions)};
   *   <li>numbers as figures up to {@value #MAX_SESSIONS}, as words up to ninety-nine, or both:
   *       {@code six (6)};
   *   <li>modalities, regions and sides by their phrases ({@link Modality#phrases()}, {@link
   *       BodyRegion#phrases()}) and common utilization review abbreviations ({@code PT}, {@code
   *       OT}, {@code chiro}, {@code CMT}, {@code L/S}, {@code C/S}, {@code LB}, {@code bilat},
   *       {@code B/L}, {@code Lt}, {@code R});
   *   <li>filler words, which change nothing: {@code please authorize}, {@code request for}, {@code
   *       additional}, {@code continued}, {@code for the}, {@code to the}.
   * </ul>
   *
   * @throws IllegalArgumentException naming what could not be read and where (word and character,
   *     counted from 1), or which bound a value breaks; the message never repeats the input
   */
  public static TreatmentRequest parse(String text) {
    return RequestText.parse(text);
  }

  /** Writes the request in canonical shorthand, e.g. {@code "Acupuncture 3x4 right knee"}. */
  public String format() {
    return RequestText.format(this);
  }

  /** A builder for a request. */
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
