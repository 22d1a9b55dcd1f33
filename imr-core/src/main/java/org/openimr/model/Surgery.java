package org.openimr.model;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/** A surgery the patient had for the injury: what was done, where, when and for which diagnosis. */
@API(status = STABLE, since = "0.1")
@ValueStyle
@Value.Immutable
@JsonSerialize(as = ImmutableSurgery.class)
@JsonDeserialize(as = ImmutableSurgery.class)
public abstract class Surgery {
  Surgery() {}

  /** The procedure as the record names it, e.g. {@code "arthroscopic rotator cuff repair"}. */
  public abstract String procedure();

  /** The region operated on. */
  public abstract BodyRegion region();

  /** The side operated on, when the record names it. */
  public abstract Optional<Laterality> laterality();

  /** The date of the surgery. */
  public abstract LocalDate date();

  /** The diagnosis the surgery treated, where the record gives it. */
  public abstract Optional<Diagnosis> diagnosis();

  /** A builder for a surgery. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Surgery}. */
  @API(status = STABLE, since = "0.1")
  public static final class Builder extends ImmutableSurgery.Builder {
    Builder() {}
  }
}
