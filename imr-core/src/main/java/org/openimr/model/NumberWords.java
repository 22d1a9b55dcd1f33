package org.openimr.model;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The number words OpenIMR reads, written once: {@code "one"} to {@code "nineteen"} and the tens to
 * {@code "ninety"}; a tens word and a units word together make the numbers up to ninety-nine. The
 * request reader ({@link TreatmentRequest#parse}) and the letter reader (imr-letters) read them
 * alike. Not for use outside OpenIMR's own modules.
 */
@API(status = INTERNAL, since = "0.1")
public final class NumberWords {
  private NumberWords() {}

  private static final Map<String, Integer> VALUES =
      ImmutableMap.<String, Integer>builder()
          .put("one", 1)
          .put("two", 2)
          .put("three", 3)
          .put("four", 4)
          .put("five", 5)
          .put("six", 6)
          .put("seven", 7)
          .put("eight", 8)
          .put("nine", 9)
          .put("ten", 10)
          .put("eleven", 11)
          .put("twelve", 12)
          .put("thirteen", 13)
          .put("fourteen", 14)
          .put("fifteen", 15)
          .put("sixteen", 16)
          .put("seventeen", 17)
          .put("eighteen", 18)
          .put("nineteen", 19)
          .put("twenty", 20)
          .put("thirty", 30)
          .put("forty", 40)
          .put("fifty", 50)
          .put("sixty", 60)
          .put("seventy", 70)
          .put("eighty", 80)
          .put("ninety", 90)
          .buildOrThrow();

  /**
   * The value of one lower-case number word, or null if it is none.
   *
   * @param word a lower-case word such as {@code "twelve"}
   * @return its value, 1 to 90, or null
   */
  public static @Nullable Integer valueOf(String word) {
    return VALUES.get(word);
  }

  /**
   * Every number word, lower case.
   *
   * @return the words {@link #valueOf} reads
   */
  public static Set<String> words() {
    return VALUES.keySet();
  }
}
