package org.openimr.guidelines.mtus;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.openimr.model.BodyRegion;
import org.openimr.model.ClinicalFinding;
import org.openimr.model.CodeSystem;
import org.openimr.model.GuidelineCitation;
import org.openimr.model.GuidelineEdition;
import org.openimr.model.GuidelineSource;
import org.openimr.model.Modality;

/**
 * Reads one content pack ({@value #FORMAT}) and reports every problem in it at once.
 *
 * <p>Design notes: the pack is parsed into a tree by hand from Jackson's token stream, so that a
 * field given twice is a problem like any other instead of the end of the parse, and the nesting
 * and size are bounded. The tree is then checked field by field; each problem carries the JSON path
 * of what is wrong and says what the format wants, never what the pack wrote: problems name unknown
 * or repeated fields by their position ({@code field #3}), not by their name, because a pack's text
 * may be anything. A pack with any problem is not returned at all: an evaluator never runs on half
 * a pack. The SHA-256 is taken over the canonical form (the tree re-serialised with its keys sorted
 * and no whitespace), so re-indenting a pack, changing its line endings or the order of its keys
 * does not change it.
 */
final class PackReader {
  static final String FORMAT = "openimr-content/1";

  /** Upper bounds: a pack is small; these keep a hostile one from costing much. */
  static final int MAX_BYTES = 8 << 20;

  static final int MAX_DEPTH = 12;
  static final int MAX_FIGURE = 1000;
  static final int MAX_WEEKS = 520;
  static final int MAX_PERIOD_MONTHS = 120;
  static final int MAX_EDITIONS = 100;
  static final int MAX_ENTRIES = 2000;
  static final int MAX_SHORT = 300;
  static final int MAX_LONG = 4000;
  static final LocalDate FIRST_DATE = LocalDate.of(1900, 1, 1);
  static final LocalDate LAST_DATE = LocalDate.of(2999, 12, 31);

  static final Pattern ID = Pattern.compile("[a-z0-9]+([.-][a-z0-9]+)*");
  static final Pattern VERSION = Pattern.compile("[0-9A-Za-z][0-9A-Za-z.+-]*");

  /** Not blank: holds a character other than ASCII white space, as {@code \\S} in the schema. */
  static final Pattern NOT_BLANK = Pattern.compile("\\S");

  static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  static final Pattern ICD9 = Pattern.compile("[0-9VE][0-9]{0,3}(\\.[0-9]{1,2})?");

  /** An ICD-9-CM code, or a range of codes whose ends differ only in their last digit. */
  static final Pattern ICD9_WRITTEN =
      Pattern.compile("[0-9VE][0-9]{0,3}(\\.[0-9]{1,2})?(-[0-9VE][0-9]{0,3}(\\.[0-9]{1,2})?)?");

  /** A code of either ICD revision. */
  static final Pattern ICD_CODE =
      Pattern.compile("[0-9VE][0-9]{0,3}(\\.[0-9]{1,2})?|[A-Z][0-9][0-9A-Z](\\.[0-9A-Z]{1,4})?");

  static final Pattern ICD10 = Pattern.compile("[A-Z][0-9][0-9A-Z](\\.[0-9A-Z]{1,4})?");

  private static final JsonFactory JSON = JsonFactory.builder().build();
  private static final ObjectMapper CANONICAL =
      JsonMapper.builder().enable(JsonNodeFeature.WRITE_PROPERTIES_SORTED).build();

  // The fields of each kind of object, as the format names them.
  private static final Set<String> PACK_FIELDS =
      Set.of("format", "id", "version", "title", "note", "editions");
  private static final Set<String> EDITION_FIELDS =
      Set.of(
          "id",
          "guideline",
          "source",
          "title",
          "edition",
          "effectiveFrom",
          "effectiveTo",
          "section",
          "provenance",
          "note",
          "functionalImprovement",
          "figures",
          "provisions",
          "criteria",
          ContentVocabulary.DIAGNOSIS_GROUPS,
          ContentVocabulary.DIAGNOSIS_CODES,
          ContentVocabulary.MANIPULATION_EXCLUSIONS,
          ContentVocabulary.CODE_EQUIVALENTS,
          ContentVocabulary.POSTSURGICAL_ROWS,
          ContentVocabulary.VISIT_CAP_ROWS);
  private static final Set<String> DEFINITION_FIELDS =
      Set.of("section", "title", "provenance", "note");
  private static final Set<String> FIGURE_FIELDS =
      Set.of("id", "section", "title", "min", "max", "unit", "regions", "provenance", "note");
  private static final Set<String> PROVISION_FIELDS =
      Set.of(
          "id",
          "section",
          "title",
          "provenance",
          "note",
          "deferredRegions",
          "deferredTo",
          "indicatedFor",
          "modalities",
          "regions");
  private static final Set<String> CRITERION_FIELDS =
      Set.of("criterion", "section", "description", "provenance", "note");
  private static final Set<String> GROUP_FIELDS =
      Set.of(
          "id",
          "diagnosis",
          "section",
          "icd9",
          "visitsMin",
          "visitsMax",
          "weeks",
          "provenance",
          "note");
  private static final Set<String> CODE_FIELDS =
      Set.of(
          "system",
          "code",
          "title",
          "group",
          "regions",
          "sources",
          "section",
          "provenance",
          "note");
  private static final Set<String> EXCLUSION_FIELDS =
      Set.of("id", "condition", "section", "regions", "icd9", "provenance", "note");
  private static final Set<String> EQUIVALENT_FIELDS =
      Set.of("icd9", "icd10", "meaning", "section", "provenance", "note");
  private static final Set<String> ROW_FIELDS =
      Set.of(
          "id",
          "regionAsWritten",
          "regions",
          "diagnosis",
          "icd9",
          "procedure",
          "procedureWords",
          "matchTerms",
          "visitsMin",
          "visitsMax",
          "weeksMin",
          "weeksMax",
          "periodMonths",
          "section",
          "provenance",
          "periodProvenance",
          "note");
  private static final Set<String> CAP_FIELDS =
      Set.of(
          "id",
          "discipline",
          "modalities",
          "visits",
          "injuriesFrom",
          "section",
          "provenance",
          "note");

  /** Every field name of the format: only these are written into a problem's path. */
  private static final Set<String> FIELD_NAMES = allFieldNames();

  private final String origin;
  private final List<ContentProblem> problems = new ArrayList<>();

  private PackReader(String origin) {
    this.origin = origin;
  }

  /**
   * Reads a pack; throws a {@link ContentPackException} listing every problem if it has any.
   *
   * @param origin the file or resource name, the only text besides the pack id problems show
   */
  static ContentPack read(InputStream in, String origin, boolean bundled) throws IOException {
    byte[] bytes = in.readNBytes(MAX_BYTES + 1);
    PackReader reader = new PackReader(origin);
    if (bytes.length > MAX_BYTES) {
      reader.problem("$", "is larger than " + (MAX_BYTES >> 20) + " MiB");
      throw reader.failure();
    }
    JsonNode tree = reader.parse(bytes);
    if (tree == null) {
      throw reader.failure();
    }
    ContentPack pack = reader.pack(tree, bundled);
    if (pack == null || !reader.problems.isEmpty()) {
      throw reader.failure();
    }
    return pack;
  }

  private ContentPackException failure() {
    return new ContentPackException(problems);
  }

  private void problem(String path, String message) {
    problems.add(ContentProblem.of(origin, path, message));
  }

  // --- parsing

  private @Nullable JsonNode parse(byte[] bytes) throws IOException {
    try (JsonParser p = JSON.createParser(bytes)) {
      JsonToken first = p.nextToken();
      if (first == null) {
        problem("$", "is empty");
        return null;
      }
      JsonNode root = value(p, first, "$", 0);
      if (p.nextToken() != null) {
        problem("$", "has more content after the JSON document" + at(p.currentLocation()));
        return null;
      }
      return root;
    } catch (JsonProcessingException e) {
      // Jackson's message may quote the pack; only its position is reported.
      problem("$", "is not well-formed JSON" + at(e.getLocation()));
      return null;
    }
  }

  private static String at(@Nullable JsonLocation location) {
    return location == null
        ? ""
        : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
  }

  private JsonNode value(JsonParser p, JsonToken token, String path, int depth) throws IOException {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    if (depth > MAX_DEPTH && (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY)) {
      problem(path, "is nested more than " + MAX_DEPTH + " levels deep");
      p.skipChildren();
      return nodes.nullNode();
    }
    switch (token) {
      case START_OBJECT -> {
        ObjectNode object = nodes.objectNode();
        int ordinal = 0;
        for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
          ordinal++;
          String name = p.currentName();
          String child = child(path, name, ordinal);
          JsonNode v = value(p, p.nextToken(), child, depth + 1);
          if (object.has(name)) {
            problem(path, "field #" + ordinal + " repeats an earlier field of the same name");
          } else {
            object.set(name, v);
          }
        }
        return object;
      }
      case START_ARRAY -> {
        ArrayNode array = nodes.arrayNode();
        int i = 0;
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
          array.add(value(p, t, path + "[" + i + "]", depth + 1));
          i++;
        }
        return array;
      }
      case VALUE_STRING -> {
        return nodes.textNode(p.getText());
      }
      case VALUE_NUMBER_INT -> {
        return p.getNumberType() == JsonParser.NumberType.INT
            ? nodes.numberNode(p.getIntValue())
            : nodes.numberNode(p.getDecimalValue());
      }
      case VALUE_NUMBER_FLOAT -> {
        return nodes.numberNode(p.getDecimalValue());
      }
      case VALUE_TRUE -> {
        return nodes.booleanNode(true);
      }
      case VALUE_FALSE -> {
        return nodes.booleanNode(false);
      }
      default -> {
        return nodes.nullNode();
      }
    }
  }

  private static String child(String path, @Nullable String name, int ordinal) {
    return name != null && FIELD_NAMES.contains(name)
        ? path + "." + name
        : path + "[field #" + ordinal + "]";
  }

  // --- checking and building

  private @Nullable ContentPack pack(JsonNode root, boolean bundled) {
    Obj o = object(root, "$", PACK_FIELDS);
    if (o == null) {
      return null;
    }
    String format = o.text("format", MAX_SHORT, true);
    if (format != null && !format.equals(FORMAT)) {
      problem("$.format", "must be \"" + FORMAT + "\"");
    }
    String id = o.matching("id", ID, 100, true);
    String version = o.matching("version", VERSION, 40, true);
    String title = o.text("title", MAX_SHORT, true);
    Optional<String> note = Optional.ofNullable(o.text("note", MAX_LONG, false));
    List<PackEdition> editions = new ArrayList<>();
    List<String> editionPaths = new ArrayList<>();
    o.array(
        "editions",
        1,
        MAX_EDITIONS,
        true,
        (node, path) -> {
          PackEdition e = edition(node, path);
          if (e != null) {
            editions.add(e);
            editionPaths.add(path);
          }
        });
    checkEditionsTogether(editions, editionPaths);
    if (format == null || id == null || version == null || title == null) {
      return null;
    }
    return new ContentPack(
        id,
        version,
        title,
        note,
        sha256(root),
        origin,
        bundled,
        ImmutableList.copyOf(editions),
        ImmutableList.copyOf(editionPaths));
  }

  /** Edition ids are unique in a pack; editions of one guideline do not overlap. */
  private void checkEditionsTogether(List<PackEdition> editions, List<String> paths) {
    for (int i = 0; i < editions.size(); i++) {
      for (int j = 0; j < i; j++) {
        PackEdition a = editions.get(j);
        PackEdition b = editions.get(i);
        if (a.id().equals(b.id())) {
          problem(paths.get(i) + ".id", "repeats the id of " + paths.get(j));
        }
        if (a.guideline().equals(b.guideline()) && overlap(a.edition(), b.edition())) {
          problem(
              paths.get(i),
              "is in force on dates "
                  + paths.get(j)
                  + " also covers; editions of "
                  + a.guideline()
                  + " must not overlap");
        }
      }
    }
  }

  static boolean overlap(GuidelineEdition a, GuidelineEdition b) {
    LocalDate aTo = a.effectiveTo().orElse(LocalDate.MAX);
    LocalDate bTo = b.effectiveTo().orElse(LocalDate.MAX);
    return !a.effectiveFrom().isAfter(bTo) && !b.effectiveFrom().isAfter(aTo);
  }

  private @Nullable PackEdition edition(JsonNode node, String path) {
    Obj o = object(node, path, EDITION_FIELDS);
    if (o == null) {
      return null;
    }
    String id = o.matching("id", ID, 100, true);
    String guidelineId = o.text("guideline", 100, true);
    ContentVocabulary.Guideline guideline = null;
    if (guidelineId != null) {
      guideline = ContentVocabulary.guideline(guidelineId).orElse(null);
      if (guideline == null) {
        problem(
            path + ".guideline",
            "must be one of " + String.join(", ", ContentVocabulary.guidelines()));
      }
    }
    GuidelineSource source = o.enumValue("source", GuidelineSource.class, true);
    String title = o.text("title", MAX_SHORT, true);
    String label = o.text("edition", 40, true);
    LocalDate from = o.date("effectiveFrom", true);
    LocalDate to = o.date("effectiveTo", false);
    if (from != null && to != null && to.isBefore(from)) {
      problem(path + ".effectiveTo", "is before effectiveFrom");
      to = null;
    }
    String section = o.text("section", MAX_SHORT, true);
    Provenance provenance = o.provenance("provenance", true);
    Optional<String> note = Optional.ofNullable(o.text("note", MAX_LONG, false));
    for (String table : tableFields()) {
      if (o.has(table) && guideline != null && !guideline.tables().contains(table)) {
        problem(path + "." + table, "is not read for guideline " + guideline.id());
      }
    }
    if (source == null
        || title == null
        || label == null
        || from == null
        || section == null
        || provenance == null
        || id == null
        || guideline == null) {
      // Still check the entries, for every problem at once, against a stand-in edition.
      checkEntriesOnly(o, path, guideline);
      return null;
    }
    GuidelineEdition.Builder edition =
        GuidelineEdition.builder().source(source).title(title).label(label).effectiveFrom(from);
    if (to != null) {
      edition.effectiveTo(to);
    }
    GuidelineEdition built = edition.build();
    Optional<PackEdition.Definition> definition = definition(o, path);
    Entries entries = entries(o, guideline, built);
    checkCriterionSections(entries, definition, path, guideline);
    return new PackEdition(
        id,
        guideline.id(),
        built,
        section,
        provenance,
        note,
        definition,
        ImmutableList.copyOf(entries.figures),
        ImmutableList.copyOf(entries.provisions),
        ImmutableList.copyOf(entries.criteria),
        tablesOf(o));
  }

  /** The edition's tables as written (already checked), each a copy of its JSON array. */
  private static ImmutableMap<String, JsonNode> tablesOf(Obj o) {
    ImmutableMap.Builder<String, JsonNode> tables = ImmutableMap.builder();
    for (String table : tableFields()) {
      JsonNode v = o.node.get(table);
      if (v != null && v.isArray()) {
        tables.put(table, v.deepCopy());
      }
    }
    return tables.buildOrThrow();
  }

  private static List<String> tableFields() {
    return List.of(
        ContentVocabulary.DIAGNOSIS_GROUPS,
        ContentVocabulary.DIAGNOSIS_CODES,
        ContentVocabulary.MANIPULATION_EXCLUSIONS,
        ContentVocabulary.CODE_EQUIVALENTS,
        ContentVocabulary.POSTSURGICAL_ROWS,
        ContentVocabulary.VISIT_CAP_ROWS);
  }

  private void checkEntriesOnly(
      Obj o, String path, ContentVocabulary.@Nullable Guideline guideline) {
    GuidelineEdition standIn =
        GuidelineEdition.builder()
            .source(GuidelineSource.OTHER)
            .title("-")
            .label("-")
            .effectiveFrom(FIRST_DATE)
            .build();
    definition(o, path);
    if (guideline != null) {
      entries(o, guideline, standIn);
    }
  }

  private Optional<PackEdition.Definition> definition(Obj edition, String path) {
    if (!edition.has("functionalImprovement")) {
      return Optional.empty();
    }
    String p = path + ".functionalImprovement";
    Obj o = object(edition.node.get("functionalImprovement"), p, DEFINITION_FIELDS);
    if (o == null) {
      return Optional.empty();
    }
    String section = o.text("section", MAX_SHORT, true);
    String title = o.text("title", MAX_SHORT, true);
    Provenance provenance = o.provenance("provenance", true);
    Optional<String> note = Optional.ofNullable(o.text("note", MAX_LONG, false));
    if (section == null || title == null || provenance == null) {
      return Optional.empty();
    }
    return Optional.of(new PackEdition.Definition(section, title, provenance, note));
  }

  /** The entries of one edition, as read so far. */
  private static final class Entries {
    final List<GuidelineFigure> figures = new ArrayList<>();
    final List<GuidelineProvision> provisions = new ArrayList<>();
    final List<PackEdition.CriterionText> criteria = new ArrayList<>();
    final List<String> criterionPaths = new ArrayList<>();
  }

  private Entries entries(Obj o, ContentVocabulary.Guideline guideline, GuidelineEdition edition) {
    Entries entries = new Entries();
    Map<String, List<Set<BodyRegion>>> figureRegions = new HashMap<>();
    o.array(
        "figures",
        0,
        MAX_ENTRIES,
        false,
        (node, p) -> {
          GuidelineFigure f = figure(node, p, guideline, edition);
          if (f != null) {
            List<Set<BodyRegion>> seen =
                figureRegions.computeIfAbsent(f.id(), k -> new ArrayList<>());
            for (Set<BodyRegion> regions : seen) {
              if (regions.isEmpty() || f.regions().isEmpty() || intersects(regions, f.regions())) {
                problem(p, "gives a figure this edition already gives for the same regions");
              }
            }
            seen.add(f.regions());
            entries.figures.add(f);
          }
        });
    Set<String> provisionIds = new HashSet<>();
    o.array(
        "provisions",
        0,
        MAX_ENTRIES,
        false,
        (node, p) -> {
          GuidelineProvision provision = provision(node, p, guideline, edition);
          if (provision != null) {
            if (!provisionIds.add(provision.id())) {
              problem(p + ".id", "repeats a provision this edition already gives");
            }
            entries.provisions.add(provision);
          }
        });
    Set<String> criterionIds = new HashSet<>();
    o.array(
        "criteria",
        0,
        MAX_ENTRIES,
        false,
        (node, p) -> {
          PackEdition.CriterionText text = criterion(node, p, guideline);
          if (text != null) {
            if (!criterionIds.add(text.criterion())) {
              problem(p + ".criterion", "repeats a criterion this edition already describes");
            }
            entries.criteria.add(text);
            entries.criterionPaths.add(p);
          }
        });
    tables(o, guideline);
    return entries;
  }

  private static boolean intersects(Set<BodyRegion> a, Set<BodyRegion> b) {
    for (BodyRegion r : a) {
      if (b.contains(r)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A criterion description sits at the section the criterion cites: its provision's, or the
   * functional-improvement definition's.
   */
  private void checkCriterionSections(
      Entries entries,
      Optional<PackEdition.Definition> definition,
      String path,
      ContentVocabulary.Guideline guideline) {
    for (int i = 0; i < entries.criteria.size(); i++) {
      PackEdition.CriterionText text = entries.criteria.get(i);
      String p = entries.criterionPaths.get(i);
      ContentVocabulary.Cites cites = guideline.criteria().get(text.criterion());
      if (cites == null) {
        continue;
      }
      Optional<String> citedSection;
      String what;
      if (cites.provision().isPresent()) {
        String provision = cites.provision().get();
        citedSection =
            entries.provisions.stream()
                .filter(x -> x.id().equals(provision))
                .map(x -> x.citation().section())
                .findFirst();
        what = "provision " + provision;
      } else {
        citedSection = definition.map(PackEdition.Definition::section);
        what = "functionalImprovement";
      }
      if (citedSection.isEmpty()) {
        problem(p, "describes a criterion that cites " + what + ", which " + path + " lacks");
      } else if (!citedSection.get().equals(text.section())) {
        problem(p + ".section", "must be the section of " + what);
      }
    }
  }

  private @Nullable GuidelineFigure figure(
      JsonNode node, String path, ContentVocabulary.Guideline guideline, GuidelineEdition edition) {
    Obj o = object(node, path, FIGURE_FIELDS);
    if (o == null) {
      return null;
    }
    String id = o.text("id", 100, true);
    ContentVocabulary.FigureRule rule = null;
    if (id != null) {
      rule = guideline.figures().get(id);
      if (rule == null) {
        problem(path + ".id", "is not a figure the " + guideline.id() + " rules read");
      }
    }
    String section = o.text("section", MAX_SHORT, true);
    String title = o.text("title", MAX_SHORT, true);
    Integer min = o.integer("min", 0, MAX_FIGURE, true);
    Integer max = o.integer("max", 0, MAX_FIGURE, true);
    if (min != null && max != null && min > max) {
      problem(path + ".max", "must be at least min");
    }
    String unit = o.text("unit", 100, true);
    if (unit != null && rule != null && !unit.equals(rule.unit())) {
      problem(path + ".unit", "must be \"" + rule.unit() + "\", the unit the rule reads");
    }
    Set<BodyRegion> regions = o.enumSet("regions", BodyRegion.class, false);
    nonEmpty(o, path, "regions", regions);
    if (rule != null && rule.perRegion() && !o.has("regions")) {
      problem(path, "needs regions: the rule reads this figure per body region");
    }
    if (rule != null && !rule.perRegion() && o.has("regions")) {
      problem(path + ".regions", "is not read: the rule reads one figure for every region");
    }
    Provenance provenance = o.provenance("provenance", true);
    String note = o.text("note", MAX_LONG, false);
    if (id == null
        || rule == null
        || section == null
        || title == null
        || min == null
        || max == null
        || min > max
        || unit == null
        || !unit.equals(rule.unit())
        || provenance == null
        || regions == null) {
      return null;
    }
    GuidelineFigure.Builder f =
        GuidelineFigure.builder()
            .id(id)
            .edition(edition)
            .section(section)
            .title(title)
            .min(min)
            .max(max)
            .unit(unit)
            .regions(regions)
            .provenance(provenance);
    if (note != null) {
      f.note(note);
    }
    return f.build();
  }

  private @Nullable GuidelineProvision provision(
      JsonNode node, String path, ContentVocabulary.Guideline guideline, GuidelineEdition edition) {
    Obj o = object(node, path, PROVISION_FIELDS);
    if (o == null) {
      return null;
    }
    String id = o.text("id", 100, true);
    boolean known = id != null && guideline.knowsProvision(id);
    if (id != null && !known) {
      problem(path + ".id", "is not a provision the " + guideline.id() + " rules read");
    }
    ContentVocabulary.ProvisionField field =
        id == null ? null : guideline.provisionField(id).orElse(null);
    String section = o.text("section", MAX_SHORT, true);
    String title = o.text("title", MAX_SHORT, true);
    Provenance provenance = o.provenance("provenance", true);
    String note = o.text("note", MAX_LONG, false);
    Set<BodyRegion> deferred = o.enumSet("deferredRegions", BodyRegion.class, false);
    String deferredTo = o.text("deferredTo", MAX_SHORT, false);
    Set<ClinicalFinding> findings = o.enumSet("indicatedFor", ClinicalFinding.class, false);
    Set<Modality> modalities = o.enumSet("modalities", Modality.class, false);
    Set<BodyRegion> regions = o.enumSet("regions", BodyRegion.class, false);
    if (known) {
      onlyFor(o, path, field, ContentVocabulary.ProvisionField.DEFERRAL, "deferredRegions");
      onlyFor(o, path, field, ContentVocabulary.ProvisionField.DEFERRAL, "deferredTo");
      onlyFor(o, path, field, ContentVocabulary.ProvisionField.INDICATED_FOR, "indicatedFor");
      onlyFor(o, path, field, ContentVocabulary.ProvisionField.MODALITIES, "modalities");
      onlyFor(o, path, field, ContentVocabulary.ProvisionField.REGIONS, "regions");
      if (field == ContentVocabulary.ProvisionField.DEFERRAL
          && (deferred == null || deferred.isEmpty()) != (deferredTo == null)
          && !(deferred == null && o.has("deferredRegions"))) {
        problem(path + ".deferredTo", "must be given exactly when deferredRegions is not empty");
      }
      needed(o, path, field, ContentVocabulary.ProvisionField.INDICATED_FOR, "indicatedFor");
      needed(o, path, field, ContentVocabulary.ProvisionField.MODALITIES, "modalities");
      needed(o, path, field, ContentVocabulary.ProvisionField.REGIONS, "regions");
      if (field == ContentVocabulary.ProvisionField.INDICATED_FOR) {
        nonEmpty(o, path, "indicatedFor", findings);
      }
      if (field == ContentVocabulary.ProvisionField.MODALITIES) {
        nonEmpty(o, path, "modalities", modalities);
        if (modalities != null && id != null) {
          Set<Modality> allowed = guideline.modalitiesAllowed(id);
          if (!allowed.containsAll(modalities)) {
            problem(
                path + ".modalities",
                "may name only modalities these rules decide: " + names(allowed));
          }
        }
      }
      if (field == ContentVocabulary.ProvisionField.REGIONS) {
        nonEmpty(o, path, "regions", regions);
      }
    }
    if (id == null
        || !known
        || section == null
        || title == null
        || provenance == null
        || deferred == null
        || findings == null
        || modalities == null
        || regions == null) {
      return null;
    }
    return new GuidelineProvision(
        id,
        GuidelineCitation.of(edition, section, provenance.cite(title)),
        provenance,
        Optional.ofNullable(note),
        ImmutableSet.copyOf(deferred),
        Optional.ofNullable(deferredTo),
        ImmutableSet.copyOf(findings),
        ImmutableSet.copyOf(modalities),
        ImmutableSet.copyOf(regions));
  }

  private static String names(Set<Modality> modalities) {
    List<String> names = new ArrayList<>(modalities.size());
    for (Modality m : modalities) {
      names.add(m.name());
    }
    return String.join(", ", names);
  }

  private void onlyFor(
      Obj o,
      String path,
      ContentVocabulary.@Nullable ProvisionField field,
      ContentVocabulary.ProvisionField wanted,
      String name) {
    if (o.has(name) && field != wanted) {
      problem(path + "." + name, "is not read for this provision");
    }
  }

  private void needed(
      Obj o,
      String path,
      ContentVocabulary.@Nullable ProvisionField field,
      ContentVocabulary.ProvisionField wanted,
      String name) {
    if (field == wanted && !o.has(name)) {
      problem(path, "needs " + name + " for this provision");
    }
  }

  private PackEdition.@Nullable CriterionText criterion(
      JsonNode node, String path, ContentVocabulary.Guideline guideline) {
    Obj o = object(node, path, CRITERION_FIELDS);
    if (o == null) {
      return null;
    }
    String id = o.text("criterion", 100, true);
    if (id != null && !guideline.knowsCriterion(id)) {
      problem(
          path + ".criterion",
          "is not a criterion of the "
              + guideline.id()
              + " rules whose description a pack gives"
              + (guideline.criteria().isEmpty()
                  ? ""
                  : " (" + String.join(", ", guideline.criteria().keySet()) + ")"));
    }
    String section = o.text("section", MAX_SHORT, true);
    String description = o.text("description", MAX_LONG, true);
    Provenance provenance = o.provenance("provenance", true);
    String note = o.text("note", MAX_LONG, false);
    if (id == null
        || !guideline.knowsCriterion(id)
        || section == null
        || description == null
        || provenance == null) {
      return null;
    }
    return new PackEdition.CriterionText(
        id, section, description, provenance, Optional.ofNullable(note));
  }

  // --- the physical medicine tables: checked now, read by the evaluators later

  private void tables(Obj o, ContentVocabulary.Guideline guideline) {
    if (!guideline.tables().isEmpty()) {
      Set<String> groupIds = new HashSet<>();
      o.array(
          ContentVocabulary.DIAGNOSIS_GROUPS,
          0,
          MAX_ENTRIES,
          false,
          (node, p) -> {
            Obj row = object(node, p, GROUP_FIELDS);
            if (row != null) {
              unique(groupIds, row.matching("id", ID, 100, true), p);
              row.text("diagnosis", MAX_SHORT, true);
              common(row);
              row.codes("icd9", ICD9_WRITTEN, true, false);
              range(row, p, "visitsMin", "visitsMax", MAX_FIGURE);
              row.integer("weeks", 1, MAX_WEEKS, true);
            }
          });
      Set<String> codeKeys = new HashSet<>();
      List<String> codeGroups = new ArrayList<>();
      List<String> codeGroupPaths = new ArrayList<>();
      o.array(
          ContentVocabulary.DIAGNOSIS_CODES,
          0,
          MAX_ENTRIES,
          false,
          (node, p) -> {
            Obj row = object(node, p, CODE_FIELDS);
            if (row != null) {
              CodeSystem system = row.enumValue("system", CodeSystem.class, true);
              String code = row.matching("code", ICD_CODE, 10, true);
              if (system != null && code != null) {
                Pattern own = system == CodeSystem.ICD_9_CM ? ICD9 : ICD10;
                if (!own.matcher(code).matches()) {
                  problem(p + ".code", "is not a code of its system");
                } else if (PhysicalMedicineCodes.normalize(code).length() < 3) {
                  problem(p + ".code", "must have at least three characters");
                }
                unique(codeKeys, system + " " + PhysicalMedicineCodes.normalize(code), p);
              }
              row.text("title", MAX_SHORT, true);
              String group = row.matching("group", ID, 100, true);
              if (group != null) {
                codeGroups.add(group);
                codeGroupPaths.add(p + ".group");
              }
              row.enumSet("regions", BodyRegion.class, true);
              row.texts("sources", true, true, MAX_SHORT);
              JsonNode sources = row.node.get("sources");
              if (sources != null && sources.isArray() && sources.size() == 1) {
                problem(p + ".sources", "must name at least two sources confirming the title");
              }
              common(row);
            }
          });
      for (int i = 0; i < codeGroups.size(); i++) {
        if (!groupIds.contains(codeGroups.get(i))) {
          problem(codeGroupPaths.get(i), "names no diagnosis group of this edition");
        }
      }
      Set<String> exclusionIds = new HashSet<>();
      o.array(
          ContentVocabulary.MANIPULATION_EXCLUSIONS,
          0,
          MAX_ENTRIES,
          false,
          (node, p) -> {
            Obj row = object(node, p, EXCLUSION_FIELDS);
            if (row != null) {
              unique(exclusionIds, row.matching("id", ID, 100, true), p);
              row.text("condition", MAX_SHORT, true);
              common(row);
              nonEmpty(row, p, "regions", row.enumSet("regions", BodyRegion.class, true));
              row.codes("icd9", ICD9_WRITTEN, true, false);
            }
          });
      Set<String> equivalentCodes = new HashSet<>();
      o.array(
          ContentVocabulary.CODE_EQUIVALENTS,
          0,
          MAX_ENTRIES,
          false,
          (node, p) -> {
            Obj row = object(node, p, EQUIVALENT_FIELDS);
            if (row != null) {
              unique(equivalentCodes, row.matching("icd9", ICD9, 10, true), p);
              row.codes("icd10", ICD10, true, true);
              row.text("meaning", MAX_LONG, true);
              common(row);
            }
          });
      Set<String> rowIds = new HashSet<>();
      o.array(
          ContentVocabulary.POSTSURGICAL_ROWS,
          0,
          MAX_ENTRIES,
          false,
          (node, p) -> {
            Obj row = object(node, p, ROW_FIELDS);
            if (row != null) {
              unique(rowIds, row.matching("id", ID, 100, true), p);
              row.text("regionAsWritten", MAX_SHORT, true);
              // Empty: the row covers any region (a procedure the guideline lists for any).
              row.enumSet("regions", BodyRegion.class, true);
              row.text("diagnosis", MAX_SHORT, true);
              row.codes("icd9", ICD9_WRITTEN, true, false);
              row.text("procedure", MAX_SHORT, true);
              row.texts("procedureWords", false, false);
              row.texts("matchTerms", true, true);
              range(row, p, "visitsMin", "visitsMax", MAX_FIGURE);
              range(row, p, "weeksMin", "weeksMax", MAX_WEEKS);
              row.integer("periodMonths", 1, MAX_PERIOD_MONTHS, true);
              common(row);
              row.provenance("periodProvenance", true);
            }
          });
      Set<String> capIds = new HashSet<>();
      Set<Modality> capped = EnumSet.noneOf(Modality.class);
      o.array(
          ContentVocabulary.VISIT_CAP_ROWS,
          0,
          MAX_ENTRIES,
          false,
          (node, p) -> {
            Obj row = object(node, p, CAP_FIELDS);
            if (row != null) {
              unique(capIds, row.matching("id", ID, 100, true), p);
              row.text("discipline", MAX_SHORT, true);
              Set<Modality> modalities = row.enumSet("modalities", Modality.class, true);
              nonEmpty(row, p, "modalities", modalities);
              if (modalities != null) {
                for (Modality m : modalities) {
                  if (!capped.add(m)) {
                    problem(p + ".modalities", "names a modality an earlier cap already names");
                  }
                }
              }
              row.integer("visits", 1, MAX_FIGURE, true);
              row.date("injuriesFrom", true);
              common(row);
            }
          });
    }
  }

  private void common(Obj row) {
    row.text("section", MAX_SHORT, true);
    row.provenance("provenance", true);
    row.text("note", MAX_LONG, false);
  }

  private void unique(Set<String> seen, @Nullable String id, String path) {
    if (id != null && !seen.add(id)) {
      problem(path, "repeats the id or code of an earlier entry");
    }
  }

  private void nonEmpty(Obj row, String path, String field, @Nullable Set<?> values) {
    if (values != null && values.isEmpty() && row.has(field)) {
      problem(path + "." + field, "must not be empty");
    }
  }

  private void range(Obj row, String path, String minField, String maxField, int bound) {
    Integer min = row.integer(minField, 0, bound, true);
    Integer max = row.integer(maxField, 0, bound, true);
    if (min != null && max != null && min > max) {
      problem(path + "." + maxField, "must be at least " + minField);
    }
  }

  // --- typed access to one object, recording problems

  private interface EntryReader {
    void read(JsonNode node, String path);
  }

  private @Nullable Obj object(@Nullable JsonNode node, String path, Set<String> fields) {
    if (node == null || !node.isObject()) {
      problem(path, "must be an object");
      return null;
    }
    int ordinal = 0;
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      ordinal++;
      if (!fields.contains(name)) {
        problem(path, "field #" + ordinal + " is not a field of this object in " + FORMAT);
      }
    }
    return new Obj((ObjectNode) node, path);
  }

  private final class Obj {
    final ObjectNode node;
    final String path;

    Obj(ObjectNode node, String path) {
      this.node = node;
      this.path = path;
    }

    boolean has(String field) {
      return node.has(field);
    }

    private @Nullable JsonNode get(String field, boolean required) {
      JsonNode v = node.get(field);
      if (v == null && required) {
        problem(path, "needs " + field);
      }
      return v;
    }

    @Nullable String text(String field, int maxLength, boolean required) {
      JsonNode v = get(field, required);
      if (v == null) {
        return null;
      }
      if (!v.isTextual()) {
        problem(path + "." + field, "must be a string");
        return null;
      }
      String s = v.textValue();
      if (!NOT_BLANK.matcher(s).find()) {
        problem(path + "." + field, "must not be blank");
        return null;
      }
      if (s.codePointCount(0, s.length()) > maxLength) {
        problem(path + "." + field, "must be at most " + maxLength + " characters");
        return null;
      }
      return s;
    }

    @Nullable String matching(String field, Pattern pattern, int maxLength, boolean required) {
      String s = text(field, maxLength, required);
      if (s != null && !pattern.matcher(s).matches()) {
        problem(path + "." + field, "must match " + pattern.pattern());
        return null;
      }
      return s;
    }

    @Nullable Integer integer(String field, int min, int max, boolean required) {
      JsonNode v = get(field, required);
      if (v == null) {
        return null;
      }
      // As in JSON Schema, 5.0 is the whole number 5.
      if (!v.isNumber() || v.decimalValue().stripTrailingZeros().scale() > 0) {
        problem(path + "." + field, "must be a whole number from " + min + " to " + max);
        return null;
      }
      BigDecimal d = v.decimalValue();
      if (d.compareTo(BigDecimal.valueOf(min)) < 0 || d.compareTo(BigDecimal.valueOf(max)) > 0) {
        problem(path + "." + field, "must be a whole number from " + min + " to " + max);
        return null;
      }
      return d.intValueExact();
    }

    @Nullable LocalDate date(String field, boolean required) {
      String s = text(field, 10, required);
      if (s == null) {
        return null;
      }
      LocalDate d = null;
      if (DATE.matcher(s).matches()) {
        try {
          d = LocalDate.parse(s);
        } catch (DateTimeParseException e) {
          d = null;
        }
      }
      if (d == null || d.isBefore(FIRST_DATE) || d.isAfter(LAST_DATE)) {
        problem(
            path + "." + field,
            "must be a date (YYYY-MM-DD) from " + FIRST_DATE + " to " + LAST_DATE);
        return null;
      }
      return d;
    }

    @Nullable Provenance provenance(String field, boolean required) {
      String s = text(field, 20, required);
      if (s == null) {
        return null;
      }
      Optional<Provenance> p = Provenance.ofCode(s);
      if (p.isEmpty()) {
        problem(path + "." + field, "must be one of R, R-secondary, Q, U, C");
        return null;
      }
      return p.get();
    }

    <E extends Enum<E>> @Nullable E enumValue(String field, Class<E> type, boolean required) {
      String s = text(field, 60, required);
      if (s == null) {
        return null;
      }
      for (E e : type.getEnumConstants()) {
        if (e.name().equals(s)) {
          return e;
        }
      }
      problem(path + "." + field, "must be a " + type.getSimpleName() + " name");
      return null;
    }

    /** The set; empty if the field is absent and optional; null if it is wrong. */
    <E extends Enum<E>> @Nullable Set<E> enumSet(String field, Class<E> type, boolean required) {
      JsonNode v = get(field, required);
      if (v == null) {
        return required ? null : EnumSet.noneOf(type);
      }
      if (!v.isArray()) {
        problem(path + "." + field, "must be an array of " + type.getSimpleName() + " names");
        return null;
      }
      EnumSet<E> set = EnumSet.noneOf(type);
      boolean ok = true;
      for (int i = 0; i < v.size(); i++) {
        JsonNode item = v.get(i);
        E found = null;
        if (item.isTextual()) {
          for (E e : type.getEnumConstants()) {
            if (e.name().equals(item.textValue())) {
              found = e;
            }
          }
        }
        if (found == null) {
          problem(
              path + "." + field + "[" + i + "]", "must be a " + type.getSimpleName() + " name");
          ok = false;
        } else if (!set.add(found)) {
          problem(path + "." + field + "[" + i + "]", "repeats an earlier value");
          ok = false;
        }
      }
      return ok ? set : null;
    }

    void codes(String field, Pattern pattern, boolean required, boolean nonEmpty) {
      JsonNode v = get(field, required);
      if (v == null) {
        return;
      }
      if (!v.isArray() || (nonEmpty && v.isEmpty()) || v.size() > MAX_ENTRIES) {
        problem(path + "." + field, "must be " + (nonEmpty ? "a non-empty" : "an") + " array");
        return;
      }
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < v.size(); i++) {
        JsonNode item = v.get(i);
        if (!item.isTextual() || !pattern.matcher(item.textValue()).matches()) {
          problem(path + "." + field + "[" + i + "]", "must match " + pattern.pattern());
        } else if (!isRange(item.textValue())) {
          problem(
              path + "." + field + "[" + i + "]",
              "a code range's ends must differ only in their last digit, ascending");
        } else if (!seen.add(item.textValue())) {
          problem(path + "." + field + "[" + i + "]", "repeats an earlier code");
        }
      }
    }

    /** Whether a written code is a single code or a range of the shape the tables allow. */
    private boolean isRange(String written) {
      if (written.indexOf('-') < 0) {
        return true;
      }
      try {
        PhysicalMedicineCodes.expand(written);
        return true;
      } catch (IllegalArgumentException e) {
        return false;
      }
    }

    void texts(String field, boolean required, boolean nonEmpty) {
      texts(field, required, nonEmpty, 100);
    }

    void texts(String field, boolean required, boolean nonEmpty, int maxLength) {
      JsonNode v = get(field, required);
      if (v == null) {
        return;
      }
      if (!v.isArray() || (nonEmpty && v.isEmpty()) || v.size() > MAX_ENTRIES) {
        problem(path + "." + field, "must be " + (nonEmpty ? "a non-empty" : "an") + " array");
        return;
      }
      for (int i = 0; i < v.size(); i++) {
        JsonNode item = v.get(i);
        if (!item.isTextual()
            || !NOT_BLANK.matcher(item.textValue()).find()
            || item.textValue().codePointCount(0, item.textValue().length()) > maxLength) {
          problem(
              path + "." + field + "[" + i + "]",
              "must be a string of 1 to " + maxLength + " characters");
        }
      }
    }

    void array(String field, int min, int max, boolean required, EntryReader reader) {
      JsonNode v = get(field, required);
      if (v == null) {
        return;
      }
      if (!v.isArray() || v.size() < min || v.size() > max) {
        problem(path + "." + field, "must be an array of " + min + " to " + max + " entries");
        return;
      }
      for (int i = 0; i < v.size(); i++) {
        reader.read(v.get(i), path + "." + field + "[" + i + "]");
      }
    }
  }

  static String sha256(JsonNode tree) {
    try {
      byte[] canonical = CANONICAL.writeValueAsString(tree).getBytes(StandardCharsets.UTF_8);
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
    } catch (JsonProcessingException | NoSuchAlgorithmException e) {
      throw new IllegalStateException("cannot hash a content pack", e);
    }
  }

  private static Set<String> allFieldNames() {
    Set<String> names = new HashSet<>();
    for (Set<String> s :
        List.of(
            PACK_FIELDS,
            EDITION_FIELDS,
            DEFINITION_FIELDS,
            FIGURE_FIELDS,
            PROVISION_FIELDS,
            CRITERION_FIELDS,
            GROUP_FIELDS,
            CODE_FIELDS,
            EXCLUSION_FIELDS,
            EQUIVALENT_FIELDS,
            ROW_FIELDS,
            CAP_FIELDS)) {
      names.addAll(s);
    }
    return Set.copyOf(names);
  }
}
