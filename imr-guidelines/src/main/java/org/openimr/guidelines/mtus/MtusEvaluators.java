package org.openimr.guidelines.mtus;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;
import org.openimr.spi.GuidelineEvaluator;

/**
 * The built-in MTUS evaluators, built from the content packs you choose instead of those the class
 * path holds. Each evaluator reads the editions of its guideline from every pack given, and picks
 * the one in force on the request date.
 *
 * <pre>{@code
 * List<ContentPack> packs =
 *     ContentPacks.combine(ContentPacks.discover(), List.of(ContentPacks.read(file)), Set.of());
 * GuidelineEvaluator acupuncture = MtusEvaluators.acupuncture(packs);
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class MtusEvaluators {
  private MtusEvaluators() {}

  /**
   * The built-in evaluators that read content packs, built from every pack on the class path
   * ({@link ContentPacks#discover()}, the bundled content among them) and these extra ones, to put
   * in the place of the discovered evaluators with the same ids:
   *
   * <pre>{@code
   * ContentPack mine = ContentPacks.read(Path.of("acupuncture-2017.json"));
   * ImrReviewer reviewer =
   *     ImrReviewer.builder().discover().replace(MtusEvaluators.withContent(mine)).build();
   * }</pre>
   *
   * <p>They are the acupuncture, postsurgical and chronic pain physical medicine evaluators, each
   * reading the discovered packs and the extra ones.
   *
   * @throws ContentPackException if the packs do not fit together, e.g. an extra pack has an
   *     edition in force on dates a discovered pack covers (exclude that one by id: {@link
   *     #withContent(List, Set)})
   */
  public static List<GuidelineEvaluator> withContent(ContentPack... extra) {
    Objects.requireNonNull(extra, "packs");
    return withContent(List.of(extra), Set.of());
  }

  /**
   * As {@link #withContent(ContentPack...)}, leaving out the packs (discovered or extra) whose ids
   * are excluded: how a pack takes the place of another for the same dates.
   *
   * @throws ContentPackException if an excluded id names no pack, or the packs do not fit together
   */
  public static List<GuidelineEvaluator> withContent(
      List<ContentPack> extra, Set<String> excluded) {
    Objects.requireNonNull(extra, "packs");
    Objects.requireNonNull(excluded, "excluded");
    List<ContentPack> packs = ContentPacks.combine(ContentPacks.discover(), extra, excluded);
    return List.of(
        new MtusAcupunctureEvaluator(packs),
        new MtusPostsurgicalPhysicalMedicineEvaluator(packs),
        new MtusChronicPainPhysicalMedicineEvaluator(packs));
  }

  /**
   * The acupuncture evaluator reading exactly these packs' acupuncture editions.
   *
   * @throws ContentPackException if the packs do not fit together ({@link
   *     ContentPacks#check(Collection)})
   */
  public static MtusAcupunctureEvaluator acupuncture(Collection<ContentPack> packs) {
    List<ContentPack> list = List.copyOf(packs);
    ContentPacks.check(list);
    return new MtusAcupunctureEvaluator(list);
  }

  /**
   * The chronic pain physical medicine evaluator (8 CCR § 9792.24.2, with the Labor Code § 4604.5
   * visit caps) reading exactly these packs' {@code mtus.chronic-pain} editions, and the {@code
   * mtus.postsurgical} and {@code labor-code.4604.5} editions in force on each request date.
   *
   * @throws ContentPackException if the packs do not fit together ({@link
   *     ContentPacks#check(Collection)})
   */
  public static MtusChronicPainPhysicalMedicineEvaluator chronicPainPhysicalMedicine(
      Collection<ContentPack> packs) {
    List<ContentPack> list = List.copyOf(packs);
    ContentPacks.check(list);
    return new MtusChronicPainPhysicalMedicineEvaluator(list);
  }

  /**
   * The postsurgical physical medicine evaluator (8 CCR § 9792.24.3, with the Labor Code § 4604.5
   * visit caps) reading exactly these packs' {@code mtus.postsurgical} editions, and the {@code
   * labor-code.4604.5} edition in force on each request date.
   *
   * @throws ContentPackException if the packs do not fit together ({@link
   *     ContentPacks#check(Collection)})
   */
  public static MtusPostsurgicalPhysicalMedicineEvaluator postsurgical(
      Collection<ContentPack> packs) {
    List<ContentPack> list = List.copyOf(packs);
    ContentPacks.check(list);
    return new MtusPostsurgicalPhysicalMedicineEvaluator(list);
  }
}
