package org.openimr.guidelines.mtus;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.openimr.model.GuidelineEdition;

/**
 * A guideline edition the built-in evaluators encode, with how sure the project is of its dates and
 * anything a reader should know about it.
 */
@API(status = STABLE, since = "0.1")
@ValueStyle
@Value.Immutable
public abstract class EncodedEdition {
  EncodedEdition() {}

  /** Stable id, e.g. {@code "acupuncture-2009"}. */
  public abstract String id();

  public abstract GuidelineEdition edition();

  /**
   * The section the guideline's rules live in for this edition, e.g. {@code "8 CCR § 9792.24.1"}.
   */
  public abstract String section();

  /**
   * Where this edition defines functional improvement: § 9792.20(e) in 2007, (f) in 2009 (the
   * letter moved between editions).
   */
  public abstract String functionalImprovementSection();

  public abstract Provenance provenance();

  public abstract Optional<String> note();

  static Builder builder() {
    return new Builder();
  }

  static final class Builder extends ImmutableEncodedEdition.Builder {}
}
