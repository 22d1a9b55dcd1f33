package org.openimr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openimr.json.ImrJson;
import org.openimr.model.Case;
import org.openimr.model.Determination;
import org.openimr.model.DisputedItem;
import org.openimr.review.ImrReviewer;

/**
 * The text summary is linear in the number of items: it looks at each item once, whatever the
 * count, where a lookup per decision would look at n(n+1)/2 of them. Work is counted, not timed.
 */
class DeterminationTextTest {

  /** The items, counting every element read. */
  private static final class CountingList extends AbstractList<DisputedItem> {
    private final List<DisputedItem> items;
    private long reads;

    CountingList(List<DisputedItem> items) {
      this.items = items;
    }

    @Override
    public DisputedItem get(int index) {
      reads++;
      return items.get(index);
    }

    @Override
    public int size() {
      return items.size();
    }
  }

  private static Case withItems(int n) {
    Case seed;
    try {
      seed = ImrJson.standard().readCase(Files.readAllBytes(Path.of(EvaluateCommandTest.SEED)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    DisputedItem first = seed.disputedItems().get(0);
    List<DisputedItem> items = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      items.add(
          DisputedItem.builder()
              .from(first)
              .id(Integer.toString(i))
              .requestedAs("Acupuncture 3x4 #" + i)
              .build());
    }
    return Case.builder().from(seed).disputedItems(items).build();
  }

  @ParameterizedTest(name = "{0} items")
  @ValueSource(ints = {10, 100})
  void printingASummaryReadsEachItemOnce(int n) {
    Case c = withItems(n);
    Determination determination = ImrReviewer.withDiscoveredEvaluators().review(c);
    CountingList items = new CountingList(c.disputedItems());

    DeterminationText.write(items, determination, new PrintWriter(Writer.nullWriter()));

    assertThat(determination.decisions()).hasSize(n);
    assertThat(items.reads).isEqualTo(n);
  }

  @ParameterizedTest(name = "{0} items")
  @ValueSource(ints = {10, 100})
  void everyItemIsHeadedByItsOwnRequest(int n) {
    Case c = withItems(n);
    Determination determination = ImrReviewer.withDiscoveredEvaluators().review(c);
    StringWriter out = new StringWriter();

    DeterminationText.write(c, determination, new PrintWriter(out));

    for (int i = 1; i <= n; i++) {
      assertThat(out.toString()).contains("\nAcupuncture 3x4 #" + i + " — ");
    }
  }
}
