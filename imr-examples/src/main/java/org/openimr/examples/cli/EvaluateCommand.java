package org.openimr.examples.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

  @Option(names = "--json", description = "print the Determination as JSON instead of the summary")
  private boolean json;

  @Option(
      names = "--letter",
      description = "print the final determination letter instead of the summary")
  private boolean letter;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "the letter's format: ${COMPLETION-CANDIDATES} (default: text)")
  private @Nullable LetterFormat format;

  @Option(
      names = "--organization",
      paramLabel = "NAME",
      description =
          "the IMR organization that sent the case to the reviewer, as the letter names it")
  private @Nullable String organization;

  @Option(
      names = "--guideline-label",
      paramLabel = "NAME",
      description =
          "the name on the letter's reviewer guideline line (\"NAME guideline:\"; default: the"
              + " organization)")
  private @Nullable String guidelineLabel;

  @Option(
      names = "--reviewer-specialty",
      paramLabel = "TEXT",
      description = "the expert reviewer's specialty, e.g. \"Occupational Medicine\"")
  private @Nullable String specialty;

  @Option(
      names = "--reviewer-board-certified",
      description = "the reviewer is board certified in the specialty")
  private boolean boardCertified;

  @Option(
      names = "--reviewer-subspecialty",
      paramLabel = "TEXT",
      description = "the reviewer's subspecialty")
  private @Nullable String subspecialty;

  @Option(
      names = "--reviewer-licensed-in",
      paramLabel = "STATE",
      description = "the state the reviewer is licensed to practice in")
  private @Nullable String licensedIn;

  @Option(
      names = "--reviewer-years",
      paramLabel = "N",
      description = "years the reviewer has been in active clinical practice")
  private @Nullable Integer years;

  @Option(
      names = "--reviewer-hours-per-week",
      paramLabel = "N",
      description = "hours a week the reviewer currently works in active practice")
  private @Nullable Integer hoursPerWeek;

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
    Optional<ReviewerQualifications> reviewer = checkOptions();
    Case c = CaseFiles.read(Objects.requireNonNull(caseFile, "caseFile"));
    ImrReviewer.Builder builder = content.apply(reviewers.get());
    reviewer.ifPresent(builder::qualifications);
    Determination determination = builder.build().review(c);
    if (json) {
      terminal.out().println(ImrJson.standard().writePretty(determination));
    } else if (letter) {
      LetterRenderer.Builder renderer =
          LetterRenderer.builder().organization(Objects.requireNonNull(organization));
      if (guidelineLabel != null) {
        renderer.guidelineLabel(guidelineLabel);
      }
      terminal
          .out()
          .print(
              format == LetterFormat.markdown
                  ? renderer.build().markdown(c, determination)
                  : renderer.build().plainText(c, determination));
      terminal.out().flush();
    } else {
      DeterminationText.write(c, determination, terminal.out());
    }
    return Imr.OK;
  }

  /**
   * Checks the letter options and returns the reviewer's qualifications, if given.
   *
   * @throws CommandLine.ParameterException a usage error (exit code 2)
   */
  private Optional<ReviewerQualifications> checkOptions() {
    if (json && letter) {
      throw usage("--json and --letter cannot be used together");
    }
    List<String> letterOnly = new ArrayList<>();
    addIf(letterOnly, format != null, "--format");
    addIf(letterOnly, organization != null, "--organization");
    addIf(letterOnly, guidelineLabel != null, "--guideline-label");
    addIf(letterOnly, specialty != null, "--reviewer-specialty");
    addIf(letterOnly, boardCertified, "--reviewer-board-certified");
    addIf(letterOnly, subspecialty != null, "--reviewer-subspecialty");
    addIf(letterOnly, licensedIn != null, "--reviewer-licensed-in");
    addIf(letterOnly, years != null, "--reviewer-years");
    addIf(letterOnly, hoursPerWeek != null, "--reviewer-hours-per-week");
    if (!letter) {
      if (!letterOnly.isEmpty()) {
        throw usage(String.join(", ", letterOnly) + ": only with --letter");
      }
      return Optional.empty();
    }
    if (organization == null || organization.isBlank()) {
      throw usage(
          "--letter needs --organization NAME: the IMR organization the letter names (there is"
              + " no default)");
    }
    if (guidelineLabel != null && guidelineLabel.isBlank()) {
      throw usage("--guideline-label must not be blank");
    }
    boolean anyReviewer = letterOnly.stream().anyMatch(option -> option.startsWith("--reviewer-"));
    if (!anyReviewer) {
      return Optional.empty();
    }
    if (specialty == null || specialty.isBlank() || licensedIn == null || licensedIn.isBlank()) {
      throw usage(
          "the reviewer's qualifications need both --reviewer-specialty and"
              + " --reviewer-licensed-in");
    }
    if ((years != null && years < 0) || (hoursPerWeek != null && hoursPerWeek < 0)) {
      throw usage("--reviewer-years and --reviewer-hours-per-week must not be negative");
    }
    ReviewerQualifications.Builder q =
        ReviewerQualifications.builder()
            .specialty(specialty)
            .licensedIn(licensedIn)
            .boardCertified(boardCertified);
    if (subspecialty != null && !subspecialty.isBlank()) {
      q.subspecialty(subspecialty);
    }
    if (years != null) {
      q.yearsInActivePractice(years);
    }
    if (hoursPerWeek != null) {
      q.hoursPerWeekInPractice(hoursPerWeek);
    }
    return Optional.of(q.build());
  }

  private static void addIf(List<String> options, boolean given, String option) {
    if (given) {
      options.add(option);
    }
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(
        Objects.requireNonNull(spec, "spec").commandLine(), message);
  }
}
