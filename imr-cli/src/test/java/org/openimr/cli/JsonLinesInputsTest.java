package org.openimr.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openimr.model.InvalidCaseException;

/** Reading JSON Lines through a fixed buffer, with line numbers and a bound on line length. */
class JsonLinesInputsTest {

  private static List<CaseInput> read(String text, long maxLineLength) throws IOException {
    List<CaseInput> inputs = new ArrayList<>();
    try (JsonLinesInputs lines =
        new JsonLinesInputs(
            "in.jsonl", new ByteArrayInputStream(text.getBytes(UTF_8)), maxLineLength)) {
      for (Optional<CaseInput> next = lines.next(); next.isPresent(); next = lines.next()) {
        inputs.add(next.get());
      }
    }
    return inputs;
  }

  @Test
  void blankLinesAreSkippedButCountedForLineNumbers() throws IOException {
    List<CaseInput> inputs = read("{}\n\n  \r\n{}\r\n{}", 100);

    assertThat(inputs).extracting(CaseInput::number).containsExactly(1L, 2L, 3L);
    assertThat(inputs)
        .extracting(CaseInput::source)
        .containsExactly("in.jsonl line 1", "in.jsonl line 4", "in.jsonl line 5");
  }

  @Test
  void anEmptyInputHasNoCases() throws IOException {
    assertThat(read("", 100)).isEmpty();
    assertThat(read("\n\n", 100)).isEmpty();
  }

  @Test
  void aLineLongerThanTheLimitIsUnreadableAndEndsTheInputWithoutQuotingIt() throws IOException {
    // Its end might never come (a pipe, /dev/zero): reading stops at the limit.
    String longLine = "x".repeat(100_000);
    List<CaseInput> inputs = read("{}\n" + longLine + "\n{}\n", 1_000);

    assertThat(inputs).hasSize(2);
    assertThat(inputs.get(1).source()).isEqualTo("in.jsonl line 2");
    assertThatThrownBy(() -> inputs.get(1).loader().load())
        .isInstanceOf(InputFiles.TooLarge.class)
        .hasMessage("too large (limit 1000 bytes); the rest of the input is not read");
  }

  @Test
  void aLineOfExactlyTheLimitIsRead() throws IOException {
    List<CaseInput> inputs = read("{}" + " ".repeat(998) + "\n{}", 1_000);

    assertThat(inputs)
        .extracting(CaseInput::source)
        .containsExactly("in.jsonl line 1", "in.jsonl line 2");
  }

  @Test
  void linesAreDecodedByTheCaseReaderNotReplacedOnTheWay() throws IOException {
    // A malformed UTF-8 byte reaches the reader, which rejects it, instead of turning into U+FFFD.
    List<CaseInput> inputs = new ArrayList<>();
    byte[] bad = {'{', '"', (byte) 0xff, '"', ':', '1', '}', '\n'};
    try (JsonLinesInputs lines =
        new JsonLinesInputs("in.jsonl", new ByteArrayInputStream(bad), 100)) {
      inputs.add(lines.next().orElseThrow());
      assertThat(lines.next()).isEmpty();
    }

    assertThatThrownBy(() -> inputs.get(0).loader().load())
        .isInstanceOf(InvalidCaseException.class)
        .hasMessageNotContaining("\uFFFD");
  }

  @Test
  void eachLineIsReadAsACase() throws IOException {
    List<CaseInput> inputs = read("{}\n", 100);

    assertThatThrownBy(() -> inputs.get(0).loader().load())
        .isInstanceOf(InvalidCaseException.class)
        .hasMessageContaining("$.caseNumber");
  }
}
