package org.openimr.guidelines.mtus;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.openimr.model.BodyRegion;
import org.openimr.model.Case;
import org.openimr.model.DisputedItem;
import org.openimr.model.Evidence;
import org.openimr.model.Modality;
import org.openimr.model.Surgery;

/**
 * A surgery's postsurgical physical medicine period, and which one covers a request: the one thing
 * both physical medicine evaluators must agree on, so that exactly one of them applies. Resolved
 * once per item ({@link #resolve}) and shared, so neither evaluator reads the other's rules to
 * decide when to stand aside.
 *
 * <p>Design notes: the period runs from the date of surgery through the same day the table's number
 * of months later (the presumptive period for a surgery not in the table). A surgery covers a
 * physical or occupational therapy request when the request date falls in that period and the
 * request concerns the surgery's region (or one its table row covers, or names no region). When
 * several surgeries cover it, the latest wins. Dates are bounded by case validation (years 1900 to
 * 2100), so adding at most a table's months to one never overflows. The surgeries are matched to
 * the table once per item, not once for the applicability check and again for the evaluation: a
 * thread keeps the last case's periods ({@link #periods}) until the record evaluating the item
 * takes them.
 */
final class PostsurgicalCoverage {
  final Surgery surgery;
  final PostsurgicalMatch match;
  final int periodMonths;
  final Provenance periodProvenance;
  final LocalDate periodEnd;

  private PostsurgicalCoverage(
      Surgery surgery, PostsurgicalMatch match, int periodMonths, Provenance periodProvenance) {
    this.surgery = surgery;
    this.match = match;
    this.periodMonths = periodMonths;
    this.periodProvenance = periodProvenance;
    this.periodEnd = surgery.date().plusMonths(periodMonths);
  }

  /**
   * The periods last placed on each thread, by the identity of the case and of the content. The
   * reviewer asks an evaluator whether it applies to an item and then has it evaluate the item, and
   * both need the case's periods, matching each surgery to the table (most of a postsurgical
   * decision's work). A case and a content are immutable, so the same instances give the same
   * periods; the entry is the thread's own, so an evaluator stays safe to use from many threads at
   * once, and the SPI is unchanged. The record that evaluates the item {@linkplain #periodsTaken
   * takes} the entry, so a thread does not keep a case's surgeries once its item is decided.
   */
  private static final ThreadLocal<LastPeriods> LAST = ThreadLocal.withInitial(LastPeriods::new);

  /** One thread's last periods: which case and content they are for, and the periods. */
  private static final class LastPeriods {
    @Nullable Case c;
    PhysicalMedicineContent.@Nullable Postsurgical content;
    List<PostsurgicalCoverage> periods = List.of();

    void forget() {
      c = null;
      content = null;
      periods = List.of();
    }
  }

  /**
   * Each of the case's surgeries with its period, in the case's order; placed once for the thread's
   * last case and content, and kept for the next call with the same ones.
   */
  static List<PostsurgicalCoverage> periods(Case c, PhysicalMedicineContent.Postsurgical content) {
    if (c.surgeries().isEmpty()) {
      return List.of();
    }
    LastPeriods last = LAST.get();
    if (last.c != c || last.content != content) {
      last.periods = place(c, content);
      last.c = c;
      last.content = content;
    }
    return last.periods;
  }

  /** {@link #periods}, after which the thread keeps no case: for the record evaluating the item. */
  static List<PostsurgicalCoverage> periodsTaken(
      Case c, PhysicalMedicineContent.Postsurgical content) {
    if (c.surgeries().isEmpty()) {
      return List.of();
    }
    LastPeriods last = LAST.get();
    List<PostsurgicalCoverage> periods =
        last.c == c && last.content == content ? last.periods : place(c, content);
    last.forget();
    return periods;
  }

  /** Matches each surgery to the table: its period, in the case's order. */
  private static List<PostsurgicalCoverage> place(
      Case c, PhysicalMedicineContent.Postsurgical content) {
    List<PostsurgicalCoverage> periods = new ArrayList<>(c.surgeries().size());
    for (Surgery surgery : c.surgeries()) {
      PostsurgicalMatch match = content.table.match(surgery);
      Optional<PostsurgicalTableRow> row = match.row();
      periods.add(
          row.isPresent()
              ? new PostsurgicalCoverage(
                  surgery, match, row.get().periodMonths(), row.get().periodProvenance())
              : new PostsurgicalCoverage(
                  surgery,
                  match,
                  content.presumptivePeriod.max(),
                  content.presumptivePeriod.provenance()));
    }
    return Collections.unmodifiableList(periods);
  }

  /**
   * The surgery whose postsurgical period covers the item, the latest if several do; empty for a
   * modality the edition's postsurgical table does not give courses for ({@code
   * postsurgical.coverage}).
   */
  static Optional<PostsurgicalCoverage> resolve(
      Case c, DisputedItem item, PhysicalMedicineContent.Postsurgical content) {
    Optional<Modality> modality = item.request().modality();
    if (modality.isEmpty()
        || !content.modalities.contains(modality.get())
        || c.surgeries().isEmpty()) {
      return Optional.empty();
    }
    return covering(
        periods(c, content),
        c.effectiveRequestDate(),
        PhysicalMedicineRecord.requestRegion(c, item.request()));
  }

  /** The latest of the periods that covers the date for the region, if any. */
  static Optional<PostsurgicalCoverage> covering(
      List<PostsurgicalCoverage> periods, Optional<LocalDate> date, Optional<BodyRegion> region) {
    if (date.isEmpty()) {
      return Optional.empty();
    }
    @Nullable PostsurgicalCoverage best = null;
    for (PostsurgicalCoverage period : periods) {
      if (period.covers(date.get())
          && (region.isEmpty() || period.concerns(region.get()))
          && (best == null || period.surgery.date().isAfter(best.surgery.date()))) {
        best = period;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Whether a date falls in the period, from the date of surgery to its end. */
  boolean covers(LocalDate date) {
    return !date.isBefore(surgery.date()) && !date.isAfter(periodEnd);
  }

  /** Whether a region is the surgery's, or one its table row covers. */
  boolean concerns(BodyRegion region) {
    return surgery.region() == region
        || (match.row().isPresent() && match.row().get().covers(region));
  }

  /** The days from a date to the end of the period; negative once it has ended. */
  long daysLeftFrom(LocalDate date) {
    return ChronoUnit.DAYS.between(date, periodEnd);
  }

  /** The evidence placing the request date in the period. */
  Evidence periodEvidence(LocalDate requestDate) {
    // Dates are bounded (1900..2100) by case validation: the days fit an int.
    long days = ChronoUnit.DAYS.between(surgery.date(), requestDate);
    return PhysicalMedicineEvidence.POSTSURGICAL_IN_PERIOD.with(
        VisitTally.saturated(days),
        surgery.region().name(),
        match.row().isPresent(),
        periodMonths,
        periodProvenance.name());
  }
}
