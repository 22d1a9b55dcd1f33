package org.openimr.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.openimr.model.ContentSource;
import org.openimr.model.CriterionResult;
import org.openimr.model.CriterionStatus;
import org.openimr.model.Decision;
import org.openimr.model.Determination;
import org.openimr.model.Evidence;
import org.openimr.model.EvidenceTier;
import org.openimr.model.GuidelineCitation;
import org.openimr.model.GuidelineEdition;
import org.openimr.model.GuidelineSource;
import org.openimr.model.InvalidCaseException;
import org.openimr.model.MedicalNecessity;
import org.openimr.model.PassedOver;
import org.openimr.model.Rationale;
import org.openimr.model.ReviewerQualifications;
import org.openimr.model.SampleEvidence;
import org.openimr.model.Violation;

/**
 * Reading a determination back ({@link ImrJson#readDetermination}) gives the value written, with
 * its structured evidence and rationale source, and refuses a broken document with every problem at
 * its JSON path, quoting no input.
 */
class DeterminationReadingTest {
  private static final ImrJson JSON = ImrJson.standard();
  private static final String SECRET = "ZQXSECRET";

  private static final GuidelineEdition EDITION =
      GuidelineEdition.builder()
          .source(GuidelineSource.MTUS)
          .title("MTUS Acupuncture Medical Treatment Guidelines")
          .label("2009")
          .effectiveFrom(LocalDate.of(2009, 7, 18))
          .build();
  private static final GuidelineCitation CITATION =
      GuidelineCitation.of(EDITION, "8 CCR § 9792.24.1(c)(2)", "Frequency");

  static Decision notNecessary() {
    return Decision.builder()
        .itemId("1")
        .necessity(MedicalNecessity.NOT_NECESSARY)
        .evaluatorId("mtus.acupuncture")
        .evaluatorVersion("0.1.0")
        .addCriteria(
            CriterionResult.ofEvidence(
                "mtus.acupuncture.frequency",
                "Acupuncture is given 1 to 3 times per week.",
                CriterionStatus.NOT_MET,
                List.of(
                    Evidence.of(SampleEvidence.OVER, 4, 3),
                    Evidence.text("Free text from a third-party evaluator.")),
                CITATION))
        .addCriteria(
            CriterionResult.ofEvidence(
                "mtus.acupuncture.duration",
                "Up to 8 weeks.",
                CriterionStatus.MET,
                List.of(Evidence.of(SampleEvidence.FINDINGS, List.of("x", "y"), false, "2014")),
                CITATION))
        .rationaleSource(Rationale.fromCriteria("Acupuncture 4x3", EDITION).namingPassedOver(true))
        .addPassedOver(PassedOver.of("acoem", EvidenceTier.MTUS, "No edition in force."))
        .addCitations(CITATION)
        .content(ContentSource.of("openimr.mtus", "1.0", "a".repeat(64)))
        .build();
  }

  static Determination determination() {
    return Determination.builder()
        .caseNumber("CM14-1")
        .addDecisions(notNecessary())
        .addDecisions(Decision.notEvaluable("2", "openimr.reviewer", "0.1", "No guideline."))
        .reviewer(
            ReviewerQualifications.builder()
                .specialty("Occupational Medicine")
                .licensedIn("California")
                .yearsInActivePractice(10)
                .build())
        .decidedOn(LocalDate.of(2014, 3, 1))
        .build();
  }

  @Test
  void aDeterminationReadsBackEqualWithItsEvidenceCodesFactsAndTexts() {
    Determination written = determination();
    String json = JSON.write(written);

    Determination read = JSON.readDetermination(json);

    assertThat(read).isEqualTo(written);
    assertThat(read.hashCode()).isEqualTo(written.hashCode());
    assertThat(JSON.write(read)).isEqualTo(json);
    Evidence over = read.decisions().get(0).criteria().get(0).evidenceItems().get(0);
    assertThat(over.code()).isEqualTo("sample.evidence.over");
    assertThat(over.integer("requested")).isEqualTo(4);
    assertThat(over.integer("allowed")).isEqualTo(3);
    assertThat(over.text()).isEqualTo("The request is for 4 a week, more than 3.");
    assertThat(read.decisions().get(0).rationale())
        .isEqualTo(written.decisions().get(0).rationale())
        .contains("more than 3")
        .endsWith("so a lower tier decided it: No edition in force.");
  }

  @Test
  void theJsonCarriesTheTextAndTheStructuredEvidenceSideBySide() {
    JsonNode criterion = tree(determination()).at("/decisions/0/criteria/0");

    assertThat(criterion.at("/evidence/0").asText())
        .isEqualTo("The request is for 4 a week, more than 3.");
    assertThat(criterion.at("/evidenceItems/0/code").asText()).isEqualTo("sample.evidence.over");
    assertThat(criterion.at("/evidenceItems/0/facts/requested").asInt()).isEqualTo(4);
    assertThat(criterion.at("/evidenceItems/1/code").asText()).isEqualTo(Evidence.TEXT);
    assertThat(criterion.at("/evidenceItems/1").has("facts")).isFalse();
  }

  @Test
  void aDecisionAndACriterionResultReadOnTheirOwn() {
    Decision d = notNecessary();

    assertThat(JSON.readDecision(JSON.write(d))).isEqualTo(d);
    assertThat(JSON.read(JSON.write(d), Decision.class)).isEqualTo(d);
    CriterionResult c = d.criteria().get(0);
    assertThat(JSON.read(JSON.write(c), CriterionResult.class)).isEqualTo(c);
  }

  @Test
  void evidenceWrittenBeforeEvidenceItemsReadsAsFreeText() {
    ObjectNode json = tree(determination());
    ObjectNode criterion = (ObjectNode) json.at("/decisions/0/criteria/0");
    criterion.remove("evidenceItems");

    Determination read = JSON.readDetermination(json.toString());

    assertThat(read.decisions().get(0).criteria().get(0).evidenceItems())
        .extracting(Evidence::code)
        .containsExactly(Evidence.TEXT, Evidence.TEXT);
    assertThat(read.decisions().get(0).criteria().get(0).evidence())
        .isEqualTo(determination().decisions().get(0).criteria().get(0).evidence());
  }

  @Test
  void everyProblemIsListedWithItsPathAndNoInput() {
    List<Violation> found =
        violations(
            d -> {
              d.remove("itemId");
              d.put("necessity", SECRET);
              ObjectNode criterion = (ObjectNode) d.at("/criteria/0");
              criterion.put("status", 7);
              ((ObjectNode) criterion.at("/evidenceItems/0/facts")).putArray("requested").add(1);
              ((ObjectNode) criterion.at("/citation/edition")).put("effectiveFrom", SECRET);
              d.put(SECRET, SECRET);
            });

    assertThat(found)
        .extracting(Violation::path)
        .containsExactlyInAnyOrder(
            "$.decisions[0].itemId",
            "$.decisions[0].necessity",
            "$.decisions[0].criteria[0].status",
            "$.decisions[0].criteria[0].evidenceItems[0].facts.<field 1>[0]",
            "$.decisions[0].criteria[0].citation.edition.effectiveFrom",
            "$.decisions[0].<field 11>");
  }

  @Test
  void evidenceItemsMustMatchTheSentencesOneForOne() {
    assertThat(violations(d -> ((ArrayNode) d.at("/criteria/0/evidenceItems")).remove(1)))
        .extracting(Violation::path)
        .containsExactly("$.decisions[0].criteria[0].evidenceItems");
  }

  @Test
  void freeTextEvidenceCarriesNoFacts() {
    assertThat(
            violations(
                d ->
                    ((ObjectNode) d.at("/criteria/0/evidenceItems/1"))
                        .putObject("facts")
                        .put("n", 1)))
        .extracting(Violation::path)
        .contains("$.decisions[0].criteria[0].evidenceItems[1].facts");
  }

  @Test
  void derivedFieldsMustAgreeWithWhatTheyDeriveFrom() {
    assertThat(violations(d -> d.put("outcome", "OVERTURNED")))
        .extracting(Violation::path, Violation::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "$.decisions[0].outcome", "does not match the necessity"));
    assertThat(violations(d -> d.put("rationale", SECRET)))
        .extracting(Violation::path)
        .containsExactly("$.decisions[0].rationale");
    assertThat(violations(d -> ((ObjectNode) d.at("/rationaleSource")).remove("edition")))
        .extracting(Violation::path)
        .containsExactly("$.decisions[0].rationaleSource");
  }

  @Test
  void aBrokenDecisionInvariantIsNamedAtTheDecision() {
    assertThat(violations(d -> d.put("necessity", "NECESSARY").put("outcome", "OVERTURNED")))
        .extracting(Violation::path, Violation::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "$.decisions[0]",
                "breaks a decision invariant: a NECESSARY decision has no NOT_MET or"
                    + " NOT_DOCUMENTED criterion"));
  }

  private static ObjectNode tree(Determination d) {
    return (ObjectNode) SchemaFiles.parse(JSON.write(d));
  }

  /** The violations reading the determination gives after the change to its first decision. */
  private static List<Violation> violations(Consumer<ObjectNode> change) {
    ObjectNode json = tree(determination());
    change.accept((ObjectNode) json.at("/decisions/0"));
    InvalidCaseException e =
        catchThrowableOfType(
            () -> JSON.readDetermination(json.toString()), InvalidCaseException.class);
    assertThat(e).as("refused").isNotNull();
    assertThat(e.getMessage()).doesNotContain("ZQX");
    assertThat(e.violations())
        .allSatisfy(
            v -> {
              assertThat(v.path()).startsWith("$").doesNotContain("ZQX");
              assertThat(v.message()).doesNotContain("ZQX");
            });
    return e.violations();
  }
}
