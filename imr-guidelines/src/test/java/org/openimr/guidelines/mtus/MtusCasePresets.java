package org.openimr.guidelines.mtus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;
import org.openimr.model.BodyRegion;
import org.openimr.model.Case;
import org.openimr.model.Diagnosis;
import org.openimr.model.Modality;
import org.openimr.model.PainMedicationStatus;
import org.openimr.model.Surgery;
import org.openimr.testkit.CaseArbitrary;
import org.openimr.testkit.ImrArbitraries;

/**
 * MTUS presets for the testkit's knobs, read from the encoded content (the testkit knows no MTUS
 * content): diagnoses of the chronic pain diagnosis groups, surgeries of the postsurgical table,
 * physical medicine modalities, pain medication statuses, and request dates within the 2009
 * editions. The contracts of the built-in evaluators draw their cases from here.
 */
final class MtusCasePresets {
  /** The first request date the 2009 editions govern. */
  static final LocalDate FIRST_REQUEST = LocalDate.of(2009, 7, 18);

  /** The last request date the Chronic Pain 2009 edition governs. */
  static final LocalDate LAST_CHRONIC_PAIN_REQUEST = LocalDate.of(2016, 7, 28);

  /** The last request date the Postsurgical 2009 edition governs. */
  static final LocalDate LAST_POSTSURGICAL_REQUEST = LocalDate.of(2017, 11, 30);

  static final List<Modality> PHYSICAL_MEDICINE = PhysicalMedicineArbitraries.PHYSICAL_MEDICINE;

  private MtusCasePresets() {}

  /**
   * Diagnoses of the chronic pain diagnosis groups (every code the content lists, each with a
   * region its title states or none), and now and then one outside every group.
   */
  static Arbitrary<Diagnosis> chronicPainDiagnoses() {
    List<Diagnosis> grouped =
        MtusContent.chronicPainDiagnosisCodes().stream()
            .flatMap(
                code ->
                    Stream.concat(
                        Stream.of(Diagnosis.of(code.system(), code.code())),
                        code.regions().stream()
                            .map(
                                r ->
                                    Diagnosis.builder()
                                        .system(code.system())
                                        .code(code.code())
                                        .region(r)
                                        .build())))
            .toList();
    return Arbitraries.frequencyOf(
        Tuple.of(8, Arbitraries.of(grouped)),
        Tuple.of(1, Arbitraries.of(Diagnosis.icd9("847.2"), Diagnosis.icd10("S33.5XXA"))));
  }

  /**
   * Surgeries of the postsurgical table for {@code region}, described in each row's own words, and
   * now and then one the table does not list.
   */
  static Arbitrary<Surgery> postsurgicalSurgeries(BodyRegion region) {
    List<Surgery> listed =
        MtusContent.postsurgicalTable().rows().stream()
            .filter(row -> row.regions().contains(region))
            .map(
                row ->
                    Surgery.builder()
                        .from(PhysicalMedicineArbitraries.surgeryFor(row, FIRST_REQUEST))
                        .region(region)
                        .build())
            .toList();
    Surgery unlisted =
        Surgery.builder()
            .procedure("manipulation under anesthesia")
            .region(region)
            .date(FIRST_REQUEST)
            .build();
    return Arbitraries.frequencyOf(
        Tuple.of(6, Arbitraries.of(listed)), Tuple.of(1, Arbitraries.just(unlisted)));
  }

  /** The longest postsurgical physical medicine period of the table, in days (rounded up). */
  static int longestPeriodDays() {
    int months =
        MtusContent.postsurgicalTable().rows().stream()
            .mapToInt(PostsurgicalTableRow::periodMonths)
            .max()
            .orElse(12);
    return months * 31;
  }

  /**
   * Cases for the chronic pain physical medicine rules: every physical medicine modality (and now
   * and then acupuncture), grouped diagnoses, every pain medication status, surgeries or none,
   * requests within the 2009 edition.
   */
  static Arbitrary<Case> chronicPainCases() {
    List<Arbitrary<Case>> each = new ArrayList<>();
    for (Modality modality : PHYSICAL_MEDICINE) {
      each.add(chronicPainCases(modality));
      each.add(chronicPainCases(modality).withPriorTreatment());
    }
    each.add(chronicPainCases(Modality.ACUPUNCTURE));
    return Arbitraries.oneOf(each);
  }

  private static CaseArbitrary chronicPainCases(Modality modality) {
    return ImrArbitraries.cases()
        .modality(modality)
        .diagnoses(chronicPainDiagnoses())
        .painMedication(PainMedicationStatus.values())
        .requestedBetween(FIRST_REQUEST, LAST_CHRONIC_PAIN_REQUEST);
  }

  /**
   * Cases for the postsurgical rules: physical or occupational therapy (now and then massage) for
   * the region of a surgery of the table, dated from shortly after the request to past the longest
   * postsurgical period, requests within the 2009 edition.
   */
  static Arbitrary<Case> postsurgicalCases() {
    List<Arbitrary<Case>> each = new ArrayList<>();
    List<BodyRegion> regions =
        MtusContent.postsurgicalTable().rows().stream()
            .flatMap(row -> row.regions().stream())
            .distinct()
            .toList();
    for (BodyRegion region : regions) {
      for (Modality modality : List.of(Modality.PHYSICAL_THERAPY, Modality.OCCUPATIONAL_THERAPY)) {
        each.add(
            ImrArbitraries.cases()
                .modality(modality)
                .region(region)
                .surgeries(postsurgicalSurgeries(region), -10, longestPeriodDays() + 60)
                .requestedBetween(FIRST_REQUEST, LAST_POSTSURGICAL_REQUEST));
      }
    }
    each.add(
        ImrArbitraries.cases()
            .modality(Modality.MASSAGE)
            .region(BodyRegion.LUMBAR_SPINE)
            .surgeries(postsurgicalSurgeries(BodyRegion.LUMBAR_SPINE), -10, longestPeriodDays())
            .requestedBetween(FIRST_REQUEST, LAST_POSTSURGICAL_REQUEST));
    return Arbitraries.oneOf(each);
  }
}
