package org.openimr.guidelines.mtus;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.openimr.model.BodyRegion;
import org.openimr.model.Case;
import org.openimr.model.Surgery;
import org.openimr.model.TreatmentRequest;

/**
 * The surgery whose postsurgical physical medicine period covers a request, if any: the one thing
 * both physical medicine evaluators must agree on, so that exactly one of them applies.
 *
 * <p>Design notes: the period runs from the date of surgery through the same day the table's number
 * of months later (the presumptive period for a surgery not in the table). A surgery covers a
 * request when the request date falls in that period and the request concerns the surgery's region
 * (or one its table row covers, or names no region). When several surgeries cover it, the latest
 * wins.
 */
final class PostsurgicalCoverage {
  final Surgery surgery;
  final PostsurgicalMatch match;
  final int periodMonths;
  final Provenance periodProvenance;
  final LocalDate periodEnd;
  final LocalDate requestDate;

  private PostsurgicalCoverage(
      Surgery surgery,
      PostsurgicalMatch match,
      int periodMonths,
      Provenance periodProvenance,
      LocalDate requestDate) {
    this.surgery = surgery;
    this.match = match;
    this.periodMonths = periodMonths;
    this.periodProvenance = periodProvenance;
    this.periodEnd = surgery.date().plusMonths(periodMonths);
    this.requestDate = requestDate;
  }

  /** The surgery whose postsurgical period covers the request, the latest if several do. */
  static Optional<PostsurgicalCoverage> find(
      Case c, TreatmentRequest request, PhysicalMedicineContent content) {
    Optional<LocalDate> date = c.effectiveRequestDate();
    if (date.isEmpty() || c.surgeries().isEmpty()) {
      return Optional.empty();
    }
    Optional<BodyRegion> region = PhysicalMedicineHistory.requestRegion(c, request);
    @Nullable PostsurgicalCoverage best = null;
    for (Surgery surgery : c.surgeries()) {
      if (date.get().isBefore(surgery.date())
          || (best != null && !surgery.date().isAfter(best.surgery.date()))) {
        continue;
      }
      PostsurgicalCoverage coverage = of(surgery, content, date.get());
      if (!date.get().isAfter(coverage.periodEnd)
          && (region.isEmpty() || coverage.concerns(region.get()))) {
        best = coverage;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * The last day of each surgery's postsurgical period, in the order of the case's surgeries, so a
   * rule can test many dates against the periods while matching each surgery once.
   */
  static LocalDate[] periodEnds(Case c, PhysicalMedicineContent content) {
    LocalDate[] ends = new LocalDate[c.surgeries().size()];
    for (int i = 0; i < ends.length; i++) {
      Surgery surgery = c.surgeries().get(i);
      ends[i] = of(surgery, content, surgery.date()).periodEnd;
    }
    return ends;
  }

  /** Whether a date falls in the postsurgical period of any of the case's surgeries. */
  static boolean inAnyPeriod(Case c, LocalDate[] periodEnds, LocalDate date) {
    for (int i = 0; i < periodEnds.length; i++) {
      if (!date.isBefore(c.surgeries().get(i).date()) && !date.isAfter(periodEnds[i])) {
        return true;
      }
    }
    return false;
  }

  private static PostsurgicalCoverage of(
      Surgery surgery, PhysicalMedicineContent content, LocalDate date) {
    PostsurgicalMatch match = content.table.match(surgery);
    Optional<PostsurgicalTableRow> row = match.row();
    return row.isPresent()
        ? new PostsurgicalCoverage(
            surgery, match, row.get().periodMonths(), row.get().periodProvenance(), date)
        : new PostsurgicalCoverage(
            surgery,
            match,
            content.presumptivePeriod.max(),
            content.presumptivePeriod.provenance(),
            date);
  }

  /** Whether a region is the surgery's, or one its table row covers. */
  boolean concerns(BodyRegion region) {
    return surgery.region() == region
        || (match.row().isPresent() && match.row().get().covers(region));
  }

  /** One sentence placing the request in the period. */
  String periodEvidence() {
    long days = ChronoUnit.DAYS.between(surgery.date(), requestDate);
    String source =
        match.row().isPresent()
            ? "the period of its table row"
            : "the presumptive period for a surgery not in the table";
    return "The request date is "
        + days
        + (days == 1 ? " day" : " days")
        + " after the surgery of the "
        + surgery.region().displayName()
        + ", within "
        + source
        + ", "
        + periodMonths
        + " months from the date of surgery ("
        + periodProvenance.meaning()
        + ").";
  }
}
