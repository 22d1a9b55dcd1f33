package org.openimr.guidelines.mtus;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** How sure the project is of a guideline figure or table row: where it was read, or how read. */
@API(status = STABLE, since = "0.1")
public enum Provenance {
  /** [R] Read in a copy of the regulation or statute text. */
  READ("read in a copy of the regulation or statute text"),
  /** [R, secondary] Read in a reliable secondary summary of the regulation. */
  READ_SECONDARY("read in a secondary summary of the regulation text"),
  /**
   * [Q] The figure IMR determination letters quote again and again when citing the section; not
   * re-read in the official text.
   */
  QUOTED(
      "transcribed from IMR letters quoting the section; verify against the official text"
          + " before production use"),
  /**
   * [C] The project's reading of code titles: a diagnosis code joins a guideline's diagnosis group
   * because its official title falls within the group's title. Not the guideline's text.
   */
  CODE_TITLES(
      "the project's reading of code titles: the code's official title falls within the"
          + " diagnosis group's title; not the guideline's text, verify before production use");

  private final String meaning;

  Provenance(String meaning) {
    this.meaning = meaning;
  }

  /** What the tag means, for people reading a content listing. */
  public String meaning() {
    return meaning;
  }
}
