package org.openimr.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.Iterator;
import org.openimr.model.CriterionResult;
import org.openimr.model.Decision;
import org.openimr.model.Determination;

/**
 * The compact lines of {@code imr batch --format summary} for a reviewed case: one JSON object per
 * disputed item, in item order, described by {@code batch-summary.schema.json}:
 *
 * <pre>{@code
 * {"case":3,"source":"cases.jsonl line 3","item":"A1","necessity":"NOT_NECESSARY","outcome":"UPHELD","failing":["mtus.acupuncture.frequency"]}
 * }</pre>
 *
 * <p>A case is named as in the full output: by its number in the input and its source, never by a
 * value of the case (the patient's name, date of birth or claim number; the case number is left out
 * too). {@code failing} lists the ids of the decision's {@linkplain Decision#adverseCriteria()
 * adverse criteria} (not met or not documented), in the decision's order; {@code outcome} is absent
 * for an item that could not be evaluated.
 *
 * <p>Design notes: written by hand into one builder, not through a JSON library: a million cases
 * make several million such lines, and their fields are a few strings, an integer and enum names.
 */
final class SummaryLines {
  private SummaryLines() {}

  /** The lines of one reviewed case, UTF-8, separated by line breaks, without a final one. */
  static byte[] of(long caseNumber, String source, Determination determination) {
    StringBuilder out = new StringBuilder(160 * Math.max(1, determination.decisions().size()));
    String prefix = prefix(caseNumber, source);
    boolean first = true;
    for (Decision decision : determination.decisions()) {
      if (!first) {
        out.append('\n');
      }
      first = false;
      out.append(prefix).append(",\"item\":");
      quote(out, decision.itemId());
      out.append(",\"necessity\":\"").append(decision.necessity().name()).append('"');
      decision
          .outcome()
          .ifPresent(outcome -> out.append(",\"outcome\":\"").append(outcome.name()).append('"'));
      out.append(",\"failing\":[");
      Iterator<CriterionResult> failing = decision.adverseCriteria().iterator();
      while (failing.hasNext()) {
        quote(out, failing.next().id());
        if (failing.hasNext()) {
          out.append(',');
        }
      }
      out.append("]}");
    }
    return out.toString().getBytes(UTF_8);
  }

  private static String prefix(long caseNumber, String source) {
    StringBuilder prefix = new StringBuilder(32 + source.length());
    prefix.append("{\"case\":").append(caseNumber).append(",\"source\":");
    quote(prefix, source);
    return prefix.toString();
  }

  /**
   * Appends text as a JSON string: quotation mark, reverse solidus and control characters escaped,
   * everything else as it is (the line is encoded as UTF-8).
   */
  static void quote(StringBuilder out, String text) {
    out.append('"');
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20) {
            out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xf]);
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  private static final char[] HEX = "0123456789abcdef".toCharArray();
}
