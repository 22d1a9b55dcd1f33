package org.openimr.model;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/** One treatment that utilization review denied, modified or delayed and that IMR decides. */
@API(status = STABLE, since = "0.1")
@ValueStyle
@Value.Immutable
@JsonSerialize(as = ImmutableDisputedItem.class)
@JsonDeserialize(as = ImmutableDisputedItem.class)
public abstract class DisputedItem {
  DisputedItem() {}

  /** Unique within the case; decisions refer to items by it. */
  public abstract String id();

  /** The request as written, e.g. {@code "Acupuncture 3x4"}. */
  public abstract String requestedAs();

  /** What is requested, read from {@code requestedAs}. */
  public abstract TreatmentRequest request();

  /** What utilization review decided about the item. */
  public abstract UrDecision urDecision();

  /** A builder for a disputed item. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DisputedItem}. */
  @API(status = STABLE, since = "0.1")
  public static final class Builder extends ImmutableDisputedItem.Builder {
    Builder() {}
  }
}
