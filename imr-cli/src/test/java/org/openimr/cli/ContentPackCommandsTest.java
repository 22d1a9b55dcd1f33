package org.openimr.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openimr.cli.Cli.imr;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openimr.guidelines.mtus.ContentPacks;

/**
 * {@code --content FILE} on the commands that decide, {@code imr content check} and the pack
 * listing of {@code imr guidelines}: the 2025 acupuncture case is decided with the testkit's
 * example pack and not evaluable, with the one-sentence reason, without it; a broken pack gets
 * every problem listed, exit 1, no stack trace and none of the pack's text.
 */
class ContentPackCommandsTest {
  static final String CASE_2025 =
      "../imr-testkit/src/main/resources/org/openimr/testkit/cases/acupuncture-2025.json";
  private static final String EXAMPLE = "/org/openimr/testkit/example-content-pack.json";
  private static final String MARKER = "ZQXMARKER";
  private static final String NEEDS_A_PACK =
      "No edition of the MTUS Acupuncture Medical Treatment Guidelines (8 CCR § 9792.24.1) in force"
          + " on 2025-03-04 is encoded: supply a content pack for that date (see"
          + " docs/content-packs.md).";

  @TempDir Path dir;
  private Path example;
  private Path broken;

  @BeforeEach
  void writePacks() throws IOException {
    byte[] text;
    try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream(EXAMPLE))) {
      text = in.readAllBytes();
    }
    example = Files.write(dir.resolve("example-content-pack.json"), text);
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode tree = (ObjectNode) mapper.readTree(text);
    ObjectNode edition = (ObjectNode) tree.path("editions").path(0);
    // Three problems: an unknown field (key and value a marker), min > max, dates out of order.
    edition.put(MARKER + "-key", MARKER + " value");
    ObjectNode figure = (ObjectNode) edition.path("figures").path(0);
    figure.put("min", 9).put("max", 3);
    edition.put("effectiveTo", "2017-01-01");
    broken = Files.writeString(dir.resolve("broken.json"), mapper.writeValueAsString(tree));
  }

  @Test
  void a2025RequestIsNotEvaluableWithoutAPackSayingInOneSentenceThatOneIsNeeded() {
    Cli.Run run = imr("evaluate", CASE_2025);

    assertThat(run.exitCode()).as(run.err()).isZero();
    // The summary wraps the reason: compared with the line breaks as spaces.
    assertThat(run.out().replaceAll("\\s+", " ")).contains("Not evaluable").contains(NEEDS_A_PACK);
  }

  @Test
  void a2025RequestIsDecidedWithTheExamplePackCitingItsSections() {
    Cli.Run run = imr("evaluate", "--content", example.toString(), CASE_2025);

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .contains("Acupuncture 2x2 low back — Overturned")
        .contains("EXAMPLE § 1(c)")
        .doesNotContain("9792.24.1");
  }

  @Test
  void theJsonDeterminationCarriesThePackThatDecided() throws IOException {
    String sha = ContentPacks.read(example).sha256();

    Cli.Run run = imr("evaluate", "--json", "--content", example.toString(), CASE_2025);

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out().replaceAll("\\s", ""))
        .contains(
            "\"content\":{\"id\":\"example.fictional-guidelines\",\"version\":\"1.0.0\","
                + "\"sha256\":\""
                + sha
                + "\"}");
  }

  @Test
  void aBrokenPackGivenWithContentListsEveryProblemAndExitsOneWithoutAStackTrace() {
    Cli.Run run = imr("evaluate", "--content", broken.toString(), CASE_2025);

    assertThat(run.exitCode()).isEqualTo(Imr.INVALID_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines())
        .allSatisfy(line -> assertThat(line).startsWith("imr evaluate: broken.json: $.editions[0]"))
        .hasSizeGreaterThanOrEqualTo(3);
    assertThat(run.err())
        .contains("$.editions[0].figures[0]")
        .contains("effectiveTo")
        .doesNotContain(MARKER)
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
  }

  @Test
  void batchAndGuidelinesTakeContentToo() throws IOException {
    Path out = dir.resolve("out.jsonl");
    Path in = Files.createDirectory(dir.resolve("in"));
    Files.copy(Path.of(CASE_2025), in.resolve("acupuncture-2025.json"));

    Cli.Run batch =
        imr("batch", "--content", example.toString(), "--output", out.toString(), in.toString());
    Cli.Run brokenBatch =
        imr("batch", "--content", broken.toString(), "--output", out.toString(), in.toString());

    assertThat(batch.exitCode()).as(batch.err()).isZero();
    assertThat(Files.readString(out))
        .contains("example.fictional-guidelines")
        .contains("NECESSARY");
    assertThat(brokenBatch.exitCode()).isEqualTo(Imr.INVALID_INPUT);
    assertThat(brokenBatch.err()).doesNotContain(MARKER).doesNotContain("Exception");
  }

  @Test
  void contentCheckPrintsTheIdVersionAndHashOfAValidPack() throws IOException {
    Cli.Run run = imr("content", "check", example.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .isEqualTo(
            example
                + ": ok: example.fictional-guidelines 1.0.0 sha256 "
                + ContentPacks.read(example).sha256()
                + System.lineSeparator());
  }

  @Test
  void contentCheckListsEveryProblemOfEveryFileAndExitsOne() {
    Cli.Run run =
        imr("content", "check", broken.toString(), dir.resolve("missing.json").toString());

    assertThat(run.exitCode()).isEqualTo(Imr.INVALID_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .contains("imr content check: broken.json: $.editions[0]")
        .contains("missing.json: no such file")
        .doesNotContain(MARKER)
        .doesNotContain("Exception");
    assertThat(run.err().lines().filter(l -> l.contains("broken.json")))
        .hasSizeGreaterThanOrEqualTo(3);
    assertThat(run.err().lines().toList()).last().asString().endsWith(" problems");
  }

  /**
   * A pack whose acupuncture edition comes into force on 2017-01-01, before the bundled 2009
   * edition ends (2017-11-30): the example's acupuncture edition under another pack id.
   */
  private Path overlapping() throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode tree = (ObjectNode) mapper.readTree(example.toFile());
    tree.put("id", "example.overlapping");
    ObjectNode acupuncture = (ObjectNode) tree.path("editions").path(0).deepCopy();
    assertThat(acupuncture.path("guideline").asText()).isEqualTo("mtus.acupuncture");
    acupuncture.put("id", "overlapping-acupuncture-2017").put("effectiveFrom", "2017-01-01");
    tree.putArray("editions").add(acupuncture);
    return Files.writeString(dir.resolve("overlapping.json"), mapper.writeValueAsString(tree));
  }

  @Test
  void aPackOverlappingABundledEditionIsAnErrorNamingBothPacks() throws IOException {
    Path pack = overlapping();

    Cli.Run run = imr("evaluate", "--content", pack.toString(), CASE_2025);
    Cli.Run check = imr("content", "check", pack.toString());

    assertThat(run.exitCode()).isEqualTo(Imr.INVALID_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .contains("imr evaluate: overlapping.json: $.editions[0]")
        .contains("pack example.overlapping")
        .contains("of pack openimr.mtus.acupuncture")
        .contains("exclude one of the two packs by id")
        .doesNotContain("Exception");
    assertThat(check.exitCode()).isEqualTo(Imr.INVALID_INPUT);
    assertThat(check.err()).contains("openimr.mtus.acupuncture");
  }

  @Test
  void excludeContentLetsAUserPackTakeThePlaceOfTheBundledOneItOverlaps() throws IOException {
    Path pack = overlapping();
    String sha = ContentPacks.read(pack).sha256();

    Cli.Run run =
        imr(
            "evaluate",
            "--json",
            "--content",
            pack.toString(),
            "--exclude-content",
            "openimr.mtus.acupuncture",
            CASE_2025);
    Cli.Run check =
        imr("content", "check", "--exclude-content", "openimr.mtus.acupuncture", pack.toString());
    Cli.Run listing =
        imr(
            "guidelines",
            "--content",
            pack.toString(),
            "--exclude-content",
            "openimr.mtus.acupuncture");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out().replaceAll("\\s", ""))
        .contains("\"id\":\"example.overlapping\",\"version\":\"1.0.0\",\"sha256\":\"" + sha)
        .contains("EXAMPLE§1(c)")
        .doesNotContain("9792.24.1");
    assertThat(check.exitCode()).as(check.err()).isZero();
    assertThat(listing.exitCode()).as(listing.err()).isZero();
    assertThat(listing.out())
        .contains("example.overlapping 1.0.0 sha256 " + sha)
        .doesNotContain("openimr.mtus.acupuncture 0.1.0")
        .contains("openimr.mtus.physical-medicine");
  }

  @Test
  void excludingAPackNoneHasIsAnError() {
    Cli.Run run = imr("evaluate", "--exclude-content", "no.such-pack", CASE_2025);

    assertThat(run.exitCode()).isEqualTo(Imr.INVALID_INPUT);
    assertThat(run.err()).contains("is excluded, but no pack in use has this id");
  }

  @Test
  void contentWithoutAFileIsWrongUsage() {
    assertThat(imr("content", "check").exitCode()).isEqualTo(Imr.USAGE);
    assertThat(imr("content").exitCode()).isEqualTo(Imr.USAGE);
  }

  @Test
  void guidelinesListsThePacksInUseWithTheirHashes() throws IOException {
    String bundled = ContentPacks.bundled().get(0).sha256();
    String sha = ContentPacks.read(example).sha256();

    Cli.Run plain = imr("guidelines");
    Cli.Run with = imr("guidelines", "--content", example.toString());

    assertThat(plain.out())
        .contains("openimr.mtus.acupuncture 0.1.0 sha256 " + bundled + " (bundled)")
        .doesNotContain("example.fictional-guidelines");
    assertThat(with.exitCode()).as(with.err()).isZero();
    assertThat(with.out())
        .contains(
            "example.fictional-guidelines 1.0.0 sha256 " + sha + " (example-content-pack.json)")
        .contains("EXAMPLE — not MTUS acupuncture guidelines, ");
  }
}
