package dev.roundtable.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.roundtable.html.HtmlExporter;
import dev.roundtable.html.HtmlOptions;
import dev.roundtable.model.Body;
import dev.roundtable.model.InvalidModelException;

/**
 * Any input, however broken, is either read into a body or rejected with the model's own
 * exception; and what is read is stable: written out and read again, it writes the same HTML.
 * Runs the seeds in {@code HtmlBodyFuzzTestInputs} (regression mode) unless fuzzing is asked
 * for with {@code JAZZER_FUZZ=1}.
 */
class HtmlBodyFuzzTest {
  /** Headline level 1: body headings are written at their own level, as they were read. */
  private static final HtmlExporter HTML =
      HtmlExporter.of(HtmlOptions.builder().headingLevel(1).build());

  @FuzzTest(maxDuration = "30s")
  void readsAnyHtmlIntoAStableBody(FuzzedDataProvider data) {
    String input = data.consumeRemainingAsString();
    Body body;
    try {
      body = HtmlBody.parse(input);
    } catch (InvalidModelException e) {
      assertThat(e.getMessage()).startsWith("body");
      return;
    }
    String written = HTML.body(body).toString();
    assertThat(HTML.body(HtmlBody.parse(written)).toString()).as("input %s", input)
        .isEqualTo(written);
  }
}
