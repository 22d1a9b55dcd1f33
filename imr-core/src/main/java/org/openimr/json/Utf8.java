package org.openimr.json;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Checks that bytes are well-formed UTF-8 as the Unicode Standard defines it (table 3-7): no
 * overlong forms, no encoded surrogates, nothing beyond U+10FFFF, no truncated sequence. The JDK's
 * decoder judges the same (a test compares them); this check allocates nothing and runs through
 * ASCII eight bytes at a time.
 */
final class Utf8 {
  /** {@link #check}: well-formed UTF-8 without a NUL byte. */
  static final int WELL_FORMED = 0;

  /** {@link #check}: not well-formed UTF-8. */
  static final int MALFORMED = 1;

  /** {@link #check}: well-formed UTF-8 with a NUL byte, which JSON never holds raw. */
  static final int NUL = 2;

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long HIGH_BITS = 0x8080808080808080L;
  private static final long LOW_BITS = 0x0101010101010101L;

  private Utf8() {}

  /** Whether the bytes are well-formed UTF-8 (a NUL byte is). */
  static boolean isWellFormed(byte[] b) {
    return check(b) != MALFORMED;
  }

  /**
   * {@link #WELL_FORMED}, {@link #MALFORMED}, or else {@link #NUL}. Runs of ASCII are checked eight
   * bytes at a time.
   */
  static int check(byte[] b) {
    boolean nul = false;
    int i = 0;
    int n = b.length;
    while (i < n) {
      if (i + 8 <= n) {
        long word = (long) LONGS.get(b, i);
        // no byte with its high bit set, and no zero byte ((x - 0x01) & ~x sets the high bit of a
        // byte exactly when some byte is zero)
        if (((word | ((word - LOW_BITS) & ~word)) & HIGH_BITS) == 0) {
          i += 8;
          continue;
        }
      }
      int lead = b[i];
      if (lead > 0) {
        i++;
        continue;
      }
      if (lead == 0) {
        nul = true;
        i++;
        continue;
      }
      lead &= 0xff;
      if (lead < 0xc2 || lead > 0xf4) {
        return MALFORMED; // a continuation byte, an overlong two-byte lead, or beyond U+10FFFF
      }
      if (lead < 0xe0) {
        if (i + 1 >= n || !continuation(b[i + 1])) {
          return MALFORMED;
        }
        i += 2;
      } else if (lead < 0xf0) {
        if (i + 2 >= n) {
          return MALFORMED;
        }
        int second = b[i + 1] & 0xff;
        int low = lead == 0xe0 ? 0xa0 : 0x80; // E0: no overlong forms
        int high = lead == 0xed ? 0x9f : 0xbf; // ED: no surrogates
        if (second < low || second > high || !continuation(b[i + 2])) {
          return MALFORMED;
        }
        i += 3;
      } else {
        if (i + 3 >= n) {
          return MALFORMED;
        }
        int second = b[i + 1] & 0xff;
        int low = lead == 0xf0 ? 0x90 : 0x80; // F0: no overlong forms
        int high = lead == 0xf4 ? 0x8f : 0xbf; // F4: nothing beyond U+10FFFF
        if (second < low || second > high || !continuation(b[i + 2]) || !continuation(b[i + 3])) {
          return MALFORMED;
        }
        i += 4;
      }
    }
    return nul ? NUL : WELL_FORMED;
  }

  /**
   * Whether text can be encoded as UTF-8: whether every surrogate in it is half of a pair. Text
   * read from JSON escapes (<code>&#92;uD800</code>) can hold an unpaired one.
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
