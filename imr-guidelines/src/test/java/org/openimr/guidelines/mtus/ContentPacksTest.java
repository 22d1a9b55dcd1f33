package org.openimr.guidelines.mtus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading, finding and combining content packs, and the problems each step reports. */
class ContentPacksTest {
  /** Pack text that must never appear in a problem: only pack ids and file names may. */
  private static final String SECRET = "Zqx-patient-Jane-Doe";

  @Test
  void theBundledPackIsReadLikeAnyOtherAndHoldsTheAcupunctureEditions() {
    ContentPack bundled = ContentPacks.bundled().get(0);

    assertThat(bundled.id()).isEqualTo("openimr.mtus.acupuncture");
    assertThat(bundled.isBundled()).isTrue();
    assertThat(bundled.sha256()).hasSize(64).matches("[0-9a-f]+");
    assertThat(bundled.editions()).extracting(e -> e.label()).containsExactly("2007", "2009");
    assertThat(ContentPacks.bundled().get(1).id()).isEqualTo("openimr.mtus.physical-medicine");
    assertThat(ContentPacks.discover()).containsExactlyElementsOf(ContentPacks.bundled());
  }

  @Test
  void aBrokenPackGetsEveryProblemAtOnceWithItsJsonPath() {
    ObjectNode tree = ExamplePacks.tree();
    tree.put(SECRET, SECRET); // unknown field, named by position only
    ObjectNode edition = ExamplePacks.edition(tree);
    edition.put("effectiveTo", "2017-01-01"); // before effectiveFrom
    edition.remove("section");
    ObjectNode trial = (ObjectNode) edition.get("figures").get(0);
    trial.put("min", 9); // above max 5
    trial.put("provenance", SECRET);
    ObjectNode frequency = (ObjectNode) edition.get("figures").get(1);
    frequency.put("unit", SECRET);
    ((ObjectNode) edition.get("provisions").get(0)).put("id", SECRET);
    ((ObjectNode) edition.get("criteria").get(0)).put("section", "EXAMPLE § 9");

    ContentPackException e = problems(ExamplePacks.write(tree));

    assertThat(e.problems())
        .extracting(ContentProblem::origin, ContentProblem::path, ContentProblem::message)
        .containsExactlyInAnyOrder(
            tuple(
                "broken.json", "$", "field #7 is not a field of this object in openimr-content/1"),
            tuple("broken.json", "$.editions[0].effectiveTo", "is before effectiveFrom"),
            tuple("broken.json", "$.editions[0]", "needs section"),
            tuple("broken.json", "$.editions[0].figures[0].max", "must be at least min"),
            tuple(
                "broken.json",
                "$.editions[0].figures[0].provenance",
                "must be one of R, R-secondary, Q, U, C"),
            tuple(
                "broken.json",
                "$.editions[0].figures[1].unit",
                "must be \"times per week\", the unit the rule reads"),
            tuple(
                "broken.json",
                "$.editions[0].provisions[0].id",
                "is not a provision the mtus.acupuncture rules read"));
    assertThat(e.getMessage()).startsWith("7 problems in content packs:").doesNotContain(SECRET);
  }

  @Test
  void aCriterionDescriptionSitsAtTheSectionOfWhatTheCriterionCites() {
    ObjectNode tree = ExamplePacks.tree();
    ObjectNode edition = ExamplePacks.edition(tree);
    ((ObjectNode) edition.get("criteria").get(0)).put("section", "EXAMPLE § 9");
    edition.remove("functionalImprovement");

    ContentPackException e = problems(ExamplePacks.write(tree));

    assertThat(e.problems())
        .extracting(ContentProblem::path, ContentProblem::message)
        .containsExactly(
            tuple(
                "$.editions[0].criteria[0].section",
                "must be the section of provision acupuncture.indication"),
            tuple(
                "$.editions[0].criteria[2]",
                "describes a criterion that cites functionalImprovement, which $.editions[0] lacks"));
  }

  @Test
  void aFieldGivenTwiceIsAProblemLikeAnyOther() {
    String json =
        ExamplePacks.text()
            .replaceFirst(
                "\"version\": \"1.0.0\",",
                "\"version\": \"1.0.0\", \"version\": \"" + SECRET + "\",");

    ContentPackException e = problems(json);

    assertThat(e.problems())
        .extracting(ContentProblem::path, ContentProblem::message)
        .containsExactly(tuple("$", "field #4 repeats an earlier field of the same name"));
    assertThat(e.getMessage()).doesNotContain(SECRET);
  }

  @Test
  void malformedJsonIsReportedByPositionWithoutQuotingIt() {
    ContentPackException e = problems("{\"format\": \"openimr-content/1\",\n \"" + SECRET + "\" ");

    assertThat(e.problems()).hasSize(1);
    assertThat(e.problems().get(0).message()).startsWith("is not well-formed JSON (line 2");
    assertThat(e.getMessage()).doesNotContain(SECRET);
  }

  @Test
  void overlappingEditionsOfOneGuidelineInOnePackAreAProblem() {
    ObjectNode tree = ExamplePacks.tree();
    ArrayNode editions = (ArrayNode) tree.get("editions");
    ObjectNode copy = ExamplePacks.edition(tree).deepCopy();
    copy.put("id", "example-acupuncture-2020");
    copy.put("effectiveFrom", "2020-01-01");
    editions.add(copy);

    ContentPackException e = problems(ExamplePacks.write(tree));

    assertThat(e.problems())
        .extracting(ContentProblem::path, ContentProblem::message)
        .containsExactly(
            tuple(
                "$.editions[3]",
                "is in force on dates $.editions[0] also covers; editions of mtus.acupuncture must"
                    + " not overlap"));
  }

  @Test
  void packsWhoseEditionsOverlapAreAProblemNamingBothUnlessOneIsExcluded() {
    ContentPack example = ExamplePacks.example();
    ContentPack rival =
        ExamplePacks.edited(
            tree -> {
              tree.put("id", "rival.pack");
              ArrayNode editions = (ArrayNode) tree.get("editions");
              while (editions.size() > 1) {
                editions.remove(editions.size() - 1); // the acupuncture edition only
              }
              ExamplePacks.edition(tree).put("id", "rival-acupuncture");
              ExamplePacks.edition(tree).put("effectiveFrom", "2024-01-01");
            });

    assertThatThrownBy(() -> MtusEvaluators.acupuncture(List.of(example, rival)))
        .isInstanceOfSatisfying(
            ContentPackException.class,
            e ->
                assertThat(e.problems())
                    .extracting(
                        ContentProblem::origin, ContentProblem::path, ContentProblem::message)
                    .containsExactly(
                        tuple(
                            "edited.json",
                            "$.editions[0]",
                            "pack rival.pack has an edition of mtus.acupuncture in force on dates"
                                + " that $.editions[0] of pack example.fictional-guidelines covers;"
                                + " exclude one of the two packs by id")));
    assertThat(
            ContentPacks.combine(
                List.of(example), List.of(rival), Set.of("example.fictional-guidelines")))
        .containsExactly(rival);
  }

  @Test
  void excludingAnIdNoPackHasIsAProblem() {
    assertThatThrownBy(
            () -> ContentPacks.combine(ContentPacks.bundled(), List.of(), Set.of("no.such")))
        .isInstanceOf(ContentPackException.class)
        .hasMessageContaining("no.such: $.id: is excluded, but no pack in use has this id");
  }

  @Test
  void twoPacksWithOneIdAreAProblem() {
    ContentPack a = ExamplePacks.example();
    ContentPack b = ExamplePacks.edited(tree -> ExamplePacks.edition(tree).put("id", "other"));

    assertThatThrownBy(() -> ContentPacks.check(List.of(a, b)))
        .isInstanceOf(ContentPackException.class)
        .hasMessageContaining(
            "pack example.fictional-guidelines is also the id of the pack read from"
                + " example-content-pack.json");
  }

  @Test
  void theHashIgnoresLayoutAndKeyOrderButNotContent() throws IOException {
    ContentPack example = ExamplePacks.example();
    // Raw line breaks only occur between tokens: JSON strings cannot hold them.
    String crlf = ExamplePacks.text().replace("\n", "\r\n");
    String compact = ExamplePacks.MAPPER.writeValueAsString(ExamplePacks.tree());
    ObjectNode reordered = ExamplePacks.MAPPER.createObjectNode();
    ObjectNode tree = ExamplePacks.tree();
    List<String> names = List.of("editions", "title", "note", "version", "id", "format");
    names.forEach(n -> reordered.set(n, tree.get(n)));

    assertThat(ExamplePacks.read(crlf, "crlf.json").sha256()).isEqualTo(example.sha256());
    assertThat(ExamplePacks.read(compact, "compact.json").sha256()).isEqualTo(example.sha256());
    assertThat(ExamplePacks.read(ExamplePacks.write(reordered), "r.json").sha256())
        .isEqualTo(example.sha256());
    assertThat(ExamplePacks.edited(t -> t.put("version", "1.0.1")).sha256())
        .isNotEqualTo(example.sha256());
  }

  @Test
  void aJarOfContentIsFoundOnTheClassPathThroughItsIndex(@TempDir Path dir) throws IOException {
    Path folder = Files.createDirectories(dir.resolve(ContentPacks.DIRECTORY));
    Files.writeString(folder.resolve("packs.list"), "# content\nexample.json\n");
    Files.writeString(folder.resolve("example.json"), ExamplePacks.text());

    try (URLClassLoader loader = loader(dir)) {
      List<ContentPack> packs = ContentPacks.discover(loader);

      assertThat(packs)
          .extracting(ContentPack::id)
          .containsExactly(
              "openimr.mtus.acupuncture",
              "openimr.mtus.physical-medicine",
              "example.fictional-guidelines");
      assertThat(new MtusEvaluatorsFromLoader(packs).acupunctureEditions())
          .containsExactly("2007", "2009", "example 1");
    }
  }

  @Test
  void aBrokenPackOnTheClassPathIsReportedWithItsFileName(@TempDir Path dir) throws IOException {
    Path folder = Files.createDirectories(dir.resolve(ContentPacks.DIRECTORY));
    Files.writeString(folder.resolve("packs.list"), "broken.json\n../" + SECRET + "\n");
    Files.writeString(folder.resolve("broken.json"), "{}");

    try (URLClassLoader loader = loader(dir)) {
      assertThatThrownBy(() -> ContentPacks.discover(loader))
          .isInstanceOfSatisfying(
              ContentPackException.class,
              e -> {
                assertThat(e.problems())
                    .extracting(ContentProblem::origin, ContentProblem::path)
                    .contains(tuple(ContentPacks.INDEX, "line 2"), tuple("broken.json", "$"));
                assertThat(e.getMessage()).doesNotContain(SECRET);
              });
    }
  }

  @Test
  void aPackLargerThanTheBoundIsRefusedBeforeParsing() {
    byte[] big = new byte[PackReader.MAX_BYTES + 1];
    java.util.Arrays.fill(big, (byte) ' ');

    assertThatThrownBy(() -> ContentPacks.read(new ByteArrayInputStream(big), "big.json"))
        .isInstanceOf(ContentPackException.class)
        .hasMessageContaining("big.json: $: is larger than 8 MiB");
  }

  @Test
  void physicalMedicineTablesAreCheckedForTheGuidelineThatReadsThem() {
    String pack =
        """
        {"format": "openimr-content/1", "id": "pm.test", "version": "1", "title": "t",
         "editions": [{"id": "cp", "guideline": "mtus.chronic-pain", "source": "MTUS",
           "title": "t", "edition": "1", "effectiveFrom": "2020-01-01", "section": "s",
           "provenance": "U",
           "figures": [{"id": "manipulation.trial-visits", "section": "s", "title": "t",
             "min": 6, "max": 6, "unit": "visits", "provenance": "U"}],
           "diagnosisGroups": [{"id": "g", "diagnosis": "d", "section": "s", "icd9": ["729.1"],
             "visitsMin": 10, "visitsMax": 9, "weeks": 8, "provenance": "U"}],
           "postsurgicalRows": []}]}
        """;

    ContentPackException e = problems(pack);

    assertThat(e.problems())
        .extracting(ContentProblem::path, ContentProblem::message)
        .containsExactlyInAnyOrder(
            tuple(
                "$.editions[0].figures[0]",
                "needs regions: the rule reads this figure per body region"),
            tuple("$.editions[0].diagnosisGroups[0].visitsMax", "must be at least visitsMin"),
            tuple("$.editions[0].postsurgicalRows", "is not read for guideline mtus.chronic-pain"));
  }

  private static ContentPackException problems(String json) {
    try {
      ContentPacks.read(
          new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "broken.json");
    } catch (ContentPackException e) {
      return e;
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    throw new AssertionError("the pack was read without a problem");
  }

  private static URLClassLoader loader(Path dir) throws IOException {
    return new URLClassLoader(
        new URL[] {dir.toUri().toURL()}, ContentPacksTest.class.getClassLoader());
  }

  /** The evaluator built from discovered packs, seen through its editions. */
  private record MtusEvaluatorsFromLoader(List<ContentPack> packs) {
    List<String> acupunctureEditions() {
      return MtusEvaluators.acupuncture(packs).editions().stream().map(e -> e.label()).toList();
    }
  }
}
