package org.openimr.model;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words {@link RequestText} knows, as data: the abbreviations utilization review uses for
 * modalities, regions and sides, the filler words of requests for authorization and letters, and
 * the words of quantities (the number words are in {@link NumberWords}). The modalities' and
 * regions' own phrases ({@link Modality#phrases()}, {@link BodyRegion#phrases()}) are read too;
 * this table only adds to them.
 *
 * <p>Phrases are written as people write them; {@link RequestText} splits them into words the same
 * way it splits a request ({@code "c/s"} is {@code c / s}, {@code "l-spine"} is {@code l spine}).
 * An entry must not name two things: the reader refuses to start otherwise.
 */
final class RequestWords {
  private RequestWords() {}

  /** Modality abbreviations and variants beyond {@link Modality#phrases()}. */
  static final Map<String, Modality> MODALITY_ABBREVIATIONS =
      ImmutableMap.<String, Modality>builder()
          .put("acup", Modality.ACUPUNCTURE)
          .put("accupuncture", Modality.ACUPUNCTURE)
          .put("physio", Modality.PHYSICAL_THERAPY)
          .put("phys therapy", Modality.PHYSICAL_THERAPY)
          .put("occ therapy", Modality.OCCUPATIONAL_THERAPY)
          .put("aquatic", Modality.AQUATIC_THERAPY)
          .put("aquatherapy", Modality.AQUATIC_THERAPY)
          .put("water therapy", Modality.AQUATIC_THERAPY)
          .put("therapeutic massage", Modality.MASSAGE)
          .put("chiro", Modality.CHIROPRACTIC_MANIPULATION)
          .put("chiropractic care", Modality.CHIROPRACTIC_MANIPULATION)
          .put("chiropractic adjustment", Modality.CHIROPRACTIC_MANIPULATION)
          .put("chiropractic adjustments", Modality.CHIROPRACTIC_MANIPULATION)
          .put("chiropractic manipulative treatment", Modality.CHIROPRACTIC_MANIPULATION)
          .put("cmt", Modality.CHIROPRACTIC_MANIPULATION)
          .put("spinal manipulation", Modality.CHIROPRACTIC_MANIPULATION)
          .put("spinal manipulative therapy", Modality.CHIROPRACTIC_MANIPULATION)
          .put("smt", Modality.CHIROPRACTIC_MANIPULATION)
          .buildOrThrow();

  /** Region abbreviations and variants beyond {@link BodyRegion#phrases()}. */
  static final Map<String, BodyRegion> REGION_ABBREVIATIONS =
      ImmutableMap.<String, BodyRegion>builder()
          .put("c/s", BodyRegion.CERVICAL_SPINE)
          .put("cervical region", BodyRegion.CERVICAL_SPINE)
          .put("t/s", BodyRegion.THORACIC_SPINE)
          .put("thoracic region", BodyRegion.THORACIC_SPINE)
          .put("l/s", BodyRegion.LUMBAR_SPINE)
          .put("lb", BodyRegion.LUMBAR_SPINE)
          .put("lumbar region", BodyRegion.LUMBAR_SPINE)
          .put("shld", BodyRegion.SHOULDER)
          .put("shldr", BodyRegion.SHOULDER)
          .buildOrThrow();

  /** Words for a side: the enum's own words and their abbreviations. */
  static final Map<String, Laterality> SIDES =
      ImmutableMap.<String, Laterality>builder()
          .put("left", Laterality.LEFT)
          .put("lt", Laterality.LEFT)
          .put("l", Laterality.LEFT)
          .put("right", Laterality.RIGHT)
          .put("rt", Laterality.RIGHT)
          .put("r", Laterality.RIGHT)
          .put("bilateral", Laterality.BILATERAL)
          .put("bilat", Laterality.BILATERAL)
          .put("b/l", Laterality.BILATERAL)
          .put("both", Laterality.BILATERAL)
          .buildOrThrow();

  /**
   * Words that change nothing a request asks for: how a request is introduced ("please authorize",
   * "request for"), that it continues a course ("additional", "continued"), prepositions and
   * determiners ("for the", "to her"), and the unit words when they stand after a modality.
   */
  static final List<String> FILLERS =
      ImmutableList.of(
          "please",
          "authorize",
          "authorise",
          "authorization",
          "request",
          "requests",
          "requested",
          "requesting",
          "rfa",
          "additional",
          "continued",
          "continue",
          "continuation",
          "more",
          "further",
          "extra",
          "outpatient",
          "trial",
          "for",
          "of",
          "to",
          "in",
          "over",
          "the",
          "a",
          "an",
          "her",
          "his",
          "their",
          "session",
          "sessions",
          "visit",
          "visits",
          "treatment",
          "treatments",
          "appointment",
          "appointments");

  /** Words that may stand between a number and its unit: "12 additional sessions". */
  static final Set<String> COUNT_FILLERS =
      ImmutableSet.of("additional", "more", "further", "extra", "total");

  /** Units of a total: "6 sessions", "12 visits". */
  static final Set<String> UNITS =
      ImmutableSet.of(
          "session",
          "sessions",
          "visit",
          "visits",
          "treatment",
          "treatments",
          "appointment",
          "appointments");

  /** Units of a duration: "4 weeks", "6 wks". */
  static final Set<String> WEEKS = ImmutableSet.of("week", "weeks", "wk", "wks");

  /** What follows a count of sessions a week: "3x", "3 times", "1 time". */
  static final Set<String> TIMES = ImmutableSet.of("x", "times", "time");

  /** What says "a week" after a count: "3x/week", "3 times a week", "twice weekly". */
  static final List<String> PER_WEEK =
      ImmutableList.of(
          "/week",
          "/wk",
          "/w",
          "per week",
          "per wk",
          "a week",
          "a wk",
          "each week",
          "every week",
          "weekly",
          "wkly");

  /** Words that are a count of sessions a week by themselves: "twice weekly". */
  static final Map<String, Integer> FREQUENCY_WORDS =
      ImmutableMap.of("once", 1, "twice", 2, "thrice", 3);

  /** Words between the ends of a range: "1-2x", "2 to 3 times", "2 or 3 times". */
  static final Set<String> RANGE_WORDS = ImmutableSet.of("-", "to", "or");

  /** Marks that separate parts of a request and mean nothing by themselves. */
  static final Set<String> PUNCTUATION = ImmutableSet.of(",", ";", ":", ".", "(", ")", "-");
}
