package org.openimr.guidelines.mtus;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.openimr.model.BodyRegion;
import org.openimr.model.CodeSystem;

/**
 * A diagnosis code that joins a diagnosis group of chronic pain physical medicine because its
 * official title falls within the group's title: e.g. ICD-10-CM M54.16, "Radiculopathy, lumbar
 * region", joins neuralgia, neuritis and radiculitis. The guideline lists ICD-9-CM codes only; the
 * matching is the project's reading of code titles ({@link Provenance#CODE_TITLES}), and each
 * code's title is confirmed in the sources it names. A code covers its subcodes (G90.51 covers
 * G90.512).
 */
@API(status = EXPERIMENTAL, since = "0.2")
@ValueStyle
@Value.Immutable
public abstract class ChronicPainDiagnosisCode {
  ChronicPainDiagnosisCode() {}

  public abstract CodeSystem system();

  /** The code as written, e.g. {@code "M54.16"}. */
  public abstract String code();

  /** The code's title as the official code set words it. */
  public abstract String title();

  /** The id of the group it joins, e.g. {@code "neuralgia-neuritis-radiculitis"}. */
  public abstract String group();

  /**
   * The body regions the code's title states, e.g. the low back for "lumbar region"; empty when the
   * title states no site, so the diagnosis applies to every region.
   */
  public abstract List<BodyRegion> regions();

  /** Where the title was confirmed: at least two independent public listings. */
  public abstract List<String> sources();

  /** {@link Provenance#CODE_TITLES}. */
  public abstract Provenance provenance();

  /** {@code "ICD-10-CM M54.16 Radiculopathy, lumbar region"}. */
  public final String display() {
    return (system() == CodeSystem.ICD_9_CM ? "ICD-9-CM " : "ICD-10-CM ") + code() + " " + title();
  }

  @Value.Check
  final void check() {
    if (sources().size() < 2) {
      throw new IllegalArgumentException(
          "ChronicPainDiagnosisCode " + code() + ": needs at least two sources for its title");
    }
  }

  static Builder builder() {
    return new Builder();
  }

  static final class Builder extends ImmutableChronicPainDiagnosisCode.Builder {}
}
