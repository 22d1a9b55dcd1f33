package org.openimr.review;

import org.openimr.model.GuidelineSource;
import org.openimr.model.MedicalNecessity;
import org.openimr.model.Modality;

/** Listed in this module's test META-INF/services, to prove ServiceLoader discovery. */
public final class DiscoverableEvaluator extends StubEvaluator {
  public DiscoverableEvaluator() {
    super(
        "test.discoverable",
        GuidelineSource.OTHER,
        Modality.MASSAGE,
        (c, i) -> MedicalNecessity.NECESSARY);
  }
}
