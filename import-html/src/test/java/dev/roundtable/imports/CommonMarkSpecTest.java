package dev.roundtable.imports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundtable.html.HtmlExporter;
import dev.roundtable.model.InvalidModelException;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.commonmark.testutil.TestResources;
import org.commonmark.testutil.example.Example;
import org.commonmark.testutil.example.ExampleReader;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example of the CommonMark spec (0.30, the 652 of commonmark-java's test resources) as a
 * corpus. Each gives a body or the documented "no block" error, never another exception; the
 * body's HTML has only the elements and attributes of the model, so no raw HTML of the example
 * gets through; and where the spec's HTML uses only what the model maps with its text (no raw
 * HTML, image or rule), the body says the same text as the spec's HTML, white space aside.
 */
class CommonMarkSpecTest {
  private static final List<Example> SPEC = ExampleReader.readExamples(TestResources.getSpec());
  /** What the spec's HTML may hold for its text to be compared: what the model maps, text kept. */
  private static final Set<String> MAPPED = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6",
      "blockquote", "ul", "ol", "li", "em", "strong", "code", "pre", "a", "br", "body");
  /** What the exporter writes for a body: the model's elements, nothing else. */
  private static final Set<String> MODEL = Set.of("p", "h2", "h3", "h4", "h5", "h6",
      "blockquote", "ul", "ol", "li", "em", "strong", "code", "a", "br", "body", "div");

  static Stream<Example> examples() {
    return SPEC.stream();
  }

  @Test
  void theCorpusIsTheWholeSpecAndMostOfItsTextIsCompared() {
    assertThat(SPEC).hasSize(652);
    assertThat(SPEC.stream().filter(CommonMarkSpecTest::mapped).count())
        .as("examples whose text is compared").isGreaterThan(450);
  }

  /** Whether the spec's HTML uses only what the model maps with its text, and no raw HTML. */
  private static boolean mapped(Example example) {
    return spec(example).getAllElements().stream().allMatch(e -> MAPPED.contains(e.tagName()))
        && !example.getSource().contains("<");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void givesABodyWithTheModelsElementsOnlyAndTheSpecsTextWhereItMapsIt(Example example) {
    ImportedBody imported;
    try {
      imported = MarkdownBody.read(example.getSource());
    } catch (InvalidModelException e) {
      assertThat(e.field()).as(example.toString()).isEqualTo("body");
      if (!example.getSource().contains("<")) {
        assertThat(text(spec(example))).as("%s: without raw HTML, only an example that shows"
            + " nothing has no block", example).isEmpty();
      }
      return;
    }
    Element html = Jsoup.parseBodyFragment(
        HtmlExporter.defaults().body(imported.body()).toString()).body();
    for (Element e : html.getAllElements()) {
      assertThat(e.tagName()).as("%s: %s", example, html).isIn(MODEL);
      e.attributes().forEach(a -> assertThat(a.getKey()).as("%s: %s", example, html)
          .isIn("href", "class", "rel", "cite"));
    }
    Element spec = spec(example);
    if (mapped(example)) {
      assertThat(text(html)).as("%s%n%s", example, example.getSource()).isEqualTo(text(spec));
    }
  }

  /** The spec's HTML, its tabs written as tabs (the spec shows them as {@code →}). */
  private static Element spec(Example example) {
    return Jsoup.parseBodyFragment(example.getHtml().replace('→', '\t')).body();
  }

  /**
   * An element's text as jsoup reads it, blocks apart, with all white space collapsed (inside
   * {@code <pre>} too: the model keeps a code block's lines, not its indentation).
   */
  private static String text(Element e) {
    return e.text().replaceAll("\\s+", " ").strip();
  }
}
