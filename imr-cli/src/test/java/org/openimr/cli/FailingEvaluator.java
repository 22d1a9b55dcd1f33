package org.openimr.cli;

import java.util.List;
import java.util.function.Supplier;
import org.openimr.model.Case;
import org.openimr.model.Decision;
import org.openimr.model.DisputedItem;
import org.openimr.model.GuidelineEdition;
import org.openimr.review.ImrReviewer;
import org.openimr.spi.Applicability;
import org.openimr.spi.GuidelineEvaluator;

/**
 * An evaluator with a bug: asked about any item, it throws what it is given, an {@link Error}
 * (which the reviewer's guard does not catch) or a {@link RuntimeException} carrying a marker
 * message.
 */
final class FailingEvaluator implements GuidelineEvaluator {
  private final Supplier<? extends Throwable> failure;

  private FailingEvaluator(Supplier<? extends Throwable> failure) {
    this.failure = failure;
  }

  /** Reviewers whose only evaluator throws {@code failure}'s throwable. */
  static Supplier<ImrReviewer.Builder> reviewers(Supplier<? extends Throwable> failure) {
    return () -> ImrReviewer.builder().register(new FailingEvaluator(failure));
  }

  @Override
  public String id() {
    return "test.failing";
  }

  @Override
  public String version() {
    return "0";
  }

  @Override
  public List<GuidelineEdition> editions() {
    return List.of();
  }

  @Override
  public Applicability applicability(Case c, DisputedItem item) {
    Throwable t = failure.get();
    if (t instanceof Error error) {
      throw error;
    }
    if (t instanceof RuntimeException runtime) {
      throw runtime;
    }
    throw new IllegalStateException(t);
  }

  @Override
  public Decision evaluate(Case c, DisputedItem item, GuidelineEdition edition) {
    throw new AssertionError("never asked: applicability throws");
  }
}
