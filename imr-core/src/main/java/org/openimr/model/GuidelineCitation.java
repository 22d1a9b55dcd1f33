package org.openimr.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * An exact reference into a guideline: the edition, the section (e.g. {@code "8 CCR §
 * 9792.24.1(c)(1)"}) and what that section provides.
 */
@API(status = STABLE, since = "0.1")
@ValueStyle
@Value.Immutable
@JsonSerialize(as = ImmutableGuidelineCitation.class)
@JsonDeserialize(as = ImmutableGuidelineCitation.class)
public abstract class GuidelineCitation {
  GuidelineCitation() {}

  /** The edition cited. */
  @Value.Parameter
  public abstract GuidelineEdition edition();

  /** The section, e.g. {@code "8 CCR § 9792.24.1(d)"}. */
  @Value.Parameter
  public abstract String section();

  /** What the section provides, e.g. {@code "Extension with functional improvement"}. */
  @Value.Parameter
  public abstract String title();

  /** A citation of a section of an edition, with the section's title. */
  public static GuidelineCitation of(GuidelineEdition edition, String section, String title) {
    return ImmutableGuidelineCitation.of(edition, section, title);
  }

  /**
   * Whether the other citation names the same section of the same edition, whatever its title: a
   * list of citations shows each section once.
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public final boolean sameSection(GuidelineCitation other) {
    return section().equals(other.section()) && edition().equals(other.edition());
  }

  /** {@code "8 CCR § 9792.24.1(d) (MTUS Acupuncture Medical Treatment Guidelines, 2009)"}. */
  public final String display() {
    return section() + " (" + edition().title() + ", " + edition().label() + ")";
  }

  /** The same as {@link #display()}. */
  @Override
  public final String toString() {
    return display();
  }
}
