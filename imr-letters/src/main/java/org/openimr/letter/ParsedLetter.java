package org.openimr.letter;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.openimr.model.Case;
import org.openimr.model.ReviewerQualifications;

/**
 * A final determination letter, read: its layout, sections, organization, reviewer qualifications,
 * case facts and disputed items. Made by {@link LetterParser}.
 *
 * <p>{@link #toString()} shows structure and structured values, never letter text.
 */
@API(status = EXPERIMENTAL, since = "0.1")
@ValueStyle
@Value.Immutable
public abstract class ParsedLetter {
  /**
   * The case number of {@link #toCase()} when the letter states none: a placeholder, not a case
   * number.
   */
  public static final String UNKNOWN_CASE_NUMBER = "UNKNOWN";

  ParsedLetter() {}

  public abstract LetterLayout layout();

  /** The headed sections, in letter order. */
  public abstract List<LetterSection> sections();

  /** The IMR case number from a {@code "Case Number:"} line, if any. */
  public abstract Optional<Fact<String>> caseNumber();

  /** The organization that sent the file to the reviewer ({@code "MAXIMUS Federal Services"}). */
  public abstract Optional<Fact<String>> organization();

  /** The reviewer's qualifications, when the letter states a specialty and a state of licensure. */
  public abstract Optional<Fact<ReviewerQualifications>> reviewer();

  public abstract LetterFacts facts();

  /** The disputed items, in the order the letter first names them. */
  public abstract List<ParsedItem> items();

  /**
   * The case this letter describes, built only from what it states, for {@link ReReview}:
   *
   * <ul>
   *   <li>case number: the letter's, else {@link #UNKNOWN_CASE_NUMBER};
   *   <li>patient: age, sex ({@code NOT_DOCUMENTED} when unstated), occupation; no identifiers;
   *   <li>request date: the request for authorization's date; else the latest report date, as the
   *       request follows the report that asks for it; either only when on or after the injury and
   *       not after a stated UR decision date. The injury date never stands in: a case without any
   *       request, UR or IMR application date cannot be reviewed (no guideline edition can be
   *       chosen). A UR or IMR application date out of that order is left out;
   *   <li>prior treatment: one course per distinct count the summary states, no region unless
   *       stated with it;
   *   <li>functional improvement: every statement that is not {@linkplain
   *       ImprovementStatement#denied() denied};
   *   <li>disputed items: every item whose request names a modality, with the item's id; the UR
   *       outcome is {@code DENIED}, a placeholder (letters rarely say whether UR denied or
   *       modified), and the cited guideline is the claims administrator's.
   * </ul>
   *
   * @throws LetterParseException ({@code NOT_A_CASE}) naming what is missing: the age, the date of
   *     injury, any item with a readable request; or the rules the case would break
   */
  public final Case toCase() {
    return CaseAssembler.assemble(this);
  }
}
