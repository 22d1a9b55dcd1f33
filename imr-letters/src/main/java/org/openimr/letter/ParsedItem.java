package org.openimr.letter;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.openimr.model.ImrOutcome;
import org.openimr.model.TreatmentRequest;

/**
 * One disputed item of a letter: its name, the decision, the guideline lines of the claims
 * administrator and of the reviewer, and the decision rationale, each where the letter states it.
 */
@API(status = EXPERIMENTAL, since = "0.1")
@ValueStyle
@Value.Immutable
public abstract class ParsedItem {
  ParsedItem() {}

  /**
   * Unique within the letter: the item's number when every item is numbered, else its 1-based
   * position. The disputed item of {@link ParsedLetter#toCase()} carries the same id.
   */
  public abstract String id();

  /** The number the letter gives the item ({@code "1."}), if any. */
  public abstract Optional<Integer> number();

  /** The item as the letter names it, e.g. {@code "Acupuncture 3x4"}. Redacted from toString. */
  @Value.Redacted
  public abstract String name();

  /** The item's heading line. */
  public abstract TextSpan span();

  /**
   * The request read from the name ({@code "Acupuncture 3x4"}); when the name gives no quantity,
   * the one request of the same modality that the case summary states; else absent.
   */
  public abstract Optional<TreatmentRequest> request();

  /** Upheld or overturned, with the words that say so; absent when the letter does not say. */
  public abstract Optional<Fact<ImrOutcome>> decision();

  /** The claims administrator's guideline line, after its label. */
  public abstract Optional<Fact<String>> claimsAdministratorGuideline();

  /** The reviewer's guideline line ({@code "MAXIMUS guideline: ..."}), after its label. */
  public abstract Optional<Fact<String>> reviewerGuideline();

  /** The decision rationale, its lines joined with single spaces. */
  public abstract Optional<Fact<String>> rationale();

  /**
   * The guideline the claims administrator cited, in the letter's words without the {@code
   * "Decision based on"} preamble and the final period, e.g. {@code "MTUS Acupuncture Treatment
   * Guidelines"}; absent when the line is missing or says none was cited.
   */
  public final Optional<String> claimsAdministratorGuidelineName() {
    return claimsAdministratorGuideline().flatMap(f -> GuidelineNames.name(f.value()));
  }
}
