package org.openimr.json;

import java.util.Set;

/**
 * How a path names a field without quoting input: by name when the name is a field name of the
 * format, otherwise by position among its object's fields, counted from 1 ({@code <field 3>}). A
 * key the format does not define may be anything, an identifier too.
 */
final class FieldNames {
  private final Set<String> known;

  FieldNames(Set<String> known) {
    this.known = known;
  }

  /**
   * The path step for a field: {@code .name} or {@code .<field N>}.
   *
   * @param index the field's position among its object's fields, from 0; -1 if unknown
   */
  String step(String name, int index) {
    if (known.contains(name)) {
      return "." + name;
    }
    return index < 0 ? ".<field>" : ".<field " + (index + 1) + ">";
  }
}
