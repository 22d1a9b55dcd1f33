package org.openimr.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;

/**
 * A kind of structured {@link Evidence}: a namespaced id, the names of the facts it carries, and
 * how its sentence is written from them. Evaluators declare their codes once, typically as the
 * constants of an enum, and document in each what it means and what its facts are.
 *
 * <p>Contract: {@link #id()} is namespaced like criterion ids ({@code
 * "mtus.acupuncture.evidence.frequency-within"}) and stable across versions, so tools may key on
 * it; {@link #factNames()} is fixed for the code; {@link #render(Evidence)} depends on the facts
 * alone (no clock, no locale, no case), so the same evidence always reads the same. An
 * implementation holds no case data: it is shared by every decision that uses the code.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public interface EvidenceCode {
  /** The stable, namespaced id of the code, e.g. {@code "mtus.acupuncture.evidence.frequency"}. */
  String id();

  /** The names of the facts evidence of this code carries, in order. */
  List<String> factNames();

  /**
   * The sentence saying what the evidence shows, e.g. {@code "The request is for 2-3 sessions a
   * week, more than 3."}. Called at most once per evidence item, when its text is first asked for.
   */
  String render(Evidence evidence);
}
