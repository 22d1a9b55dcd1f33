package org.openimr.guidelines.mtus;

import java.util.List;
import org.openimr.model.CriterionStatus;
import org.openimr.model.Evidence;
import org.openimr.model.GuidelineCitation;

/**
 * One rule of the physical medicine guidelines, resolved from the content once: its stable id, the
 * sentence saying what the guideline provides (the pack's description, or one built from the pack's
 * figures and tables), and its citation. The criterion classes hold one each and record it on a
 * decision with the status and the evidence of their facts ({@link PhysicalMedicineEvidence}).
 */
final class PhysicalMedicineCriterion {
  private final String id;
  private final String description;
  private final GuidelineCitation citation;

  private PhysicalMedicineCriterion(String id, String description, GuidelineCitation citation) {
    this.id = id;
    this.description = description;
    this.citation = citation;
  }

  static PhysicalMedicineCriterion of(String id, GuidelineCitation citation, String description) {
    return new PhysicalMedicineCriterion(id, description, citation);
  }

  /** A criterion whose description a content pack gives, citing the provision it describes. */
  static PhysicalMedicineCriterion of(String id, PhysicalMedicineContent.Described content) {
    return new PhysicalMedicineCriterion(id, content.description(), content.citation());
  }

  String id() {
    return id;
  }

  GuidelineCitation citation() {
    return citation;
  }

  /** Records the criterion on a decision with its evidence. */
  void record(DecisionWriter writer, CriterionStatus status, Evidence... evidence) {
    writer.criterion(id, description, status, citation, evidence);
  }

  /** Records the criterion on a decision with its evidence. */
  void record(DecisionWriter writer, CriterionStatus status, List<Evidence> evidence) {
    writer.criterionWith(id, description, status, citation, evidence);
  }

  /** Records the criterion with a more precise citation, e.g. the table row that applies. */
  void record(
      DecisionWriter writer,
      CriterionStatus status,
      GuidelineCitation precise,
      Evidence... evidence) {
    writer.criterion(id, description, status, precise, evidence);
  }

  /** Records the criterion with a more precise citation, e.g. the table row that applies. */
  void record(
      DecisionWriter writer,
      CriterionStatus status,
      GuidelineCitation precise,
      List<Evidence> evidence) {
    writer.criterionWith(id, description, status, precise, evidence);
  }
}
