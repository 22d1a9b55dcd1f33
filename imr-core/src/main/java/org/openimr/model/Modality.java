package org.openimr.model;

import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/** A kind of treatment that requests, prior courses and guidelines talk about. */
@API(status = STABLE, since = "0.1")
public enum Modality {
  /** Acupuncture. */
  ACUPUNCTURE("Acupuncture", "acupuncture"),
  /** Acupuncture with electrical stimulation of the needles. */
  ELECTROACUPUNCTURE(
      "Electroacupuncture",
      "electroacupuncture",
      "electro-acupuncture",
      "acupuncture with electrical stimulation"),
  /** Physical therapy (physiotherapy). */
  PHYSICAL_THERAPY(
      "Physical therapy", "physical therapy", "pt", "physiotherapy", "physical medicine"),
  /** Occupational therapy. */
  OCCUPATIONAL_THERAPY("Occupational therapy", "occupational therapy", "ot"),
  /** Aquatic (pool) therapy. */
  AQUATIC_THERAPY("Aquatic therapy", "aquatic therapy", "aqua therapy", "pool therapy"),
  /** Massage therapy. */
  MASSAGE("Massage", "massage", "massage therapy"),
  /** Chiropractic care: manual therapy and manipulation. */
  CHIROPRACTIC_MANIPULATION(
      "Chiropractic manipulation",
      "chiropractic manipulation",
      "chiropractic",
      "chiropractic treatment",
      "chiropractic therapy",
      "manipulation",
      "manual therapy and manipulation"),
  /** Any other treatment; the record's own words stay in the free-text fields. */
  OTHER("Other", "other");

  private static final Map<String, Modality> BY_PHRASE = indexPhrases();

  private final String displayName;
  private final ImmutableList<String> phrases;

  Modality(String displayName, String... phrases) {
    this.displayName = displayName;
    this.phrases = ImmutableList.copyOf(phrases);
  }

  /** How the modality is written at the start of a request, e.g. {@code "Acupuncture"}. */
  public String displayName() {
    return displayName;
  }

  /** Every phrase that names this modality, lower case, the usual one first. */
  public List<String> phrases() {
    return phrases;
  }

  /** The modality a phrase names, ignoring case and surrounding white space. */
  public static Optional<Modality> fromPhrase(String phrase) {
    return Optional.ofNullable(BY_PHRASE.get(Phrases.normalize(phrase)));
  }

  private static Map<String, Modality> indexPhrases() {
    ImmutableMap.Builder<String, Modality> index = ImmutableMap.builder();
    for (Modality modality : values()) {
      if (modality != OTHER) {
        modality.phrases.forEach(p -> index.put(p, modality));
      }
    }
    return index.buildOrThrow();
  }
}
