package org.openimr.peers;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.openimr.model.BodyRegion;
import org.openimr.model.Case;
import org.openimr.model.GuidelineEdition;
import org.openimr.model.Modality;
import org.openimr.testkit.CaseArbitrary;
import org.openimr.testkit.DocumentedImprovement;
import org.openimr.testkit.ImrArbitraries;

/**
 * The acupuncture requests the peers are compared on, from the testkit's generators: acupuncture or
 * electroacupuncture, requested while the 2009 edition is in force (its dates read from the
 * content), with the knobs mixed in so that every criterion reaches each of its outcomes: first
 * trials and extensions, every level of documented improvement, the shoulder the scope leaves to
 * ACOEM, and cases at the model's bounds.
 *
 * <p>The one restriction is the edition: under the 2007 edition the bundled content gives only the
 * scope, so the evaluator answers every other request "not covered" and there is nothing to
 * compare; the peers encode the 2009 edition alone.
 */
final class PeerCases {
  private PeerCases() {}

  static Arbitrary<Case> acupunctureCases(GuidelineEdition edition) {
    LocalDate first = edition.effectiveFrom();
    LocalDate last = edition.effectiveTo().orElseThrow();
    return Arbitraries.of(Modality.ACUPUNCTURE, Modality.ELECTROACUPUNCTURE)
        .flatMap(
            m -> {
              CaseArbitrary base = ImrArbitraries.cases().modality(m).requestedBetween(first, last);
              return Arbitraries.oneOf(
                  base,
                  base.withoutPriorTreatment(),
                  base.withPriorTreatment(),
                  base.withPriorTreatment().improvement(DocumentedImprovement.COMPLETE),
                  base.withPriorTreatment().improvement(DocumentedImprovement.PARTIAL),
                  base.region(BodyRegion.SHOULDER),
                  base.atTheBounds());
            });
  }
}
