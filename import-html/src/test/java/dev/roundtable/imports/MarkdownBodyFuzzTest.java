package dev.roundtable.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.roundtable.html.HtmlExporter;
import dev.roundtable.html.HtmlOptions;
import dev.roundtable.model.InvalidModelException;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * Any input, however broken, is either read into a body or rejected with the model's own
 * exception for the body; every drop is one line at a line of the input; and the body, written
 * as HTML, holds only the elements the model has, with no attribute but a link's target and the exporter's {@code rel}: no raw
 * HTML gets through. Runs the seeds in {@code MarkdownBodyFuzzTestInputs} (regression mode)
 * unless fuzzing is asked for with {@code JAZZER_FUZZ=1}.
 */
class MarkdownBodyFuzzTest {
  private static final HtmlExporter HTML =
      HtmlExporter.of(HtmlOptions.builder().headingLevel(1).build());
  private static final Set<String> MODEL_ELEMENTS = Set.of("body", "p", "h2", "h3", "h4", "h5",
      "h6", "blockquote", "ul", "ol", "li", "em", "strong", "code", "a", "br");

  @FuzzTest(maxDuration = "30s")
  void readsAnyMarkdownIntoAModelBody(FuzzedDataProvider data) {
    String input = data.consumeRemainingAsString();
    ImportedBody imported;
    try {
      imported = MarkdownBody.read(input);
    } catch (InvalidModelException e) {
      assertThat(e.field()).startsWith("body");
      return;
    }
    long lines = input.lines().count();
    for (Drop drop : imported.drops()) {
      assertThat(drop.line()).as("input %s", input).isBetween(1, (int) lines);
      assertThat(drop.message()).startsWith("dropped ").doesNotContain("\n", "\r");
    }
    Element written = Jsoup.parseBodyFragment(HTML.body(imported.body()).toString()).body();
    for (Element e : written.getAllElements()) {
      assertThat(e.normalName()).as("input %s", input).isIn(MODEL_ELEMENTS);
      assertThat(e.attributes().asList()).extracting(Attribute::getKey).as("input %s", input)
          .allMatch(key -> key.equals("href") || key.equals("rel"));
    }
  }
}
