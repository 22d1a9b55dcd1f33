package org.openimr.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.openimr.json.ImrJson;

/**
 * The cases of a JSON Lines file: one case per line, blank lines skipped.
 *
 * <p>Design notes: the file is read as bytes through a fixed buffer and split at {@code '\n'}
 * (which never occurs inside a UTF-8 multi-byte character); each line's bytes go to {@link
 * ImrJson#readCase(byte[])}, which decodes them strictly. A line longer than the limit ({@link
 * InputFiles#CASE_LIMIT} bytes) is not collected: reading stops at the limit plus one byte, the
 * line is reported as unreadable ("too large") and the rest of the input is not read, since finding
 * the next line could mean reading without end (a pipe, {@code /dev/zero}). So memory stays bounded
 * whatever the file holds, and so does the reading of any one line.
 */
final class JsonLinesInputs implements CaseInputs {
  private final String name;
  private final InputStream in;
  private final long maxLineBytes;
  private final byte[] buffer = new byte[64 * 1024];
  private int position;
  private int limit;
  private long lineNumber;
  private long caseNumber;
  private boolean stopped;

  JsonLinesInputs(Path file) throws IOException {
    this(file.toString(), Files.newInputStream(file), InputFiles.CASE_LIMIT);
  }

  JsonLinesInputs(String name, InputStream in, long maxLineBytes) {
    this.name = name;
    this.in = in;
    this.maxLineBytes = maxLineBytes;
  }

  @Override
  public Optional<CaseInput> next() throws IOException {
    while (!stopped) {
      ByteArrayOutputStream line = new ByteArrayOutputStream();
      boolean any = false;
      while (true) {
        if (position == limit) {
          limit = Math.max(in.read(buffer), 0);
          position = 0;
          if (limit == 0) {
            if (!any) {
              return Optional.empty();
            }
            break;
          }
        }
        any = true;
        int newline = indexOfNewline();
        int end = newline < 0 ? limit : newline;
        if (line.size() + (long) (end - position) > maxLineBytes) {
          stopped = true;
          break;
        }
        line.write(buffer, position, end - position);
        position = newline < 0 ? limit : newline + 1;
        if (newline >= 0) {
          break;
        }
      }
      lineNumber++;
      byte[] json = line.toByteArray();
      if (!stopped && isBlank(json)) {
        continue;
      }
      caseNumber++;
      String source = name + " line " + lineNumber;
      if (stopped) {
        long max = maxLineBytes;
        return Optional.of(
            new CaseInput(
                caseNumber,
                source,
                () -> {
                  throw new InputFiles.TooLarge(max, "; the rest of the input is not read");
                }));
      }
      return Optional.of(
          new CaseInput(caseNumber, source, () -> ImrJson.standard().readCase(json)));
    }
    return Optional.empty();
  }

  private int indexOfNewline() {
    for (int i = position; i < limit; i++) {
      if (buffer[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private static boolean isBlank(byte[] line) {
    for (byte b : line) {
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
