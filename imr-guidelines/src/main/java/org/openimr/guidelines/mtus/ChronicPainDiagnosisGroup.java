package org.openimr.guidelines.mtus;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.openimr.model.CodeSystem;
import org.openimr.model.Diagnosis;
import org.openimr.model.GuidelineCitation;
import org.openimr.model.GuidelineEdition;

/**
 * A diagnosis group of the physical medicine guideline of the Chronic Pain Medical Treatment
 * Guidelines (8 CCR § 9792.24.2), with its visits: e.g. myalgia and myositis, unspecified (ICD-9-CM
 * 729.1), 9-10 visits over 8 weeks.
 *
 * <p>The ICD-9-CM codes of {@link #icd9Codes()} are the guideline's. The codes of {@link #codes()}
 * (ICD-10-CM, and ICD-9-CM codes by site) are not: they join the group because their official
 * titles fall within its title, the project's reading ({@link Provenance#CODE_TITLES}), each
 * confirmed in the sources it names; {@link #icd10Source()} says so in a sentence.
 */
@API(status = EXPERIMENTAL, since = "0.1")
@ValueStyle
@Value.Immutable
public abstract class ChronicPainDiagnosisGroup {
  ChronicPainDiagnosisGroup() {}

  /** Stable id, e.g. {@code "myalgia-myositis"}. */
  public abstract String id();

  public abstract GuidelineEdition edition();

  /** The section, {@code "8 CCR § 9792.24.2"}. */
  public abstract String section();

  /** The diagnosis as the guideline names it. */
  public abstract String diagnosis();

  /** The guideline's ICD-9-CM codes; each covers its subcodes (337.2 covers 337.21). */
  public abstract List<String> icd9Codes();

  /** The ICD-10-CM codes of {@link #codes()}, as written; each covers its subcodes. */
  public abstract List<String> icd10Codes();

  /**
   * Where the codes beyond the guideline's come from, and what to verify before relying on them.
   */
  public abstract String icd10Source();

  /** The codes that join the group by their titles, with their regions and sources. */
  @API(status = EXPERIMENTAL, since = "0.2")
  public abstract List<ChronicPainDiagnosisCode> codes();

  public abstract int visitsMin();

  public abstract int visitsMax();

  /** The weeks the visits are spread over. */
  public abstract int weeks();

  /** How sure the project is of the visits and weeks. */
  public abstract Provenance provenance();

  /** Whether a diagnosis code is one of the group's codes or a subcode of one. */
  public final boolean covers(Diagnosis diagnosis) {
    if (diagnosis.system() == CodeSystem.ICD_9_CM) {
      for (String code : icd9Codes()) {
        if (PhysicalMedicineCodes.covers(code, diagnosis.code())) {
          return true;
        }
      }
    }
    for (ChronicPainDiagnosisCode code : codes()) {
      if (code.system() == diagnosis.system()
          && PhysicalMedicineCodes.covers(code.code(), diagnosis.code())) {
        return true;
      }
    }
    return false;
  }

  /** {@code "9-10 visits over 8 weeks"}. */
  public final String visits() {
    return PostsurgicalTableRow.range(visitsMin(), visitsMax())
        + " visits over "
        + weeks()
        + " weeks";
  }

  /** {@code "myalgia and myositis, unspecified (ICD-9-CM 729.1)"}. */
  public final String display() {
    return diagnosis() + " (ICD-9-CM " + String.join(", ", icd9Codes()) + ")";
  }

  public final GuidelineCitation citation() {
    return GuidelineCitation.of(edition(), section(), "Physical medicine: " + display());
  }

  @Value.Check
  final void check() {
    if (visitsMin() < 1 || visitsMax() < visitsMin() || weeks() < 1) {
      throw new IllegalArgumentException(
          "ChronicPainDiagnosisGroup " + id() + ": needs 1 <= visitsMin <= visitsMax, weeks >= 1");
    }
  }

  static Builder builder() {
    return new Builder();
  }

  static final class Builder extends ImmutableChronicPainDiagnosisGroup.Builder {}
}
