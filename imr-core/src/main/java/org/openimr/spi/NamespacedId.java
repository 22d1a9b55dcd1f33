package org.openimr.spi;

import java.util.regex.Pattern;

/** The pattern behind {@link GuidelineEvaluator#isNamespacedId}. */
final class NamespacedId {
  private static final String SEGMENT = "[a-z0-9]+(?:-[a-z0-9]+)*";

  static final Pattern PATTERN = Pattern.compile(SEGMENT + "(?:\\." + SEGMENT + ")+");

  private NamespacedId() {}
}
