package org.openimr.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openimr.json.SchemaFiles.DETERMINATION_SCHEMA;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
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
import org.openimr.model.MedicalNecessity;
import org.openimr.model.PassedOver;
import org.openimr.model.Rationale;
import org.openimr.model.ReviewerQualifications;
import org.openimr.model.SampleEvidence;

/**
 * The determination schema ({@value SchemaFiles#DETERMINATION}) describes what {@link ImrJson}
 * writes: every field, enum constant and optional field recently added, and the invariants of a
 * decision that a schema can state.
 */
class DeterminationSchemaTest {
  private static final JsonNode SCHEMA = SchemaFiles.tree(SchemaFiles.DETERMINATION);

  private static final GuidelineEdition EDITION =
      GuidelineEdition.builder()
          .source(GuidelineSource.MTUS)
          .title("MTUS Acupuncture Medical Treatment Guidelines")
          .label("2009")
          .effectiveFrom(LocalDate.of(2009, 7, 18))
          .effectiveTo(LocalDate.of(2017, 12, 31))
          .build();
  private static final GuidelineCitation CITATION =
      GuidelineCitation.of(EDITION, "8 CCR § 9792.24.1(c)(1)", "Time to produce effect");

  private static CriterionResult criterion(CriterionStatus status) {
    return CriterionResult.of(
        "mtus.acupuncture.frequency", "Frequency", status, List.of("3 a week"), CITATION);
  }

  private static Decision decided(MedicalNecessity necessity, CriterionStatus status) {
    return Decision.builder()
        .itemId("1")
        .necessity(necessity)
        .evaluatorId("mtus.acupuncture")
        .evaluatorVersion("1.0")
        .addCriteria(criterion(status))
        .addCriteria(
            CriterionResult.ofEvidence(
                "mtus.acupuncture.duration",
                "Duration",
                status,
                List.of(
                    Evidence.of(SampleEvidence.OVER, 4, 3),
                    Evidence.of(SampleEvidence.FINDINGS, List.of("a", "b"), true, "2014-01-02"),
                    Evidence.of(SampleEvidence.FIRST_TRIAL)),
                CITATION))
        .rationaleSource(Rationale.fromCriteria("Acupuncture 3x4", EDITION).namingPassedOver(true))
        .addCitations(CITATION)
        .build();
  }

  private static final Decision ADVICE =
      Decision.builder()
          .from(Decision.notEvaluable("1", "payer.policy", "1.0", "No policy edition applies."))
          .advisory(true)
          .build();

  private static final Determination FULL =
      Determination.builder()
          .caseNumber("CM14-0012345")
          .addDecisions(
              Decision.builder()
                  .from(decided(MedicalNecessity.NECESSARY, CriterionStatus.MET))
                  .addAdvisoryDecisions(ADVICE)
                  .content(ContentSource.of("example.pack", "1.0", "0".repeat(64)))
                  .addPassedOver(
                      PassedOver.of("mtus.acupuncture", EvidenceTier.MTUS, "No edition in force."))
                  .build())
          .addDecisions(
              Decision.builder()
                  .from(decided(MedicalNecessity.NOT_NECESSARY, CriterionStatus.NOT_MET))
                  .itemId("2")
                  .build())
          .addDecisions(Decision.notEvaluable("3", "openimr.reviewer", "0.1", "No guideline."))
          .reviewer(
              ReviewerQualifications.builder()
                  .specialty("Occupational Medicine")
                  .subspecialty("Preventive Medicine")
                  .licensedIn("California")
                  .yearsInActivePractice(20)
                  .hoursPerWeekInPractice(24)
                  .build())
          .decidedOn(LocalDate.of(2014, 3, 1))
          .build();

  private static JsonNode written(Determination d) {
    return SchemaFiles.parse(ImrJson.standard().write(d));
  }

  @Test
  void aDeterminationWithEveryOptionalFieldIsValidUnderTheSchema() {
    JsonNode json = written(FULL);

    assertThat(json.at("/decisions/0/advisoryDecisions/0/advisory").asBoolean()).isTrue();
    assertThat(DETERMINATION_SCHEMA.validate(json)).isEmpty();
    assertThat(
            DETERMINATION_SCHEMA.validate(
                written(Determination.builder().caseNumber("CM1").build())))
        .isEmpty();
  }

  @Test
  void everyEnumOfTheSchemaListsTheConstantsOfItsModelEnum() {
    List<Map.Entry<String, Class<?>>> enums = SchemaFiles.enumDefinitions(SCHEMA);

    assertThat(enums).hasSize(5);
    for (Map.Entry<String, Class<?>> e : enums) {
      assertThat(SchemaFiles.names(SCHEMA.at("/$defs/" + e.getKey() + "/enum")))
          .as(e.getKey())
          .isEqualTo(SchemaFiles.constants(e.getValue()));
    }
  }

  @Test
  void theSchemaNamesTheAdverseStatusesOfTheModel() {
    JsonNode necessary = SCHEMA.at("/$defs/decision/allOf/1");

    assertThat(necessary.at("/if/properties/necessity/const").asText()).isEqualTo("NECESSARY");
    assertThat(
            SchemaFiles.names(
                necessary.at("/then/properties/criteria/items/properties/status/not/enum")))
        .isEqualTo(
            Arrays.stream(CriterionStatus.values())
                .filter(CriterionStatus::isAdverse)
                .map(Enum::name)
                .toList());
  }

  /**
   * When a model type gains a field (as Decision did with the content pack that decided), this test
   * names the object of the schema that must gain it.
   */
  @Test
  void everyObjectOfTheSchemaNamesTheFieldsImrJsonWrites() {
    assertThat(SchemaFiles.schemaProperties(SCHEMA))
        .isEqualTo(SchemaFiles.writtenProperties(Determination.class));
    int objects = 0;
    for (var defs = SCHEMA.path("$defs").fields(); defs.hasNext(); ) {
      var def = defs.next();
      if (def.getValue().has("properties")) {
        objects++;
        assertThat(SchemaFiles.schemaProperties(def.getValue()))
            .as(def.getKey())
            .isEqualTo(SchemaFiles.writtenProperties(SchemaFiles.modelType(def.getKey())));
        assertThat(def.getValue().path("additionalProperties").asBoolean(true)).isFalse();
      }
    }
    assertThat(objects).isEqualTo(9);
  }

  @Test
  void theSchemaRefusesADecisionWhoseNecessityAndOutcomeDisagree() {
    assertRefused(d -> d.put("outcome", "UPHELD"));
    assertRefused(d -> d.remove("outcome"));
  }

  @Test
  void theSchemaRefusesANecessaryDecisionWithAnAdverseCriterion() {
    assertRefused(d -> ((ObjectNode) d.at("/criteria/0")).put("status", "NOT_DOCUMENTED"));
  }

  @Test
  void theSchemaRefusesAReasonOnADecidedItemAndNoReasonOnAnUndecidedOne() {
    assertRefused(d -> d.put("notEvaluableReason", "Why not."));
    assertRefused(d -> d.put("necessity", "NOT_EVALUABLE").remove("outcome"));
  }

  @Test
  void theSchemaRefusesAdviceNotMarkedAdvisoryAndAdviceOnAdvice() {
    assertRefused(d -> ((ObjectNode) d.at("/advisoryDecisions/0")).remove("advisory"));
    assertRefused(
        d ->
            ((ObjectNode) d.at("/advisoryDecisions/0"))
                .set("advisoryDecisions", d.get("advisoryDecisions").deepCopy()));
  }

  @Test
  void theSchemaRefusesFactsOnFreeTextAndFactsThatAreNotNumbersBooleansOrStrings() {
    assertRefused(
        d -> ((ObjectNode) d.at("/criteria/0/evidenceItems/0")).putObject("facts").put("n", 1));
    assertRefused(
        d -> ((ObjectNode) d.at("/criteria/1/evidenceItems/0/facts")).putObject("nested"));
    assertRefused(d -> ((ObjectNode) d.at("/criteria/1/evidenceItems/0")).remove("code"));
  }

  @Test
  void theSchemaRefusesARationaleSourceOfTheWrongShape() {
    assertRefused(d -> ((ObjectNode) d.at("/rationaleSource")).remove("edition"));
    assertRefused(d -> ((ObjectNode) d.at("/rationaleSource")).put("text", "Because."));
    assertRefused(d -> ((ObjectNode) d.at("/rationaleSource")).put("code", "template"));
  }

  @Test
  void theSchemaRefusesAnUnknownField() {
    assertRefused(d -> d.put("confidence", 1));
    assertRefused(d -> ((ObjectNode) d.at("/citations/0/edition")).put("url", "x"));
  }

  /** Changes the first decision of the full determination and expects the schema to refuse it. */
  private static void assertRefused(Consumer<ObjectNode> change) {
    JsonNode json = written(FULL);
    change.accept((ObjectNode) ((ArrayNode) json.get("decisions")).get(0));

    assertThat(DETERMINATION_SCHEMA.validate(json)).isNotEmpty();
  }
}
