package org.openimr.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openimr.json.ImrJson;
import org.openimr.letter.LetterParser;

/**
 * Reads what the user names, a file, pipe or device alike, through a bounded stream: at most the
 * limit plus one byte is ever read, so a pipe, {@code /dev/zero} or a file that grows while it is
 * read cannot exhaust memory. {@code Files.size} is not trusted (it is 0 for pipes and devices).
 */
final class InputFiles {
  /** The largest case file, and the longest JSON Lines line, in bytes: the JSON reader's limit. */
  static final long CASE_LIMIT = ImrJson.MAX_DOCUMENT_LENGTH;

  /**
   * The largest letter file, in bytes: the letter parser's length limit, so that any file within it
   * is short enough to parse whatever its characters.
   */
  static final long LETTER_LIMIT = LetterParser.DEFAULT_MAX_LENGTH;

  private InputFiles() {}

  /**
   * The bytes of {@code file}, read up to {@code limit}.
   *
   * @throws TooLarge if the file holds more than {@code limit} bytes
   * @throws IOException if it cannot be read
   */
  static byte[] read(Path file, long limit) throws IOException {
    int max = Math.toIntExact(Math.min(limit, Integer.MAX_VALUE - 16L));
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      // readNBytes grows its buffer as bytes arrive: memory follows what is read, not the limit.
      bytes = in.readNBytes(max + 1);
    }
    if (bytes.length > max) {
      throw new TooLarge(limit, "");
    }
    return bytes;
  }

  /**
   * More bytes than the limit: the message says so with the limit, and never quotes the input.
   * Reported as invalid input naming the file.
   */
  static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    TooLarge(long limit, String more) {
      super("too large (limit " + limit + " bytes)" + more, null);
    }
  }
}
