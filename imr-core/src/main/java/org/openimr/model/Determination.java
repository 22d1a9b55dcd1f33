package org.openimr.model;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/** The result of a review: one decision per disputed item, in item order, and letter metadata. */
@API(status = STABLE, since = "0.1")
@ValueStyle
@Value.Immutable
@JsonSerialize(as = ImmutableDetermination.class)
public abstract class Determination {
  Determination() {}

  /** The IMR case number the determination is for. */
  public abstract String caseNumber();

  /** One decision per disputed item, in the order of the case's items. */
  public abstract List<Decision> decisions();

  /** The reviewer's qualifications, when the caller configured them. */
  public abstract Optional<ReviewerQualifications> reviewer();

  /** The date of the determination. */
  public abstract Optional<LocalDate> decidedOn();

  /** Every guideline edition the decisions cite, each once, in first-cited order. */
  @JsonIgnore
  public final List<GuidelineEdition> guidelines() {
    return decisions().stream()
        .flatMap(d -> d.citations().stream())
        .map(GuidelineCitation::edition)
        .distinct()
        .toList();
  }

  /** The decision for an item id. */
  public final Optional<Decision> decisionFor(String itemId) {
    return decisions().stream().filter(d -> d.itemId().equals(itemId)).findFirst();
  }

  /** A builder for a determination. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Determination}. */
  @API(status = STABLE, since = "0.1")
  public static final class Builder extends ImmutableDetermination.Builder {
    Builder() {}
  }
}
