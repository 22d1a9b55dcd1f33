package org.openimr.guidelines.mtus;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.openimr.model.Evidence;

/**
 * How a surgery was matched to the postsurgical table: the row, or why there is none, as evidence a
 * decision can carry ({@link PhysicalMedicineEvidence#POSTSURGICAL_ROW_MATCHED} and its siblings).
 * The evidence names the table row and the kind of evidence used, never the record's own procedure
 * text.
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

  /** Why the surgery's diagnosis code did not decide the match, when the procedure did. */
  enum CodeNote {
    /** The code decided it, or nothing is to be said about it. */
    NONE(""),
    /** An ICD-9-CM code the table lists for no row of the surgery's region. */
    NO_ROW_FOR_CODE(" (the table lists no row for its ICD-9-CM diagnosis code in this region)"),
    /** An ICD-10-CM code: the table lists ICD-9-CM codes only. */
    ICD_10_CM(
        " (its diagnosis is coded in ICD-10-CM; the 2009 table lists ICD-9-CM codes, and no"
            + " crosswalk of its rows is encoded)"),
    /** No diagnosis code for the surgery. */
    NO_CODE(" (the record gives no diagnosis code for the surgery)");

    private final String phrase;

    CodeNote(String phrase) {
      this.phrase = phrase;
    }

    /** The note as the sentence carries it, with its leading space; empty for {@link #NONE}. */
    String phrase() {
      return phrase;
    }
  }

  private final Basis basis;
  private final @Nullable PostsurgicalTableRow row;
  private final Evidence evidence;

  private PostsurgicalMatch(Basis basis, @Nullable PostsurgicalTableRow row, Evidence evidence) {
    this.basis = basis;
    this.row = row;
    this.evidence = evidence;
  }

  static PostsurgicalMatch matched(Basis basis, PostsurgicalTableRow row, CodeNote codeNote) {
    return new PostsurgicalMatch(
        basis,
        row,
        PhysicalMedicineEvidence.POSTSURGICAL_ROW_MATCHED.with(
            row.display(), basis.name(), codeNote.name()));
  }

  static PostsurgicalMatch notInTable(CodeNote codeNote) {
    return new PostsurgicalMatch(
        Basis.NOT_IN_TABLE,
        null,
        PhysicalMedicineEvidence.POSTSURGICAL_NOT_IN_TABLE.with(codeNote.name()));
  }

  static PostsurgicalMatch severalRows(List<PostsurgicalTableRow> rows) {
    List<String> names = new ArrayList<>(rows.size());
    for (PostsurgicalTableRow r : rows) {
      names.add(r.display());
    }
    return new PostsurgicalMatch(
        Basis.SEVERAL_ROWS, null, PhysicalMedicineEvidence.POSTSURGICAL_SEVERAL_ROWS.with(names));
  }

  Basis basis() {
    return basis;
  }

  Optional<PostsurgicalTableRow> row() {
    return Optional.ofNullable(row);
  }

  /** How the surgery was matched, or why it was not, as evidence. */
  Evidence evidence() {
    return evidence;
  }

  /** One sentence saying how the surgery was matched, or why it was not. */
  String explanation() {
    return evidence.text();
  }
}
