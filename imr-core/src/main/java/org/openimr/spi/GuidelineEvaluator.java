package org.openimr.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.openimr.model.Case;
import org.openimr.model.Decision;
import org.openimr.model.DisputedItem;
import org.openimr.model.EvidenceTier;
import org.openimr.model.GuidelineEdition;

/**
 * A guideline, encoded: it says which items it addresses and decides them.
 *
 * <h2>Contract</h2>
 *
 * <ul>
 *   <li><b>Stateless and thread-safe.</b> One instance serves every case, from many threads at
 *       once. It keeps no mutable state between calls.
 *   <li><b>Pure.</b> The same case, item and edition give an equal decision, every time. No clock,
 *       no randomness, no I/O on the evaluation path.
 *   <li><b>Explained.</b> Every decision lists the criteria checked, each with a stable id and a
 *       citation; every NOT_MET or NOT_DOCUMENTED criterion is named in the rationale. A decision
 *       that decides (NECESSARY or NOT_NECESSARY) cites a section of the edition it was asked to
 *       apply, or the statute or regulation that decided it (the citation of one of its NOT_MET or
 *       NOT_DOCUMENTED criteria, e.g. a Labor Code visit cap).
 *   <li><b>Stable criterion ids.</b> Every criterion id is {@linkplain #isNamespacedId namespaced}
 *       (dot-separated lower-case segments, e.g. {@code "mtus.acupuncture.extension"} or {@code
 *       "labor-code.4604.5.visit-cap"}; it need not start with the evaluator's id), unique within a
 *       decision, and the same for the same criterion across calls, cases and versions of the
 *       evaluator that encode the same content: users store and compare them.
 *   <li><b>No patient identifiers.</b> Reasons, rationales and exception messages never contain
 *       names, dates of birth or claim numbers; an evaluator has no need for them.
 *   <li><b>Failures are contained.</b> The reviewer turns an exception thrown here into a
 *       NOT_EVALUABLE decision naming the evaluator and the exception type; it never propagates.
 * </ul>
 *
 * <p>Implementations are found by {@link java.util.ServiceLoader} (list the class in {@code
 * META-INF/services/org.openimr.spi.GuidelineEvaluator}; it needs a public no-argument constructor)
 * or registered explicitly with the reviewer's builder.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public interface GuidelineEvaluator {

  /**
   * A stable id, e.g. {@code "mtus.acupuncture"}; every decision carries it as its evaluator id.
   * Like criterion ids, it should be {@linkplain #isNamespacedId namespaced}.
   */
  String id();

  /** The version of this encoding of the guideline, e.g. {@code "0.1.0"}. */
  String version();

  /**
   * The guideline editions this evaluator encodes, each with the request dates it governs. The
   * reviewer passes the one in force on the request date to {@link #evaluate}, and does not call
   * {@link #evaluate} when none is.
   */
  List<GuidelineEdition> editions();

  /** Whether this guideline addresses the item at all, with the reason either way. */
  Applicability applicability(Case c, DisputedItem item);

  /**
   * Decides the item under the given edition. Called only when {@link #applicability} said it
   * applies and {@code edition} is one of {@link #editions()}, in force on the case's {@linkplain
   * Case#effectiveRequestDate() request date}.
   */
  Decision evaluate(Case c, DisputedItem item, GuidelineEdition edition);

  /**
   * Why none of {@link #editions()} is in force on the date, for a request this guideline
   * addresses: one sentence that names the guideline and says what would supply an edition, e.g.
   * {@code "No edition of the MTUS Acupuncture Medical Treatment Guidelines (8 CCR § 9792.24.1) in
   * force on 2025-03-04 is encoded: supply a content pack for that date (see
   * docs/content-packs.md)."}. The reviewer gives it as the reason of a NOT_EVALUABLE decision, or
   * records it when a lower-tier guideline decides instead ({@link
   * org.openimr.model.Decision#passedOver()}). Empty, the default, for the reviewer's own wording
   * ("no edition it encodes is in force on the request date"). No patient data; an exception thrown
   * here counts as empty.
   */
  default Optional<String> noEditionInForce(LocalDate date) {
    return Optional.empty();
  }

  /**
   * Whether {@code id} follows the one rule for evaluator and criterion ids: two or more segments
   * separated by dots, each of lower-case ASCII letters and digits, with single hyphens inside a
   * segment, e.g. {@code "mtus.acupuncture.extension"} or {@code "labor-code.4604.5.visit-cap"}.
   * The rule asks for a namespace, not for this evaluator's id as prefix: a criterion that belongs
   * to another source (a statute, a regulation) is named after it.
   *
   * @param id the id to check
   * @return true if the id is namespaced
   */
  static boolean isNamespacedId(String id) {
    return NamespacedId.PATTERN.matcher(id).matches();
  }

  /**
   * Where this guideline stands in the medical evidence search sequence (8 CCR § 9792.21.1): the
   * reviewer asks MTUS evaluators first. Defaults to the highest tier among the editions.
   */
  default EvidenceTier evidenceTier() {
    return editions().stream()
        .map(GuidelineEdition::evidenceTier)
        .min(Comparator.naturalOrder())
        .orElse(EvidenceTier.OTHER);
  }
}
