package org.openimr.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.openimr.model.Case;
import org.openimr.model.CriterionResult;
import org.openimr.model.CriterionStatus;
import org.openimr.model.Decision;
import org.openimr.model.DisputedItem;
import org.openimr.model.GuidelineCitation;
import org.openimr.model.GuidelineEdition;
import org.openimr.model.MedicalNecessity;

/** Evaluators that each break one rule of the contract, deliberately; the kit must catch each. */
final class BrokenEvaluators {
  private BrokenEvaluators() {}

  /** Decides by coin toss. */
  static final class Nondeterministic extends TrialRule {
    Nondeterministic() {
      super("broken.nondeterministic");
    }

    @Override
    public Decision evaluate(Case c, DisputedItem item, GuidelineEdition edition) {
      Decision d = super.evaluate(c, item, edition);
      if (ThreadLocalRandom.current().nextBoolean()) {
        return d;
      }
      // Flipped validly: a NECESSARY decision has every criterion met.
      return d.necessity() == MedicalNecessity.NECESSARY
          ? Decision.builder().from(d).necessity(MedicalNecessity.NOT_NECESSARY).build()
          : Decision.builder()
              .from(d)
              .necessity(MedicalNecessity.NECESSARY)
              .criteria(
                  d.criteria().stream()
                      .map(
                          cr ->
                              CriterionResult.builder()
                                  .from(cr)
                                  .status(CriterionStatus.MET)
                                  .build())
                      .toList())
              .build();
    }
  }

  /** Approves every request, keeping the criteria it found not met: a Decision refuses that. */
  static final class ApprovesDespiteUnmetCriteria extends TrialRule {
    ApprovesDespiteUnmetCriteria() {
      super("broken.approves");
    }

    @Override
    public Decision evaluate(Case c, DisputedItem item, GuidelineEdition edition) {
      return Decision.builder()
          .from(super.evaluate(c, item, edition))
          .necessity(MedicalNecessity.NECESSARY)
          .build();
    }
  }

  /** Decides without citing any section. */
  static final class WithoutCitations extends TrialRule {
    WithoutCitations() {
      super("broken.uncited");
    }

    @Override
    public Decision evaluate(Case c, DisputedItem item, GuidelineEdition edition) {
      return Decision.builder().from(super.evaluate(c, item, edition)).citations(List.of()).build();
    }
  }

  /** Denies with a criterion the rationale never mentions. */
  static final class UnexplainedDenial extends TrialRule {
    UnexplainedDenial() {
      super("broken.unexplained");
    }

    @Override
    public Decision evaluate(Case c, DisputedItem item, GuidelineEdition edition) {
      return Decision.builder()
          .from(super.evaluate(c, item, edition))
          .rationale("Decided.")
          .build();
    }
  }

  /** Approves an even number of sessions and denies an odd one: not monotone. */
  static final class EvenSessionsOnly extends TrialRule {
    EvenSessionsOnly() {
      super("broken.even");
    }

    @Override
    public Decision evaluate(Case c, DisputedItem item, GuidelineEdition edition) {
      GuidelineCitation section = GuidelineCitation.of(edition, "EV 1", "Even sessions");
      boolean even = item.request().totalSessions() % 2 == 0;
      return decision(
          item,
          List.of(
              criterion(
                  "even",
                  "An even number of sessions",
                  even ? CriterionStatus.MET : CriterionStatus.NOT_MET,
                  section)),
          List.of(section));
    }
  }

  /** Approves only when no objective improvement is documented: more evidence hurts. */
  static final class ImprovementHurts extends TrialRule {
    ImprovementHurts() {
      super("broken.improvement");
    }

    @Override
    public Decision evaluate(Case c, DisputedItem item, GuidelineEdition edition) {
      GuidelineCitation section = GuidelineCitation.of(edition, "IH 1", "No improvement");
      boolean measured = c.functionalImprovement().stream().anyMatch(e -> e.objective());
      return decision(
          item,
          List.of(
              criterion(
                  "unmeasured",
                  "No objective improvement documented",
                  measured ? CriterionStatus.NOT_MET : CriterionStatus.MET,
                  section)),
          List.of(section));
    }
  }

  /** Throws on a request that names no region. */
  static final class ThrowsWithoutRegion extends TrialRule {
    ThrowsWithoutRegion() {
      super("broken.throwing");
    }

    @Override
    public Decision evaluate(Case c, DisputedItem item, GuidelineEdition edition) {
      if (item.request().region().isEmpty()) {
        throw new IllegalStateException("no region");
      }
      return super.evaluate(c, item, edition);
    }
  }

  /** Builds its criteria in a list it shares between calls: wrong under concurrent calls. */
  static final class SharedScratchList extends TrialRule {
    private final List<CriterionResult> scratch = new ArrayList<>();

    SharedScratchList() {
      super("broken.shared");
    }

    @Override
    @SuppressWarnings("ThreadPriorityCheck") // yielding widens the race this class exists to have
    public Decision evaluate(Case c, DisputedItem item, GuidelineEdition edition) {
      Decision d = super.evaluate(c, item, edition);
      scratch.clear();
      for (CriterionResult criterion : d.criteria()) {
        Thread.yield();
        scratch.add(criterion);
      }
      Thread.yield();
      return Decision.builder().from(d).criteria(List.copyOf(scratch)).build();
    }
  }

  /** Says what the patient is called. */
  static final class NamesThePatient extends TrialRule {
    NamesThePatient() {
      super("broken.names");
    }

    @Override
    public Decision evaluate(Case c, DisputedItem item, GuidelineEdition edition) {
      Decision d = super.evaluate(c, item, edition);
      return Decision.builder()
          .from(d)
          .rationale(d.rationale() + c.patient().name().map(n -> " Patient: " + n).orElse(""))
          .build();
    }
  }

  /** Puts the item id into its criterion ids. */
  static final class ItemIdInCriterionIds extends TrialRule {
    ItemIdInCriterionIds() {
      super("broken.ids");
    }

    @Override
    public Decision evaluate(Case c, DisputedItem item, GuidelineEdition edition) {
      Decision d = super.evaluate(c, item, edition);
      List<CriterionResult> renamed = new ArrayList<>();
      for (CriterionResult criterion : d.criteria()) {
        renamed.add(
            CriterionResult.builder().from(criterion).id(criterion.id() + "-" + item.id()).build());
      }
      return Decision.builder().from(d).criteria(renamed).build();
    }
  }

  /** Names its criteria in upper case, without a namespace. */
  static final class UnnamespacedCriterionIds extends TrialRule {
    UnnamespacedCriterionIds() {
      super("broken.unnamespaced");
    }

    @Override
    public Decision evaluate(Case c, DisputedItem item, GuidelineEdition edition) {
      Decision d = super.evaluate(c, item, edition);
      List<CriterionResult> renamed = new ArrayList<>();
      for (CriterionResult criterion : d.criteria()) {
        String name = criterion.id().substring(criterion.id().lastIndexOf('.') + 1);
        renamed.add(CriterionResult.builder().from(criterion).id("Trial" + name).build());
      }
      return Decision.builder().from(d).criteria(renamed).build();
    }
  }

  /**
   * Above the statutory cap, cites a section of an edition that is neither the one it applies nor
   * the statute that decided.
   */
  static final class CitesAnUnrelatedEdition extends StatutoryCapRule {
    CitesAnUnrelatedEdition() {
      super("broken.unrelated");
    }

    @Override
    GuidelineCitation decisionCitation(GuidelineCitation statute) {
      return GuidelineCitation.of(
          GuidelineEdition.builder().from(STATUTE).title("Another statute").build(),
          "Another § 9",
          "Unrelated");
    }
  }

  /** Answers about the first item whatever it is asked. */
  static final class AlwaysTheFirstItem extends TrialRule {
    AlwaysTheFirstItem() {
      super("broken.first");
    }

    @Override
    public Decision evaluate(Case c, DisputedItem item, GuidelineEdition edition) {
      return super.evaluate(c, c.disputedItems().get(0), edition);
    }
  }
}
