package org.openimr.guidelines.mtus;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Collection;
import java.util.List;
import org.apiguardian.api.API;

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
  public static ChronicPainPhysicalMedicineEvaluator chronicPainPhysicalMedicine(
      Collection<ContentPack> packs) {
    List<ContentPack> list = List.copyOf(packs);
    ContentPacks.check(list);
    return new ChronicPainPhysicalMedicineEvaluator(list);
  }

  /**
   * The postsurgical physical medicine evaluator (8 CCR § 9792.24.3, with the Labor Code § 4604.5
   * visit caps) reading exactly these packs' {@code mtus.postsurgical} editions, and the {@code
   * labor-code.4604.5} edition in force on each request date.
   *
   * @throws ContentPackException if the packs do not fit together ({@link
   *     ContentPacks#check(Collection)})
   */
  public static PostsurgicalPhysicalMedicineEvaluator postsurgical(Collection<ContentPack> packs) {
    List<ContentPack> list = List.copyOf(packs);
    ContentPacks.check(list);
    return new PostsurgicalPhysicalMedicineEvaluator(list);
  }
}
