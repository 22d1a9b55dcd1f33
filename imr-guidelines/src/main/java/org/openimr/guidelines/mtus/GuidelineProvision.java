package org.openimr.guidelines.mtus;

import java.util.Optional;
import java.util.Set;
import org.openimr.model.BodyRegion;
import org.openimr.model.ClinicalFinding;
import org.openimr.model.GuidelineCitation;
import org.openimr.model.Modality;

/**
 * One provision of a guideline edition that is not a number (an indication, the scope, the
 * extension rule, which modalities or regions a rule covers), as a content pack gives it: its
 * citation and provenance; for a scope, the body regions the edition leaves to another guideline
 * and which one; for electroacupuncture, the findings it is indicated for; for a coverage rule, the
 * modalities and regions it covers.
 *
 * <p>Design notes: an edition without a provision simply has no entry, and the evaluator reports
 * what that edition's pack does not cover instead of borrowing another edition's rule. Which fields
 * a provision may carry is checked when the pack is read ({@link ContentVocabulary}).
 */
record GuidelineProvision(
    String id,
    GuidelineCitation citation,
    Provenance provenance,
    Optional<String> note,
    Set<BodyRegion> deferredRegions,
    Optional<String> deferredTo,
    Set<ClinicalFinding> indicatedFor,
    Set<Modality> modalities,
    Set<BodyRegion> regions) {

  static final String INDICATION = "acupuncture.indication";
  static final String ELECTROACUPUNCTURE_INDICATION = "acupuncture.electroacupuncture-indication";
  static final String SCOPE = "acupuncture.scope";
  static final String EXTENSION = "acupuncture.extension";
}
