package org.openimr.examples;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.PrintStream;
import org.apiguardian.api.API;
import org.openimr.guidelines.mtus.MtusContent;
import org.openimr.guidelines.mtus.PostsurgicalTable;
import org.openimr.guidelines.mtus.PostsurgicalTableRow;
import org.openimr.model.BodyRegion;
import org.openimr.model.Diagnosis;

/** The listing (docs/guidelines.md) of the postsurgical table, compiled and run by a test. */
@API(status = INTERNAL)
public final class PhysicalMedicineTableListing {
  private PhysicalMedicineTableListing() {}

  public static void main(String[] args) {
    run(System.out);
  }

  static void run(PrintStream out) {
    // tag::postsurgical-table[]
    PostsurgicalTable table = MtusContent.postsurgicalTable();
    for (PostsurgicalTableRow row : table.rowsFor(BodyRegion.KNEE)) {
      out.println(
          row.display()
              + ": "
              + row.generalCourse()
              + ", period "
              + row.periodMonths()
              + " months ["
              + row.provenance()
              + "]");
    }
    table.rowsFor(Diagnosis.icd9("722.10")).forEach(row -> out.println(row.id()));
    // end::postsurgical-table[]
  }
}
