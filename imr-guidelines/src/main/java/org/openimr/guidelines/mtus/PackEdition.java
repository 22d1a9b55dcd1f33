package org.openimr.guidelines.mtus;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Optional;
import org.openimr.model.GuidelineCitation;
import org.openimr.model.GuidelineEdition;

/**
 * One edition of a guideline as a content pack gives it: its dates and sections, and the figures,
 * provisions and criterion descriptions the evaluators of that guideline read. Everything here
 * comes from one pack; nothing is filled in from another edition.
 */
record PackEdition(
    String id,
    String guideline,
    GuidelineEdition edition,
    String section,
    Provenance provenance,
    Optional<String> note,
    Optional<Definition> functionalImprovement,
    ImmutableList<GuidelineFigure> figures,
    ImmutableList<GuidelineProvision> provisions,
    ImmutableList<CriterionText> criteria,
    ImmutableMap<String, JsonNode> tables) {

  /** Where the edition defines functional improvement (8 CCR § 9792.20(e) or (f)). */
  record Definition(String section, String title, Provenance provenance, Optional<String> note) {}

  /** What the guideline provides for one criterion, in the pack's words. */
  record CriterionText(
      String criterion,
      String section,
      String description,
      Provenance provenance,
      Optional<String> note) {}

  /**
   * The rows of one of the edition's tables ({@link ContentVocabulary#DIAGNOSIS_GROUPS} and the
   * others), already checked by the reader; empty when the pack gives none. {@code origin} names
   * the pack in any error.
   */
  List<ContentRow> rows(String table, String origin) {
    JsonNode array = tables.get(table);
    return array == null ? List.of() : ContentRow.of(origin + " " + id + "." + table, array);
  }

  /** The figure with this id that applies to every region, if the pack gives one. */
  Optional<GuidelineFigure> figure(String id) {
    for (GuidelineFigure f : figures) {
      if (f.id().equals(id) && f.regions().isEmpty()) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  Optional<GuidelineProvision> provision(String id) {
    for (GuidelineProvision p : provisions) {
      if (p.id().equals(id)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  Optional<CriterionText> criterion(String id) {
    for (CriterionText c : criteria) {
      if (c.criterion().equals(id)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** The citation of the functional-improvement definition, if the pack gives its section. */
  Optional<GuidelineCitation> functionalImprovementCitation() {
    return functionalImprovement.map(
        d -> GuidelineCitation.of(edition, d.section(), d.provenance().cite(d.title())));
  }

  /** The edition as {@link MtusContent} lists it; every listed edition defines the term. */
  EncodedEdition encoded() {
    EncodedEdition.Builder b =
        EncodedEdition.builder()
            .id(id)
            .edition(edition)
            .section(section)
            .functionalImprovementSection(
                functionalImprovement
                    .orElseThrow(
                        () ->
                            new IllegalStateException(
                                "bundled edition " + id + " has no functionalImprovement"))
                    .section())
            .provenance(provenance);
    note.ifPresent(b::note);
    return b.build();
  }
}
