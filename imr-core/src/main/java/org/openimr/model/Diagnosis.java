package org.openimr.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A diagnosis: a code in a code system, with the record's text and the body region it concerns
 * where there are.
 */
@API(status = STABLE, since = "0.1")
@ValueStyle
@Value.Immutable
@JsonSerialize(as = ImmutableDiagnosis.class)
@JsonDeserialize(as = ImmutableDiagnosis.class)
public abstract class Diagnosis {
  /**
   * The longest code {@link Case#violations()} accepts, in characters: ICD-10-CM codes have at most
   * seven characters and a dot, ICD-9-CM codes at most five digits and a dot.
   */
  public static final int MAX_CODE_LENGTH = 10;

  Diagnosis() {}

  /** The code system of {@link #code()}. */
  @Value.Parameter
  public abstract CodeSystem system();

  /** The code as written, e.g. {@code "729.1"} or {@code "M79.1"}. */
  @Value.Parameter
  public abstract String code();

  /** The diagnosis as the record words it. */
  public abstract Optional<String> text();

  /**
   * The body region the diagnosis concerns, where the record states it. Absent when the record does
   * not say; a guideline may then read the region from the code where the code states a site
   * (ICD-10-CM M54.16, radiculopathy of the lumbar region), or apply the diagnosis to every region.
   */
  @API(status = EXPERIMENTAL, since = "0.2")
  public abstract Optional<BodyRegion> region();

  /** A diagnosis of a code in a code system, without text or region. */
  public static Diagnosis of(CodeSystem system, String code) {
    return ImmutableDiagnosis.of(system, code);
  }

  /** An ICD-9-CM diagnosis, e.g. {@code icd9("722.10")}. */
  public static Diagnosis icd9(String code) {
    return of(CodeSystem.ICD_9_CM, code);
  }

  /** An ICD-10-CM diagnosis, e.g. {@code icd10("M51.26")}. */
  public static Diagnosis icd10(String code) {
    return of(CodeSystem.ICD_10_CM, code);
  }

  /** A builder for a diagnosis. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Diagnosis}. */
  @API(status = STABLE, since = "0.1")
  public static final class Builder extends ImmutableDiagnosis.Builder {
    Builder() {}
  }
}
