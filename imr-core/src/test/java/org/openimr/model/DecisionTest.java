package org.openimr.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The invariants a {@link Decision} keeps whenever it is built, and its citation list. */
class DecisionTest {
  private static final String MARKER = "ZQXMARKER";

  private static final GuidelineEdition MTUS =
      GuidelineEdition.builder()
          .source(GuidelineSource.MTUS)
          .title("MTUS Acupuncture Medical Treatment Guidelines")
          .label("2009")
          .effectiveFrom(LocalDate.of(2009, 7, 18))
          .build();
  private static final GuidelineEdition POLICY =
      GuidelineEdition.builder()
          .source(GuidelineSource.OTHER)
          .title("Payer policy")
          .label("1")
          .effectiveFrom(LocalDate.of(2009, 7, 18))
          .build();

  private static CriterionResult criterion(String id, CriterionStatus status) {
    return CriterionResult.of(
        id, MARKER + " description", status, List.of(MARKER + " evidence"), cite(MTUS, "§ 1"));
  }

  private static GuidelineCitation cite(GuidelineEdition edition, String section) {
    return GuidelineCitation.of(edition, section, "what " + section + " provides");
  }

  private static Decision.Builder decision(MedicalNecessity necessity) {
    Decision.Builder b =
        Decision.builder()
            .itemId("1")
            .necessity(necessity)
            .evaluatorId("x")
            .evaluatorVersion("1")
            .rationale(MARKER + " rationale");
    if (necessity == MedicalNecessity.NOT_EVALUABLE) {
      b.notEvaluableReason(MARKER + " reason");
    }
    return b;
  }

  @Example
  void aNecessaryDecisionWithANotMetCriterionIsRefusedNamingTheInvariant() {
    assertThatThrownBy(
            () ->
                decision(MedicalNecessity.NECESSARY)
                    .addCriteria(criterion("x.a", CriterionStatus.NOT_MET))
                    .build())
        .isInstanceOfSatisfying(
            DecisionInvariantException.class,
            e ->
                assertThat(e.invariant())
                    .isEqualTo("a NECESSARY decision has no NOT_MET or NOT_DOCUMENTED criterion"))
        .hasMessageNotContaining(MARKER);
  }

  @Example
  void aNecessaryDecisionWithANotDocumentedCriterionIsRefusedToo() {
    assertThatThrownBy(
            () ->
                decision(MedicalNecessity.NECESSARY)
                    .addCriteria(criterion("x.a", CriterionStatus.MET))
                    .addCriteria(criterion("x.b", CriterionStatus.NOT_DOCUMENTED))
                    .build())
        .isInstanceOf(DecisionInvariantException.class)
        .hasMessageNotContaining(MARKER);
  }

  @Example
  void aNecessaryDecisionMayHaveCriteriaThatDoNotApply() {
    Decision d =
        decision(MedicalNecessity.NECESSARY)
            .addCriteria(criterion("x.a", CriterionStatus.MET))
            .addCriteria(criterion("x.b", CriterionStatus.NOT_APPLICABLE))
            .build();

    assertThat(d.outcome()).contains(ImrOutcome.OVERTURNED);
  }

  @Example
  void theNotEvaluableReasonInvariantIsNamedToo() {
    assertThatThrownBy(() -> decision(MedicalNecessity.NECESSARY).notEvaluableReason("x").build())
        .isInstanceOfSatisfying(
            DecisionInvariantException.class,
            e -> assertThat(e.invariant()).contains("notEvaluableReason"));
  }

  @Property
  void aDecisionIsBuiltExactlyWhenItsNecessityAgreesWithItsCriteria(
      @ForAll MedicalNecessity necessity, @ForAll("statuses") List<CriterionStatus> statuses) {
    Decision.Builder b = decision(necessity);
    for (int i = 0; i < statuses.size(); i++) {
      b.addCriteria(criterion("x.c" + i, statuses.get(i)));
    }
    boolean adverse = statuses.stream().anyMatch(CriterionStatus::isAdverse);

    if (necessity == MedicalNecessity.NECESSARY && adverse) {
      assertThatThrownBy(b::build)
          .isInstanceOf(DecisionInvariantException.class)
          .hasMessageNotContaining(MARKER);
    } else {
      assertThatNoException().isThrownBy(b::build);
    }
  }

  @Provide
  Arbitrary<List<CriterionStatus>> statuses() {
    return Arbitraries.of(CriterionStatus.class).list().ofMaxSize(6);
  }

  @Example
  void citationsOfOneSectionThatDifferOnlyInTitleAreShownOnceWithTheFirstTitle() {
    Decision d =
        decision(MedicalNecessity.NOT_NECESSARY)
            .addCitations(GuidelineCitation.of(MTUS, "§ 9792.24.1(d)", "Extension"))
            .addCitations(GuidelineCitation.of(MTUS, "§ 9792.24.1(c)", "Frequency"))
            .addCitations(
                GuidelineCitation.of(MTUS, "§ 9792.24.1(d)", "Extension with improvement"))
            .addCitations(GuidelineCitation.of(POLICY, "§ 9792.24.1(d)", "Same words, other text"))
            .build();

    assertThat(d.citations())
        .containsExactly(
            GuidelineCitation.of(MTUS, "§ 9792.24.1(d)", "Extension"),
            GuidelineCitation.of(MTUS, "§ 9792.24.1(c)", "Frequency"),
            GuidelineCitation.of(POLICY, "§ 9792.24.1(d)", "Same words, other text"));
  }

  @Property
  void aCitationListNamesEverySectionCitedOnceInFirstCitedOrder(
      @ForAll("citationLists") List<GuidelineCitation> citations) {
    Decision d = decision(MedicalNecessity.NOT_NECESSARY).citations(citations).build();

    List<GuidelineCitation> expected = new ArrayList<>();
    for (GuidelineCitation c : citations) {
      if (expected.stream()
          .noneMatch(e -> e.edition().equals(c.edition()) && e.section().equals(c.section()))) {
        expected.add(c);
      }
    }
    assertThat(d.citations()).containsExactlyElementsOf(expected);
    // Building again from the decision changes nothing: the list is already distinct.
    assertThat(Decision.builder().from(d).build()).isEqualTo(d);
  }

  @Provide
  Arbitrary<List<GuidelineCitation>> citationLists() {
    return Combinators.combine(
            Arbitraries.of(MTUS, POLICY),
            Arbitraries.of("§ 1", "§ 2", "§ 3"),
            Arbitraries.of("A", "B"))
        .as(GuidelineCitation::of)
        .list()
        .ofMaxSize(8);
  }

  @Example
  void advisoryDecisionsAreMarkedAdvisoryAndForTheSameItem() {
    Decision advisory =
        Decision.builder()
            .from(Decision.notEvaluable("1", "payer", "1", "r"))
            .advisory(true)
            .build();

    Decision deciding =
        decision(MedicalNecessity.NOT_NECESSARY).addAdvisoryDecisions(advisory).build();
    assertThat(deciding.advisory()).isFalse();
    assertThat(deciding.advisoryDecisions()).containsExactly(advisory);

    assertThatThrownBy(
            () ->
                decision(MedicalNecessity.NOT_NECESSARY)
                    .addAdvisoryDecisions(Decision.notEvaluable("1", "payer", "1", "r"))
                    .build())
        .isInstanceOf(DecisionInvariantException.class);
    assertThatThrownBy(
            () ->
                decision(MedicalNecessity.NOT_NECESSARY)
                    .addAdvisoryDecisions(
                        Decision.builder()
                            .from(Decision.notEvaluable("2", "payer", "1", "r"))
                            .advisory(true)
                            .build())
                    .build())
        .isInstanceOf(DecisionInvariantException.class);
    assertThatThrownBy(() -> Decision.builder().from(deciding).advisory(true).build())
        .isInstanceOfSatisfying(
            DecisionInvariantException.class,
            e -> assertThat(e.invariant()).contains("no advisory decisions of its own"));
  }

  @Example
  void advisoryDecisionsTakePartInEquality() {
    Decision plain = decision(MedicalNecessity.NOT_NECESSARY).build();
    Decision advisory = Decision.builder().from(plain).advisory(true).build();

    assertThat(advisory).isNotEqualTo(plain);
    assertThat(Decision.builder().from(advisory).advisory(false).build()).isEqualTo(plain);
  }

  @Example
  @SuppressWarnings("NullAway") // passes null on purpose
  void staticFactoriesNameTheNullParameter() {
    assertThatThrownBy(() -> Decision.notEvaluable(null, "x", "1", "r"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("itemId");
    assertThatThrownBy(() -> Decision.notEvaluable("1", null, "1", "r")).hasMessage("evaluatorId");
    assertThatThrownBy(() -> Decision.notEvaluable("1", "x", null, "r"))
        .hasMessage("evaluatorVersion");
    assertThatThrownBy(() -> Decision.notEvaluable("1", "x", "1", null)).hasMessage("reason");
    assertThatThrownBy(
            () -> CriterionResult.of(null, "d", CriterionStatus.MET, List.of(), cite(MTUS, "§")))
        .hasMessage("id");
    assertThatThrownBy(
            () -> CriterionResult.of("x.a", "d", CriterionStatus.MET, null, cite(MTUS, "§")))
        .hasMessage("evidence");
    assertThatThrownBy(() -> CriterionResult.of("x.a", "d", CriterionStatus.MET, List.of(), null))
        .hasMessage("citation");
    assertThatThrownBy(() -> GuidelineCitation.of(null, "§", "t")).hasMessage("edition");
    assertThatThrownBy(() -> GuidelineCitation.of(MTUS, null, "t")).hasMessage("section");
    assertThatThrownBy(() -> GuidelineCitation.of(MTUS, "§", null)).hasMessage("title");
    assertThatThrownBy(() -> Decision.builder().itemId(null)).hasMessage("itemId");
    assertThatThrownBy(() -> Case.builder().caseNumber(null)).hasMessage("caseNumber");
  }
}
