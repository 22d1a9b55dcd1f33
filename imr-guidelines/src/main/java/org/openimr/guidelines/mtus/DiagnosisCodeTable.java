package org.openimr.guidelines.mtus;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.openimr.model.BodyRegion;
import org.openimr.model.CodeSystem;

/**
 * Reads a content pack's {@code diagnosisCodes} table (the bundled one is in {@value #RESOURCE}):
 * the diagnosis codes that join a diagnosis group of chronic pain physical medicine because their
 * official titles fall within the group's title (myalgia and myositis; neuralgia, neuritis and
 * radiculitis, radiculopathy coded by site included; complex regional pain syndrome by limb). Each
 * row names its code, its title as the official code set words it, its group, the regions the title
 * states, and at least two independent sources that confirm the title. A code whose title the
 * project could not confirm is not in the table.
 */
final class DiagnosisCodeTable {
  static final String RESOURCE = "openimr-mtus-physical-medicine.json";

  /** The sentence a group carries about the codes beyond the guideline's own. */
  static final String SOURCE =
      "The guideline lists ICD-9-CM codes only. The other codes join the group because their"
          + " official titles fall within its title: the project's reading of code titles, each"
          + " title confirmed in two public code listings (see the diagnosisCodes of "
          + RESOURCE
          + "). Not part of the MTUS text and not checked against the CMS General Equivalence"
          + " Mappings: verify before production use.";

  private DiagnosisCodeTable() {}

  static ImmutableList<ChronicPainDiagnosisCode> load(List<ContentRow> written) {
    ImmutableList.Builder<ChronicPainDiagnosisCode> codes = ImmutableList.builder();
    Set<String> seen = new HashSet<>();
    for (ContentRow row : written) {
      CodeSystem system = row.enumValue("system", CodeSystem.class);
      String code = row.text("code");
      if (!seen.add(system + " " + PhysicalMedicineCodes.normalize(code))) {
        throw row.wrong("code", "is repeated");
      }
      if (PhysicalMedicineCodes.normalize(code).length() < 3) {
        throw row.wrong("code", "must have at least three characters");
      }
      List<BodyRegion> regions = new ArrayList<>();
      for (String name : row.texts("regions")) {
        try {
          regions.add(BodyRegion.valueOf(name));
        } catch (IllegalArgumentException e) {
          throw row.wrong("regions", "is not a list of BodyRegion");
        }
      }
      List<String> sources = row.texts("sources");
      if (sources.size() < 2) {
        throw row.wrong("sources", "must name at least two sources confirming the title");
      }
      Provenance provenance = row.provenance("provenance");
      codes.add(
          ChronicPainDiagnosisCode.builder()
              .system(system)
              .code(code)
              .title(row.text("title"))
              .group(row.text("group"))
              .regions(regions)
              .sources(sources)
              .provenance(provenance)
              .build());
    }
    return codes.build();
  }
}
