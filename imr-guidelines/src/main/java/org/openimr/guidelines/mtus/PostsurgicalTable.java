package org.openimr.guidelines.mtus;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.openimr.model.BodyRegion;
import org.openimr.model.CodeSystem;
import org.openimr.model.Diagnosis;
import org.openimr.model.Surgery;

/**
 * The postsurgical treatment table of 8 CCR § 9792.24.3, as data: list its rows and look them up by
 * region, diagnosis code, procedure or surgery. Obtain it from {@link
 * MtusContent#postsurgicalTable()}. Immutable and thread-safe.
 *
 * <p>How a surgery finds its row ({@link #rowFor(Surgery)}):
 *
 * <ol>
 *   <li>An ICD-9-CM diagnosis code selects the rows that list it, or else the most specific code it
 *       falls under (727.04 before 727.0), for the surgery's region; when several remain, the
 *       procedure words of the table's procedure column ({@code "arthroscopic"}, {@code "fusion"})
 *       must pick exactly one.
 *   <li>Otherwise (no code, a code the table does not list, or an ICD-10-CM code: the 2009 table is
 *       written in ICD-9-CM and no verified crosswalk of its rows is encoded), the procedure text
 *       and region select the rows whose match terms it contains, the most specific term winning.
 *   <li>No row, or several rows the record cannot tell apart: the surgery is not in the table. It
 *       then gets the presumptive postsurgical period, and no visit numbers.
 * </ol>
 *
 * <p>The table is partial, as is the reference it was transcribed from: adding a surgery is a row
 * in a content pack's {@code postsurgicalRows}, with no code change.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class PostsurgicalTable {
  private final ImmutableList<PostsurgicalTableRow> rows;
  private final ImmutableList<RowTerms> terms;

  /** Row indexes by ICD-9-CM code. */
  private final PhysicalMedicineCodes.PrefixIndex<Integer> byIcd9;

  PostsurgicalTable(List<PostsurgicalTableRow> rows) {
    this.rows = ImmutableList.copyOf(rows);
    Set<String> ids = new HashSet<>();
    ImmutableList.Builder<RowTerms> terms = ImmutableList.builder();
    PhysicalMedicineCodes.PrefixIndex.Builder<Integer> byIcd9 =
        PhysicalMedicineCodes.PrefixIndex.builder();
    for (int i = 0; i < rows.size(); i++) {
      PostsurgicalTableRow row = rows.get(i);
      if (!ids.add(row.id())) {
        throw new IllegalStateException("postsurgical table: row id " + row.id() + " is repeated");
      }
      terms.add(RowTerms.of(row));
      for (String code : row.icd9Codes()) {
        byIcd9.put(code, i);
      }
    }
    this.terms = terms.build();
    this.byIcd9 = byIcd9.build();
  }

  /** Every row, in the order of the data. */
  public List<PostsurgicalTableRow> rows() {
    return rows;
  }

  /** The row with this id. */
  public Optional<PostsurgicalTableRow> row(String id) {
    for (PostsurgicalTableRow row : rows) {
      if (row.id().equals(id)) {
        return Optional.of(row);
      }
    }
    return Optional.empty();
  }

  /** The rows that cover a region, including rows for any region. */
  public List<PostsurgicalTableRow> rowsFor(BodyRegion region) {
    List<PostsurgicalTableRow> found = new ArrayList<>();
    for (PostsurgicalTableRow row : rows) {
      if (row.covers(region)) {
        found.add(row);
      }
    }
    return List.copyOf(found);
  }

  /**
   * The rows that list a diagnosis code or a code it falls under (726.1 for 726.12). The table is
   * written in ICD-9-CM: an ICD-10-CM diagnosis finds no row.
   */
  public List<PostsurgicalTableRow> rowsFor(Diagnosis diagnosis) {
    if (diagnosis.system() != CodeSystem.ICD_9_CM) {
      return List.of();
    }
    List<PostsurgicalTableRow> found = new ArrayList<>();
    for (int i : byIcd9.lookup(diagnosis.code())) {
      found.add(rows.get(i));
    }
    return List.copyOf(found);
  }

  /**
   * The rows for a region whose match terms appear in a procedure's words, the most specific term
   * first, e.g. {@code rowsForProcedure("arthroscopic rotator cuff repair", SHOULDER)}.
   */
  public List<PostsurgicalTableRow> rowsForProcedure(String procedure, BodyRegion region) {
    String words = words(procedure);
    List<PostsurgicalTableRow> found = new ArrayList<>();
    List<Integer> weights = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      int weight = rows.get(i).covers(region) ? terms.get(i).matchWeight(words) : 0;
      if (weight > 0) {
        int at = 0;
        while (at < weights.size() && weights.get(at) >= weight) {
          at++;
        }
        found.add(at, rows.get(i));
        weights.add(at, weight);
      }
    }
    return List.copyOf(found);
  }

  /**
   * The row the postsurgical evaluator uses for a surgery; empty when the surgery is not in the
   * table or matches several rows the record cannot tell apart.
   */
  public Optional<PostsurgicalTableRow> rowFor(Surgery surgery) {
    return match(surgery).row();
  }

  /** Matches a surgery to a row, with the explanation a decision carries. */
  PostsurgicalMatch match(Surgery surgery) {
    String words = words(surgery.procedure());
    PostsurgicalMatch.CodeNote codeNote = PostsurgicalMatch.CodeNote.NONE;
    if (surgery.diagnosis().isPresent()) {
      Diagnosis diagnosis = surgery.diagnosis().get();
      if (diagnosis.system() == CodeSystem.ICD_9_CM) {
        List<PostsurgicalTableRow> byCode = new ArrayList<>(2);
        List<PostsurgicalTableRow> byProcedure = new ArrayList<>(2);
        BodyRegion region = surgery.region();
        for (int i : byIcd9.lookupMostSpecific(diagnosis.code(), r -> rows.get(r).covers(region))) {
          byCode.add(rows.get(i));
          if (terms.get(i).procedureWordsIn(words)) {
            byProcedure.add(rows.get(i));
          }
        }
        if (byCode.size() == 1) {
          return PostsurgicalMatch.matched(
              PostsurgicalMatch.Basis.DIAGNOSIS_CODE, byCode.get(0), codeNote);
        }
        if (byCode.size() > 1) {
          return byProcedure.size() == 1
              ? PostsurgicalMatch.matched(
                  PostsurgicalMatch.Basis.DIAGNOSIS_CODE_AND_PROCEDURE,
                  byProcedure.get(0),
                  codeNote)
              : PostsurgicalMatch.severalRows(byProcedure.isEmpty() ? byCode : byProcedure);
        }
        codeNote = PostsurgicalMatch.CodeNote.NO_ROW_FOR_CODE;
      } else {
        codeNote = PostsurgicalMatch.CodeNote.ICD_10_CM;
      }
    } else {
      codeNote = PostsurgicalMatch.CodeNote.NO_CODE;
    }
    int best = 0;
    List<PostsurgicalTableRow> bestRows = new ArrayList<>(2);
    for (int i = 0; i < rows.size(); i++) {
      PostsurgicalTableRow row = rows.get(i);
      if (!row.covers(surgery.region())) {
        continue;
      }
      int weight = terms.get(i).matchWeight(words);
      if (weight > best) {
        best = weight;
        bestRows.clear();
        bestRows.add(row);
      } else if (weight == best && weight > 0) {
        bestRows.add(row);
      }
    }
    if (bestRows.size() == 1) {
      return PostsurgicalMatch.matched(
          PostsurgicalMatch.Basis.PROCEDURE_AND_REGION, bestRows.get(0), codeNote);
    }
    return bestRows.isEmpty()
        ? PostsurgicalMatch.notInTable(codeNote)
        : PostsurgicalMatch.severalRows(bestRows);
  }

  /**
   * Text as lower-case words between single spaces, with a space at each end, so a phrase is found
   * as whole words with {@code contains(" rotator cuff ")}: {@code "De Quervain's"} is {@code " de
   * quervain s "}.
   */
  static String words(String text) {
    StringBuilder b = new StringBuilder(text.length() + 2).append(' ');
    boolean spaced = true;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (Character.isLetterOrDigit(ch)) {
        b.append(Character.toLowerCase(ch));
        spaced = false;
      } else if (!spaced) {
        b.append(' ');
        spaced = true;
      }
    }
    if (!spaced) {
      b.append(' ');
    }
    return b.toString();
  }

  /** A row's matching aids, prepared once as padded phrases. */
  private static final class RowTerms {
    private final ImmutableList<String> procedureWords;
    private final ImmutableList<ImmutableList<String>> alternatives;
    private final ImmutableList<Integer> weights;

    private RowTerms(
        ImmutableList<String> procedureWords,
        ImmutableList<ImmutableList<String>> alternatives,
        ImmutableList<Integer> weights) {
      this.procedureWords = procedureWords;
      this.alternatives = alternatives;
      this.weights = weights;
    }

    static RowTerms of(PostsurgicalTableRow row) {
      ImmutableList.Builder<String> procedureWords = ImmutableList.builder();
      for (String word : row.procedureWords()) {
        procedureWords.add(words(word));
      }
      ImmutableList.Builder<ImmutableList<String>> alternatives = ImmutableList.builder();
      ImmutableList.Builder<Integer> weights = ImmutableList.builder();
      for (String term : row.matchTerms()) {
        ImmutableList.Builder<String> phrases = ImmutableList.builder();
        int weight = 0;
        for (String phrase : term.split("\\+", -1)) {
          String padded = words(phrase);
          if (padded.isBlank()) {
            throw new IllegalStateException(
                "postsurgical table row " + row.id() + ": a match term has an empty phrase");
          }
          phrases.add(padded);
          weight += padded.strip().split(" ", -1).length;
        }
        alternatives.add(phrases.build());
        weights.add(weight);
      }
      return new RowTerms(procedureWords.build(), alternatives.build(), weights.build());
    }

    boolean procedureWordsIn(String words) {
      for (String word : procedureWords) {
        if (words.contains(word)) {
          return true;
        }
      }
      return false;
    }

    /** The word count of the most specific alternative found in the words; 0 for none. */
    int matchWeight(String words) {
      int best = 0;
      for (int i = 0; i < alternatives.size(); i++) {
        boolean all = true;
        for (String phrase : alternatives.get(i)) {
          if (!words.contains(phrase)) {
            all = false;
            break;
          }
        }
        if (all && weights.get(i) > best) {
          best = weights.get(i);
        }
      }
      return best;
    }
  }
}
