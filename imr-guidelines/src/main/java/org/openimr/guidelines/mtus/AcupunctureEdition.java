package org.openimr.guidelines.mtus;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openimr.model.BodyRegion;
import org.openimr.model.Case;
import org.openimr.model.Decision;
import org.openimr.model.DisputedItem;
import org.openimr.model.GuidelineCitation;
import org.openimr.model.GuidelineEdition;

/**
 * One edition of the MTUS acupuncture guidelines, resolved once from the bundled content: its
 * scope, and its criteria built from its provisions and figures; or, where the content lacks what
 * the criteria need, the reason the edition is not covered.
 *
 * <p>Design notes: every lookup (edition, provision, figure) happens here, when the evaluator is
 * built, so deciding a request touches no map, no regex and no stream. The editions are the rows of
 * {@code editions.json} whose id starts with {@value #ID_PREFIX}: a new edition is new rows in the
 * data. An edition with a scope but without the rest (2007) still says when it defers the request
 * to another guideline, and otherwise answers "not covered" rather than borrowing another edition's
 * numbers.
 */
final class AcupunctureEdition {
  static final String ID_PREFIX = "acupuncture-";

  static final String TIME_TO_IMPROVEMENT = "acupuncture.time-to-improvement";
  static final String FREQUENCY = "acupuncture.frequency";
  static final String OPTIMUM_DURATION = "acupuncture.optimum-duration";

  private final GuidelineEdition edition;
  private final AcupunctureCriteria.Scope scope;
  private final ImmutableList<AcupunctureCriteria.Criterion> criteria;
  private final Optional<String> notCovered;

  private AcupunctureEdition(EncodedEdition encoded) {
    String id = encoded.id();
    this.edition = encoded.edition();
    this.scope =
        new AcupunctureCriteria.Scope(
            AcupunctureProvision.find(id, AcupunctureProvision.SCOPE)
                .orElseThrow(
                    () ->
                        new IllegalStateException(
                            AcupunctureProvision.RESOURCE
                                + " has no "
                                + AcupunctureProvision.SCOPE
                                + " for edition "
                                + id)));

    List<String> missing = new ArrayList<>();
    Optional<AcupunctureProvision> indication =
        provision(id, AcupunctureProvision.INDICATION, "the indications for acupuncture", missing);
    Optional<AcupunctureProvision> electro =
        provision(
            id,
            AcupunctureProvision.ELECTROACUPUNCTURE_INDICATION,
            "the indications for electroacupuncture",
            missing);
    Optional<GuidelineFigure> trial =
        figure(
            encoded,
            TIME_TO_IMPROVEMENT,
            "treatments",
            "the time to produce functional improvement",
            missing);
    Optional<GuidelineFigure> frequency =
        figure(encoded, FREQUENCY, "times per week", "the frequency", missing);
    Optional<GuidelineFigure> duration =
        figure(encoded, OPTIMUM_DURATION, "months", "the optimum duration", missing);
    Optional<AcupunctureProvision> extension =
        provision(
            id,
            AcupunctureProvision.EXTENSION,
            "the extension with documented functional improvement",
            missing);

    if (missing.isEmpty()
        && indication.isPresent()
        && electro.isPresent()
        && trial.isPresent()
        && frequency.isPresent()
        && duration.isPresent()
        && extension.isPresent()) {
      GuidelineCitation functionalImprovement =
          GuidelineCitation.of(
              edition, encoded.functionalImprovementSection(), "Functional improvement");
      AcupunctureCriteria.Frequency frequencyCriterion =
          new AcupunctureCriteria.Frequency(frequency.get());
      this.criteria =
          ImmutableList.of(
              new AcupunctureCriteria.Indication(indication.get(), extension.get()),
              new AcupunctureCriteria.ElectroacupunctureIndication(electro.get()),
              new AcupunctureCriteria.InitialTrialLength(trial.get()),
              frequencyCriterion,
              new AcupunctureCriteria.Duration(duration.get(), frequencyCriterion),
              new AcupunctureCriteria.CompletedSessionsDocumented(extension.get()),
              new AcupunctureCriteria.Extension(extension.get(), functionalImprovement),
              new AcupunctureCriteria.FunctionalImprovement(functionalImprovement));
      this.notCovered = Optional.empty();
    } else {
      this.criteria = ImmutableList.of();
      this.notCovered =
          Optional.of(
              "Under the "
                  + edition.title()
                  + " ("
                  + edition.edition()
                  + "), "
                  + encoded.section()
                  + ": this library does not cover "
                  + AcupunctureCriteria.list(missing, "and")
                  + " of that edition, so this evaluator does not decide the request. The"
                  + " guideline content bundled with it has none of these for that edition, and"
                  + " it does not borrow them from another edition.");
    }
  }

  /** The acupuncture editions of {@code editions.json}, in file order, each resolved. */
  static ImmutableList<AcupunctureEdition> all() {
    ImmutableList.Builder<AcupunctureEdition> editions = ImmutableList.builder();
    for (EncodedEdition encoded : MtusContent.editions()) {
      if (encoded.id().startsWith(ID_PREFIX)) {
        editions.add(new AcupunctureEdition(encoded));
      }
    }
    return editions.build();
  }

  GuidelineEdition edition() {
    return edition;
  }

  /** Decides one acupuncture request under this edition. */
  Decision decide(String evaluatorId, String version, Case c, DisputedItem item) {
    AcupunctureRecord record = new AcupunctureRecord(c, item);
    DecisionWriter writer = new DecisionWriter(evaluatorId, version, item, edition);
    Optional<BodyRegion> deferred = scope.check(record, writer);
    if (deferred.isPresent()) {
      return writer.notEvaluable(scope.deferralReason(deferred.get()));
    }
    if (notCovered.isPresent()) {
      return writer.notEvaluable(notCovered.get());
    }
    for (AcupunctureCriteria.Criterion criterion : criteria) {
      criterion.check(record, writer);
    }
    return writer.decide();
  }

  private static Optional<AcupunctureProvision> provision(
      String editionId, String id, String name, List<String> missing) {
    Optional<AcupunctureProvision> p = AcupunctureProvision.find(editionId, id);
    if (p.isEmpty()) {
      missing.add(name);
    }
    return p;
  }

  private static Optional<GuidelineFigure> figure(
      EncodedEdition encoded, String id, String unit, String name, List<String> missing) {
    Optional<GuidelineFigure> f = MtusContent.figure(encoded.edition(), id);
    if (f.isEmpty()) {
      missing.add(name);
    } else if (!f.get().unit().equals(unit)) {
      throw new IllegalStateException(
          "figure " + id + " of edition " + encoded.id() + ": unit must be " + unit);
    }
    return f;
  }
}
