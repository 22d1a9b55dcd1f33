package org.openimr.cli;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.openimr.json.ImrJson;
import org.openimr.letter.LetterRenderer;
import org.openimr.model.Case;
import org.openimr.model.Determination;
import org.openimr.model.ReviewerQualifications;
import org.openimr.review.ImrReviewer;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code imr evaluate CASE.json}: decides every disputed item of one case, and prints a summary,
 * the Determination as JSON, or the final determination letter.
 *
 * <p>Design notes: the letter states only what it is given. {@link LetterRenderer} needs the IMR
 * organization, so {@code --letter} needs {@code --organization} and has no default; the reviewer's
 * qualifications appear only when {@code --reviewer-specialty} and {@code --reviewer-licensed-in}
 * are given (board certification only with its flag), otherwise the letter says they were not
 * provided.
 */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = {
      "Decides every disputed item of a case (JSON, as ImrJson writes it) and prints, per item,"
          + " the request and its outcome (Upheld, Overturned or Not evaluable), the criteria"
          + " that fail with their ids and sections, the citations and the rationale.",
      "With --letter, prints the final determination letter instead; it names the organization"
          + " given with --organization, and the reviewer's qualifications only when given with"
          + " the --reviewer-* options.",
      "Reads at most "
          + InputFiles.CASE_LIMIT
          + " bytes of the case file (or pipe): a larger one is invalid input (\"too large\").",
    })
final class EvaluateCommand implements Callable<Integer> {
  private final Terminal terminal;

  @Mixin ContentOptions content = new ContentOptions();
  private final Supplier<ImrReviewer.Builder> reviewers;

  @Spec private @Nullable CommandSpec spec;

  @Parameters(paramLabel = "CASE.json", description = "the case file")
  private @Nullable Path caseFile;

  /**
   * What to print instead of the summary: {@code --json} or the letter options, never both. Picocli
   * enforces the rules: the group is exclusive, and a letter option without {@code --letter
   * --organization NAME} (or one reviewer option without the two required ones) is a usage error
   * that names the missing options.
   */
  @ArgGroup(exclusive = true)
  private @Nullable Output output;

  /** Either {@code --json} or the letter with its options. */
  static final class Output {
    @Option(
        names = "--json",
        description = "print the Determination as JSON instead of the summary")
    boolean json;

    @ArgGroup(exclusive = false)
    @Nullable LetterOptions letter;
  }

  /** {@code --letter} and the options only a letter uses; {@code --organization} is required. */
  static final class LetterOptions {
    @Option(
        names = "--letter",
        required = true,
        description = "print the final determination letter instead of the summary")
    boolean letter;

    @Option(
        names = "--organization",
        required = true,
        paramLabel = "NAME",
        description =
            "the IMR organization that sent the case to the reviewer, as the letter names it"
                + " (needed with --letter; there is no default)")
    String organization = "";

    @Option(
        names = "--format",
        paramLabel = "FORMAT",
        description = "the letter's format: ${COMPLETION-CANDIDATES} (default: text)")
    @Nullable LetterFormat format;

    @Option(
        names = "--guideline-label",
        paramLabel = "NAME",
        description =
            "the name on the letter's reviewer guideline line (\"NAME guideline:\"; default: the"
                + " organization)")
    @Nullable String guidelineLabel;

    @ArgGroup(exclusive = false)
    @Nullable ReviewerOptions reviewer;
  }

  /**
   * The reviewer's qualifications on the letter: specialty and state are required once any reviewer
   * option is given.
   */
  static final class ReviewerOptions {
    @Option(
        names = "--reviewer-specialty",
        required = true,
        paramLabel = "TEXT",
        description = "the expert reviewer's specialty, e.g. \"Occupational Medicine\"")
    String specialty = "";

    @Option(
        names = "--reviewer-licensed-in",
        required = true,
        paramLabel = "STATE",
        description = "the state the reviewer is licensed to practice in")
    String licensedIn = "";

    @Option(
        names = "--reviewer-board-certified",
        description = "the reviewer is board certified in the specialty")
    boolean boardCertified;

    @Option(
        names = "--reviewer-subspecialty",
        paramLabel = "TEXT",
        description = "the reviewer's subspecialty")
    @Nullable String subspecialty;

    @Option(
        names = "--reviewer-years",
        paramLabel = "N",
        description = "years the reviewer has been in active clinical practice")
    @Nullable Integer years;

    @Option(
        names = "--reviewer-hours-per-week",
        paramLabel = "N",
        description = "hours a week the reviewer currently works in active practice")
    @Nullable Integer hoursPerWeek;
  }

  EvaluateCommand(Terminal terminal, Supplier<ImrReviewer.Builder> reviewers) {
    this.terminal = terminal;
    this.reviewers = reviewers;
  }

  /** The letter formats {@link LetterRenderer} writes; lower case, as typed on the command line. */
  enum LetterFormat {
    text,
    markdown
  }

  @Override
  public Integer call() {
    LetterOptions letter = output == null ? null : output.letter;
    Optional<ReviewerQualifications> reviewer = checkOptions(letter);
    Case c = CaseFiles.read(Objects.requireNonNull(caseFile, "caseFile"));
    ImrReviewer.Builder builder = content.apply(reviewers.get());
    reviewer.ifPresent(builder::qualifications);
    Determination determination = builder.build().review(c);
    if (output != null && output.json) {
      terminal.out().println(ImrJson.standard().writePretty(determination));
    } else if (letter != null && letter.letter) {
      LetterRenderer.Builder renderer = LetterRenderer.builder().organization(letter.organization);
      if (letter.guidelineLabel != null) {
        renderer.guidelineLabel(letter.guidelineLabel);
      }
      terminal
          .out()
          .print(
              letter.format == LetterFormat.markdown
                  ? renderer.build().markdown(c, determination)
                  : renderer.build().plainText(c, determination));
      terminal.out().flush();
    } else {
      DeterminationText.write(c, determination, terminal.out());
    }
    return Imr.OK;
  }

  /**
   * Checks the values of the letter options (which options go together is the argument groups' job)
   * and returns the reviewer's qualifications, if given.
   *
   * @throws CommandLine.ParameterException a usage error (exit code 2)
   */
  private Optional<ReviewerQualifications> checkOptions(@Nullable LetterOptions letter) {
    if (letter == null) {
      return Optional.empty();
    }
    if (letter.organization.isBlank()) {
      throw usage("--organization must not be blank");
    }
    if (letter.guidelineLabel != null && letter.guidelineLabel.isBlank()) {
      throw usage("--guideline-label must not be blank");
    }
    ReviewerOptions r = letter.reviewer;
    if (r == null) {
      return Optional.empty();
    }
    if (r.specialty.isBlank() || r.licensedIn.isBlank()) {
      throw usage("--reviewer-specialty and --reviewer-licensed-in must not be blank");
    }
    if ((r.years != null && r.years < 0) || (r.hoursPerWeek != null && r.hoursPerWeek < 0)) {
      throw usage("--reviewer-years and --reviewer-hours-per-week must not be negative");
    }
    ReviewerQualifications.Builder q =
        ReviewerQualifications.builder()
            .specialty(r.specialty)
            .licensedIn(r.licensedIn)
            .boardCertified(r.boardCertified);
    if (r.subspecialty != null && !r.subspecialty.isBlank()) {
      q.subspecialty(r.subspecialty);
    }
    if (r.years != null) {
      q.yearsInActivePractice(r.years);
    }
    if (r.hoursPerWeek != null) {
      q.hoursPerWeekInPractice(r.hoursPerWeek);
    }
    return Optional.of(q.build());
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(
        Objects.requireNonNull(spec, "spec").commandLine(), message);
  }
}
