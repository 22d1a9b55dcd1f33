package org.openimr.guidelines.mtus;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.openimr.model.BodyRegion;
import org.openimr.model.GuidelineCitation;
import org.openimr.model.GuidelineEdition;

/**
 * One row of the postsurgical treatment table (8 CCR § 9792.24.3): a surgery, named by region,
 * diagnosis and procedure, with its general course of therapy (visits over weeks) and its
 * postsurgical physical medicine treatment period, each with its provenance.
 *
 * <p>The ranges of the table are kept as written: carpal tunnel release is 3-8 visits over 3-5
 * weeks, so {@link #visitsMin()} is 3 and {@link #visitsMax()} is 8. The evaluator holds a request
 * to the maximum.
 *
 * <p>{@link #procedureWords()} and {@link #matchTerms()} are matching aids the project wrote from
 * the row's own words (and a few plain synonyms, such as "replacement" for arthroplasty); they are
 * not text of the regulation. Change them in the {@code postsurgicalRows} of a content pack.
 */
@API(status = EXPERIMENTAL, since = "0.1")
@ValueStyle
@Value.Immutable
public abstract class PostsurgicalTableRow {
  PostsurgicalTableRow() {}

  /** Stable id, e.g. {@code "shoulder.rotator-cuff-rupture.repair"}; unique in the table. */
  public abstract String id();

  public abstract GuidelineEdition edition();

  /** The section, {@code "8 CCR § 9792.24.3"}. */
  public abstract String section();

  /** The region as the table writes it, e.g. {@code "hand/wrist"} or {@code "any"}. */
  public abstract String regionAsWritten();

  /** The regions the row covers; empty for a row that covers any region. */
  public abstract List<BodyRegion> regions();

  /** The diagnosis as the table names it, e.g. {@code "complete rupture of rotator cuff"}. */
  public abstract String diagnosis();

  /** The ICD-9-CM codes as the table writes them, ranges included ({@code "836.0-836.5"}). */
  public abstract List<String> icd9AsWritten();

  /**
   * The same codes with ranges expanded. Each covers its subcodes: 726.1 matches a case's 726.12.
   */
  public abstract List<String> icd9Codes();

  /** The procedure as the table names it, e.g. {@code "discectomy / laminectomy"}. */
  public abstract String procedure();

  /**
   * Words that tell this row from others with the same diagnosis code when they appear in a
   * surgery's procedure text, e.g. {@code "fusion"}; empty for a row whose procedure is just
   * "surgery".
   */
  public abstract List<String> procedureWords();

  /**
   * Phrases that identify the row from a surgery's procedure text when no diagnosis code decides:
   * alternatives, each one or more phrases joined by {@code " + "} that must all appear, e.g.
   * {@code "rotator cuff + repair"}.
   */
  public abstract List<String> matchTerms();

  /** The fewest visits of the general course of therapy. */
  public abstract int visitsMin();

  /** The most visits of the general course of therapy. */
  public abstract int visitsMax();

  public abstract int weeksMin();

  public abstract int weeksMax();

  /** The postsurgical physical medicine treatment period, counted from the date of surgery. */
  public abstract int periodMonths();

  /** How sure the project is of the visits and weeks. */
  public abstract Provenance provenance();

  /** How sure the project is of the treatment period. */
  public abstract Provenance periodProvenance();

  /** Anything a reader should know about the row. */
  public abstract Optional<String> note();

  /** Whether the row covers a region: it lists it, or it covers any region. */
  public final boolean covers(BodyRegion region) {
    return regions().isEmpty() || regions().contains(region);
  }

  /** {@code "24 visits over 14 weeks"} or {@code "3-8 visits over 3-5 weeks"}. */
  public final String generalCourse() {
    return range(visitsMin(), visitsMax())
        + " visits over "
        + range(weeksMin(), weeksMax())
        + " weeks";
  }

  /**
   * {@code "shoulder, complete rupture of rotator cuff (727.61, 727.6), repair"}: the row as a
   * reader finds it in the table.
   */
  public final String display() {
    String codes = icd9AsWritten().isEmpty() ? "" : " (" + String.join(", ", icd9AsWritten()) + ")";
    return regionAsWritten() + ", " + diagnosis() + codes + ", " + procedure();
  }

  /** The citation of the table row. */
  public final GuidelineCitation citation() {
    return GuidelineCitation.of(edition(), section(), "Postsurgical treatment: " + display());
  }

  @Value.Check
  final void check() {
    if (visitsMin() < 1 || visitsMax() < visitsMin()) {
      throw new IllegalArgumentException(
          "PostsurgicalTableRow " + id() + ": needs 1 <= visitsMin <= visitsMax");
    }
    if (weeksMin() < 1 || weeksMax() < weeksMin()) {
      throw new IllegalArgumentException(
          "PostsurgicalTableRow " + id() + ": needs 1 <= weeksMin <= weeksMax");
    }
    if (periodMonths() < 1) {
      throw new IllegalArgumentException(
          "PostsurgicalTableRow " + id() + ": periodMonths must be at least 1");
    }
  }

  static String range(int min, int max) {
    return min == max ? Integer.toString(max) : min + "-" + max;
  }

  static Builder builder() {
    return new Builder();
  }

  static final class Builder extends ImmutablePostsurgicalTableRow.Builder {}
}
