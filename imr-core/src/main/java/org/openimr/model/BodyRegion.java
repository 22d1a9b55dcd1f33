package org.openimr.model;

import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A body region as guidelines and letters name it. Each region knows the phrases that name it in
 * requests and letters ({@code "low back"}, {@code "lumbar spine"}), so parsing and rendering use
 * one vocabulary.
 */
@API(status = STABLE, since = "0.1")
public enum BodyRegion {
  /** The neck: the cervical spine. */
  CERVICAL_SPINE("neck", "cervical spine", "cervical", "c-spine"),
  /** The mid back: the thoracic spine. */
  THORACIC_SPINE(
      "mid back", "thoracic spine", "thoracic", "middle back", "mid-back", "upper back", "t-spine"),
  /** The low back: the lumbar and lumbosacral spine. */
  LUMBAR_SPINE(
      "low back",
      "lumbar spine",
      "lumbar",
      "lower back",
      "lumbosacral spine",
      "lumbosacral",
      "l-spine"),
  /** The shoulder. */
  SHOULDER("shoulder", "shoulders"),
  /** The upper arm. */
  UPPER_ARM("upper arm", "arm", "humerus"),
  /** The elbow. */
  ELBOW("elbow", "elbows"),
  /** The forearm. */
  FOREARM("forearm", "forearms"),
  /** The wrist. */
  WRIST("wrist", "wrists"),
  /** The hand, fingers and thumb included. */
  HAND("hand", "hands", "finger", "fingers", "thumb"),
  /** The hip. */
  HIP("hip", "hips"),
  /** The knee. */
  KNEE("knee", "knees"),
  /** The ankle. */
  ANKLE("ankle", "ankles"),
  /** The foot, toes included. */
  FOOT("foot", "feet", "toe", "toes"),
  /** The head. */
  HEAD("head"),
  /** The chest. */
  CHEST("chest"),
  /** A region with no entry here; the record's own words stay in the free-text fields. */
  OTHER("other");

  private static final Map<String, BodyRegion> BY_PHRASE = indexPhrases();

  private final ImmutableList<String> phrases;

  BodyRegion(String... phrases) {
    this.phrases = ImmutableList.copyOf(phrases);
  }

  /** The usual phrase for this region, e.g. {@code "low back"}. */
  public String displayName() {
    return phrases.get(0);
  }

  /** Every phrase that names this region, lower case, the usual one first. */
  public List<String> phrases() {
    return phrases;
  }

  /** The region a phrase names, ignoring case and surrounding white space. */
  public static Optional<BodyRegion> fromPhrase(String phrase) {
    return Optional.ofNullable(BY_PHRASE.get(Phrases.normalize(phrase)));
  }

  private static Map<String, BodyRegion> indexPhrases() {
    ImmutableMap.Builder<String, BodyRegion> index = ImmutableMap.builder();
    for (BodyRegion region : values()) {
      if (region != OTHER) {
        region.phrases.forEach(p -> index.put(p, region));
      }
    }
    return index.buildOrThrow();
  }
}
