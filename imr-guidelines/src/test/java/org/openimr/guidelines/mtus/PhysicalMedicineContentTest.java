package org.openimr.guidelines.mtus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openimr.model.BodyRegion;
import org.openimr.model.Diagnosis;
import org.openimr.model.Modality;
import org.openimr.model.Surgery;

/**
 * The physical medicine content against the reference it was transcribed from: the tables of {@code
 * mtus.md} are copied here verbatim and every row is compared, number by number.
 */
class PhysicalMedicineContentTest {
  /** The postsurgical table of mtus.md, verbatim. */
  private static final String MTUS_MD_POSTSURGICAL_TABLE =
      """
      | shoulder | rotator cuff syndrome / impingement (726.1, 726.12) | arthroscopic | 24 | 14 | 6 |
      | shoulder | rotator cuff syndrome / impingement (726.1, 726.12) | open | 30 | 18 | 6 |
      | shoulder | complete rupture of rotator cuff (727.61, 727.6) | repair | 40 | 16 | 6 |
      | shoulder | adhesive capsulitis (726.0) | surgery | 24 | 14 | 6 |
      | shoulder | dislocation of shoulder (831) | Bankart | 24 | 14 | 6 |
      | upper arm | fracture of humerus (812) | surgery | 24 | 14 | 6 |
      | elbow | lateral epicondylitis (726.32) | surgery | 12 | 12 | 6 |
      | elbow | medial epicondylitis (726.31) | surgery | 12 | 12 | 6 |
      | elbow | ulnar nerve entrapment / cubital tunnel (354.2) | release | 20 | 10 | 6 |
      | wrist | carpal tunnel syndrome (354.0) | endoscopic or open release | 3-8 | 3-5 | 3 |
      | hand | trigger finger (727.03) | release | 9 | 8 | 4 |
      | wrist | radial styloid tenosynovitis, de Quervain (727.04) | release | 14 | 12 | 6 |
      | hand/wrist | synovitis and tenosynovitis (727.0) | surgery | 14 | 12 | 6 |
      | forearm/wrist | fracture of radius/ulna (813) | surgery | 16 | 8 | 4 |
      | knee | meniscus tear, dislocation of knee or patella (836.0-836.5) | meniscectomy | 12 | 12 | 6 [R, secondary] |
      | knee | old bucket-handle tear, derangement of meniscus, loose body, chondromalacia patellae, tibialis tendinitis (717.0-717.7, 718.36, 726.72) | surgery | 12 | 12 | 4 |
      | knee | cruciate ligament tear, ACL (844, 844.2) | ACL repair | 24 | 16 | 6 |
      | knee | arthropathy (716.9) | knee arthroplasty | 24 | 10 | 4 |
      | hip | fracture of neck of femur (820) | surgery | 24 | 10 | 6 |
      | hip | arthropathy | hip arthroplasty | 24 | 10 | 4 |
      | low back | disc disorder without myelopathy (722.1, 722.2, 722.5, 722.6, 722.8) | discectomy / laminectomy | 16 | 8 | 6 |
      | low back | disc disorder without myelopathy | fusion, after graft maturity | 34 | 16 | 6 |
      | spine | disc disorder with myelopathy (722.7) | surgery | 48 | 18 | 8 |
      | neck | displacement of cervical disc (722.0) | discectomy / laminectomy | 16 | 8 | 6 |
      | neck | displacement of cervical disc (722.0) | fusion, after graft maturity | 24 | 16 | 6 |
      | ankle | Achilles tendon rupture (727.67) | repair | 48 | 16 | 6 |
      | ankle | fracture of ankle (824) | surgery | 21 | 16 | 6 |
      | any | complex regional pain syndrome (337.2) | sympathectomy | 24 | 16 | 6 |
      | any | surgery not listed | — | — | — | 6 [R, secondary] |
      """;

  /** The chronic pain physical medicine visits of mtus.md, verbatim. */
  private static final String MTUS_MD_DIAGNOSIS_GROUPS =
      """
      | myalgia and myositis, unspecified (729.1) | 9-10 | 8 weeks |
      | neuralgia, neuritis and radiculitis, unspecified (729.2) | 8-10 | 4 weeks |
      | reflex sympathetic dystrophy / CRPS (337.2) | 24 | 16 weeks |
      """;

  private static List<String[]> cells(String table) {
    List<String[]> rows = new ArrayList<>();
    for (String line : table.strip().split("\n", -1)) {
      String[] cells = line.strip().split("\\|", -1);
      String[] trimmed = new String[cells.length - 2];
      for (int i = 1; i < cells.length - 1; i++) {
        trimmed[i - 1] = cells[i].strip();
      }
      rows.add(trimmed);
    }
    return rows;
  }

  @Test
  void everyRowOfTheReferencePostsurgicalTableIsPresentWithTheSameNumbers() {
    List<String[]> reference = cells(MTUS_MD_POSTSURGICAL_TABLE);
    List<PostsurgicalTableRow> rows = MtusContent.postsurgicalTable().rows();
    // the last reference row is the presumptive period of a surgery not listed
    assertThat(rows).hasSize(reference.size() - 1);
    List<String> codesSoFar = new ArrayList<>();
    String diagnosisSoFar = "";
    for (int i = 0; i < rows.size(); i++) {
      String[] ref = reference.get(i);
      PostsurgicalTableRow row = rows.get(i);
      String diagnosis = ref[1];
      List<String> codes = List.of();
      int paren = diagnosis.lastIndexOf(" (");
      if (paren > 0) {
        codes = List.of(diagnosis.substring(paren + 2, diagnosis.length() - 1).split(", ", -1));
        diagnosis = diagnosis.substring(0, paren);
      } else if (diagnosis.equals(diagnosisSoFar)) {
        // the reference does not repeat the codes of the row above for the same diagnosis
        codes = codesSoFar;
      }
      String[] period = ref[5].split(" ", 2);
      assertThat(row.regionAsWritten()).as("row %d region", i).isEqualTo(ref[0]);
      assertThat(row.diagnosis()).as("row %d diagnosis", i).isEqualTo(diagnosis);
      assertThat(row.icd9AsWritten()).as("row %d codes", i).isEqualTo(codes);
      assertThat(row.procedure()).as("row %d procedure", i).isEqualTo(ref[2]);
      assertThat(PostsurgicalTableRow.range(row.visitsMin(), row.visitsMax()))
          .as("row %d visits", i)
          .isEqualTo(ref[3]);
      assertThat(PostsurgicalTableRow.range(row.weeksMin(), row.weeksMax()))
          .as("row %d weeks", i)
          .isEqualTo(ref[4]);
      assertThat(row.periodMonths()).as("row %d period", i).isEqualTo(Integer.parseInt(period[0]));
      assertThat(row.periodProvenance())
          .as("row %d period provenance", i)
          .isEqualTo(period.length > 1 ? Provenance.READ_SECONDARY : Provenance.QUOTED);
      assertThat(row.provenance()).as("row %d provenance", i).isEqualTo(Provenance.QUOTED);
      assertThat(row.section()).isEqualTo("8 CCR § 9792.24.3");
      codesSoFar = codes;
      diagnosisSoFar = diagnosis;
    }
    String[] notListed = reference.get(reference.size() - 1);
    GuidelineFigure presumptive =
        MtusContent.requireFigure("postsurgical-2009", "postsurgical.presumptive-period");
    assertThat(notListed[1]).isEqualTo("surgery not listed");
    assertThat(notListed[5]).isEqualTo(presumptive.max() + " [R, secondary]");
    assertThat(presumptive.provenance()).isEqualTo(Provenance.READ_SECONDARY);
  }

  @Test
  void everyDiagnosisGroupOfTheReferenceIsPresentWithTheSameNumbers() {
    List<String[]> reference = cells(MTUS_MD_DIAGNOSIS_GROUPS);
    List<ChronicPainDiagnosisGroup> groups = MtusContent.chronicPainDiagnosisGroups();
    assertThat(groups).hasSize(reference.size());
    for (int i = 0; i < groups.size(); i++) {
      ChronicPainDiagnosisGroup group = groups.get(i);
      String[] ref = reference.get(i);
      assertThat(group.display()).isEqualTo(ref[0].replace(" (", " (ICD-9-CM "));
      assertThat(PostsurgicalTableRow.range(group.visitsMin(), group.visitsMax()))
          .isEqualTo(ref[1]);
      assertThat(group.weeks() + " weeks").isEqualTo(ref[2]);
      assertThat(group.provenance()).isEqualTo(Provenance.QUOTED);
    }
  }

  @Test
  void theCodesBeyondTheGuidelinesAreMarkedAsTheProjectsReadingOfCodeTitles() {
    assertThat(MtusContent.chronicPainDiagnosisGroups())
        .allSatisfy(
            g -> {
              assertThat(g.icd10Codes()).isNotEmpty();
              assertThat(g.icd10Source())
                  .contains("the project's reading of code titles")
                  .contains("General Equivalence Mappings")
                  .contains("verify before production use");
              assertThat(g.codes())
                  .allSatisfy(
                      code -> {
                        assertThat(code.provenance()).isEqualTo(Provenance.CODE_TITLES);
                        assertThat(code.sources()).hasSizeGreaterThanOrEqualTo(2);
                        assertThat(code.group()).isEqualTo(g.id());
                      });
            });
    ChronicPainDiagnosisGroup myalgia = MtusContent.chronicPainDiagnosisGroups().get(0);
    assertThat(myalgia.icd10Codes()).containsExactly("M79.1", "M60.9");
    // ICD-10-CM FY2024 split M79.1 into M79.10-M79.18; M79.1 covers them as subcodes.
    assertThat(myalgia.covers(Diagnosis.icd10("M79.18"))).isTrue();
    assertThat(myalgia.covers(Diagnosis.icd10("M79.10"))).isTrue();
    assertThat(myalgia.covers(Diagnosis.icd9("729.1"))).isTrue();
    assertThat(myalgia.covers(Diagnosis.icd9("729.2"))).isFalse();
    ChronicPainDiagnosisGroup neuralgia = MtusContent.chronicPainDiagnosisGroups().get(1);
    assertThat(neuralgia.covers(Diagnosis.icd10("M54.16"))).isTrue();
    assertThat(neuralgia.covers(Diagnosis.icd9("724.4"))).isTrue();
    // Not mapped: its title was not confirmed in two sources (see the CHANGELOG).
    assertThat(neuralgia.covers(Diagnosis.icd10("M79.2"))).isFalse();
    assertThat(MtusContent.chronicPainDiagnosisGroups().get(2).covers(Diagnosis.icd9("337.21")))
        .isTrue();
    assertThat(MtusContent.chronicPainDiagnosisCodes()).hasSize(15);
  }

  @Test
  void aCodeTakesTheRegionsItsTitleStatesAndARecordedRegionWins() {
    DiagnosisGroupIndex index = PhysicalMedicineContent.standard().groupIndex;

    assertThat(index.place(Diagnosis.icd10("M54.16")).orElseThrow().regions)
        .containsExactly(BodyRegion.LUMBAR_SPINE);
    assertThat(index.place(Diagnosis.icd10("M54.12")).orElseThrow().regions)
        .containsExactly(BodyRegion.CERVICAL_SPINE);
    assertThat(index.place(Diagnosis.icd10("G90.512")).orElseThrow().regions)
        .contains(BodyRegion.SHOULDER, BodyRegion.HAND)
        .doesNotContain(BodyRegion.KNEE);
    assertThat(index.place(Diagnosis.icd10("M79.18")).orElseThrow().regions).isEmpty();
    assertThat(index.place(Diagnosis.icd9("729.1")).orElseThrow().regions).isEmpty();
    assertThat(
            index
                .place(
                    Diagnosis.builder()
                        .from(Diagnosis.icd10("M54.16"))
                        .region(BodyRegion.HIP)
                        .build())
                .orElseThrow()
                .regions)
        .containsExactly(BodyRegion.HIP);
    assertThat(index.place(Diagnosis.icd9("847.2"))).isEmpty();
  }

  @Test
  void theFiguresOfPhysicalMedicineCarryTheReferenceNumbers() {
    assertThat(figure("chronic-pain-2009", "massage.visits").display()).isEqualTo("4-6 visits");
    assertThat(figure("chronic-pain-2009", "massage.visits").provenance())
        .isEqualTo(Provenance.READ_SECONDARY);
    assertThat(figure("chronic-pain-2009", "manipulation.trial-visits").display())
        .isEqualTo("6 visits");
    assertThat(figure("chronic-pain-2009", "manipulation.trial-weeks").display())
        .isEqualTo("2 weeks");
    assertThat(figure("chronic-pain-2009", "manipulation.course-visits").display())
        .isEqualTo("18 visits");
    assertThat(figure("chronic-pain-2009", "manipulation.course-weeks").display())
        .isEqualTo("6-8 weeks");
    assertThat(figure("chronic-pain-2009", "manipulation.flare-up-visits").display())
        .isEqualTo("1-2 visits");
    assertThat(figure("chronic-pain-2009", "manipulation.flare-up-interval").display())
        .isEqualTo("4-6 months");
    assertThat(figure("chronic-pain-2009", "physical-medicine.frequency").max()).isEqualTo(3);
    assertThat(figure("postsurgical-2009", "postsurgical.initial-course").display())
        .isEqualTo("50 percent of the general course's visits");
  }

  @Test
  void theVisitCapsAreTheStatutesTwentyFourPerDisciplineReadInItsText() {
    assertThat(MtusContent.physicalMedicineVisitCaps())
        .extracting(PhysicalMedicineVisitCap::discipline)
        .containsExactly("physical therapy", "chiropractic", "occupational therapy");
    assertThat(MtusContent.physicalMedicineVisitCaps())
        .allSatisfy(
            cap -> {
              assertThat(cap.visits()).isEqualTo(24);
              assertThat(cap.injuriesOnOrAfter()).hasToString("2004-01-01");
              assertThat(cap.provenance()).isEqualTo(Provenance.READ);
              assertThat(cap.citation().display())
                  .isEqualTo("Labor Code § 4604.5(c)(1) (California Labor Code, 2004)");
            });
    assertThat(MtusContent.physicalMedicineVisitCaps().get(0).modalities())
        .containsExactly(Modality.PHYSICAL_THERAPY, Modality.AQUATIC_THERAPY);
  }

  @Test
  void manipulationIsNotRecommendedForTheFourConditionsOfTheReference() {
    assertThat(MtusContent.manipulationExclusions())
        .extracting(ChronicPainManipulationExclusion::condition)
        .containsExactly("ankle and foot", "carpal tunnel syndrome", "forearm/wrist/hand", "knee");
    ChronicPainManipulationExclusion carpalTunnel = MtusContent.manipulationExclusions().get(1);
    assertThat(carpalTunnel.covers(Diagnosis.icd9("354.0"))).isTrue();
    assertThat(carpalTunnel.covers(Diagnosis.icd10("G56.01"))).isTrue();
    assertThat(carpalTunnel.icd10Source()).isPresent();
  }

  @Test
  void rowsAreFoundByRegionDiagnosisCodeAndProcedure() {
    PostsurgicalTable table = MtusContent.postsurgicalTable();

    assertThat(table.rowsFor(BodyRegion.ELBOW))
        .extracting(PostsurgicalTableRow::diagnosis)
        .containsExactly(
            "lateral epicondylitis",
            "medial epicondylitis",
            "ulnar nerve entrapment / cubital tunnel",
            "complex regional pain syndrome");
    assertThat(table.rowsFor(Diagnosis.icd9("726.12")))
        .extracting(PostsurgicalTableRow::procedure)
        .containsExactly("arthroscopic", "open");
    assertThat(table.rowsFor(Diagnosis.icd9("836.2")))
        .extracting(PostsurgicalTableRow::procedure)
        .containsExactly("meniscectomy");
    assertThat(table.rowsFor(Diagnosis.icd9("717.41")))
        .extracting(PostsurgicalTableRow::id)
        .containsExactly("knee.old-meniscus-derangement.surgery");
    assertThat(table.rowsFor(Diagnosis.icd10("M75.1"))).isEmpty();
    assertThat(table.rowsForProcedure("Arthroscopic rotator cuff repair", BodyRegion.SHOULDER))
        .extracting(PostsurgicalTableRow::id)
        .containsExactly("shoulder.rotator-cuff-rupture.repair");
    assertThat(table.row("ankle.fracture.surgery")).isPresent();
  }

  @Test
  void everyRowIsFoundForASurgeryDescribedInItsOwnWords() {
    for (PostsurgicalTableRow row : MtusContent.postsurgicalTable().rows()) {
      Surgery surgery =
          PhysicalMedicineArbitraries.surgeryFor(row, java.time.LocalDate.of(2014, 1, 6));
      assertThat(MtusContent.postsurgicalTable().rowFor(surgery)).as(row.id()).contains(row);
    }
  }

  @Test
  void aSurgeryTheRecordCannotTellApartIsNotMatchedToEitherRow() {
    Surgery acdf =
        Surgery.builder()
            .procedure("anterior cervical discectomy and fusion")
            .region(BodyRegion.CERVICAL_SPINE)
            .date(java.time.LocalDate.of(2014, 1, 6))
            .diagnosis(Diagnosis.icd9("722.0"))
            .build();
    PostsurgicalMatch match = MtusContent.postsurgicalTable().match(acdf);

    assertThat(match.row()).isEmpty();
    assertThat(match.explanation())
        .contains("more than one row")
        .contains("discectomy / laminectomy")
        .contains("fusion, after graft maturity")
        .doesNotContain("anterior cervical");
  }

  @Test
  void addingASurgeryIsADataChange() {
    ContentPack pack = PhysicalMedicinePacks.withPostsurgicalRows("postsurgical.extra-row.json");
    PhysicalMedicineContent.Postsurgical content =
        new PhysicalMedicineContent.Postsurgical(
            new PhysicalMedicineContent.Source(pack, pack.packEditions().get(1)));
    PostsurgicalTableRow added =
        content.table.row("hip.labral-tear.arthroscopic-repair").orElseThrow();
    assertThat(added.generalCourse()).isEqualTo("14 visits over 12 weeks");
    assertThat(added.provenance()).isEqualTo(Provenance.QUOTED);
    assertThat(content.table.rows()).hasSize(MtusContent.postsurgicalTable().rows().size() + 1);
  }

  @Test
  void brokenTableRowsAreRefusedNamingThePackPathAndField() {
    assertThatThrownBy(
            () -> PhysicalMedicinePacks.withPostsurgicalRows("postsurgical.broken-range.json"))
        .isInstanceOfSatisfying(
            ContentPackException.class,
            e ->
                assertThat(e.problems())
                    .extracting(
                        ContentProblem::origin, ContentProblem::path, ContentProblem::message)
                    .containsExactly(
                        tuple(
                            "postsurgical.broken-range.json",
                            "$.editions[1].postsurgicalRows[0].icd9[0]",
                            "a code range's ends must differ only in their last digit, ascending")));
    assertThatThrownBy(
            () -> PhysicalMedicinePacks.withPostsurgicalRows("postsurgical.broken-visits.json"))
        .isInstanceOfSatisfying(
            ContentPackException.class,
            e ->
                assertThat(e.problems())
                    .extracting(ContentProblem::path, ContentProblem::message)
                    .containsExactly(
                        tuple(
                            "$.editions[1].postsurgicalRows[0].visitsMax",
                            "must be at least visitsMin")));
  }

  @Test
  void codesAreExpandedFromRangesAndMatchedByPrefix() {
    assertThat(PhysicalMedicineCodes.expand("836.0-836.5"))
        .containsExactly("836.0", "836.1", "836.2", "836.3", "836.4", "836.5");
    assertThat(PhysicalMedicineCodes.expand("722.1")).containsExactly("722.1");
    assertThatThrownBy(() -> PhysicalMedicineCodes.expand("836.0-837.5"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(PhysicalMedicineCodes.covers("726.1", "726.12")).isTrue();
    assertThat(PhysicalMedicineCodes.covers("726.12", "726.1")).isFalse();
    assertThat(PhysicalMedicineCodes.covers("m79.1", "M7918")).isTrue();
  }

  private static GuidelineFigure figure(String edition, String id) {
    return MtusContent.requireFigure(edition, id);
  }
}
