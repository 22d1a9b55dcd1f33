package org.openimr.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.openimr.json.ImrJson;

/**
 * Which content decided: a pack's id, version and hash, checked to the pack format's shapes,
 * written to JSON only when a decision has it.
 */
class ContentSourceTest {
  private static final String SHA = "0123456789abcdef".repeat(4);
  private static final ImrJson JSON = ImrJson.standard();

  @Test
  void aDecisionWithContentWritesItAndReadsItBack() {
    Decision decision =
        Decision.builder()
            .from(Decision.notEvaluable("1", "mtus.acupuncture", "0.1.0", "Not covered."))
            .content(ContentSource.of("example.fictional-guidelines", "1.0.0", SHA))
            .build();

    String json = JSON.write(decision);

    assertThat(json)
        .contains(
            "\"content\":{\"id\":\"example.fictional-guidelines\",\"version\":\"1.0.0\",\"sha256\":\""
                + SHA
                + "\"}");
    assertThat(JSON.read(json, Decision.class)).isEqualTo(decision);
  }

  @Test
  void aDecisionWithoutContentIsWrittenAsBefore() {
    String json = JSON.write(Decision.notEvaluable("1", "x", "1", "No."));

    assertThat(json)
        .isEqualTo(
            "{\"itemId\":\"1\",\"necessity\":\"NOT_EVALUABLE\",\"notEvaluableReason\":\"No.\","
                + "\"evaluatorId\":\"x\",\"evaluatorVersion\":\"1\",\"criteria\":[],"
                + "\"rationale\":\"No.\",\"citations\":[]}");
  }

  @Test
  void eachFieldOfTheWrongShapeIsRefusedByName() {
    assertThatThrownBy(() -> ContentSource.of("Not An Id", "1", SHA))
        .hasMessageContaining("ContentSource.id");
    assertThatThrownBy(() -> ContentSource.of("a", "1 0", SHA))
        .hasMessageContaining("ContentSource.version");
    assertThatThrownBy(() -> ContentSource.of("a", "1", SHA.toUpperCase(java.util.Locale.ROOT)))
        .hasMessageContaining("ContentSource.sha256");
    assertThatThrownBy(() -> ContentSource.of("a", "1", SHA.substring(1)))
        .hasMessageContaining("ContentSource.sha256");
    assertThatThrownBy(() -> ContentSource.of("a".repeat(101), "1", SHA))
        .hasMessageContaining("ContentSource.id");
  }

  @Test
  void itsTextShowsTheIdVersionAndTheStartOfTheHash() {
    assertThat(ContentSource.of("a.b", "2.0", SHA).toString())
        .isEqualTo("a.b 2.0 (sha256 0123456789ab...)");
  }

  @Property(tries = 200)
  void anyPackIdVersionAndHashRoundTripsThroughJson(
      @ForAll("ids") String id, @ForAll("versions") String version, @ForAll("hashes") String sha) {
    ContentSource source = ContentSource.of(id, version, sha);

    assertThat(JSON.read(JSON.write(source), ContentSource.class)).isEqualTo(source);
  }

  @Provide
  Arbitrary<String> ids() {
    Arbitrary<String> part =
        Arbitraries.strings().withChars("abcz09").ofMinLength(1).ofMaxLength(8);
    return part.list().ofMinSize(1).ofMaxSize(5).map(parts -> String.join(".", parts));
  }

  @Provide
  Arbitrary<String> versions() {
    return Arbitraries.strings()
        .withChars("0aZ9")
        .ofLength(1)
        .flatMap(
            first ->
                Arbitraries.strings()
                    .withChars("0aZ9.+-")
                    .ofMaxLength(39)
                    .map(rest -> first + rest));
  }

  @Provide
  Arbitrary<String> hashes() {
    return Arbitraries.strings().withChars("0123456789abcdef").ofLength(64);
  }
}
