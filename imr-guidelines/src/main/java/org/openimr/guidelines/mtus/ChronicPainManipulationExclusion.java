package org.openimr.guidelines.mtus;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.openimr.model.BodyRegion;
import org.openimr.model.CodeSystem;
import org.openimr.model.Diagnosis;
import org.openimr.model.GuidelineCitation;
import org.openimr.model.GuidelineEdition;

/**
 * A condition for which the Chronic Pain Medical Treatment Guidelines (8 CCR § 9792.24.2) do not
 * recommend manual therapy and manipulation: ankle and foot, carpal tunnel syndrome,
 * forearm/wrist/hand, knee. Named by body regions, and where the condition is a diagnosis, by its
 * codes (ICD-10-CM equivalents as for {@link ChronicPainDiagnosisGroup}).
 */
@API(status = EXPERIMENTAL, since = "0.1")
@ValueStyle
@Value.Immutable
public abstract class ChronicPainManipulationExclusion {
  ChronicPainManipulationExclusion() {}

  /** Stable id, e.g. {@code "knee"}. */
  public abstract String id();

  public abstract GuidelineEdition edition();

  public abstract String section();

  /** The condition as the guideline names it, e.g. {@code "carpal tunnel syndrome"}. */
  public abstract String condition();

  /** The body regions the condition concerns. */
  public abstract List<BodyRegion> regions();

  /** ICD-9-CM codes of a diagnosis-named condition; empty for a region-named one. */
  public abstract List<String> icd9Codes();

  /** ICD-10-CM equivalents of {@link #icd9Codes()}, not from the guideline. */
  public abstract List<String> icd10Codes();

  /** Where the ICD-10-CM equivalents come from; absent when there are none. */
  public abstract Optional<String> icd10Source();

  public abstract Provenance provenance();

  /** Whether a diagnosis code is one of the condition's codes or a subcode of one. */
  public final boolean covers(Diagnosis diagnosis) {
    List<String> codes = diagnosis.system() == CodeSystem.ICD_9_CM ? icd9Codes() : icd10Codes();
    for (String code : codes) {
      if (PhysicalMedicineCodes.covers(code, diagnosis.code())) {
        return true;
      }
    }
    return false;
  }

  public final GuidelineCitation citation() {
    return GuidelineCitation.of(
        edition(),
        section(),
        "Manual therapy and manipulation: not recommended for " + condition());
  }

  static Builder builder() {
    return new Builder();
  }

  static final class Builder extends ImmutableChronicPainManipulationExclusion.Builder {}
}
