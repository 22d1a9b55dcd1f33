package org.openimr.letter;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.apiguardian.api.API;

/**
 * Reads the text of a final determination letter, as extracted from the published PDF, into a
 * {@link ParsedLetter}: sections, disputed items (decision, both guideline lines, rationale) and
 * the case facts of the summary, each fact with the span of text it came from.
 *
 * <p>Three layouts are read (see {@link LetterLayout}). Extraction artifacts are tolerated: page
 * breaks and "Page n of m" lines, repeated blank lines, words hyphenated across lines, stray
 * spaces, ligatures, curly quotes. The parser never guesses: a fact the letter does not state is
 * absent.
 *
 * <p>Any input is safe: whatever the text (empty, binary, megabytes of repetition), {@link #parse}
 * returns or throws {@link LetterParseException}, nothing else, in time linear in the text's
 * length; no regular expression runs over more than a short line or a single word.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * ParsedLetter letter = LetterParser.standard().parse(text);
 * letter.facts().age();   // Optional[Fact[value=61, ...]]
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class LetterParser {
  /** The longest text {@link #standard()} reads, in characters: 8 MiB. */
  public static final int DEFAULT_MAX_LENGTH = 8 * 1024 * 1024;

  private static final LetterParser STANDARD = new LetterParser(DEFAULT_MAX_LENGTH);

  private final int maxLength;

  private LetterParser(int maxLength) {
    this.maxLength = maxLength;
  }

  /** A parser for texts up to {@link #DEFAULT_MAX_LENGTH} characters. */
  public static LetterParser standard() {
    return STANDARD;
  }

  /**
   * A parser for texts up to {@code maxLength} characters.
   *
   * @throws IllegalArgumentException if {@code maxLength} is not positive
   */
  public static LetterParser withMaxLength(int maxLength) {
    if (maxLength < 1) {
      throw new IllegalArgumentException("maxLength must be positive");
    }
    return new LetterParser(maxLength);
  }

  public int maxLength() {
    return maxLength;
  }

  /**
   * Reads letter text.
   *
   * @throws LetterParseException if the text is empty, too long, or has none of the headings of a
   *     known layout
   */
  public ParsedLetter parse(CharSequence letterText) {
    if (letterText.length() > maxLength) {
      throw tooLong();
    }
    try {
      LetterText text = LetterText.of(letterText.toString());
      if (text.lines.isEmpty()) {
        throw new LetterParseException(LetterParseException.Problem.EMPTY, "letter text is empty");
      }
      return StructureReader.read(text);
    } catch (LetterParseException e) {
      throw e;
    } catch (RuntimeException e) {
      // The cause is not attached: its message could quote the input.
      throw new LetterParseException(
          LetterParseException.Problem.INTERNAL_ERROR,
          "letter parser failed with " + e.getClass().getName());
    }
  }

  /**
   * Reads letter text encoded as UTF-8; malformed bytes become U+FFFD.
   *
   * @throws LetterParseException as {@link #parse(CharSequence)}
   */
  public ParsedLetter parse(byte[] utf8) {
    if (utf8.length / 4 > maxLength) {
      throw tooLong();
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPLACE)
              .onUnmappableCharacter(CodingErrorAction.REPLACE)
              .decode(ByteBuffer.wrap(utf8))
              .toString();
    } catch (CharacterCodingException e) {
      throw new LetterParseException(
          LetterParseException.Problem.INTERNAL_ERROR, "letter bytes could not be decoded");
    }
    return parse(text);
  }

  private LetterParseException tooLong() {
    return new LetterParseException(
        LetterParseException.Problem.TOO_LONG,
        "letter text is longer than " + maxLength + " characters");
  }
}
