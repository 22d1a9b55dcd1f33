package org.openimr.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jspecify.annotations.Nullable;
import org.openimr.model.InvalidCaseException;
import org.openimr.model.Violation;

/**
 * Properties of strict reading over arbitrary and hostile input: nothing escapes but {@link
 * InvalidCaseException}, undecodable input is one violation at {@code $}, and a marker written into
 * keys and values never reaches a violation.
 *
 * <p>The marker ({@value #MARKER}) is one fragment that is never split, and no message or path of
 * the format contains {@value #TELLTALE}: finding it proves input text was echoed, and not finding
 * it cannot be luck.
 */
class StrictReadingPropertiesTest {
  private static final String MARKER = "ZQXMARKER1234";
  private static final String TELLTALE = "ZQX";
  private static final String SEED = ImrJsonTest.seedJson();
  private static final Pattern STRING_LITERAL = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");

  private final ImrJson json = ImrJson.standard();

  /** Reads, and returns the violations, or none if the input was a valid case. */
  private List<Violation> violations(Runnable read) {
    Throwable t = catchThrowable(read::run);
    if (t == null) {
      return List.of();
    }
    assertThat(t).isInstanceOf(InvalidCaseException.class);
    InvalidCaseException e = (InvalidCaseException) t;
    assertThat(e.getMessage()).doesNotContain(TELLTALE);
    assertThat(e.violations())
        .allSatisfy(
            v -> {
              assertThat(v.path()).startsWith("$").doesNotContain(TELLTALE);
              assertThat(v.message()).doesNotContain(TELLTALE);
            });
    return e.violations();
  }

  // ---- arbitrary bytes ----------------------------------------------------------------------

  @Property(tries = 1000)
  void arbitraryBytesAreReadOrRefusedWithTheDocumentedExceptionOnly(
      @ForAll("hostileBytes") byte[] bytes) {
    List<Violation> found = violations(() -> json.readCase(bytes));

    boolean undecodable =
        !StrictReadingTest.jdkDecodes(bytes) || startsWithBom(bytes) || containsNul(bytes);
    if (undecodable) {
      assertThat(found).hasSize(1).allSatisfy(v -> assertThat(v.path()).isEqualTo("$"));
    }
  }

  @Property(tries = 1000)
  void arbitraryTextIsReadOrRefusedWithTheDocumentedExceptionOnly(
      @ForAll("hostileBytes") byte[] bytes, @ForAll boolean withLoneSurrogate) {
    String text =
        new String(bytes, StandardCharsets.UTF_8) + (withLoneSurrogate ? "\uDC00" + MARKER : "");
    List<Violation> found = violations(() -> json.readCase(text));

    if (withLoneSurrogate) {
      assertThat(found).hasSize(1).allSatisfy(v -> assertThat(v.path()).isEqualTo("$"));
    }
  }

  @Property(tries = 1000)
  void theStrictUtf8CheckAgreesWithTheJdkDecoder(@ForAll("utf8ishBytes") byte[] bytes) {
    assertThat(Utf8.isWellFormed(bytes)).isEqualTo(StrictReadingTest.jdkDecodes(bytes));
    assertThat(Utf8.check(bytes) == Utf8.WELL_FORMED)
        .isEqualTo(StrictReadingTest.jdkDecodes(bytes) && !containsNul(bytes));
  }

  // ---- a marker in every key and value --------------------------------------------------------

  @Property(tries = 1000)
  void aMarkerInKeysAndValuesOfACaseNeverReachesAViolation(@ForAll("edits") List<Edit> edits) {
    String text = SEED;
    byte @Nullable [] corruption = null;
    for (Edit edit : edits) {
      if (edit.kind() == Kind.CORRUPT_BYTES) {
        corruption = CORRUPTIONS.get(edit.variant() % CORRUPTIONS.size());
      } else {
        text = edit.applyTo(text);
      }
    }
    String finalText = text;
    violations(() -> json.readCase(finalText));
    byte[] bytes = withCorruption(finalText, corruption);
    List<Violation> fromBytes = violations(() -> json.readCase(bytes));
    if (corruption != null && text.contains(MARKER)) {
      assertThat(fromBytes).hasSize(1);
    }
  }

  enum Kind {
    /** Replace a string literal, key or value, with marker text. */
    REPLACE_STRING,
    /** Add a key with the marker after an opening brace. */
    INSERT_KEY,
    /** Add the same marker key twice after an opening brace. */
    DUPLICATE_KEY,
    /** Replace a string literal with the bare marker: not JSON. */
    BARE_MARKER,
    /** Append content after the document. */
    TRAIL,
    /** Cut the document short. */
    TRUNCATE,
    /** Put malformed UTF-8 right after the first marker. */
    CORRUPT_BYTES
  }

  private static final List<String> MARKER_TEXTS =
      List.of(
          MARKER,
          MARKER + " Jane Doe",
          MARKER + "\\uD800",
          MARKER + "\\u0000",
          MARKER + "\u00e9\u20ac",
          MARKER + "\\\"",
          "\\u005A" + "QX" + MARKER.substring(3),
          MARKER + "\\n" + MARKER);

  private static final List<String> MARKER_VALUES =
      List.of(
          "1",
          "\"" + MARKER + "\"",
          "{\"" + MARKER + "\": 2}",
          "[\"" + MARKER + "\"]",
          "null",
          "{\"" + MARKER + "\": 1, \"" + MARKER + "\": 2}");

  private static final List<String> TRAILERS =
      List.of(" " + MARKER, " {\"" + MARKER + "\": 1}", "\"" + MARKER + "\"", "]" + MARKER);

  private static final List<byte[]> CORRUPTIONS =
      List.of(
          HexFormat.of().parseHex("c080"),
          HexFormat.of().parseHex("eda080"),
          HexFormat.of().parseHex("f4908080"),
          HexFormat.of().parseHex("ff"),
          HexFormat.of().parseHex("00"),
          HexFormat.of().parseHex("e282"));

  record Edit(Kind kind, int index, int variant) {
    String applyTo(String text) {
      switch (kind) {
        case REPLACE_STRING, BARE_MARKER -> {
          List<int[]> spans = new ArrayList<>();
          Matcher m = STRING_LITERAL.matcher(text);
          while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
          }
          if (spans.isEmpty()) {
            return text;
          }
          int[] span = spans.get(index % spans.size());
          String replacement =
              kind == Kind.BARE_MARKER
                  ? MARKER
                  : "\"" + MARKER_TEXTS.get(variant % MARKER_TEXTS.size()) + "\"";
          return text.substring(0, span[0]) + replacement + text.substring(span[1]);
        }
        case INSERT_KEY, DUPLICATE_KEY -> {
          List<Integer> braces = new ArrayList<>();
          for (int i = text.indexOf('{'); i >= 0; i = text.indexOf('{', i + 1)) {
            braces.add(i);
          }
          if (braces.isEmpty()) {
            return text;
          }
          int at = braces.get(index % braces.size()) + 1;
          String value = MARKER_VALUES.get(variant % MARKER_VALUES.size());
          String key = "\"" + MARKER_TEXTS.get(variant % MARKER_TEXTS.size()) + "\"";
          String inserted =
              kind == Kind.DUPLICATE_KEY
                  ? key + ": 1, " + key + ": " + value + ", "
                  : key + ": " + value + ", ";
          return text.substring(0, at) + inserted + text.substring(at);
        }
        case TRAIL -> {
          return text + TRAILERS.get(variant % TRAILERS.size());
        }
        case TRUNCATE -> {
          return text.substring(0, index % (text.length() + 1));
        }
        default -> {
          return text;
        }
      }
    }
  }

  private static byte[] withCorruption(String text, byte @Nullable [] corruption) {
    byte[] plain = text.getBytes(StandardCharsets.UTF_8);
    int at = text.indexOf(MARKER);
    if (corruption == null || at < 0) {
      return plain;
    }
    int byteOffset =
        text.substring(0, at + MARKER.length()).getBytes(StandardCharsets.UTF_8).length;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(plain, 0, byteOffset);
    out.write(corruption, 0, corruption.length);
    out.write(plain, byteOffset, plain.length - byteOffset);
    return out.toByteArray();
  }

  @Provide
  Arbitrary<List<Edit>> edits() {
    Arbitrary<Edit> edit =
        Combinators.combine(
                Arbitraries.of(Kind.class),
                Arbitraries.integers().between(0, 10_000),
                Arbitraries.integers().between(0, 100))
            .as(Edit::new);
    return edit.list().ofMinSize(1).ofMaxSize(4);
  }

  // ---- generators -----------------------------------------------------------------------------

  private static final List<byte[]> FRAGMENTS =
      List.of(
          bytes("{"),
          bytes("}"),
          bytes("["),
          bytes("]"),
          bytes(":"),
          bytes(","),
          bytes("\""),
          bytes(" "),
          bytes("1"),
          bytes("-0.5e3"),
          bytes("null"),
          bytes("\"caseNumber\""),
          bytes("\"patient\""),
          bytes("\"age\""),
          bytes("\"" + MARKER + "\""),
          bytes(MARKER),
          bytes("\\u"),
          bytes("\\uD800"),
          bytes("\\uDC00"),
          bytes("/*"),
          HexFormat.of().parseHex("00"),
          HexFormat.of().parseHex("c080"),
          HexFormat.of().parseHex("c181"),
          HexFormat.of().parseHex("eda080"),
          HexFormat.of().parseHex("f4908080"),
          HexFormat.of().parseHex("efbbbf"),
          HexFormat.of().parseHex("feff"),
          HexFormat.of().parseHex("fffe"),
          HexFormat.of().parseHex("e282ac"),
          HexFormat.of().parseHex("f09f9880"),
          HexFormat.of().parseHex("c3"),
          HexFormat.of().parseHex("80"));

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Provide
  Arbitrary<byte[]> hostileBytes() {
    Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(64);
    Arbitrary<byte[]> fragments =
        Arbitraries.of(FRAGMENTS).list().ofMaxSize(24).map(StrictReadingPropertiesTest::concat);
    Arbitrary<byte[]> seedPrefixed =
        Arbitraries.of(FRAGMENTS)
            .list()
            .ofMaxSize(6)
            .map(StrictReadingPropertiesTest::concat)
            .map(tail -> concat(List.of(bytes(SEED), tail)));
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(2, random),
        net.jqwik.api.Tuple.of(5, fragments),
        net.jqwik.api.Tuple.of(1, seedPrefixed));
  }

  @Provide
  Arbitrary<byte[]> utf8ishBytes() {
    // Lead and continuation bytes near every boundary of the UTF-8 table, plus anything at all.
    Arbitrary<Byte> boundary =
        Arbitraries.of(
                0x00, 0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0,
                0xe1, 0xec, 0xed, 0xee, 0xef, 0xf0, 0xf1, 0xf3, 0xf4, 0xf5, 0xf8, 0xfe, 0xff)
            .map(Integer::byteValue);
    // ASCII runs too, so that the eight-bytes-at-a-time path meets every byte at every offset
    Arbitrary<Byte> ascii = Arbitraries.bytes().between((byte) 0, (byte) 0x7f);
    return Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(4, boundary),
            net.jqwik.api.Tuple.of(4, ascii),
            net.jqwik.api.Tuple.of(1, Arbitraries.bytes()))
        .list()
        .ofMaxSize(40)
        .map(
            list -> {
              byte[] out = new byte[list.size()];
              for (int i = 0; i < out.length; i++) {
                out[i] = list.get(i);
              }
              return out;
            });
  }

  private static byte[] concat(List<byte[]> parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    parts.forEach(p -> out.write(p, 0, p.length));
    return out.toByteArray();
  }

  private static boolean startsWithBom(byte[] b) {
    return b.length >= 3 && b[0] == (byte) 0xef && b[1] == (byte) 0xbb && b[2] == (byte) 0xbf;
  }

  private static boolean containsNul(byte[] b) {
    for (byte x : b) {
      if (x == 0) {
        return true;
      }
    }
    return false;
  }
}
