package org.openimr.guidelines.mtus;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.openimr.model.GuidelineCitation;
import org.openimr.model.GuidelineEdition;
import org.openimr.model.Modality;

/**
 * A statutory cap on physical medicine visits: Labor Code § 4604.5(c)(1) allows at most 24
 * chiropractic, 24 occupational therapy and 24 physical therapy visits per industrial injury, for
 * injuries on or after 2004-01-01, unless the employer authorizes more in writing or the visits are
 * postsurgical physical medicine under 8 CCR § 9792.24.3. One cap per discipline.
 */
@API(status = EXPERIMENTAL, since = "0.1")
@ValueStyle
@Value.Immutable
public abstract class PhysicalMedicineVisitCap {
  PhysicalMedicineVisitCap() {}

  /** Stable id, e.g. {@code "labor-code.4604.5.physical-therapy"}. */
  public abstract String id();

  /** The statute, as an edition: the California Labor Code, in force from 2004-01-01. */
  public abstract GuidelineEdition edition();

  /** {@code "Labor Code § 4604.5(c)(1)"}. */
  public abstract String section();

  /** The discipline as the statute names it, e.g. {@code "physical therapy"}. */
  public abstract String discipline();

  /** The modalities whose visits count as the discipline's. */
  public abstract List<Modality> modalities();

  /** The most visits per industrial injury. */
  public abstract int visits();

  /** The cap applies to injuries on or after this date. */
  public abstract LocalDate injuriesOnOrAfter();

  public abstract Provenance provenance();

  public abstract Optional<String> note();

  public final GuidelineCitation citation() {
    return GuidelineCitation.of(
        edition(), section(), "At most " + visits() + " " + discipline() + " visits per injury");
  }

  static Builder builder() {
    return new Builder();
  }

  static final class Builder extends ImmutablePhysicalMedicineVisitCap.Builder {}
}
