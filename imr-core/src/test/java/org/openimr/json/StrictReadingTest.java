package org.openimr.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openimr.model.Case;
import org.openimr.model.InvalidCaseException;
import org.openimr.model.Violation;

/**
 * Strict reading, by example: only well-formed UTF-8 without a byte order mark, no duplicate keys,
 * exactly one document, and paths that name unknown keys by position. Each example states the
 * expected violation and the rule that produces it.
 */
class StrictReadingTest {
  private final ImrJson json = ImrJson.standard();
  private static final String SEED = ImrJsonTest.seedJson();

  /** The seed case with {@code "caseNumber"}'s value spliced in as raw bytes. */
  private static byte[] seedWithCaseNumberBytes(String hex) {
    String[] parts = SEED.split("SEED-c13123f40a8e530d", 2);
    byte[] before = parts[0].getBytes(StandardCharsets.UTF_8);
    byte[] middle = HexFormat.of().parseHex(hex);
    byte[] after = parts[1].getBytes(StandardCharsets.UTF_8);
    ByteBuffer all = ByteBuffer.allocate(before.length + middle.length + after.length);
    return all.put(before).put(middle).put(after).array();
  }

  private Violation onlyViolation(Runnable read) {
    InvalidCaseException e = catchThrowableOfType(InvalidCaseException.class, read::run);
    assertThat(e).as("an InvalidCaseException").isNotNull();
    assertThat(e.violations()).hasSize(1);
    return e.violations().get(0);
  }

  // ---- encodings ------------------------------------------------------------------------------

  static Stream<Arguments> otherEncodings() {
    return Stream.of(
        Arguments.of("UTF-16BE", false),
        Arguments.of("UTF-16LE", false),
        Arguments.of("UTF-16", true), // Java writes a big-endian byte order mark
        Arguments.of("UTF-32BE", false),
        Arguments.of("UTF-32LE", false));
  }

  @ParameterizedTest(name = "{0} (byte order mark: {1})")
  @MethodSource("otherEncodings")
  void aValidCaseInUtf16OrUtf32IsOneViolationAtTheRootBecauseOnlyUtf8IsRead(
      String charset, boolean bom) {
    byte[] bytes = SEED.getBytes(Charset.forName(charset));

    // Jackson would detect these encodings itself and read the case; the format is UTF-8 only.
    Violation v = onlyViolation(() -> json.readCase(bytes));
    assertThat(v.path()).isEqualTo("$");
    assertThat(v.message()).contains("UTF-8");
    assertThat(onlyViolation(() -> json.readCase(new ByteArrayInputStream(bytes)))).isEqualTo(v);
  }

  @Test
  void jsonThatJacksonTakesForUtf32ButCannotDecodeIsOneViolationNotAnIoException() {
    // 7B 00 00 00 looks like UTF-32LE to Jackson; FF FF 10 00 is then no code point at all.
    byte[] bytes = HexFormat.of().parseHex("7b000000ffff1000");

    Violation v = onlyViolation(() -> json.readCase(bytes));
    assertThat(v.path()).isEqualTo("$");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "c181", // overlong two-byte 'A'
        "e080af", // overlong three-byte '/'
        "f08081a0", // overlong four-byte
        "eda080", // a UTF-16 surrogate (U+D800) encoded in UTF-8
        "edbfbf", // U+DFFF
        "f4908080", // U+110000, beyond Unicode
        "f5808080", // lead byte that can never occur
        "ff", // never occurs in UTF-8
        "80", // continuation without a lead byte
        "e282", // truncated three-byte sequence
        "41c3" // truncated at a quote
      })
  void malformedUtf8IsOneViolationAtTheRootThatQuotesNoBytes(String hex) {
    byte[] bytes = seedWithCaseNumberBytes("5a51584d41524b4552" + hex); // "ZQXMARKER" + the bytes

    Violation v = onlyViolation(() -> json.readCase(bytes));
    assertThat(v.path()).isEqualTo("$");
    assertThat(v.message()).isEqualTo("is not well-formed UTF-8").doesNotContain("ZQX");
  }

  @Test
  void wellFormedMultiByteUtf8IsRead() {
    // é, €, U+10FFFF (the last code point), U+1F600: every sequence length, at its bounds too.
    Case c = json.readCase(seedWithCaseNumberBytes("c3a9e282acf48fbfbff09f9880c280efbfbf"));
    assertThat(c.caseNumber()).isEqualTo("é€\uDBFF\uDFFF\uD83D\uDE00\u0080\uFFFF");
  }

  @Test
  void aUtf8ByteOrderMarkIsRefusedBecauseTheFormatIsPlainUtf8() {
    byte[] seed = SEED.getBytes(StandardCharsets.UTF_8);
    byte[] withBom =
        ByteBuffer.allocate(seed.length + 3).put(new byte[] {-17, -69, -65}).put(seed).array();

    Violation v = onlyViolation(() -> json.readCase(withBom));
    assertThat(v).isEqualTo(Violation.of("$", "must not begin with a byte order mark"));
    assertThat(onlyViolation(() -> json.readCase("\uFEFF" + SEED))).isEqualTo(v);
  }

  @Test
  void aNulByteIsOneViolationAtTheRoot() {
    Violation v = onlyViolation(() -> json.readCase(seedWithCaseNumberBytes("00")));
    assertThat(v.path()).isEqualTo("$");
    assertThat(v.message()).contains("NUL");
  }

  @Test
  void anUnpairedSurrogateInTextInputIsOneViolationAtTheRoot() {
    String text = SEED.replace("SEED-c13123f40a8e530d", "ZQXMARKER\uD800");

    Violation v = onlyViolation(() -> json.readCase(text));
    assertThat(v).isEqualTo(Violation.of("$", "is not well-formed Unicode (unpaired surrogate)"));
  }

  @Test
  void anEscapedUnpairedSurrogateInAValueIsAViolationAtThatValue() {
    // JSON's grammar lets \uD800 through; the value could not be written back as UTF-8.
    String text = SEED.replace("SEED-c13123f40a8e530d", "ZQXMARKER\\uDC00");

    Violation v = onlyViolation(() -> json.readCase(text));
    assertThat(v).isEqualTo(Violation.of("$.caseNumber", "must be well-formed Unicode text"));
  }

  @Test
  void anEscapedSurrogatePairIsRead() {
    String text = SEED.replace("SEED-c13123f40a8e530d", "A\\uD83D\\uDE00");
    assertThat(json.readCase(text).caseNumber()).isEqualTo("A\uD83D\uDE00");
  }

  // ---- duplicate keys ---------------------------------------------------------------------------

  @Test
  void aDuplicateKnownFieldIsAViolationAtTheDuplicateBecauseReadersWouldDisagree() {
    String text = SEED.replaceFirst("\\{", "{\"caseNumber\": \"ZQXMARKER\",");

    Violation v = onlyViolation(() -> json.readCase(text));
    assertThat(v).isEqualTo(Violation.of("$.caseNumber", "is a duplicate of an earlier field"));
  }

  @Test
  void aDuplicateObjectFieldIsAViolationAtTheDuplicate() {
    String text = SEED.replaceFirst("\\{", "{\"patient\": {},");

    assertThat(onlyViolation(() -> json.readCase(text)))
        .isEqualTo(Violation.of("$.patient", "is a duplicate of an earlier field"));
  }

  @Test
  void aDuplicateUnknownKeyIsNamedByItsPositionNotItsText() {
    String text =
        SEED.replace("\"age\": 61,", "\"age\": 61, \"ZQXMARKER\": 1, \"ZQXMARKER\": [2],");

    // patient's fields: age (1), ZQXMARKER (2), ZQXMARKER (3): the third is the duplicate.
    assertThat(onlyViolation(() -> json.readCase(text)))
        .isEqualTo(Violation.of("$.patient.<field 3>", "is a duplicate of an earlier field"));
  }

  @Test
  void aDuplicateInsideAnArrayElementHasTheElementsPath() {
    String text =
        SEED.replace("\"sessionsCompleted\": 6", "\"sessionsCompleted\": 6, \"region\": 1");

    assertThat(onlyViolation(() -> json.readCase(text)))
        .isEqualTo(
            Violation.of("$.treatmentHistory[1].region", "is a duplicate of an earlier field"));
  }

  // ---- one document -----------------------------------------------------------------------------

  @ParameterizedTest(name = "trailing {0}")
  @ValueSource(strings = {" {}", "{}", "1", " \"ZQXMARKER\"", "]", " ZQXMARKER", "}{", ",", "/"})
  void contentAfterTheFirstDocumentIsReportedAsSuchNotAsATypeError(String trailing) {
    Violation expected = Violation.of("$", "must contain exactly one JSON document");

    assertThat(onlyViolation(() -> json.readCase(SEED + trailing))).isEqualTo(expected);
    assertThat(
            onlyViolation(() -> json.readCase((SEED + trailing).getBytes(StandardCharsets.UTF_8))))
        .isEqualTo(expected);
  }

  @Test
  void trailingWhitespaceIsNotASecondDocument() {
    assertThat(json.readCase(SEED + " \n\t\r\n")).isEqualTo(json.readCase(SEED));
  }

  // ---- unknown keys -----------------------------------------------------------------------------

  @Test
  void anUnknownKeyIsNamedByItsPositionAmongTheObjectsFields() {
    String text = SEED.replace("\"occupation\": \"nurse\"", "\"ZQXMARKER Jane Doe\": \"nurse\"");

    // patient's fields: age (1), sex (2), the unknown key (3).
    assertThat(onlyViolation(() -> json.readCase(text)))
        .isEqualTo(Violation.of("$.patient.<field 3>", "is not a known field"));
  }

  @Test
  void aFieldOfTheFormatInTheWrongObjectIsNamed() {
    // "code" is a field of a diagnosis, not of a patient: the format's own names are no input text.
    String text = SEED.replace("\"occupation\": \"nurse\"", "\"code\": \"nurse\"");

    assertThat(onlyViolation(() -> json.readCase(text)))
        .isEqualTo(Violation.of("$.patient.code", "is not a known field"));
  }

  @Test
  void readingAnotherModelTypeNamesAnUnknownKeyByPositionToo() {
    String text = "{\"path\": \"$\", \"ZQXMARKER\": 1, \"message\": \"m\"}";

    InvalidCaseException e =
        catchThrowableOfType(InvalidCaseException.class, () -> json.read(text, Violation.class));
    assertThat(e.violations()).containsExactly(Violation.of("$.<field 2>", "is not a known field"));
  }

  @Test
  void readingAnotherModelTypeIsStrictToo() {
    String ok = "{\"path\": \"$\", \"message\": \"m\"}";
    assertThat(json.read(ok, Violation.class)).isEqualTo(Violation.of("$", "m"));

    assertThat(onlyViolation(() -> json.read(ok + " {}", Violation.class)))
        .isEqualTo(Violation.of("$", "must contain exactly one JSON document"));
    assertThat(
            onlyViolation(
                () ->
                    json.read(
                        "{\"path\": \"$\", \"path\": \"x\", \"message\": \"m\"}", Violation.class)))
        .isEqualTo(Violation.of("$.path", "is a duplicate of an earlier field"));
  }

  // ---- the strict UTF-8 check agrees with the JDK's decoder -------------------------------------

  static boolean jdkDecodes(byte[] bytes) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  @Test
  void everyOneAndTwoByteInputIsJudgedAsTheJdkDecoderJudgesIt() {
    for (int a = 0; a < 256; a++) {
      assertThat(Utf8.isWellFormed(new byte[] {(byte) a}))
          .as("%02x", a)
          .isEqualTo(jdkDecodes(new byte[] {(byte) a}));
      for (int b = 0; b < 256; b++) {
        byte[] two = {(byte) a, (byte) b};
        assertThat(Utf8.isWellFormed(two)).as("%02x %02x", a, b).isEqualTo(jdkDecodes(two));
      }
    }
  }

  @Test
  void nothingButTheDocumentedExceptionEscapesForTheIssuesExamples() {
    for (String hex : new String[] {"7b000000ffff1000", "0000feff", "fffe0000", "feff", "fffe"}) {
      Throwable t = catchThrowable(() -> json.readCase(HexFormat.of().parseHex(hex)));
      assertThat(t).as(hex).isInstanceOf(InvalidCaseException.class);
    }
  }
}
