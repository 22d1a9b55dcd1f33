package org.openimr.guidelines.mtus;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.openimr.model.Case;
import org.openimr.model.Decision;
import org.openimr.model.DisputedItem;
import org.openimr.model.GuidelineEdition;
import org.openimr.model.Modality;
import org.openimr.spi.Applicability;
import org.openimr.spi.GuidelineEvaluator;

/**
 * The MTUS Postsurgical Treatment Guidelines (8 CCR § 9792.24.3) for physical and occupational
 * therapy after a surgery, id {@value #ID}.
 *
 * <p>It applies while a surgery's postsurgical physical medicine period covers the request date and
 * the request concerns that surgery's region ({@link PostsurgicalCoverage#resolve}, shared with the
 * chronic pain evaluator, which applies otherwise), so the reviewer always finds exactly one of the
 * two. The surgery's row of the {@linkplain MtusContent#postsurgicalTable() postsurgical table}
 * gives the general course of therapy; the initial course is one half of it; a subsequent course,
 * within the general course, needs documented functional improvement; beyond the general course,
 * therapy may continue to the end of the period only while further improvement is documented. A
 * request runs no longer than the general course's weeks; the guideline states no frequency, so
 * none is checked. Physical medicine visits the record dates inside the period count toward the
 * course. A surgery not in the table gets the presumptive period, and the decision says that the
 * table gives no visit numbers for it rather than inventing one.
 *
 * <p>The evaluator only orders the criteria ({@link PostsurgicalCriteria}, {@link
 * VisitCapCriterion}) over a {@link PhysicalMedicineRecord} read once per item. Stateless and
 * thread-safe; every number comes from content packs (the bundled MTUS pack, or those given to
 * {@link MtusEvaluators}), resolved when the evaluator is built.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class MtusPostsurgicalPhysicalMedicineEvaluator implements GuidelineEvaluator {
  /** The evaluator id, {@code "mtus.postsurgical"}. */
  public static final String ID = "mtus.postsurgical";

  static final String VERSION = "0.2.0";

  private final PhysicalMedicineEditions packs;
  private final List<GuidelineEdition> editions;
  private final ImmutableList<Rules> rules;

  /** The criterion results made recently, shared by equal ones (every edition's, one table). */
  private final ResultCache results = new ResultCache();

  /**
   * Resolves the physical medicine content of every pack on the class path ({@link
   * ContentPacks#discover()}), the bundled MTUS content among them; for {@link
   * java.util.ServiceLoader}. Fails fast, with every problem, if a pack is broken or two do not fit
   * together.
   */
  public MtusPostsurgicalPhysicalMedicineEvaluator() {
    this(ContentPacks.discover());
  }

  /** Resolves the physical medicine content of these packs, which fit together. */
  MtusPostsurgicalPhysicalMedicineEvaluator(List<ContentPack> packs) {
    this.packs = new PhysicalMedicineEditions(packs);
    this.editions = PhysicalMedicineEditions.guidelineEditions(this.packs.postsurgical);
    ImmutableList.Builder<Rules> built = ImmutableList.builder();
    for (PhysicalMedicineEditions.Edition<PhysicalMedicineContent.Postsurgical> e :
        this.packs.postsurgical) {
      if (e.part != null) {
        built.add(new Rules(e.part));
      }
    }
    this.rules = built.build();
  }

  /**
   * The criteria of one edition, built once: each only if the edition gives what it reads; what the
   * course criteria lack, named.
   */
  private static final class Rules {
    final PhysicalMedicineContent.Postsurgical content;
    final Optional<PostsurgicalCriteria.TreatmentPeriod> treatmentPeriod;
    final Optional<PostsurgicalCriteria.Course> course;
    final ImmutableList<String> courseMissing;
    final Optional<PostsurgicalCriteria.CourseWeeks> courseWeeks;

    Rules(PhysicalMedicineContent.Postsurgical content) {
      this.content = content;
      this.treatmentPeriod =
          content.treatmentPeriod.map(
              p -> new PostsurgicalCriteria.TreatmentPeriod(p, content.presumptivePeriod));
      List<String> missing = new ArrayList<>(4);
      if (content.initialCourse.isEmpty()) {
        missing.add(PhysicalMedicineContent.figurePhrase(PhysicalMedicineContent.INITIAL_COURSE));
      }
      if (content.subsequentCourse.isEmpty()) {
        missing.add(
            PhysicalMedicineContent.provisionPhrase(PhysicalMedicineContent.SUBSEQUENT_COURSE));
      }
      if (content.generalCourse.isEmpty()) {
        missing.add(
            PhysicalMedicineContent.describedPhrase(
                PhysicalMedicineContent.GENERAL_COURSE, PostsurgicalCriteria.Course.GENERAL));
      }
      if (content.definition.isEmpty()) {
        missing.add(PhysicalMedicineContent.DEFINITION_PHRASE);
      }
      this.courseMissing = ImmutableList.copyOf(missing);
      this.course =
          missing.isEmpty()
              ? Optional.of(
                  new PostsurgicalCriteria.Course(
                      content.initialCourse.orElseThrow(),
                      content.subsequentCourse.orElseThrow(),
                      content.generalCourse.orElseThrow(),
                      content.definition.orElseThrow()))
              : Optional.empty();
      this.courseWeeks = content.courseWeeks.map(PostsurgicalCriteria.CourseWeeks::new);
    }
  }

  private @Nullable Rules rulesOf(PhysicalMedicineContent.Postsurgical content) {
    for (Rules r : rules) {
      if (r.content == content) {
        return r;
      }
    }
    return null;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String version() {
    return VERSION;
  }

  /**
   * The postsurgical editions of the packs, in the order they come into force: the bundled 2009
   * edition, and any a pack adds.
   */
  @Override
  public List<GuidelineEdition> editions() {
    return editions;
  }

  /**
   * For a request dated after the editions end (from 2017-12-01 with the bundled content alone):
   * one sentence naming the guideline and asking for a content pack for that date.
   */
  @Override
  public Optional<String> noEditionInForce(LocalDate date) {
    return MissingEdition.sentence(PhysicalMedicineEditions.packEditions(packs.postsurgical), date);
  }

  @Override
  public Applicability applicability(Case c, DisputedItem item) {
    Optional<Applicability> notCovered =
        ModalityScope.notCovered(
            item, coveredOn(c.effectiveRequestDate()), "postsurgical courses are encoded for ");
    if (notCovered.isPresent()) {
      return notCovered.get();
    }
    if (c.effectiveRequestDate().isEmpty()) {
      return Applicability.doesNotApply(
          "the case has no date to place the request in a postsurgical period");
    }
    Optional<PhysicalMedicineEditions.Edition<PhysicalMedicineContent.Postsurgical>> inForce =
        PhysicalMedicineEditions.inForce(packs.postsurgical, c.effectiveRequestDate());
    if (inForce.isEmpty()) {
      return Applicability.doesNotApply(
          "no postsurgical guideline edition of the content packs in use is in force on the"
              + " request date");
    }
    PhysicalMedicineContent.Postsurgical content = inForce.get().part;
    if (content == null) {
      return c.surgeries().isEmpty()
          ? Applicability.doesNotApply("the case records no surgery")
          : Applicability.applies(
              "the case records a surgery, and the postsurgical edition in force on the request"
                  + " date does not give what is needed to place it in a postsurgical period");
    }
    Optional<PostsurgicalCoverage> coverage = PostsurgicalCoverage.resolve(c, item, content);
    return coverage.isPresent()
        ? Applicability.applies(
            "the request date falls in the postsurgical physical medicine period of a surgery of"
                + " the "
                + coverage.get().surgery.region().displayName())
        : Applicability.doesNotApply(
            "no surgery's postsurgical physical medicine period covers the request date for the"
                + " request's region");
  }

  /**
   * The modalities the postsurgical edition in force on the date gives courses for; with none in
   * force (or one that does not say), those any edition does.
   */
  private Set<Modality> coveredOn(Optional<LocalDate> date) {
    Optional<PhysicalMedicineContent.Postsurgical> inForce = packs.postsurgicalOn(date);
    if (inForce.isPresent()) {
      return inForce.get().modalities;
    }
    Set<Modality> any = EnumSet.noneOf(Modality.class);
    for (PhysicalMedicineEditions.Edition<PhysicalMedicineContent.Postsurgical> e :
        packs.postsurgical) {
      if (e.part != null) {
        any.addAll(e.part.modalities);
      }
    }
    return any;
  }

  @Override
  public Decision evaluate(Case c, DisputedItem item, GuidelineEdition edition) {
    DecisionWriter writer = new DecisionWriter(ID, VERSION, item, edition).sharing(results);
    Optional<PhysicalMedicineEditions.Edition<PhysicalMedicineContent.Postsurgical>> found =
        PhysicalMedicineEditions.find(packs.postsurgical, edition);
    if (found.isEmpty()) {
      return writer.notEvaluable(
          "The MTUS postsurgical evaluator does not encode the guideline edition it was given.");
    }
    writer.content(found.get().source.pack().source());
    PhysicalMedicineContent.Postsurgical content = found.get().part;
    Rules rules = content == null ? null : rulesOf(content);
    if (content == null || rules == null) {
      return writer.notEvaluable(found.get().notCovered());
    }
    PhysicalMedicineRecord record = new PhysicalMedicineRecord(c, item, content);
    if (record.coverage.isEmpty()) {
      return writer.notEvaluable(
          "No surgery's postsurgical physical medicine period covers the request date for a"
              + " physical or occupational therapy request, so 8 CCR § 9792.24.3 does not decide"
              + " it.");
    }
    PostsurgicalCoverage coverage = record.coverage.get();
    // Always met once a period covers the request: without it the decision does not list it.
    rules.treatmentPeriod.ifPresent(t -> t.check(coverage, record, writer));
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
    List<String> missing = new ArrayList<>(rules.courseMissing);
    rules.course.ifPresent(k -> k.check(coverage, row.get(), record, writer));
    if (rules.courseWeeks.isPresent()) {
      rules.courseWeeks.get().check(row.get(), record, writer);
    } else if (record.weeks.isPresent()) {
      missing.add(
          PhysicalMedicineContent.describedPhrase(
              PhysicalMedicineContent.COURSE_WEEKS, PostsurgicalCriteria.CourseWeeks.ID));
    }
    Optional<VisitCapCriterion> visitCap =
        packs.capsOn(c.effectiveRequestDate()).map(VisitCapCriterion::new);
    visitCap.ifPresent(v -> v.postsurgical(record, writer));
    if (!missing.isEmpty() && !writer.hasAdverse()) {
      return writer.notEvaluable(content.notCovered(missing));
    }
    if (visitCap.isEmpty() && !writer.hasAdverse()) {
      return writer.notEvaluable(MtusChronicPainPhysicalMedicineEvaluator.NO_CAPS);
    }
    return writer.decide();
  }
}
