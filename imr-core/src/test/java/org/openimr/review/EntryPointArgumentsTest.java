package org.openimr.review;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openimr.review.ImrReviewerTest.caseWith;
import static org.openimr.review.ImrReviewerTest.item;

import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.openimr.json.ImrJson;
import org.openimr.model.Case;
import org.openimr.model.DisputedItem;
import org.openimr.spi.GuidelineEvaluator;

/** A null argument at an entry point fails at once, naming the parameter. */
@SuppressWarnings("NullAway") // passes null on purpose
class EntryPointArgumentsTest {
  private static final Case CASE = caseWith(item("1", "Acupuncture 3x4"));

  @Test
  void theReviewerNamesTheNullParameter() {
    ImrReviewer reviewer = ImrReviewer.builder().build();

    assertThatThrownBy(() -> reviewer.review(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("case");
    assertThatThrownBy(() -> reviewer.decide(null, CASE.disputedItems().get(0))).hasMessage("case");
    assertThatThrownBy(() -> reviewer.decide(CASE, (DisputedItem) null)).hasMessage("item");
  }

  @Test
  void theReviewerBuilderNamesTheNullParameter() {
    assertThatThrownBy(() -> ImrReviewer.builder().register((GuidelineEvaluator[]) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("evaluators");
    assertThatThrownBy(() -> ImrReviewer.builder().register((GuidelineEvaluator) null))
        .hasMessage("evaluator");
    assertThatThrownBy(() -> ImrReviewer.builder().advisory((GuidelineEvaluator[]) null))
        .hasMessage("evaluators");
    assertThatThrownBy(() -> ImrReviewer.builder().advisory((GuidelineEvaluator) null))
        .hasMessage("evaluator");
    assertThatThrownBy(() -> ImrReviewer.builder().discover(null)).hasMessage("loader");
    assertThatThrownBy(() -> ImrReviewer.builder().qualifications(null))
        .hasMessage("qualifications");
    assertThatThrownBy(() -> ImrReviewer.builder().clock(null)).hasMessage("clock");
  }

  @Test
  void imrJsonNamesTheNullParameter() {
    ImrJson json = ImrJson.standard();

    assertThatThrownBy(() -> json.readCase((String) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("json");
    assertThatThrownBy(() -> json.readCase((byte[]) null)).hasMessage("json");
    assertThatThrownBy(() -> json.readCase((InputStream) null)).hasMessage("json");
    assertThatThrownBy(() -> json.read(null, Case.class)).hasMessage("json");
    assertThatThrownBy(() -> json.read("{}", null)).hasMessage("type");
    assertThatThrownBy(() -> json.write(null)).hasMessage("value");
    assertThatThrownBy(() -> json.writeBytes(null)).hasMessage("value");
    assertThatThrownBy(() -> json.writePretty(null)).hasMessage("value");
  }
}
