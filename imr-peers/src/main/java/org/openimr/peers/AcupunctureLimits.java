package org.openimr.peers;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.EnumSet;
import java.util.Set;
import org.apiguardian.api.API;
import org.openimr.guidelines.mtus.ContentPack;
import org.openimr.guidelines.mtus.ContentPacks;
import org.openimr.guidelines.mtus.EncodedEdition;
import org.openimr.guidelines.mtus.GuidelineFigure;
import org.openimr.guidelines.mtus.MtusContent;
import org.openimr.model.BodyRegion;
import org.openimr.model.ClinicalFinding;
import org.openimr.model.GuidelineEdition;

/**
 * What the peers need of one acupuncture edition, read from the bundled content pack the evaluator
 * reads: the three figures of § 9792.24.1(c), the regions the scope leaves to another guideline and
 * the findings electroacupuncture is indicated for. A Drools fact and the hand-written peer's
 * configuration; immutable.
 *
 * <p>Design notes: no number is written here. The figures come through {@link MtusContent}; the two
 * provisions, which the library does not expose, from the pack's own JSON resource (the one {@link
 * ContentPacks#bundled()} read and checked). The one conversion made here is of the optimum
 * duration from months to whole weeks, as the evaluator makes it (a month is a twelfth of 365.25
 * days); that is a unit, not a guideline figure.
 */
@API(status = INTERNAL)
public final class AcupunctureLimits {
  /** The edition the peers encode: the one whose (c) figures the bundled content gives. */
  static final String EDITION_ID = "acupuncture-2009";

  private static final String TIME_TO_IMPROVEMENT = "acupuncture.time-to-improvement";
  private static final String FREQUENCY = "acupuncture.frequency";
  private static final String OPTIMUM_DURATION = "acupuncture.optimum-duration";
  private static final String SCOPE = "acupuncture.scope";
  private static final String ELECTROACUPUNCTURE = "acupuncture.electroacupuncture-indication";

  private final GuidelineEdition edition;
  private final int maxTrialTreatments;
  private final int maxPerWeek;
  private final int maxWeeks;
  private final Set<BodyRegion> deferredRegions;
  private final Set<ClinicalFinding> electroacupunctureIndications;

  private AcupunctureLimits(
      GuidelineEdition edition,
      int maxTrialTreatments,
      int maxPerWeek,
      int maxWeeks,
      Set<BodyRegion> deferredRegions,
      Set<ClinicalFinding> electroacupunctureIndications) {
    this.edition = edition;
    this.maxTrialTreatments = maxTrialTreatments;
    this.maxPerWeek = maxPerWeek;
    this.maxWeeks = maxWeeks;
    this.deferredRegions = deferredRegions;
    this.electroacupunctureIndications = electroacupunctureIndications;
  }

  /** The 2009 edition as the bundled content pack gives it. */
  public static AcupunctureLimits bundled() {
    EncodedEdition encoded =
        MtusContent.edition(EDITION_ID)
            .orElseThrow(() -> new IllegalStateException("no bundled edition " + EDITION_ID));
    GuidelineEdition edition = encoded.edition();
    JsonNode provisions = provisions(edition);
    return new AcupunctureLimits(
        edition,
        figure(edition, TIME_TO_IMPROVEMENT).max(),
        figure(edition, FREQUENCY).max(),
        weeksWithin(figure(edition, OPTIMUM_DURATION).max()),
        enums(provision(provisions, SCOPE).path("deferredRegions"), BodyRegion.class),
        enums(
            provision(provisions, ELECTROACUPUNCTURE).path("indicatedFor"), ClinicalFinding.class));
  }

  /** The edition these limits belong to. */
  public GuidelineEdition edition() {
    return edition;
  }

  /** § 9792.24.1(c)(1): the most treatments a first trial may have. */
  public int getMaxTrialTreatments() {
    return maxTrialTreatments;
  }

  /** § 9792.24.1(c)(2): the most sessions a week. */
  public int getMaxPerWeek() {
    return maxPerWeek;
  }

  /** § 9792.24.1(c)(3): the optimum duration as whole weeks. */
  public int getMaxWeeks() {
    return maxWeeks;
  }

  /** § 9792.24.1(b): the regions left to another guideline. */
  public Set<BodyRegion> getDeferredRegions() {
    return deferredRegions;
  }

  /** § 9792.24.1(a)(2): the findings electroacupuncture is indicated for. */
  public Set<ClinicalFinding> getElectroacupunctureIndications() {
    return electroacupunctureIndications;
  }

  /** Whole weeks in a number of months, a month being 365.25 / 12 days, rounded down. */
  static int weeksWithin(int months) {
    return months * 36525 / 8400;
  }

  private static GuidelineFigure figure(GuidelineEdition edition, String id) {
    return MtusContent.figure(edition, id)
        .orElseThrow(() -> new IllegalStateException("no figure " + id + " in " + EDITION_ID));
  }

  private static JsonNode provisions(GuidelineEdition edition) {
    for (ContentPack pack : ContentPacks.bundled()) {
      if (!pack.editions().contains(edition)) {
        continue;
      }
      URL resource = ContentPacks.class.getResource("/" + ContentPacks.DIRECTORY + pack.origin());
      if (resource == null) {
        throw new IllegalStateException("the bundled pack " + pack.id() + " is not a resource");
      }
      try (InputStream in = resource.openStream()) {
        for (JsonNode e : new ObjectMapper().readTree(in).path("editions")) {
          if (e.path("id").asText().equals(EDITION_ID)) {
            return e.path("provisions");
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("the bundled pack " + pack.id() + " cannot be read", e);
      }
    }
    throw new IllegalStateException("no bundled pack gives " + EDITION_ID);
  }

  private static JsonNode provision(JsonNode provisions, String id) {
    for (JsonNode p : provisions) {
      if (p.path("id").asText().equals(id)) {
        return p;
      }
    }
    throw new IllegalStateException("no provision " + id + " in " + EDITION_ID);
  }

  private static <E extends Enum<E>> Set<E> enums(JsonNode names, Class<E> type) {
    Set<E> values = EnumSet.noneOf(type);
    for (JsonNode name : names) {
      values.add(Enum.valueOf(type, name.asText()));
    }
    if (values.isEmpty()) {
      throw new IllegalStateException(
          "an empty " + type.getSimpleName() + " list in " + EDITION_ID);
    }
    return Set.copyOf(values);
  }
}
