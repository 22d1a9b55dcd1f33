package org.openimr.guidelines.mtus;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.openimr.model.BodyRegion;
import org.openimr.model.CodeSystem;
import org.openimr.model.Diagnosis;

/**
 * Places a diagnosis in a diagnosis group of chronic pain physical medicine, and says which body
 * regions it concerns, so that a diagnosis sets the visits only for therapy of its own region.
 *
 * <p>Design notes: a diagnosis falls in a group by the guideline's own ICD-9-CM code (729.1) or by
 * a code that joins the group by its title ({@link ChronicPainDiagnosisCode}), each covering its
 * subcodes; the most specific listed code wins, since it is the one that may state a site (G90.51,
 * upper limb, within G90.5). Its regions are the record's, where the record states one; otherwise
 * those the code's title states; otherwise none, and it applies to every region. Built once with
 * the content; lookups walk one code once ({@link PhysicalMedicineCodes.PrefixIndex}).
 */
final class DiagnosisGroupIndex {
  /** Where a diagnosis stands: its group, the listed code that placed it, and its regions. */
  static final class Placement {
    final Diagnosis diagnosis;
    final ChronicPainDiagnosisGroup group;
    final Optional<ChronicPainDiagnosisCode> code;
    final Set<BodyRegion> regions;
    final boolean regionStated;

    Placement(
        Diagnosis diagnosis,
        ChronicPainDiagnosisGroup group,
        Optional<ChronicPainDiagnosisCode> code,
        Set<BodyRegion> regions,
        boolean regionStated) {
      this.diagnosis = diagnosis;
      this.group = group;
      this.code = code;
      this.regions = regions;
      this.regionStated = regionStated;
    }

    /** Whether the diagnosis sets the visits for therapy of a region (unknown counts as yes). */
    boolean appliesTo(Optional<BodyRegion> region) {
      return region.isEmpty() || regions.isEmpty() || regions.contains(region.get());
    }
  }

  private final PhysicalMedicineCodes.PrefixIndex<ChronicPainDiagnosisGroup> guidelineIcd9;
  private final PhysicalMedicineCodes.PrefixIndex<ChronicPainDiagnosisCode> icd9;
  private final PhysicalMedicineCodes.PrefixIndex<ChronicPainDiagnosisCode> icd10;
  private final Map<String, ChronicPainDiagnosisGroup> groupsById;

  DiagnosisGroupIndex(List<ChronicPainDiagnosisGroup> groups) {
    PhysicalMedicineCodes.PrefixIndex.Builder<ChronicPainDiagnosisGroup> guideline =
        PhysicalMedicineCodes.PrefixIndex.builder();
    PhysicalMedicineCodes.PrefixIndex.Builder<ChronicPainDiagnosisCode> byIcd9 =
        PhysicalMedicineCodes.PrefixIndex.builder();
    PhysicalMedicineCodes.PrefixIndex.Builder<ChronicPainDiagnosisCode> byIcd10 =
        PhysicalMedicineCodes.PrefixIndex.builder();
    for (ChronicPainDiagnosisGroup group : groups) {
      group.icd9Codes().forEach(code -> guideline.put(code, group));
      for (ChronicPainDiagnosisCode code : group.codes()) {
        (code.system() == CodeSystem.ICD_9_CM ? byIcd9 : byIcd10).put(code.code(), code);
      }
    }
    this.guidelineIcd9 = guideline.build();
    this.icd9 = byIcd9.build();
    this.icd10 = byIcd10.build();
    this.groupsById =
        groups.stream()
            .collect(
                Collectors.toUnmodifiableMap(ChronicPainDiagnosisGroup::id, Function.identity()));
  }

  /** The diagnosis's group and regions, or empty when it is in no group. */
  Optional<Placement> place(Diagnosis diagnosis) {
    PhysicalMedicineCodes.PrefixIndex<ChronicPainDiagnosisCode> byTitle =
        diagnosis.system() == CodeSystem.ICD_9_CM ? icd9 : icd10;
    List<ChronicPainDiagnosisCode> listed =
        byTitle.lookupMostSpecific(diagnosis.code(), code -> true);
    Optional<ChronicPainDiagnosisCode> code =
        listed.isEmpty() ? Optional.empty() : Optional.of(listed.get(0));
    @Nullable ChronicPainDiagnosisGroup group =
        code.isPresent() ? groupsById.get(code.get().group()) : null;
    if (group == null && diagnosis.system() == CodeSystem.ICD_9_CM) {
      List<ChronicPainDiagnosisGroup> byGuideline =
          guidelineIcd9.lookupMostSpecific(diagnosis.code(), g -> true);
      group = byGuideline.isEmpty() ? null : byGuideline.get(0);
    }
    if (group == null) {
      return Optional.empty();
    }
    if (diagnosis.region().isPresent()) {
      return Optional.of(
          new Placement(diagnosis, group, code, EnumSet.of(diagnosis.region().get()), true));
    }
    Set<BodyRegion> regions = EnumSet.noneOf(BodyRegion.class);
    code.ifPresent(c -> regions.addAll(c.regions()));
    return Optional.of(new Placement(diagnosis, group, code, regions, false));
  }
}
