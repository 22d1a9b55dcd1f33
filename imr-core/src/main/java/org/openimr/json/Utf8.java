package org.openimr.json;

/**
 * Checks that bytes are well-formed UTF-8 as the Unicode Standard defines it (table 3-7): no
 * overlong forms, no encoded surrogates, nothing beyond U+10FFFF, no truncated sequence. The JDK's
 * decoder judges the same (a test compares them); this check allocates nothing and runs through
 * ASCII a byte at a time without branching on the table.
 */
final class Utf8 {
  private Utf8() {}

  static boolean isWellFormed(byte[] b) {
    int i = 0;
    int n = b.length;
    while (i < n) {
      int lead = b[i];
      if (lead >= 0) {
        i++;
        continue;
      }
      lead &= 0xff;
      if (lead < 0xc2 || lead > 0xf4) {
        return false; // a continuation byte, an overlong two-byte lead, or beyond U+10FFFF
      }
      if (lead < 0xe0) {
        if (i + 1 >= n || !continuation(b[i + 1])) {
          return false;
        }
        i += 2;
      } else if (lead < 0xf0) {
        if (i + 2 >= n) {
          return false;
        }
        int second = b[i + 1] & 0xff;
        int low = lead == 0xe0 ? 0xa0 : 0x80; // E0: no overlong forms
        int high = lead == 0xed ? 0x9f : 0xbf; // ED: no surrogates
        if (second < low || second > high || !continuation(b[i + 2])) {
          return false;
        }
        i += 3;
      } else {
        if (i + 3 >= n) {
          return false;
        }
        int second = b[i + 1] & 0xff;
        int low = lead == 0xf0 ? 0x90 : 0x80; // F0: no overlong forms
        int high = lead == 0xf4 ? 0x8f : 0xbf; // F4: nothing beyond U+10FFFF
        if (second < low || second > high || !continuation(b[i + 2]) || !continuation(b[i + 3])) {
          return false;
        }
        i += 4;
      }
    }
    return true;
  }

  /**
   * Whether text can be encoded as UTF-8: whether every surrogate in it is half of a pair. Text
   * read from JSON escapes ({@code \\uD800}) can hold an unpaired one.
   */
  static boolean isEncodable(String text) {
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c)
            && i + 1 < n
            && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean continuation(byte b) {
    return (b & 0xc0) == 0x80;
  }
}
