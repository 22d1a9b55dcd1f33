package org.openimr.cli;

import java.io.PrintWriter;
import java.util.OptionalLong;
import java.util.function.LongSupplier;

/**
 * A one-line progress indicator on standard error, redrawn in place with a carriage return.
 *
 * <p>Design notes: it is for people, so it draws only when asked ({@code --progress}) or when a
 * terminal is attached, and then only for long runs: nothing for the first second, then at most
 * four times a second, and once more at the end so the last count stays visible. Asked for
 * explicitly, it draws from the start. It never prints anything from the input, only counts. The
 * time source is injected so that tests are not timing-dependent.
 */
final class Progress {
  private static final long QUIET_START_NANOS = 1_000_000_000L;
  private static final long REDRAW_NANOS = 250_000_000L;

  private final PrintWriter err;
  private final boolean enabled;
  private final String label;
  private final String unit;
  private final OptionalLong total;
  private final LongSupplier nanoTime;
  private long nextDraw;
  private long done;
  private boolean drawn;

  /** The length of the progress line now on screen; 0 when none is. */
  private int onScreen;

  private Progress(
      PrintWriter err,
      boolean enabled,
      boolean immediate,
      String label,
      String unit,
      OptionalLong total,
      LongSupplier nanoTime) {
    this.err = err;
    this.enabled = enabled;
    this.label = label;
    this.unit = unit;
    this.total = total;
    this.nanoTime = nanoTime;
    long now = nanoTime.getAsLong();
    this.nextDraw = immediate ? now : now + QUIET_START_NANOS;
  }

  /**
   * A progress indicator that draws when {@code asked}, or for long runs when the terminal is
   * interactive; otherwise it does nothing.
   */
  static Progress start(
      Terminal terminal, boolean asked, String label, String unit, OptionalLong total) {
    return start(terminal, asked, label, unit, total, System::nanoTime);
  }

  static Progress start(
      Terminal terminal,
      boolean asked,
      String label,
      String unit,
      OptionalLong total,
      LongSupplier nanoTime) {
    return new Progress(
        terminal.err(), asked || terminal.interactive(), asked, label, unit, total, nanoTime);
  }

  /** One more item done. */
  void step() {
    done++;
    if (enabled && nanoTime.getAsLong() >= nextDraw) {
      draw();
      nextDraw = nanoTime.getAsLong() + REDRAW_NANOS;
    }
  }

  /** Draws the final count, if anything was drawn or the run was long, and ends the line. */
  void finish() {
    if (enabled && (drawn || nanoTime.getAsLong() >= nextDraw)) {
      draw();
    }
    if (onScreen > 0) {
      err.println();
      err.flush();
      onScreen = 0;
    }
  }

  /** Prints a line of its own, clearing the progress line first; the next step redraws it. */
  void message(String text) {
    erase();
    err.println(text);
    err.flush();
  }

  /**
   * Runs {@code print}, which writes results elsewhere (standard output) and flushes them, with the
   * progress line out of its way: erased before and drawn again after, so that on one screen the
   * results scroll above the progress line instead of running into it.
   */
  void above(Runnable print) {
    if (onScreen == 0) {
      print.run();
      return;
    }
    erase();
    print.run();
    draw();
  }

  private void erase() {
    if (onScreen > 0) {
      err.print("\r" + " ".repeat(onScreen) + "\r");
      err.flush();
      onScreen = 0;
    }
  }

  private void draw() {
    StringBuilder line = new StringBuilder("\r").append(label).append(": ").append(done);
    if (total.isPresent()) {
      long all = total.getAsLong();
      line.append('/').append(all).append(' ').append(unit);
      if (all > 0) {
        line.append(" (").append(done * 100 / all).append("%)");
      }
    } else {
      line.append(' ').append(unit);
    }
    err.print(line);
    err.flush();
    drawn = true;
    onScreen = line.length() - 1;
  }
}
