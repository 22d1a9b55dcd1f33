package org.openimr.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
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
        new JsonLinesInputs("in.jsonl", new StringReader(text), maxLineLength)) {
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
  void aLineLongerThanTheLimitIsSkippedAndReportedAsInvalid() throws IOException {
    String longLine = "x".repeat(100_000);
    List<CaseInput> inputs = read("{}\n" + longLine + "\n{}\n", 1_000);

    assertThat(inputs).hasSize(3);
    assertThat(inputs.get(2).source()).isEqualTo("in.jsonl line 3");
    assertThatThrownBy(() -> inputs.get(1).loader().load())
        .isInstanceOf(InvalidCaseException.class)
        .hasMessageContaining("$: the line is longer than 1000 characters")
        .hasMessageNotContaining("xxx");
  }

  @Test
  void eachLineIsReadAsACase() throws IOException {
    List<CaseInput> inputs = read("{}\n", 100);

    assertThatThrownBy(() -> inputs.get(0).loader().load())
        .isInstanceOf(InvalidCaseException.class)
        .hasMessageContaining("$.caseNumber");
  }
}
