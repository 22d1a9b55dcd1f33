package org.openimr.guidelines.mtus;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.openimr.model.BodyRegion;
import org.openimr.model.ClinicalFinding;
import org.openimr.model.GuidelineCitation;

/**
 * One provision of an MTUS acupuncture edition that is not a number (an indication, the scope, the
 * extension rule) as data from {@code acupuncture.provisions.json}: its section, title and
 * provenance; for the scope, the body regions the edition leaves to another guideline and which
 * one; for electroacupuncture, the findings it is indicated for.
 *
 * <p>Design notes: the shoulder's deferral to ACOEM is a choice the reference is sure of for 2007
 * and only believes for 2009, so it lives here, once per edition, with its provenance; correcting
 * it is a data change. An edition without a provision simply has no row, and the evaluator reports
 * what that edition does not cover instead of borrowing another edition's rule.
 */
record AcupunctureProvision(
    String id,
    String editionId,
    GuidelineCitation citation,
    Provenance provenance,
    Optional<String> note,
    Set<BodyRegion> deferredRegions,
    Optional<String> deferredTo,
    Set<ClinicalFinding> indicatedFor) {

  static final String RESOURCE = "acupuncture.provisions.json";

  static final String INDICATION = "acupuncture.indication";
  static final String ELECTROACUPUNCTURE_INDICATION = "acupuncture.electroacupuncture-indication";
  static final String SCOPE = "acupuncture.scope";
  static final String EXTENSION = "acupuncture.extension";

  private static final ImmutableList<AcupunctureProvision> ALL = load();

  /** Every provision of every edition, in file order. */
  static List<AcupunctureProvision> all() {
    return ALL;
  }

  /** The provision with this id in the edition with this id, if the data has it. */
  static Optional<AcupunctureProvision> find(String editionId, String id) {
    for (AcupunctureProvision p : ALL) {
      if (p.editionId().equals(editionId) && p.id().equals(id)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  private static ImmutableList<AcupunctureProvision> load() {
    ImmutableList.Builder<AcupunctureProvision> provisions = ImmutableList.builder();
    for (ContentRow row : ContentRow.readAll(RESOURCE)) {
      String editionId = row.text("edition");
      EncodedEdition edition =
          MtusContent.edition(editionId)
              .orElseThrow(() -> row.wrong("edition", "is not in editions.json"));
      ImmutableSet.Builder<BodyRegion> regions = ImmutableSet.builder();
      for (String region : row.texts("deferredRegions")) {
        regions.add(enumConstant(row, "deferredRegions", BodyRegion.class, region));
      }
      ImmutableSet.Builder<ClinicalFinding> findings = ImmutableSet.builder();
      for (String finding : row.texts("indicatedFor")) {
        findings.add(enumConstant(row, "indicatedFor", ClinicalFinding.class, finding));
      }
      Optional<String> deferredTo = row.optionalText("deferredTo");
      ImmutableSet<BodyRegion> deferred = regions.build();
      if (deferred.isEmpty() != deferredTo.isEmpty()) {
        throw row.wrong("deferredTo", "must be given exactly when deferredRegions is not empty");
      }
      provisions.add(
          new AcupunctureProvision(
              row.text("id"),
              editionId,
              GuidelineCitation.of(edition.edition(), row.text("section"), row.text("title")),
              row.enumValue("provenance", Provenance.class),
              row.optionalText("note"),
              deferred,
              deferredTo,
              findings.build()));
    }
    return provisions.build();
  }

  private static <E extends Enum<E>> E enumConstant(
      ContentRow row, String field, Class<E> type, String name) {
    try {
      return Enum.valueOf(type, name);
    } catch (IllegalArgumentException e) {
      throw row.wrong(field, "holds a value that is not a " + type.getSimpleName());
    }
  }
}
