package org.openimr.guidelines.mtus;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
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
 * The MTUS Acupuncture Medical Treatment Guidelines (8 CCR § 9792.24.1 from 2009-07-18; § 9792.21
 * (a)(2) from 2007-06-15), encoded: decides whether an acupuncture or electroacupuncture request is
 * medically necessary, as an IMR reviewer would.
 *
 * <p>One {@link org.openimr.model.CriterionResult} per provision, with a stable id and its own
 * citation, in this order: {@code mtus.acupuncture.scope} (b), {@code .indication} (a)(1), {@code
 * .electroacupuncture-indication} (a)(2), {@code .initial-trial} (c)(1), {@code .frequency} (c)(2),
 * {@code .duration} (c)(3), {@code .sessions-documented} (d), {@code .extension} (d) and {@code
 * .functional-improvement} (§ 9792.20(f)). A request is necessary exactly when none is NOT_MET or
 * NOT_DOCUMENTED. A request for a region the edition leaves to ACOEM (the shoulder), or under an
 * edition whose content this library does not cover (2007, apart from that deferral), is not
 * evaluable, with the reason.
 *
 * <p>The numbers, sections, descriptions and provenance come from content packs: those on the class
 * path ({@link ContentPacks#discover()}), the bundled MTUS content among them, or those given to
 * {@link MtusEvaluators#acupuncture}. An edition whose pack lacks a figure or provision decides
 * only the requests whose outcome does not turn on it, and answers the others "not covered". They
 * are resolved once, in the constructor, so an instance is cheap to call and safe to share between
 * threads. Found by {@link java.util.ServiceLoader}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class MtusAcupunctureEvaluator implements GuidelineEvaluator {
  /** The evaluator id; every criterion id starts with it. */
  public static final String ID = "mtus.acupuncture";

  private static final String VERSION = "0.1.0";

  private final ImmutableList<AcupunctureEdition> editions;
  private final ImmutableList<GuidelineEdition> guidelineEditions;
  private final ImmutableList<PackEdition> packEditions;

  /**
   * Resolves the acupuncture content of every pack on the class path ({@link
   * ContentPacks#discover()}); fails fast, with every problem, if a pack is broken or two do not
   * fit together.
   */
  public MtusAcupunctureEvaluator() {
    this(ContentPacks.discover());
  }

  /** Resolves the acupuncture content of these packs, which fit together. */
  MtusAcupunctureEvaluator(List<ContentPack> packs) {
    this.editions = AcupunctureEdition.all(packs);
    this.guidelineEditions =
        editions.stream().map(AcupunctureEdition::edition).collect(ImmutableList.toImmutableList());
    this.packEditions =
        editions.stream().map(AcupunctureEdition::content).collect(ImmutableList.toImmutableList());
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
   * The acupuncture editions of the packs, in the order they come into force: the bundled 2007 and
   * 2009 editions, and any a pack adds.
   */
  @Override
  public List<GuidelineEdition> editions() {
    return guidelineEditions;
  }

  /**
   * For a request dated after the editions end (from 2017-12-01 with the bundled content alone):
   * {@code "No edition of the MTUS Acupuncture Medical Treatment Guidelines (8 CCR § 9792.24.1) in
   * force on 2025-03-04 is encoded: supply a content pack for that date (see
   * docs/content-packs.md)."}, the title and section those of the latest edition that ended.
   */
  @Override
  public Optional<String> noEditionInForce(LocalDate date) {
    return MissingEdition.sentence(packEditions, date);
  }

  @Override
  public Applicability applicability(Case c, DisputedItem item) {
    Optional<Modality> modality = item.request().modality();
    if (modality.isPresent() && modality.get() == Modality.ACUPUNCTURE) {
      return Applicability.applies("modality is acupuncture");
    }
    if (modality.isPresent() && modality.get() == Modality.ELECTROACUPUNCTURE) {
      return Applicability.applies("modality is electroacupuncture");
    }
    return Applicability.doesNotApply("modality is not acupuncture or electroacupuncture");
  }

  @Override
  public Decision evaluate(Case c, DisputedItem item, GuidelineEdition edition) {
    Optional<Modality> modality = item.request().modality();
    if (modality.isEmpty() || !AcupunctureRecord.isAcupuncture(modality.get())) {
      return Decision.notEvaluable(
          item.id(), ID, VERSION, "The request is not for acupuncture or electroacupuncture.");
    }
    AcupunctureEdition rules = find(edition);
    if (rules == null) {
      return Decision.notEvaluable(
          item.id(),
          ID,
          VERSION,
          "The MTUS acupuncture evaluator does not encode the guideline edition it was given.");
    }
    return rules.decide(ID, VERSION, c, item);
  }

  private @Nullable AcupunctureEdition find(GuidelineEdition edition) {
    for (int i = 0; i < editions.size(); i++) {
      if (editions.get(i).edition() == edition) {
        return editions.get(i);
      }
    }
    for (AcupunctureEdition e : editions) {
      if (e.edition().equals(edition)) {
        return e;
      }
    }
    return null;
  }
}
