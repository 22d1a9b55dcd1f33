package org.openimr.guidelines.mtus;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How a surgery was matched to the postsurgical table: the row, or why there is none, in words a
 * decision can carry. The words name the table row and the kind of evidence used, never the
 * record's own procedure text.
 */
final class PostsurgicalMatch {
  /** What decided the match. */
  enum Basis {
    DIAGNOSIS_CODE,
    DIAGNOSIS_CODE_AND_PROCEDURE,
    PROCEDURE_AND_REGION,
    NOT_IN_TABLE,
    SEVERAL_ROWS
  }

  private final Basis basis;
  private final @Nullable PostsurgicalTableRow row;
  private final String explanation;

  private PostsurgicalMatch(Basis basis, @Nullable PostsurgicalTableRow row, String explanation) {
    this.basis = basis;
    this.row = row;
    this.explanation = explanation;
  }

  static PostsurgicalMatch matched(Basis basis, PostsurgicalTableRow row, String codeNote) {
    String by =
        switch (basis) {
          case DIAGNOSIS_CODE -> "by its ICD-9-CM diagnosis code and region";
          case DIAGNOSIS_CODE_AND_PROCEDURE ->
              "by its ICD-9-CM diagnosis code, region and procedure";
          default -> "by its procedure and region" + codeNote;
        };
    return new PostsurgicalMatch(
        basis,
        row,
        "The surgery matches the postsurgical table row " + row.display() + " " + by + ".");
  }

  static PostsurgicalMatch notInTable(String codeNote) {
    return new PostsurgicalMatch(
        Basis.NOT_IN_TABLE,
        null,
        "The surgery is not in the postsurgical table: no row matches its diagnosis code, or its"
            + " procedure and region"
            + codeNote
            + ".");
  }

  static PostsurgicalMatch severalRows(List<PostsurgicalTableRow> rows) {
    StringBuilder names = new StringBuilder();
    for (PostsurgicalTableRow r : rows) {
      if (names.length() > 0) {
        names.append("; ");
      }
      names.append(r.display());
    }
    return new PostsurgicalMatch(
        Basis.SEVERAL_ROWS,
        null,
        "The surgery matches more than one row of the postsurgical table ("
            + names
            + ") and the record does not tell them apart, so it is treated as a surgery not in"
            + " the table.");
  }

  Basis basis() {
    return basis;
  }

  Optional<PostsurgicalTableRow> row() {
    return Optional.ofNullable(row);
  }

  /** One sentence saying how the surgery was matched, or why it was not. */
  String explanation() {
    return explanation;
  }
}
