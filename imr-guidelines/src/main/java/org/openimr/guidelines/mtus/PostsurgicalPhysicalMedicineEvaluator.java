package org.openimr.guidelines.mtus;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.openimr.model.BodyRegion;
import org.openimr.model.Case;
import org.openimr.model.CriterionStatus;
import org.openimr.model.Decision;
import org.openimr.model.DisputedItem;
import org.openimr.model.GuidelineCitation;
import org.openimr.model.GuidelineEdition;
import org.openimr.model.Modality;
import org.openimr.model.TreatmentRequest;
import org.openimr.spi.Applicability;
import org.openimr.spi.GuidelineEvaluator;

/**
 * The MTUS Postsurgical Treatment Guidelines (8 CCR § 9792.24.3) for physical and occupational
 * therapy after a surgery, id {@value #ID}.
 *
 * <p>It applies while a surgery's postsurgical physical medicine period covers the request date and
 * the request concerns that surgery's region; the chronic pain evaluator ({@value
 * ChronicPainPhysicalMedicineEvaluator#ID}) applies otherwise, so the reviewer always finds exactly
 * one of the two. The surgery's row of the {@linkplain MtusContent#postsurgicalTable() postsurgical
 * table} gives the general course of therapy; the initial course is one half of it; a subsequent
 * course, within the general course, needs documented functional improvement; beyond the general
 * course, therapy may continue to the end of the period only while further improvement is
 * documented. Physical medicine visits completed since the surgery count toward the course. A
 * surgery not in the table gets the presumptive period, and the decision says that the table gives
 * no visit numbers for it rather than inventing one.
 *
 * <p>Stateless and thread-safe; every number comes from the bundled content, resolved when the
 * evaluator is built.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class PostsurgicalPhysicalMedicineEvaluator implements GuidelineEvaluator {
  /** The evaluator id, {@code "mtus.postsurgical"}. */
  public static final String ID = "mtus.postsurgical";

  static final String VERSION = "0.1.0";

  /** The modalities whose postsurgical courses the table gives. */
  static final Set<Modality> MODALITIES =
      EnumSet.of(Modality.PHYSICAL_THERAPY, Modality.OCCUPATIONAL_THERAPY);

  private final PhysicalMedicineContent content;
  private final GuidelineEdition edition;
  private final List<GuidelineEdition> editions;
  private final String definition;
  private final int initialPercent;
  private final PhysicalMedicineCriterion treatmentPeriod;
  private final PhysicalMedicineCriterion initialCourse;
  private final PhysicalMedicineCriterion subsequentCourse;
  private final PhysicalMedicineCriterion generalCourse;

  /** The evaluator with the bundled MTUS content; for {@link java.util.ServiceLoader}. */
  public PostsurgicalPhysicalMedicineEvaluator() {
    this(PhysicalMedicineContent.standard());
  }

  PostsurgicalPhysicalMedicineEvaluator(PhysicalMedicineContent content) {
    this.content = content;
    EncodedEdition encoded = content.postsurgical;
    this.edition = encoded.edition();
    this.editions = List.of(edition);
    this.definition = encoded.functionalImprovementSection();
    this.initialPercent = content.initialCourse.max();
    String section = encoded.section();
    this.treatmentPeriod =
        PhysicalMedicineCriterion.of(
            "mtus.postsurgical.treatment-period",
            GuidelineCitation.of(
                edition, section, "Postsurgical physical medicine treatment period"),
            "Postsurgical physical medicine applies during the treatment period of the surgery,"
                + " counted from the date of surgery; a surgery not in the table has a presumptive"
                + " period of "
                + content.presumptivePeriod.display());
    this.initialCourse =
        PhysicalMedicineCriterion.of(
            "mtus.postsurgical.initial-course",
            content.initialCourse.citation(),
            "An initial course of therapy is "
                + content.initialCourse.display()
                + "; physical medicine visits completed since the surgery count toward it");
    this.subsequentCourse =
        PhysicalMedicineCriterion.of(
            "mtus.postsurgical.subsequent-course",
            GuidelineCitation.of(edition, section, "Subsequent course of therapy"),
            "After the initial course, a subsequent course of therapy within the general course"
                + " may be prescribed only with functional improvement documented as "
                + definition
                + " defines it");
    this.generalCourse =
        PhysicalMedicineCriterion.of(
            "mtus.postsurgical.general-course",
            GuidelineCitation.of(edition, section, "General course of therapy"),
            "Postsurgical visits stay within the general course of therapy for the surgery; beyond"
                + " it, therapy may continue until the end of the postsurgical treatment period only"
                + " while further functional improvement is documented");
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String version() {
    return VERSION;
  }

  @Override
  public List<GuidelineEdition> editions() {
    return editions;
  }

  @Override
  public Applicability applicability(Case c, DisputedItem item) {
    Optional<Applicability> notCovered =
        ModalityScope.notCovered(
            item,
            MODALITIES,
            "postsurgical courses are encoded for physical and occupational therapy");
    if (notCovered.isPresent()) {
      return notCovered.get();
    }
    if (c.effectiveRequestDate().isEmpty()) {
      return Applicability.doesNotApply(
          "the case has no date to place the request in a postsurgical period");
    }
    Optional<PostsurgicalCoverage> coverage = PostsurgicalCoverage.find(c, item.request(), content);
    return coverage.isPresent()
        ? Applicability.applies(
            "the request date falls in the postsurgical physical medicine period of a surgery of"
                + " the "
                + coverage.get().surgery.region().displayName())
        : Applicability.doesNotApply(
            "no surgery's postsurgical physical medicine period covers the request date for the"
                + " request's region");
  }

  @Override
  public Decision evaluate(Case c, DisputedItem item, GuidelineEdition edition) {
    if (!this.edition.equals(edition)) {
      throw new IllegalArgumentException("edition is not one this evaluator encodes");
    }
    DecisionWriter writer = new DecisionWriter(ID, VERSION, item, edition);
    TreatmentRequest request = item.request();
    Optional<PostsurgicalCoverage> found = PostsurgicalCoverage.find(c, request, content);
    if (found.isEmpty()
        || request.modality().isEmpty()
        || !MODALITIES.contains(request.modality().get())) {
      return writer.notEvaluable(
          "No surgery's postsurgical physical medicine period covers the request date for a"
              + " physical or occupational therapy request, so 8 CCR § 9792.24.3 does not decide"
              + " it.");
    }
    PostsurgicalCoverage coverage = found.get();
    treatmentPeriod.record(
        writer, CriterionStatus.MET, coverage.match.explanation(), coverage.periodEvidence());
    Optional<PostsurgicalTableRow> row = coverage.match.row();
    if (row.isEmpty()) {
      return writer.notEvaluable(
          "The surgery is not in the postsurgical table as encoded: the presumptive postsurgical"
              + " period of "
              + content.presumptivePeriod.display()
              + " applies, but the table gives no general course of therapy (visits and weeks)"
              + " for it, so the number of visits is not covered here. A reviewer must take it from"
              + " the full text of 8 CCR § 9792.24.3 or the medical evidence search sequence"
              + " (8 CCR § 9792.21.1).");
    }
    decideCourse(c, request, coverage, row.get(), writer);
    Optional<PhysicalMedicineVisitCap> cap = content.capOf(request.modality().get());
    if (cap.isPresent()) {
      content.visitCap.record(
          writer,
          CriterionStatus.NOT_APPLICABLE,
          cap.get().citation(),
          "Postsurgical physical medicine visits under 8 CCR § 9792.24.3 do not count against the"
              + " cap of "
              + cap.get().visits()
              + " "
              + cap.get().discipline()
              + " visits.");
    }
    return writer.decide();
  }

  private void decideCourse(
      Case c,
      TreatmentRequest request,
      PostsurgicalCoverage coverage,
      PostsurgicalTableRow row,
      DecisionWriter writer) {
    Optional<BodyRegion> region = PhysicalMedicineHistory.requestRegion(c, request);
    LocalDate surgeryDate = coverage.surgery.date();
    PhysicalMedicineHistory.Visits prior =
        PhysicalMedicineHistory.visits(
            c,
            course ->
                PhysicalMedicineHistory.PHYSICAL_MEDICINE.contains(course.modality())
                    && (course.region().isEmpty()
                        || coverage.concerns(course.region().get())
                        || course.region().equals(region))
                    && (course.startDate().isPresent()
                        ? !course.startDate().get().isBefore(surgeryDate)
                        : course.endDate().isEmpty()
                            || !course.endDate().get().isBefore(surgeryDate)));
    int general = row.visitsMax();
    int requested = request.totalSessions();
    String priorText =
        prior.describe("postsurgical physical medicine")
            + (prior.undatedCourses > 0
                ? " Courses without dates are counted as after the surgery."
                : "");
    String generalText =
        "The general course of therapy for "
            + row.display()
            + " is "
            + row.generalCourse()
            + " ("
            + row.provenance().meaning()
            + ").";
    String initialText =
        "The initial course is " + hundredths(general * initialPercent) + " visits.";
    if (!prior.documented()) {
      initialCourse.record(
          writer,
          CriterionStatus.NOT_DOCUMENTED,
          row.citation(),
          priorText,
          "Without the number of visits already completed, the course the request falls in"
              + " cannot be told.");
      subsequentCourse.record(
          writer,
          CriterionStatus.NOT_APPLICABLE,
          "Not assessed: the visits completed since the surgery are not documented.");
      generalCourse.record(
          writer,
          CriterionStatus.NOT_APPLICABLE,
          row.citation(),
          "Not assessed: the visits completed since the surgery are not documented.");
      return;
    }
    int total = prior.known + requested;
    String totals =
        "With the "
            + requested
            + " requested, the course comes to "
            + total
            + (total == 1 ? " visit." : " visits.");
    PhysicalMedicineHistory.Improvement improvement =
        PhysicalMedicineHistory.functionalImprovement(
            c, PhysicalMedicineHistory.PHYSICAL_MEDICINE, Optional.of(surgeryDate), definition);
    boolean initialUsed = (long) prior.known * 100 >= (long) general * initialPercent;
    if (!initialUsed) {
      boolean within = (long) total * 100 <= (long) general * initialPercent;
      initialCourse.record(
          writer,
          within ? CriterionStatus.MET : CriterionStatus.NOT_MET,
          row.citation(),
          priorText,
          totals,
          initialText
              + (within
                  ? " The request stays within it."
                  : " The request runs past it before a subsequent course can be considered."));
      subsequentCourse.record(
          writer,
          CriterionStatus.NOT_APPLICABLE,
          "The initial course is not complete yet, so no subsequent course is requested.");
    } else {
      initialCourse.record(
          writer,
          CriterionStatus.NOT_APPLICABLE,
          row.citation(),
          priorText,
          initialText + " The visits already completed make up the initial course.");
      subsequentCourse.record(
          writer,
          improvement.documented ? CriterionStatus.MET : CriterionStatus.NOT_DOCUMENTED,
          improvement.evidence);
    }
    if (total <= general) {
      generalCourse.record(
          writer,
          CriterionStatus.MET,
          row.citation(),
          generalText,
          totals + " It stays within the general course.");
      return;
    }
    String beyond = totals + " It goes beyond the general course of " + general + " visits.";
    if (!improvement.documented) {
      generalCourse.record(
          writer,
          CriterionStatus.NOT_DOCUMENTED,
          row.citation(),
          generalText,
          beyond,
          improvement.evidence);
      return;
    }
    if (request.weeks().isEmpty()) {
      generalCourse.record(
          writer,
          CriterionStatus.NOT_DOCUMENTED,
          row.citation(),
          generalText,
          beyond,
          improvement.evidence,
          "The request states no number of weeks, so it cannot be shown to end within the"
              + " postsurgical treatment period.");
      return;
    }
    LocalDate requestEnds = coverage.requestDate.plusWeeks(request.weeks().get());
    boolean inPeriod = !requestEnds.isAfter(coverage.periodEnd);
    generalCourse.record(
        writer,
        inPeriod ? CriterionStatus.MET : CriterionStatus.NOT_MET,
        row.citation(),
        generalText,
        beyond,
        improvement.evidence,
        "The request's "
            + request.weeks().get()
            + " weeks "
            + (inPeriod ? "end within" : "run past the end of")
            + " the postsurgical treatment period of "
            + coverage.periodMonths
            + " months.");
  }

  /** A count in hundredths, written plainly: 1200 is {@code "12"}, 450 is {@code "4.5"}. */
  static String hundredths(int value) {
    int whole = value / 100;
    int rest = value % 100;
    if (rest == 0) {
      return Integer.toString(whole);
    }
    return rest % 10 == 0 ? whole + "." + rest / 10 : whole + "." + (rest < 10 ? "0" : "") + rest;
  }
}
