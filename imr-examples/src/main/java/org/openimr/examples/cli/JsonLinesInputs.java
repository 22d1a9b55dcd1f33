package org.openimr.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.openimr.json.ImrJson;
import org.openimr.model.InvalidCaseException;
import org.openimr.model.Violation;

/**
 * The cases of a JSON Lines file: one case per line, blank lines skipped.
 *
 * <p>Design notes: lines are read through a fixed buffer and a line longer than {@link
 * ImrJson#MAX_DOCUMENT_LENGTH} is skipped, not collected, and reported as invalid; so memory stays
 * bounded whatever the file holds, even a file without line breaks.
 */
final class JsonLinesInputs implements CaseInputs {
  private final String name;
  private final Reader reader;
  private final long maxLineLength;
  private final char[] buffer = new char[16 * 1024];
  private int position;
  private int limit;
  private long lineNumber;
  private long caseNumber;

  JsonLinesInputs(Path file) throws IOException {
    this(file.toString(), new InputStreamReader(Files.newInputStream(file), UTF_8));
  }

  JsonLinesInputs(String name, Reader reader) {
    this(name, reader, ImrJson.MAX_DOCUMENT_LENGTH);
  }

  JsonLinesInputs(String name, Reader reader, long maxLineLength) {
    this.name = name;
    this.reader = reader;
    this.maxLineLength = maxLineLength;
  }

  @Override
  public Optional<CaseInput> next() throws IOException {
    while (true) {
      StringBuilder line = new StringBuilder();
      boolean tooLong = false;
      boolean any = false;
      while (true) {
        if (position == limit) {
          limit = Math.max(reader.read(buffer), 0);
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
        if (!tooLong) {
          if (line.length() + (end - position) > maxLineLength) {
            tooLong = true;
            line = new StringBuilder();
          } else {
            line.append(buffer, position, end - position);
          }
        }
        position = newline < 0 ? limit : newline + 1;
        if (newline >= 0) {
          break;
        }
      }
      lineNumber++;
      if (!tooLong && line.toString().isBlank()) {
        continue;
      }
      caseNumber++;
      String source = name + " line " + lineNumber;
      if (tooLong) {
        return Optional.of(
            new CaseInput(
                caseNumber,
                source,
                () -> {
                  throw new InvalidCaseException(
                      List.of(
                          Violation.of(
                              "$",
                              "the line is longer than "
                                  + maxLineLength
                                  + " characters, the largest case read")));
                }));
      }
      String json = line.toString();
      return Optional.of(
          new CaseInput(caseNumber, source, () -> ImrJson.standard().readCase(json)));
    }
  }

  private int indexOfNewline() {
    for (int i = position; i < limit; i++) {
      if (buffer[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
