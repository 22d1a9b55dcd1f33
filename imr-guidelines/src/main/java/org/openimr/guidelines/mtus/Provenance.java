package org.openimr.guidelines.mtus;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** How sure the project is of a guideline figure: where it was read. */
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
          + " before production use");

  private final String meaning;

  Provenance(String meaning) {
    this.meaning = meaning;
  }

  /** What the tag means, for people reading a content listing. */
  public String meaning() {
    return meaning;
  }
}
