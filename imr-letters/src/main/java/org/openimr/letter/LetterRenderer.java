package org.openimr.letter;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.openimr.model.Case;
import org.openimr.model.Decision;
import org.openimr.model.Determination;
import org.openimr.model.DisputedItem;
import org.openimr.model.GuidelineCitation;
import org.openimr.model.ReviewerQualifications;

/**
 * Writes a {@link Determination} as the final determination letter a reviewer would sign, in the
 * layout of the published letters ({@link LetterLayout#ISSUES_DECISIONS_AND_RATIONALES}): how the
 * determination was made, the clinical case summary, and for each disputed item its decision, the
 * claims administrator's guideline, the reviewer's guideline and the rationale. Plain text or
 * Markdown.
 *
 * <p>Nothing is invented: the organization and its guideline label are configuration, the
 * reviewer's qualifications come from {@link Determination#reviewer()} (a letter without them says
 * they were not provided), and the summary is written from the case's structured facts, never from
 * patient identifiers. {@link LetterParser} reads the plain-text letter back.
 *
 * <p>Instances are immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class LetterRenderer {
  static final String HOW_HEADING = SectionKind.HOW.heading();
  static final String SUMMARY_HEADING = SectionKind.SUMMARY.heading();
  static final String DECISIONS_HEADING = SectionKind.DECISIONS.heading();

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private final String organization;
  private final String guidelineLabel;

  private LetterRenderer(Builder builder) {
    this.organization = require(builder.organization, "organization");
    this.guidelineLabel = builder.guidelineLabel == null ? organization : builder.guidelineLabel;
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * The letter as plain text, one paragraph per line, paragraphs separated by a blank line.
   *
   * @throws IllegalArgumentException if the determination is for another case number, or its
   *     decisions do not match the case's disputed items one to one
   */
  public String plainText(Case c, Determination d) {
    return render(c, d, new PlainText());
  }

  /**
   * The letter as Markdown: headings, bold labels, letter text escaped.
   *
   * @throws IllegalArgumentException as {@link #plainText}
   */
  public String markdown(Case c, Determination d) {
    return render(c, d, new Markdown());
  }

  private String render(Case c, Determination d, Writer w) {
    if (!c.caseNumber().equals(d.caseNumber())) {
      throw new IllegalArgumentException("determination.caseNumber does not match case.caseNumber");
    }
    Map<String, Decision> byItem =
        d.decisions().stream()
            .collect(Collectors.toMap(Decision::itemId, Function.identity(), (a, b) -> a));
    if (byItem.size() != d.decisions().size()
        || byItem.size() != c.disputedItems().size()
        || !c.disputedItems().stream().allMatch(i -> byItem.containsKey(i.id()))) {
      throw new IllegalArgumentException(
          "determination.decisions must hold one decision per case.disputedItems entry");
    }
    w.field("IMR Case Number", c.caseNumber());
    d.decidedOn().ifPresent(on -> w.field("Date of Final Determination", CaseSummary.date(on)));

    w.heading(HOW_HEADING);
    w.paragraph(howMade(d.reviewer()));

    w.heading(SUMMARY_HEADING);
    w.paragraph(
        "The expert reviewer developed the following clinical case summary based on a review of"
            + " the case file, including all medical records:");
    w.paragraph(String.join(" ", CaseSummary.sentences(c)));

    w.heading(DECISIONS_HEADING);
    w.paragraph(
        "The Final Determination was based on decisions for the disputed items/services set forth"
            + " below:");
    for (DisputedItem item : c.disputedItems()) {
      Decision decision = byItem.get(item.id());
      if (decision == null) {
        continue;
      }
      w.item(
          item.requestedAs(), decision.outcome().map(o -> o.displayName()).orElse("Not evaluable"));
      w.labelled(
          "Claims Administrator guideline",
          item.urDecision()
              .guidelineCited()
              .map(g -> "Decision based on " + sentence(g))
              .orElse("Not documented."));
      w.labelled(guidelineLabel + " guideline", reviewerGuideline(decision.citations()));
      w.labelled("Decision rationale", decision.rationale().trim());
    }
    return w.toString();
  }

  private String howMade(Optional<ReviewerQualifications> reviewer) {
    StringBuilder s =
        new StringBuilder(organization)
            .append(" sent the complete case file to an expert reviewer.");
    if (reviewer.isEmpty()) {
      return s.append(" The expert reviewer's qualifications were not provided for this letter.")
          .toString();
    }
    ReviewerQualifications q = reviewer.get();
    s.append(
        " He/she has no affiliation with the employer, employee, providers or the claims"
            + " administrator.");
    s.append(
            q.boardCertified()
                ? " The expert reviewer is Board Certified in "
                : " The expert reviewer practices in ")
        .append(q.specialty().trim());
    q.subspecialty().ifPresent(sub -> s.append(" has a subspecialty in ").append(sub.trim()));
    s.append(" and is licensed to practice in ").append(q.licensedIn().trim()).append('.');
    List<String> practice = new ArrayList<>();
    q.yearsInActivePractice()
        .ifPresent(
            y ->
                practice.add(
                    "has been in active clinical practice for more than "
                        + count(y)
                        + (y == 1 ? " year" : " years")));
    q.hoursPerWeekInPractice()
        .ifPresent(
            h ->
                practice.add(
                    "is currently working at least " + h + " hours a week in active practice"));
    if (!practice.isEmpty()) {
      s.append(" He/she ").append(String.join(" and ", practice)).append('.');
    }
    s.append(
        " The expert reviewer was selected based on his/her clinical experience, education,"
            + " background, and expertise in the same or similar specialties that evaluate and/or"
            + " treat the medical condition and disputed items/services. He/she is familiar with"
            + " governing laws and regulations, including the strength of evidence hierarchy that"
            + " applies to Independent Medical Review determinations.");
    return s.toString();
  }

  private static String reviewerGuideline(List<GuidelineCitation> citations) {
    if (citations.isEmpty()) {
      return "No guideline applied.";
    }
    return "Decision based on "
        + sentence(
            citations.stream().map(GuidelineCitation::display).collect(Collectors.joining("; ")));
  }

  private static String sentence(String s) {
    String t = s.trim();
    return t.endsWith(".") ? t : t + ".";
  }

  private static final List<String> SMALL_NUMBERS =
      List.of(
          "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten");

  /** Small counts in words, as letters write them ("more than five years"). */
  private static String count(int n) {
    return n >= 0 && n < SMALL_NUMBERS.size() ? SMALL_NUMBERS.get(n) : Integer.toString(n);
  }

  private static String require(@Nullable String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalStateException("LetterRenderer." + name + " is required");
    }
    return value.trim();
  }

  /** Where the letter's parts go: plain text or Markdown. */
  private abstract static class Writer {
    final StringBuilder out = new StringBuilder();

    abstract void heading(String heading);

    abstract void paragraph(String text);

    abstract void field(String label, String value);

    abstract void item(String name, String decision);

    abstract void labelled(String label, String text);

    void block(String line) {
      if (out.length() > 0) {
        out.append('\n');
      }
      out.append(line).append('\n');
    }

    @Override
    public String toString() {
      return out.toString();
    }
  }

  private static final class PlainText extends Writer {
    @Override
    void heading(String heading) {
      block(heading);
    }

    @Override
    void paragraph(String text) {
      block(LetterText.oneLine(text));
    }

    @Override
    void field(String label, String value) {
      block(label + ": " + LetterText.oneLine(value));
    }

    /**
     * {@code "name: Decision"}, or {@code "\"name\": Decision"} when the reader would not read the
     * bare line back as an item of that name (a heading, a label, a number, a lead such as "The", a
     * closing word, no letter, an end in a colon, quotes around it) or would join it to a line
     * before that ends in a hyphen.
     */
    @Override
    void item(String name, String decision) {
      String written = LetterText.oneLine(name);
      String line = written + ": " + decision;
      if (!ItemReader.readsBackAsItem(line, written) || joinsLineBefore(written)) {
        line = '"' + written + "\": " + decision;
      }
      block(line);
    }

    @Override
    void labelled(String label, String text) {
      block(LetterText.oneLine(label + ": " + text));
    }

    /**
     * Whether the reader would join a line starting so to the last line, as a word hyphenated
     * across a line break: the last line ends in a letter and a hyphen and this starts in lower
     * case.
     */
    private boolean joinsLineBefore(String start) {
      int end = out.length() - 1; // the last line's line break
      return !start.isEmpty()
          && Character.isLowerCase(start.charAt(0))
          && end >= 2
          && out.charAt(end - 1) == '-'
          && Character.isLetter(out.charAt(end - 2));
    }
  }

  private static final class Markdown extends Writer {
    private static final String SPECIAL = "\\`*_{}[]<>()#+-!|";

    @Override
    void heading(String heading) {
      block("## " + heading);
    }

    @Override
    void paragraph(String text) {
      block(escape(text));
    }

    @Override
    void field(String label, String value) {
      block("**" + label + ":** " + escape(value));
    }

    @Override
    void item(String name, String decision) {
      block("### " + escape(name) + ": " + decision);
    }

    @Override
    void labelled(String label, String text) {
      block("**" + escape(label) + ":** " + escape(text));
    }

    private static String escape(String s) {
      String flat = WHITESPACE.matcher(s).replaceAll(" ").trim();
      StringBuilder out = new StringBuilder(flat.length() + 16);
      for (int i = 0; i < flat.length(); i++) {
        char c = flat.charAt(i);
        if (SPECIAL.indexOf(c) >= 0) {
          out.append('\\');
        }
        out.append(c);
      }
      return out.toString();
    }
  }

  /** Configures a {@link LetterRenderer}. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static final class Builder {
    private @Nullable String organization;
    private @Nullable String guidelineLabel;

    private Builder() {}

    /**
     * The IMR organization that sends the file to the reviewer, e.g. "MAXIMUS Federal Services".
     */
    public Builder organization(String organization) {
      this.organization = organization;
      return this;
    }

    /**
     * The name on the reviewer's guideline line ({@code "MAXIMUS guideline:"}); defaults to the
     * organization.
     */
    public Builder guidelineLabel(String guidelineLabel) {
      this.guidelineLabel = guidelineLabel;
      return this;
    }

    /**
     * Builds the renderer.
     *
     * @throws IllegalStateException if no organization was given
     */
    public LetterRenderer build() {
      return new LetterRenderer(this);
    }
  }
}
