package org.openimr.guidelines.mtus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.openimr.json.ImrJson;
import org.openimr.model.Case;
import org.openimr.model.CriterionResult;
import org.openimr.model.Decision;
import org.openimr.model.Determination;
import org.openimr.model.Evidence;
import org.openimr.review.ImrReviewer;
import org.openimr.testkit.ImrArbitraries;

/**
 * Structured evidence of the built-in evaluators on generated cases: every acupuncture and physical
 * medicine (chronic pain and postsurgical) evidence item carries a documented code of its
 * evaluator's namespace, and no physical medicine fact carries the record's free text; the text
 * rendered from the facts is the same every time and for an equal decision made again; and the
 * determination written as JSON reads back equal, with the same texts. The cases are the testkit's
 * (any modality) and, as often, the physical medicine generator's (surgeries from the postsurgical
 * table, prior courses with and without counts), so both physical medicine evaluators decide many.
 */
class StructuredEvidencePropertiesTest {
  private static final ImrReviewer REVIEWER = ImrReviewer.withDiscoveredEvaluators();
  private static final ImrJson JSON = ImrJson.standard();

  @Provide
  Arbitrary<Case> cases() {
    // 2008 to 2019 spans the bundled acupuncture and physical medicine editions and both edges.
    return Arbitraries.frequencyOf(
        Tuple.of(
            1,
            ImrArbitraries.cases()
                .requestedBetween(LocalDate.of(2008, 1, 1), LocalDate.of(2019, 1, 1))),
        Tuple.of(2, PhysicalMedicineArbitraries.cases()));
  }

  @Property(tries = 300)
  void aDeterminationReadsBackEqualWithTheSameTexts(@ForAll("cases") Case c) {
    Determination written = REVIEWER.review(c);
    String json = JSON.write(written);

    Determination read = JSON.readDetermination(json);

    assertThat(read).isEqualTo(written);
    assertThat(JSON.write(read)).isEqualTo(json);
    for (int i = 0; i < written.decisions().size(); i++) {
      assertThat(read.decisions().get(i).rationale())
          .isEqualTo(written.decisions().get(i).rationale());
    }
  }

  @Property(tries = 300)
  void theTextIsTheSameEveryTimeAndForTheSameDecisionMadeAgain(@ForAll("cases") Case c) {
    Determination first = REVIEWER.review(c);
    Determination again = REVIEWER.review(Case.builder().from(c).build());

    assertThat(again).isEqualTo(first);
    for (int i = 0; i < first.decisions().size(); i++) {
      Decision a = first.decisions().get(i);
      Decision b = again.decisions().get(i);
      assertThat(b.rationale()).isEqualTo(a.rationale()).isEqualTo(a.rationale());
      for (int j = 0; j < a.criteria().size(); j++) {
        assertThat(b.criteria().get(j).evidence()).isEqualTo(a.criteria().get(j).evidence());
      }
    }
  }

  @Property(tries = 300)
  void everyAcupunctureEvidenceItemHasADocumentedCodeOfItsNamespace(@ForAll("cases") Case c) {
    for (Decision d : REVIEWER.review(c).decisions()) {
      if (!d.evaluatorId().equals(MtusAcupunctureEvaluator.ID)) {
        continue;
      }
      for (CriterionResult cr : d.criteria()) {
        assertThat(cr.evidenceItems()).hasSameSizeAs(cr.evidence()).isNotEmpty();
        for (Evidence e : cr.evidenceItems()) {
          assertThat(e.isText()).as(cr.id()).isFalse();
          assertThat(codes()).contains(e.code());
          assertThat(e.text()).isNotBlank().endsWith(".");
        }
      }
    }
  }

  @Property(tries = 300)
  void everyPhysicalMedicineEvidenceItemHasADocumentedCodeOfItsNamespace(@ForAll("cases") Case c) {
    for (Decision d : REVIEWER.review(c).decisions()) {
      Statistics.label("evaluator").collect(d.evaluatorId());
      if (!PHYSICAL_MEDICINE.contains(d.evaluatorId())) {
        continue;
      }
      for (CriterionResult cr : d.criteria()) {
        assertThat(cr.evidenceItems()).hasSameSizeAs(cr.evidence()).isNotEmpty();
        for (Evidence e : cr.evidenceItems()) {
          assertThat(e.isText()).as(cr.id()).isFalse();
          assertThat(physicalMedicineCodes()).as(cr.id()).contains(e.code());
          assertThat(e.text()).isNotBlank().endsWith(".");
          assertThat(e.facts().keySet()).containsExactlyElementsOf(e.factNames());
          assertThat(e.facts().toString()).doesNotContain(PhysicalMedicineArbitraries.MARKER);
        }
      }
    }
    Statistics.label("evaluator")
        .coverage(
            coverage -> {
              for (String id : PHYSICAL_MEDICINE) {
                coverage.check(id).percentage(p -> p >= 2.0);
              }
            });
  }

  private static final List<String> PHYSICAL_MEDICINE =
      List.of(
          MtusChronicPainPhysicalMedicineEvaluator.ID,
          MtusPostsurgicalPhysicalMedicineEvaluator.ID);

  /** The codes of physical medicine decisions: their own, and functional improvement's. */
  private static List<String> physicalMedicineCodes() {
    List<String> codes = new ArrayList<>();
    for (PhysicalMedicineEvidence e : PhysicalMedicineEvidence.values()) {
      codes.add(e.id());
      assertThat(e.id())
          .isEqualTo(
              "mtus.physical-medicine.evidence."
                  + e.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
    for (ImprovementEvidence e : ImprovementEvidence.values()) {
      codes.add(e.id());
    }
    return codes;
  }

  private static List<String> codes() {
    List<String> codes = new ArrayList<>();
    for (AcupunctureEvidence e : AcupunctureEvidence.values()) {
      codes.add(e.id());
      assertThat(e.id())
          .isEqualTo(
              "mtus.acupuncture.evidence." + e.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
    for (ImprovementEvidence e : ImprovementEvidence.values()) {
      codes.add(e.id());
    }
    return codes;
  }
}
