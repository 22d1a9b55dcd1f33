package org.openimr.peers;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.openimr.model.FunctionalElement;
import org.openimr.model.FunctionalImprovementEvidence;
import org.openimr.model.Modality;

/** Drools fact: one statement of functional improvement, without its free text. */
@API(status = INTERNAL)
public final class ImprovementEvidence {
  private final FunctionalElement element;
  private final boolean objective;
  private final boolean dated;
  private final @Nullable Modality attributedTo;

  ImprovementEvidence(FunctionalImprovementEvidence e) {
    this.element = e.element();
    this.objective = e.objective();
    this.dated = e.documentedOn().isPresent();
    this.attributedTo = e.attributedTo().orElse(null);
  }

  public FunctionalElement getElement() {
    return element;
  }

  public boolean isObjective() {
    return objective;
  }

  /** Documented at an evaluation visit (the record gives its date). */
  public boolean isDated() {
    return dated;
  }

  /** The treatment the record attributes it to; null when it names none. */
  public @Nullable Modality getAttributedTo() {
    return attributedTo;
  }
}
