package org.openimr.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.openimr.model.CriterionResult;
import org.openimr.model.CriterionStatus;
import org.openimr.model.Decision;
import org.openimr.model.Determination;
import org.openimr.model.Evidence;
import org.openimr.model.GuidelineCitation;
import org.openimr.model.GuidelineEdition;
import org.openimr.model.GuidelineSource;
import org.openimr.model.InvalidCaseException;
import org.openimr.model.MedicalNecessity;
import org.openimr.model.Rationale;
import org.openimr.model.SampleEvidence;
import org.openimr.model.Violation;

/**
 * Properties of structured evidence and of reading determinations: on generated determinations,
 * writing and reading back gives an equal value and the same JSON; rendered text is the same every
 * time; a required field removed anywhere is refused at its path.
 */
class DeterminationReadingPropertiesTest {
  private static final ImrJson JSON = ImrJson.standard();
  private static final GuidelineEdition EDITION =
      GuidelineEdition.builder()
          .source(GuidelineSource.MTUS)
          .title("MTUS Acupuncture Medical Treatment Guidelines")
          .label("2009")
          .effectiveFrom(LocalDate.of(2009, 7, 18))
          .build();
  private static final List<String> REQUIRED_DECISION_FIELDS =
      List.of("itemId", "necessity", "evaluatorId", "evaluatorVersion", "rationale");

  @Property(tries = 300)
  void aDeterminationWrittenAndReadBackIsEqualAndWritesTheSameJson(
      @ForAll("determinations") Determination d) {
    String json = JSON.write(d);

    Determination read = JSON.readDetermination(json);

    assertThat(read).isEqualTo(d);
    assertThat(read.hashCode()).isEqualTo(d.hashCode());
    assertThat(JSON.write(read)).isEqualTo(json);
    for (int i = 0; i < d.decisions().size(); i++) {
      assertThat(read.decisions().get(i).rationale()).isEqualTo(d.decisions().get(i).rationale());
    }
  }

  @Property(tries = 300)
  void renderedTextIsTheSameEveryTimeAndForEqualValues(@ForAll("determinations") Determination d) {
    // An equal determination built again from its parts renders the same texts.
    Determination again = Determination.builder().from(d).build();
    List<Decision> copies = new ArrayList<>();
    for (Decision decision : d.decisions()) {
      List<CriterionResult> criteria = new ArrayList<>();
      for (CriterionResult c : decision.criteria()) {
        criteria.add(
            CriterionResult.ofEvidence(
                c.id(), c.description(), c.status(), rebuilt(c.evidenceItems()), c.citation()));
      }
      copies.add(Decision.builder().from(decision).criteria(criteria).build());
    }

    for (int i = 0; i < d.decisions().size(); i++) {
      Decision original = d.decisions().get(i);
      assertThat(copies.get(i)).isEqualTo(original);
      assertThat(copies.get(i).rationale()).isEqualTo(original.rationale());
      assertThat(original.rationale()).isEqualTo(original.rationale());
      assertThat(again.decisions().get(i).rationale()).isEqualTo(original.rationale());
      for (int j = 0; j < original.criteria().size(); j++) {
        assertThat(copies.get(i).criteria().get(j).evidence())
            .isEqualTo(original.criteria().get(j).evidence());
      }
    }
  }

  @Property(tries = 300)
  void aRequiredFieldRemovedFromAnyDecisionIsRefusedAtItsPath(
      @ForAll("determinations") Determination d,
      @ForAll("fieldIndex") int field,
      @ForAll("fieldIndex") int which) {
    if (d.decisions().isEmpty()) {
      return;
    }
    int index = Math.floorMod(which, d.decisions().size());
    String name =
        REQUIRED_DECISION_FIELDS.get(Math.floorMod(field, REQUIRED_DECISION_FIELDS.size()));
    ObjectNode json = (ObjectNode) SchemaFiles.parse(JSON.write(d));
    ((ObjectNode) ((ArrayNode) json.get("decisions")).get(index)).remove(name);

    InvalidCaseException e =
        catchThrowableOfType(
            () -> JSON.readDetermination(json.toString()), InvalidCaseException.class);

    assertThat(e).isNotNull();
    assertThat(e.violations())
        .extracting(Violation::path)
        .contains("$.decisions[" + index + "]." + name);
  }

  @Property(tries = 300)
  void aFactOfTheWrongTypeIsRefusedAtItsPath(@ForAll("determinations") Determination d) {
    ObjectNode json = (ObjectNode) SchemaFiles.parse(JSON.write(d));
    String path = null;
    outer:
    for (int i = 0; i < d.decisions().size(); i++) {
      List<CriterionResult> criteria = d.decisions().get(i).criteria();
      for (int j = 0; j < criteria.size(); j++) {
        List<Evidence> items = criteria.get(j).evidenceItems();
        for (int k = 0; k < items.size(); k++) {
          if (!items.get(k).factNames().isEmpty()) {
            ObjectNode facts =
                (ObjectNode)
                    json.at(
                        "/decisions/" + i + "/criteria/" + j + "/evidenceItems/" + k + "/facts");
            // The last fact, so that a path counting positions wrongly shows.
            String last = "";
            for (Iterator<String> names = facts.fieldNames(); names.hasNext(); ) {
              last = names.next();
            }
            facts.set(last, facts.objectNode());
            path =
                "$.decisions["
                    + i
                    + "].criteria["
                    + j
                    + "].evidenceItems["
                    + k
                    + "].facts.<field "
                    + facts.size()
                    + ">";
            break outer;
          }
        }
      }
    }
    if (path == null) {
      return;
    }

    InvalidCaseException e =
        catchThrowableOfType(
            () -> JSON.readDetermination(json.toString()), InvalidCaseException.class);

    assertThat(e).isNotNull();
    assertThat(e.violations()).extracting(Violation::path).containsExactly(path);
  }

  private static List<Evidence> rebuilt(List<Evidence> items) {
    List<Evidence> out = new ArrayList<>();
    for (Evidence e : items) {
      if (e.isText()) {
        out.add(Evidence.text(e.text()));
      } else {
        SampleEvidence code =
            SampleEvidence.valueOf(
                e.code()
                    .substring("sample.evidence.".length())
                    .toUpperCase(java.util.Locale.ROOT)
                    .replace('-', '_'));
        Object[] values = new Object[e.factNames().size()];
        for (int i = 0; i < values.length; i++) {
          values[i] = e.fact(i);
        }
        out.add(Evidence.of(code, values));
      }
    }
    return out;
  }

  @Provide
  Arbitrary<Integer> fieldIndex() {
    return Arbitraries.integers().between(0, 1000);
  }

  @Provide
  Arbitrary<Determination> determinations() {
    return Combinators.combine(
            Arbitraries.strings().ofMinLength(1).ofMaxLength(12), decisions().list().ofMaxSize(3))
        .as(
            (number, decisions) -> {
              List<Decision> numbered = new ArrayList<>();
              for (int i = 0; i < decisions.size(); i++) {
                numbered.add(Decision.builder().from(decisions.get(i)).itemId("" + i).build());
              }
              return Determination.builder().caseNumber(number).decisions(numbered).build();
            });
  }

  private static Arbitrary<Decision> decisions() {
    return Combinators.combine(
            criteria().list().ofMaxSize(5),
            Arbitraries.of(MedicalNecessity.class),
            Arbitraries.strings().ofMaxLength(40),
            Arbitraries.of(true, false))
        .as(
            (criteria, necessity, text, fromCriteria) -> {
              List<CriterionResult> list = new ArrayList<>(criteria);
              if (necessity == MedicalNecessity.NECESSARY) {
                list.removeIf(c -> c.status().isAdverse());
              }
              Decision.Builder b =
                  Decision.builder()
                      .itemId("1")
                      .necessity(necessity)
                      .evaluatorId("sample")
                      .evaluatorVersion("1")
                      .criteria(list)
                      .rationaleSource(
                          fromCriteria && necessity != MedicalNecessity.NOT_EVALUABLE
                              ? Rationale.fromCriteria(text, EDITION)
                              : Rationale.text(text));
              if (necessity == MedicalNecessity.NOT_EVALUABLE) {
                b.notEvaluableReason(text);
              }
              for (CriterionResult c : list) {
                b.addCitations(c.citation());
              }
              return b.build();
            });
  }

  private static Arbitrary<CriterionResult> criteria() {
    return Combinators.combine(
            Arbitraries.of(CriterionStatus.class),
            evidence().list().ofMaxSize(4),
            Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(6))
        .as(
            (status, evidence, section) ->
                CriterionResult.ofEvidence(
                    "sample.c",
                    "A criterion.",
                    status,
                    evidence,
                    GuidelineCitation.of(EDITION, "§ " + section, "Title")));
  }

  private static Arbitrary<Evidence> evidence() {
    Arbitrary<Integer> counts = Arbitraries.integers().between(-5, Integer.MAX_VALUE);
    return Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(30).map(Evidence::text),
        Combinators.combine(counts, counts).as((a, b) -> Evidence.of(SampleEvidence.OVER, a, b)),
        Combinators.combine(
                Arbitraries.strings().ofMaxLength(8).list().ofMaxSize(3),
                Arbitraries.of(true, false),
                Arbitraries.strings().ofMaxLength(10))
            .as((f, m, date) -> Evidence.of(SampleEvidence.FINDINGS, f, m, date)),
        Arbitraries.just(Evidence.of(SampleEvidence.FIRST_TRIAL)));
  }
}
