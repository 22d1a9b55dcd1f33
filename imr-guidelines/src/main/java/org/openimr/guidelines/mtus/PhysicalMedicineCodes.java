package org.openimr.guidelines.mtus;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Diagnosis codes as the physical-medicine content writes them, and a prefix index to find content
 * rows by a case's code.
 *
 * <p>Design notes: ICD codes are hierarchical by prefix (ICD-9-CM 726.1 covers 726.10 and 726.12;
 * ICD-10-CM M79.1 covers M79.18), so a content row's code matches every code that starts with it,
 * compared without dots and case. Ranges are written as in the reference ("836.0-836.5") and
 * expanded once, when the content is loaded; a lookup walks one code's characters once, in a trie,
 * and never scans the whole table, so it stays cheap on the evaluation path.
 */
final class PhysicalMedicineCodes {
  /** ICD-9-CM and ICD-10-CM categories have three characters; nothing shorter is a code. */
  private static final int SHORTEST_CODE = 3;

  private PhysicalMedicineCodes() {}

  /** Upper case, without dots and spaces: {@code "726.12"} is {@code "72612"}. */
  static String normalize(String code) {
    StringBuilder b = new StringBuilder(code.length());
    for (int i = 0; i < code.length(); i++) {
      char ch = code.charAt(i);
      if (Character.isLetterOrDigit(ch)) {
        b.append(Character.toUpperCase(ch));
      }
    }
    return b.toString();
  }

  /**
   * The codes a written code stands for: itself, or every code of a range whose ends differ only in
   * their last digit ({@code "836.0-836.5"} is 836.0, 836.1, ..., 836.5).
   *
   * @throws IllegalArgumentException for a range of another shape
   */
  static List<String> expand(String written) {
    int dash = written.indexOf('-');
    if (dash < 0) {
      return List.of(written.strip());
    }
    String from = written.substring(0, dash).strip();
    String to = written.substring(dash + 1).strip();
    int last = from.length() - 1;
    if (from.length() != to.length()
        || from.length() < SHORTEST_CODE
        || !from.regionMatches(0, to, 0, last)
        || !Character.isDigit(from.charAt(last))
        || !Character.isDigit(to.charAt(last))
        || from.charAt(last) > to.charAt(last)) {
      throw new IllegalArgumentException(
          "a code range must differ only in its last digit, in ascending order");
    }
    List<String> codes = new ArrayList<>();
    for (char digit = from.charAt(last); digit <= to.charAt(last); digit++) {
      codes.add(from.substring(0, last) + digit);
    }
    return codes;
  }

  /** Whether {@code code} is {@code prefix} or one of its subcodes. */
  static boolean covers(String prefix, String code) {
    String p = normalize(prefix);
    return p.length() >= SHORTEST_CODE && normalize(code).startsWith(p);
  }

  /**
   * Finds the values filed under any prefix of a code. Immutable once built.
   *
   * <p>Design notes: the codes are kept in a trie of their normalized characters, so a lookup walks
   * the code once, reading each character once: linear in the code's length, where a map keyed by
   * each prefix would build a string per prefix length (quadratic). Characters that are not letters
   * or digits are skipped on the way, as {@link #normalize(String)} does.
   */
  static final class PrefixIndex<T> {
    private final Node<T> root;

    private PrefixIndex(Node<T> root) {
      this.root = root;
    }

    /**
     * The accepted values filed under the longest prefix of the code that has any: the most
     * specific entries (727.04 before its category 727.0).
     */
    List<T> lookupMostSpecific(String code, Predicate<T> accept) {
      List<T> found = new ArrayList<>(2);
      Node<T> node = root;
      int length = 0;
      for (int i = 0; i < code.length() && node != null; i++) {
        char ch = code.charAt(i);
        if (!Character.isLetterOrDigit(ch)) {
          continue;
        }
        node = node.child(Character.toUpperCase(ch));
        length++;
        if (node != null && length >= SHORTEST_CODE && hasAccepted(node, accept)) {
          found.clear();
          for (T value : node.values) {
            if (accept.test(value) && !found.contains(value)) {
              found.add(value);
            }
          }
        }
      }
      return found;
    }

    private static <T> boolean hasAccepted(Node<T> node, Predicate<T> accept) {
      for (T value : node.values) {
        if (accept.test(value)) {
          return true;
        }
      }
      return false;
    }

    static <T> Builder<T> builder() {
      return new Builder<>();
    }

    /** The values filed under the code or any of its prefixes, each once, in filing order. */
    List<T> lookup(String code) {
      List<T> found = new ArrayList<>(2);
      Node<T> node = root;
      int length = 0;
      for (int i = 0; i < code.length() && node != null; i++) {
        char ch = code.charAt(i);
        if (!Character.isLetterOrDigit(ch)) {
          continue;
        }
        node = node.child(Character.toUpperCase(ch));
        length++;
        if (node != null && length >= SHORTEST_CODE) {
          for (T value : node.values) {
            if (!found.contains(value)) {
              found.add(value);
            }
          }
        }
      }
      return found;
    }

    /**
     * One character of a code: the values filed under the code that ends here, and what follows.
     */
    private static final class Node<T> {
      private final ImmutableMap<Character, Node<T>> children;
      private final ImmutableList<T> values;

      Node(ImmutableMap<Character, Node<T>> children, ImmutableList<T> values) {
        this.children = children;
        this.values = values;
      }

      @Nullable Node<T> child(char ch) {
        return children.get(ch);
      }
    }

    static final class Builder<T> {
      private final Map<String, ImmutableList.Builder<T>> byCode = new HashMap<>();

      /** Files a value under a code as written (no ranges: expand them first). */
      Builder<T> put(String code, T value) {
        byCode.computeIfAbsent(normalize(code), c -> ImmutableList.builder()).add(value);
        return this;
      }

      PrefixIndex<T> build() {
        Map<String, ImmutableList<T>> values = new HashMap<>();
        byCode.forEach((code, list) -> values.put(code, list.build()));
        return new PrefixIndex<>(node("", values));
      }

      /** The node for a prefix, built from the codes that start with it; built once, at load. */
      private static <T> Node<T> node(String prefix, Map<String, ImmutableList<T>> values) {
        Map<Character, String> next = new TreeMap<>();
        for (String code : values.keySet()) {
          if (code.length() > prefix.length() && code.startsWith(prefix)) {
            char ch = code.charAt(prefix.length());
            next.put(ch, prefix + ch);
          }
        }
        ImmutableMap.Builder<Character, Node<T>> children = ImmutableMap.builder();
        next.forEach((ch, childPrefix) -> children.put(ch, node(childPrefix, values)));
        ImmutableList<T> here = values.get(prefix);
        return new Node<>(children.buildOrThrow(), here == null ? ImmutableList.of() : here);
      }
    }
  }
}
