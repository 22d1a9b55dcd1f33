package org.openimr.guidelines.mtus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.openimr.model.BodyRegion;
import org.openimr.model.ClinicalFinding;
import org.openimr.model.Modality;

/**
 * Random content packs for the schema-agreement property: a valid pack built from the {@link
 * ContentVocabulary}, then none, one or two mutations, each known to break a rule the schema can
 * express or one only the loader checks.
 */
final class GeneratedPacks {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final List<String> GUIDELINES = List.copyOf(ContentVocabulary.guidelines());

  /** A pack and the mutations made to it. */
  record Generated(ObjectNode pack, List<Mutation> mutations) {
    boolean onlyExpressible() {
      return mutations.stream().allMatch(Mutation::expressible);
    }

    @Override
    public String toString() {
      return mutations + " " + pack;
    }
  }

  /** A change that makes a valid pack invalid: {@code expressible} if the schema sees it. */
  enum Mutation {
    UNKNOWN_FIELD(true),
    MISSING_FIELD(true),
    WRONG_TYPE(true),
    UNKNOWN_ENUM(true),
    OUT_OF_BOUNDS(true),
    WRONG_UNIT(true),
    UNKNOWN_FIGURE(true),
    BLANK_TEXT(true),
    TOO_LONG(true),
    BAD_DATE_PATTERN(true),
    FIELD_NOT_FOR_PROVISION(true),
    UNKNOWN_GUIDELINE(true),
    WRONG_FORMAT(true),
    TABLE_NOT_FOR_GUIDELINE(true),
    REPEATED_ENUM(true),
    MIN_ABOVE_MAX(false),
    DATES_OUT_OF_ORDER(false),
    NO_SUCH_DAY(false),
    REPEATED_FIGURE(false),
    OVERLAPPING_EDITIONS(false),
    SECTION_MISMATCH(false),
    REPEATED_EDITION_ID(false);

    private final boolean expressible;

    Mutation(boolean expressible) {
      this.expressible = expressible;
    }

    boolean expressible() {
      return expressible;
    }
  }

  private GeneratedPacks() {}

  static Generated generate(Random random) {
    ObjectNode pack = valid(random);
    List<Mutation> mutations = new ArrayList<>();
    int count = random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(2);
    for (int i = 0; i < count; i++) {
      Mutation m = Mutation.values()[random.nextInt(Mutation.values().length)];
      if (apply(m, pack, random)) {
        mutations.add(m);
      }
    }
    return new Generated(pack, List.copyOf(mutations));
  }

  // --- valid packs

  static ObjectNode valid(Random random) {
    ObjectNode pack = NODES.objectNode();
    pack.put("format", PackReader.FORMAT);
    pack.put("id", "gen.pack-" + random.nextInt(100));
    pack.put("version", random.nextInt(5) + "." + random.nextInt(10));
    pack.put("title", "Generated pack é " + random.nextInt(1000));
    if (random.nextBoolean()) {
      pack.put("note", "A note");
    }
    ArrayNode editions = pack.putArray("editions");
    int n = 1 + random.nextInt(3);
    LocalDate from = LocalDate.of(2000 + random.nextInt(10), 1 + random.nextInt(12), 1);
    for (int i = 0; i < n; i++) {
      LocalDate to = from.plusDays(random.nextInt(2000));
      String guideline = GUIDELINES.get(random.nextInt(GUIDELINES.size()));
      editions.add(
          edition(
              random, "ed-" + i, guideline, from, i == n - 1 && random.nextBoolean() ? null : to));
      from = to.plusDays(1);
    }
    return pack;
  }

  private static ObjectNode edition(
      Random random, String id, String guideline, LocalDate from, @Nullable LocalDate to) {
    ContentVocabulary.Guideline vocabulary = ContentVocabulary.guideline(guideline).orElseThrow();
    ObjectNode e = NODES.objectNode();
    e.put("id", id);
    e.put("guideline", guideline);
    e.put("source", random.nextBoolean() ? "MTUS" : "OTHER_GUIDELINE");
    e.put("title", "Edition " + id);
    e.put("edition", "e" + random.nextInt(100));
    e.put("effectiveFrom", from.toString());
    if (to != null) {
      e.put("effectiveTo", to.toString());
    }
    e.put("section", "S " + random.nextInt(100));
    e.put("provenance", provenance(random));
    boolean definition = random.nextBoolean();
    if (definition) {
      ObjectNode d = e.putObject("functionalImprovement");
      d.put("section", "S 20(f)");
      d.put("title", "Functional improvement");
      d.put("provenance", provenance(random));
    }
    ArrayNode figures = e.putArray("figures");
    for (Map.Entry<String, ContentVocabulary.FigureRule> f : vocabulary.figures().entrySet()) {
      if (random.nextInt(3) == 0) {
        continue;
      }
      ObjectNode figure = figures.addObject();
      figure.put("id", f.getKey());
      figure.put("section", "S 1(" + random.nextInt(9) + ")");
      figure.put("title", "Figure " + f.getKey());
      int min = random.nextInt(20);
      figure.put("min", min);
      figure.put("max", min + random.nextInt(20));
      figure.put("unit", f.getValue().unit());
      if (f.getValue().perRegion()) {
        figure.putArray("regions").add(region(random));
      }
      figure.put("provenance", provenance(random));
    }
    ArrayNode provisions = e.putArray("provisions");
    List<String> provisionIds = new ArrayList<>(vocabulary.provisions().keySet());
    provisionIds.addAll(vocabulary.plainProvisions());
    for (String id2 : provisionIds) {
      if (random.nextInt(3) == 0) {
        continue;
      }
      ObjectNode p = provisions.addObject();
      p.put("id", id2);
      p.put("section", "S " + id2);
      p.put("title", "Provision " + id2);
      p.put("provenance", provenance(random));
      ContentVocabulary.ProvisionField field = vocabulary.provisionField(id2).orElse(null);
      if (field == ContentVocabulary.ProvisionField.DEFERRAL && random.nextBoolean()) {
        p.putArray("deferredRegions").add(region(random));
        p.put("deferredTo", "another guideline");
      } else if (field == ContentVocabulary.ProvisionField.INDICATED_FOR) {
        p.putArray("indicatedFor").add(ClinicalFinding.values()[random.nextInt(5)].name());
      } else if (field == ContentVocabulary.ProvisionField.MODALITIES) {
        List<Modality> allowed = new ArrayList<>(vocabulary.modalitiesAllowed(id2));
        p.putArray("modalities").add(allowed.get(random.nextInt(allowed.size())).name());
      } else if (field == ContentVocabulary.ProvisionField.REGIONS) {
        p.putArray("regions").add(region(random));
      }
    }
    ArrayNode criteria = e.putArray("criteria");
    for (Map.Entry<String, ContentVocabulary.Cites> c : vocabulary.criteria().entrySet()) {
      String section =
          c.getValue().provision().isPresent()
              ? provisions(provisions, c.getValue().provision().get())
              : (definition ? "S 20(f)" : null);
      if (section == null || random.nextBoolean()) {
        continue;
      }
      ObjectNode text = criteria.addObject();
      text.put("criterion", c.getKey());
      text.put("section", section);
      text.put("description", "What the guideline provides.");
      text.put("provenance", provenance(random));
    }
    tables(random, e, vocabulary);
    return e;
  }

  private static @Nullable String provisions(ArrayNode provisions, String id) {
    for (JsonNode p : provisions) {
      if (p.path("id").asText().equals(id)) {
        return p.path("section").asText();
      }
    }
    return null;
  }

  private static void tables(Random random, ObjectNode e, ContentVocabulary.Guideline vocabulary) {
    if (vocabulary.tables().contains(ContentVocabulary.DIAGNOSIS_GROUPS)) {
      ObjectNode g = e.putArray(ContentVocabulary.DIAGNOSIS_GROUPS).addObject();
      g.put("id", "group");
      g.put("diagnosis", "a diagnosis");
      g.put("section", "S 2");
      g.putArray("icd9").add("729.1");
      g.put("visitsMin", 8);
      g.put("visitsMax", 10);
      g.put("weeks", 4);
      g.put("provenance", provenance(random));
      ObjectNode d = e.putArray(ContentVocabulary.DIAGNOSIS_CODES).addObject();
      d.put("system", "ICD_10_CM");
      d.put("code", "M79.1");
      d.put("title", "Myalgia");
      d.put("group", "group");
      d.putArray("regions");
      d.putArray("sources").add("listing one").add("listing two");
      d.put("section", "S 2");
      d.put("provenance", "C");
      ObjectNode x = e.putArray(ContentVocabulary.MANIPULATION_EXCLUSIONS).addObject();
      x.put("id", "knee");
      x.put("condition", "knee");
      x.put("section", "S 2");
      x.putArray("regions").add("KNEE");
      x.putArray("icd9");
      x.put("provenance", provenance(random));
      ObjectNode q = e.putArray(ContentVocabulary.CODE_EQUIVALENTS).addObject();
      q.put("icd9", "729.1");
      q.putArray("icd10").add("M79.1");
      q.put("meaning", "myalgia");
      q.put("section", "S 2");
      q.put("provenance", provenance(random));
    }
    if (vocabulary.tables().contains(ContentVocabulary.POSTSURGICAL_ROWS)) {
      ObjectNode r = e.putArray(ContentVocabulary.POSTSURGICAL_ROWS).addObject();
      r.put("id", "knee.meniscectomy");
      r.put("regionAsWritten", "knee");
      r.putArray("regions").add("KNEE");
      r.put("diagnosis", "meniscus tear");
      r.putArray("icd9").add("836.0").add("717.0-717.7");
      r.put("procedure", "meniscectomy");
      r.putArray("procedureWords").add("meniscectomy");
      r.putArray("matchTerms").add("meniscectomy");
      r.put("visitsMin", 12);
      r.put("visitsMax", 12);
      r.put("weeksMin", 12);
      r.put("weeksMax", 12);
      r.put("periodMonths", 6);
      r.put("section", "S 3");
      r.put("provenance", provenance(random));
      r.put("periodProvenance", provenance(random));
    }
    if (vocabulary.tables().contains(ContentVocabulary.VISIT_CAP_ROWS)) {
      ObjectNode c = e.putArray(ContentVocabulary.VISIT_CAP_ROWS).addObject();
      c.put("id", "pt");
      c.put("discipline", "physical therapy");
      c.putArray("modalities").add("PHYSICAL_THERAPY");
      c.put("visits", 24);
      c.put("injuriesFrom", "2004-01-01");
      c.put("section", "LC 4604.5(c)(1)");
      c.put("provenance", "R");
    }
  }

  private static String provenance(Random random) {
    return List.of("R", "R-secondary", "Q", "U", "C").get(random.nextInt(5));
  }

  private static String region(Random random) {
    return BodyRegion.values()[random.nextInt(BodyRegion.values().length)].name();
  }

  // --- mutations

  private static ObjectNode anyEdition(ObjectNode pack, Random random) {
    ArrayNode editions = (ArrayNode) pack.get("editions");
    return (ObjectNode) editions.get(random.nextInt(editions.size()));
  }

  private static @Nullable ObjectNode anyFigure(ObjectNode pack) {
    for (JsonNode e : pack.get("editions")) {
      JsonNode figures = e.get("figures");
      if (figures != null && !figures.isEmpty()) {
        return (ObjectNode) figures.get(0);
      }
    }
    return null;
  }

  private static @Nullable ObjectNode anyProvision(
      ObjectNode pack, ContentVocabulary.ProvisionField field) {
    for (JsonNode e : pack.get("editions")) {
      ContentVocabulary.Guideline g =
          ContentVocabulary.guideline(e.path("guideline").asText()).orElse(null);
      JsonNode provisions = e.get("provisions");
      if (g == null || provisions == null) {
        continue;
      }
      for (JsonNode p : provisions) {
        if (g.provisionField(p.path("id").asText()).orElse(null) != field) {
          return (ObjectNode) p;
        }
      }
    }
    return null;
  }

  private static boolean apply(Mutation m, ObjectNode pack, Random random) {
    ObjectNode edition = anyEdition(pack, random);
    ObjectNode figure = anyFigure(pack);
    switch (m) {
      case UNKNOWN_FIELD -> {
        (random.nextBoolean() ? pack : edition).put("extra", 1);
        return true;
      }
      case MISSING_FIELD -> {
        if (random.nextBoolean()) {
          pack.remove("title");
        } else {
          edition.remove("section");
        }
        return true;
      }
      case WRONG_TYPE -> {
        edition.put("effectiveFrom", 20200101);
        return true;
      }
      case UNKNOWN_ENUM -> {
        edition.put(random.nextBoolean() ? "provenance" : "source", "NOT-A-VALUE");
        return true;
      }
      case OUT_OF_BOUNDS -> {
        if (figure == null) {
          return false;
        }
        figure.put("max", PackReader.MAX_FIGURE + 1 + random.nextInt(5));
        return true;
      }
      case WRONG_UNIT -> {
        if (figure == null) {
          return false;
        }
        figure.put("unit", "fortnights");
        return true;
      }
      case UNKNOWN_FIGURE -> {
        if (figure == null) {
          return false;
        }
        figure.put("id", "no.such-figure");
        return true;
      }
      case BLANK_TEXT -> {
        edition.put("title", " \t ");
        return true;
      }
      case TOO_LONG -> {
        pack.put("title", "x".repeat(PackReader.MAX_SHORT + 1));
        return true;
      }
      case BAD_DATE_PATTERN -> {
        edition.put("effectiveFrom", "2020-13-01");
        return true;
      }
      case FIELD_NOT_FOR_PROVISION -> {
        ObjectNode provision = anyProvision(pack, ContentVocabulary.ProvisionField.INDICATED_FOR);
        if (provision == null) {
          return false;
        }
        provision.putArray("indicatedFor").add("CHRONIC_PAIN");
        return true;
      }
      case UNKNOWN_GUIDELINE -> {
        edition.put("guideline", "mtus.nothing");
        return true;
      }
      case WRONG_FORMAT -> {
        pack.put("format", "openimr-content/2");
        return true;
      }
      case TABLE_NOT_FOR_GUIDELINE -> {
        String table =
            edition.path("guideline").asText().equals(ContentVocabulary.POSTSURGICAL)
                ? ContentVocabulary.VISIT_CAP_ROWS
                : ContentVocabulary.POSTSURGICAL_ROWS;
        edition.putArray(table);
        return true;
      }
      case REPEATED_ENUM -> {
        if (figure == null) {
          return false;
        }
        ArrayNode regions = figure.putArray("regions");
        regions.add("KNEE").add("KNEE");
        return true;
      }
      case MIN_ABOVE_MAX -> {
        if (figure == null) {
          return false;
        }
        figure.put("min", figure.path("max").asInt() + 1);
        return figure.path("min").asInt() <= PackReader.MAX_FIGURE;
      }
      case DATES_OUT_OF_ORDER -> {
        LocalDate from;
        try {
          from = LocalDate.parse(edition.path("effectiveFrom").asText());
        } catch (java.time.format.DateTimeParseException e) {
          return false;
        }
        edition.put("effectiveTo", from.minusDays(1 + random.nextInt(30)).toString());
        return true;
      }
      case NO_SUCH_DAY -> {
        edition.put("effectiveFrom", "2021-02-30");
        return true;
      }
      case REPEATED_FIGURE -> {
        if (figure == null) {
          return false;
        }
        for (JsonNode e : pack.get("editions")) {
          ArrayNode figures = (ArrayNode) e.get("figures");
          if (figures != null && figures.size() > 0 && figures.get(0) == figure) {
            figures.add(figure.deepCopy());
          }
        }
        return true;
      }
      case OVERLAPPING_EDITIONS -> {
        ArrayNode editions = (ArrayNode) pack.get("editions");
        ObjectNode copy = edition.deepCopy();
        copy.put("id", "overlapping");
        editions.add(copy);
        return true;
      }
      case SECTION_MISMATCH -> {
        for (JsonNode e : pack.get("editions")) {
          JsonNode criteria = e.get("criteria");
          if (criteria != null) {
            for (JsonNode c : criteria) {
              if (c.path("criterion").asText().startsWith("mtus.acupuncture.")) {
                ((ObjectNode) c).put("section", "elsewhere");
                return true;
              }
            }
          }
        }
        return false;
      }
      case REPEATED_EDITION_ID -> {
        ArrayNode editions = (ArrayNode) pack.get("editions");
        if (editions.size() < 2) {
          return false;
        }
        ((ObjectNode) editions.get(1)).put("id", editions.get(0).path("id").asText());
        return true;
      }
    }
    return false;
  }
}
