package org.openimr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The progress line: only when asked or on a terminal, only for long runs, on a fake clock. */
class ProgressTest {
  private static final long SECOND = 1_000_000_000L;

  private final StringWriter err = new StringWriter();
  private long now;

  private Progress progress(boolean asked, boolean interactive, OptionalLong total) {
    Terminal terminal =
        new Terminal(new PrintWriter(new StringWriter()), new PrintWriter(err), interactive);
    return Progress.start(terminal, asked, "imr review", "letters", total, () -> now);
  }

  @Test
  void withoutATerminalAndNotAskedNothingIsDrawn() {
    Progress progress = progress(false, false, OptionalLong.of(3));
    for (int i = 0; i < 3; i++) {
      now += 10 * SECOND;
      progress.step();
    }
    progress.finish();

    assertThat(err.toString()).isEmpty();
  }

  @Test
  void onATerminalAShortRunDrawsNothing() {
    Progress progress = progress(false, true, OptionalLong.of(3));
    progress.step();
    progress.step();
    progress.finish();

    assertThat(err.toString()).isEmpty();
  }

  @Test
  void onATerminalALongRunDrawsAfterTheFirstSecondAndEndsWithTheFinalCount() {
    Progress progress = progress(false, true, OptionalLong.of(4));
    progress.step();
    now += 2 * SECOND;
    progress.step();
    progress.step();
    progress.step();
    progress.finish();

    assertThat(err.toString())
        .isEqualTo("\rimr review: 2/4 letters (50%)\rimr review: 4/4 letters (100%)\n");
  }

  @Test
  void askedForItDrawsFromTheStartWithoutATotal() {
    Progress progress = progress(true, false, OptionalLong.empty());
    progress.step();
    progress.finish();

    assertThat(err.toString()).isEqualTo("\rimr review: 1 letters\rimr review: 1 letters\n");
  }

  @Test
  void aMessageClearsTheProgressLineFirst() {
    Progress progress = progress(true, false, OptionalLong.of(2));
    progress.step();
    progress.message("a problem");

    assertThat(err.toString())
        .isEqualTo(
            "\rimr review: 1/2 letters (50%)"
                + "\r"
                + " ".repeat("imr review: 1/2 letters (50%)".length())
                + "\r"
                + "a problem\n");
  }

  @Test
  void resultsPrintedAboveTheProgressLineDoNotRunIntoIt() {
    Progress progress = progress(true, false, OptionalLong.empty());
    progress.above(() -> err.write("first result\n"));
    progress.step();
    progress.above(() -> err.write("second result\n"));

    // One screen: nothing to erase before the first result; the line is erased and redrawn
    // around the second.
    assertThat(err.toString())
        .isEqualTo(
            "first result\n"
                + "\rimr review: 1 letters"
                + "\r"
                + " ".repeat("imr review: 1 letters".length())
                + "\r"
                + "second result\n"
                + "\rimr review: 1 letters");
  }
}
