package org.openimr.model;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One edition of a guideline and the request dates it governs, e.g. the 2009 MTUS Acupuncture
 * Medical Treatment Guidelines, in force from 2009-07-18.
 */
@API(status = STABLE, since = "0.1")
@ValueStyle
@Value.Immutable
@JsonSerialize(as = ImmutableGuidelineEdition.class)
@JsonDeserialize(as = ImmutableGuidelineEdition.class)
public abstract class GuidelineEdition {
  GuidelineEdition() {}

  /** Who publishes the guideline; decides its place in the evidence search sequence. */
  public abstract GuidelineSource source();

  /** The guideline's title, e.g. {@code "MTUS Acupuncture Medical Treatment Guidelines"}. */
  public abstract String title();

  /** The edition's label, e.g. {@code "2009"}. */
  public abstract String label();

  /** The first request date the edition governs. */
  public abstract LocalDate effectiveFrom();

  /** The last request date the edition governs; absent while it is in force. */
  public abstract Optional<LocalDate> effectiveTo();

  /** Where this edition stands in the medical evidence search sequence. */
  @JsonIgnore
  public final EvidenceTier evidenceTier() {
    return source().tier();
  }

  /** Whether the edition governs a request made on this date. */
  public final boolean inForceOn(LocalDate date) {
    if (date.isBefore(effectiveFrom())) {
      return false;
    }
    Optional<LocalDate> to = effectiveTo();
    return to.isEmpty() || !date.isAfter(to.get());
  }

  @Value.Check
  final void check() {
    if (effectiveTo().isPresent() && effectiveTo().get().isBefore(effectiveFrom())) {
      throw new IllegalArgumentException("GuidelineEdition.effectiveTo is before effectiveFrom");
    }
  }

  /** A builder for an edition. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GuidelineEdition}. */
  @API(status = STABLE, since = "0.1")
  public static final class Builder extends ImmutableGuidelineEdition.Builder {
    Builder() {}
  }
}
