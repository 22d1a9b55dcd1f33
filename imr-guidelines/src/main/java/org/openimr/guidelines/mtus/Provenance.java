package org.openimr.guidelines.mtus;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import java.util.Optional;
import org.apiguardian.api.API;

/** How sure the project is of a guideline figure or table row: where it was read, or how read. */
@API(status = STABLE, since = "0.1")
public enum Provenance {
  /** [R] Read in a copy of the regulation or statute text. */
  READ("[R]", "R", "read in a copy of the regulation or statute text"),
  /** [R, secondary] Read in a reliable secondary summary of the regulation. */
  READ_SECONDARY(
      "[R, secondary]", "R-secondary", "read in a secondary summary of the regulation text"),
  /**
   * [Q] The figure IMR determination letters quote again and again when citing the section; not
   * re-read in the official text.
   */
  QUOTED(
      "[Q]",
      "Q",
      "transcribed from IMR letters quoting the section; verify against the official text"
          + " before production use"),
  /**
   * [U] Supplied by the user in a content pack, from a source the project does not ship (such as
   * the licensed ACOEM text); the project vouches only that it was read as written.
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  USER_SUPPLIED(
      "[U]",
      "U",
      "supplied by the user in a content pack, from a source the project does not ship; the"
          + " project vouches only that it was read as written"),
  /**
   * [C] The project's reading of code titles: a diagnosis code joins a guideline's diagnosis group
   * because its official title falls within the group's title. Not the guideline's text.
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  CODE_TITLES(
      "[C]",
      "C",
      "the project's reading of code titles: the code's official title falls within the"
          + " diagnosis group's title; not the guideline's text, verify before production use");

  private final String tag;
  private final String code;
  private final String meaning;

  Provenance(String tag, String code, String meaning) {
    this.tag = tag;
    this.code = code;
    this.meaning = meaning;
  }

  /** What the tag means, for people reading a content listing. */
  public String meaning() {
    return meaning;
  }

  /** The tag as listings print it, e.g. {@code "[Q]"}. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public String tag() {
    return tag;
  }

  /** The tag as a content pack writes it, e.g. {@code "Q"} or {@code "R-secondary"}. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public String code() {
    return code;
  }

  /** The provenance a content pack writes as this code. */
  static Optional<Provenance> ofCode(String code) {
    for (Provenance p : values()) {
      if (p.code.equals(code)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /**
   * A citation title as decisions print it: user-supplied content carries its tag, so that every
   * decision shows which guideline text the project does not vouch for.
   */
  String cite(String title) {
    return this == USER_SUPPLIED ? title + " " + tag : title;
  }
}
