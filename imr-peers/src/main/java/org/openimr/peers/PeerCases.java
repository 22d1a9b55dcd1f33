package org.openimr.peers;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.apiguardian.api.API;
import org.openimr.model.BodyRegion;
import org.openimr.model.Case;
import org.openimr.model.GuidelineEdition;
import org.openimr.model.Modality;
import org.openimr.model.PriorTreatment;
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
 * <p>The testkit always states the sessions a prior course completed; the evaluator reads a course
 * without that count in its own way (it counts as prior acupuncture, and an extension then lacks
 * {@code sessions-documented}), so some cases here have the count removed from some courses.
 *
 * <p>The one restriction is the edition: under the 2007 edition the bundled content gives only the
 * scope, so the evaluator answers every other request "not covered" and there is nothing to
 * compare; the peers encode the 2009 edition alone.
 */
@API(status = INTERNAL)
public final class PeerCases {
  private PeerCases() {}

  public static Arbitrary<Case> acupunctureCases(GuidelineEdition edition) {
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
                  Combinators.combine(
                          base.withPriorTreatment(), Arbitraries.integers().between(1, 3))
                      .as(PeerCases::withoutCompletedCounts),
                  base.withPriorTreatment().improvement(DocumentedImprovement.COMPLETE),
                  base.withPriorTreatment().improvement(DocumentedImprovement.PARTIAL),
                  base.region(BodyRegion.SHOULDER),
                  base.atTheBounds());
            });
  }

  /** The case with the completed count removed from the courses whose bit is set in the mask. */
  static Case withoutCompletedCounts(Case c, int mask) {
    List<PriorTreatment> history = new ArrayList<>(c.treatmentHistory());
    for (int i = 0; i < history.size() && i < Integer.SIZE - 1; i++) {
      if ((mask & (1 << i)) != 0) {
        history.set(
            i,
            PriorTreatment.builder()
                .from(history.get(i))
                .sessionsCompleted(Optional.empty())
                .build());
      }
    }
    return Case.builder().from(c).treatmentHistory(history).build();
  }
}
