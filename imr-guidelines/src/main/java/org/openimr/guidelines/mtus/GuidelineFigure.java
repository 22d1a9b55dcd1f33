package org.openimr.guidelines.mtus;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.openimr.model.BodyRegion;
import org.openimr.model.GuidelineCitation;
import org.openimr.model.GuidelineEdition;

/**
 * One number of a guideline, as data: e.g. the MTUS 2009 acupuncture time to produce functional
 * improvement, 3 to 6 treatments, § 9792.24.1(c)(1), transcribed from IMR letters. Evaluators read
 * figures instead of holding numbers, so an edition with other numbers is a data change.
 */
@API(status = STABLE, since = "0.1")
@ValueStyle
@Value.Immutable
public abstract class GuidelineFigure {
  GuidelineFigure() {}

  /** Stable id, e.g. {@code "acupuncture.time-to-improvement"}; unique within an edition. */
  public abstract String id();

  public abstract GuidelineEdition edition();

  /** The section, e.g. {@code "8 CCR § 9792.24.1(c)(1)"}. */
  public abstract String section();

  /** What the figure is, e.g. {@code "Time to produce functional improvement"}. */
  public abstract String title();

  public abstract int min();

  public abstract int max();

  /** e.g. {@code "treatments"}, {@code "per week"}, {@code "months"}. */
  public abstract String unit();

  /**
   * The body regions the figure is for, where a rule reads one figure per region (e.g. the
   * manipulation visits for the low back); empty when it holds for every region.
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public abstract Set<BodyRegion> regions();

  public abstract Provenance provenance();

  /** Anything a reader should know, e.g. where the figure was confirmed. */
  public abstract Optional<String> note();

  /** The citation of the figure's section; user-supplied content carries its tag, {@code [U]}. */
  public final GuidelineCitation citation() {
    return GuidelineCitation.of(edition(), section(), provenance().cite(title()));
  }

  /** {@code "3-6 treatments"} or {@code "24 visits"}. */
  public final String display() {
    return (min() == max() ? Integer.toString(max()) : min() + "-" + max()) + " " + unit();
  }

  @Value.Check
  final void check() {
    if (min() < 0 || max() < min()) {
      throw new IllegalArgumentException("GuidelineFigure " + id() + ": needs 0 <= min <= max");
    }
  }

  static Builder builder() {
    return new Builder();
  }

  static final class Builder extends ImmutableGuidelineFigure.Builder {}
}
