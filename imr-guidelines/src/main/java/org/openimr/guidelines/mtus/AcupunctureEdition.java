package org.openimr.guidelines.mtus;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.openimr.model.BodyRegion;
import org.openimr.model.Case;
import org.openimr.model.ContentSource;
import org.openimr.model.Decision;
import org.openimr.model.DisputedItem;
import org.openimr.model.GuidelineCitation;
import org.openimr.model.GuidelineEdition;

/**
 * One edition of the MTUS acupuncture guidelines, resolved once from the content pack that gives
 * it: its scope, and each criterion built from the pack's provisions, figures and descriptions; for
 * a criterion the pack does not supply, when it would apply to a request.
 *
 * <p>Design notes: every lookup (provision, figure, description) happens here, when the evaluator
 * is built, so deciding a request touches no map, no regex and no stream. The editions are those of
 * guideline {@value ContentVocabulary#ACUPUNCTURE} in the packs: a new edition is a new pack. A
 * criterion the pack lacks is never filled from another edition: where the outcome turns on it (it
 * applies to the request and no criterion the pack covers already stands in the way) the item is
 * not evaluable, with a reason that names everything the edition's pack does not cover. An edition
 * with a scope but nothing else (2007) thus still says when it defers a request to another
 * guideline, and otherwise answers "not covered".
 */
final class AcupunctureEdition {
  static final String TIME_TO_IMPROVEMENT = "acupuncture.time-to-improvement";
  static final String FREQUENCY = "acupuncture.frequency";
  static final String OPTIMUM_DURATION = "acupuncture.optimum-duration";

  /** One criterion in decision order: resolved, or absent with when it would have applied. */
  private record Slot(
      AcupunctureCriteria.@Nullable Criterion criterion, Predicate<AcupunctureRecord> applies) {}

  private final GuidelineEdition edition;
  private final PackEdition content;
  private final Optional<ContentSource> source;
  private final AcupunctureCriteria.@Nullable Scope scope;
  private final ImmutableList<Slot> slots;
  private final Optional<String> notCovered;

  /** The criterion results of this edition made recently, shared by equal ones. */
  private final ResultCache results = new ResultCache();

  private AcupunctureEdition(ContentPack pack, PackEdition content) {
    this.edition = content.edition();
    this.content = content;
    this.source = Optional.of(pack.source());
    List<String> missing = new ArrayList<>();

    Optional<GuidelineProvision> scopeProvision = content.provision(GuidelineProvision.SCOPE);
    if (scopeProvision.isEmpty()) {
      missing.add("the scope of these guidelines");
    }
    this.scope = scopeProvision.map(AcupunctureCriteria.Scope::new).orElse(null);

    Optional<GuidelineProvision> indication = content.provision(GuidelineProvision.INDICATION);
    Optional<PackEdition.CriterionText> indicationText =
        content.criterion(AcupunctureCriteria.INDICATION);
    Optional<GuidelineProvision> electro =
        content.provision(GuidelineProvision.ELECTROACUPUNCTURE_INDICATION);
    Optional<GuidelineFigure> trial = content.figure(TIME_TO_IMPROVEMENT);
    Optional<GuidelineFigure> frequency = content.figure(FREQUENCY);
    Optional<GuidelineFigure> duration = content.figure(OPTIMUM_DURATION);
    Optional<GuidelineProvision> extension = content.provision(GuidelineProvision.EXTENSION);
    Optional<PackEdition.CriterionText> sessionsText =
        content.criterion(AcupunctureCriteria.SESSIONS_DOCUMENTED);
    Optional<GuidelineCitation> definition = content.functionalImprovementCitation();
    Optional<PackEdition.CriterionText> definitionText =
        content.criterion(AcupunctureCriteria.FUNCTIONAL_IMPROVEMENT);

    if (indication.isEmpty() || indicationText.isEmpty()) {
      missing.add("the indications for acupuncture");
    }
    if (electro.isEmpty()) {
      missing.add("the indications for electroacupuncture");
    }
    if (trial.isEmpty()) {
      missing.add("the time to produce functional improvement");
    }
    if (frequency.isEmpty()) {
      missing.add("the frequency");
    }
    if (duration.isEmpty()) {
      missing.add("the optimum duration");
    }
    if (extension.isEmpty()) {
      // The rule's parts are not listed one by one when the rule itself is missing.
      missing.add("the extension with documented functional improvement");
    } else {
      if (sessionsText.isEmpty()) {
        missing.add("the completed sessions an extension is judged against");
      }
      if (definition.isEmpty() || definitionText.isEmpty()) {
        missing.add("the definition of functional improvement");
      }
    }

    Optional<AcupunctureCriteria.Frequency> frequencyCriterion =
        frequency.map(AcupunctureCriteria.Frequency::new);
    Predicate<AcupunctureRecord> firstTrial = r -> !r.isExtension();
    Predicate<AcupunctureRecord> extensionOnly = AcupunctureRecord::isExtension;
    this.slots =
        ImmutableList.of(
            new Slot(
                indication.isPresent() && indicationText.isPresent()
                    ? new AcupunctureCriteria.Indication(
                        indication.get(), indicationText.get(), extension)
                    : null,
                firstTrial),
            new Slot(
                electro.map(AcupunctureCriteria.ElectroacupunctureIndication::new).orElse(null),
                AcupunctureRecord::isElectroacupuncture),
            new Slot(
                trial.map(AcupunctureCriteria.InitialTrialLength::new).orElse(null), firstTrial),
            new Slot(
                frequencyCriterion.orElse(null),
                r -> r.frequency().isPresent() || r.weeks().isPresent()),
            new Slot(
                duration
                    .map(d -> new AcupunctureCriteria.Duration(d, frequencyCriterion))
                    .orElse(null),
                r -> true),
            new Slot(
                extension.isPresent() && sessionsText.isPresent()
                    ? new AcupunctureCriteria.CompletedSessionsDocumented(
                        extension.get(), sessionsText.get())
                    : null,
                extensionOnly),
            new Slot(
                extension.isPresent() && definition.isPresent()
                    ? new AcupunctureCriteria.Extension(extension.get(), definition.get())
                    : null,
                extensionOnly),
            new Slot(
                definition.isPresent() && definitionText.isPresent()
                    ? new AcupunctureCriteria.FunctionalImprovement(
                        definition.get(), definitionText.get())
                    : null,
                extensionOnly));
    this.notCovered =
        missing.isEmpty()
            ? Optional.empty()
            : Optional.of(notCoveredReason(pack, content, missing));
  }

  private static String notCoveredReason(
      ContentPack pack, PackEdition content, List<String> missing) {
    GuidelineEdition edition = content.edition();
    String under =
        "Under the " + edition.title() + " (" + edition.label() + "), " + content.section() + ": ";
    if (pack.isBundled()) {
      return under
          + "this library does not cover "
          + AcupunctureCriteria.list(missing, "and")
          + " of that edition, so this evaluator does not decide the request. The"
          + " guideline content bundled with it has none of these for that edition, and"
          + " it does not borrow them from another edition.";
    }
    return under
        + "the content pack "
        + pack.id()
        + " "
        + pack.version()
        + " does not cover "
        + AcupunctureCriteria.list(missing, "and")
        + " of that edition, and the request turns on them, so this evaluator does not decide"
        + " it. It does not borrow them from another edition.";
  }

  /** The acupuncture editions of the packs, each resolved, in the order they come into force. */
  static ImmutableList<AcupunctureEdition> all(List<ContentPack> packs) {
    List<AcupunctureEdition> editions = new ArrayList<>();
    for (ContentPack pack : packs) {
      for (PackEdition content : pack.packEditions()) {
        if (content.guideline().equals(ContentVocabulary.ACUPUNCTURE)) {
          editions.add(new AcupunctureEdition(pack, content));
        }
      }
    }
    editions.sort(Comparator.comparing(e -> e.edition.effectiveFrom()));
    return ImmutableList.copyOf(editions);
  }

  GuidelineEdition edition() {
    return edition;
  }

  /** The edition as its pack gives it. */
  PackEdition content() {
    return content;
  }

  /** Decides one acupuncture request under this edition. */
  Decision decide(String evaluatorId, String version, Case c, DisputedItem item) {
    AcupunctureRecord record = new AcupunctureRecord(c, item);
    DecisionWriter writer =
        new DecisionWriter(evaluatorId, version, item, edition).content(source).sharing(results);
    if (scope == null) {
      return writer.notEvaluable(notCovered.orElseThrow());
    }
    Optional<BodyRegion> deferred = scope.check(record, writer);
    if (deferred.isPresent()) {
      return writer.notEvaluable(scope.deferralReason(deferred.get()));
    }
    boolean turnsOnMissing = false;
    for (int i = 0; i < slots.size(); i++) {
      Slot slot = slots.get(i);
      AcupunctureCriteria.Criterion criterion = slot.criterion();
      if (criterion != null && criterion.covers(record)) {
        criterion.check(record, writer);
      } else if (slot.applies().test(record)) {
        turnsOnMissing = true;
      }
    }
    // A criterion the pack covers that stands in the way decides the request whatever the
    // missing ones would say; otherwise the outcome turns on them.
    if (turnsOnMissing && !writer.hasAdverse()) {
      return writer.notEvaluable(notCovered.orElseThrow());
    }
    return writer.decide();
  }
}
