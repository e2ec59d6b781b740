package dev.roundtable.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roundtable.html.HtmlExporter;
import dev.roundtable.html.HtmlOptions;
import dev.roundtable.model.InvalidModelException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The examples of {@code commonmark-corpus.md}, one for each construct of the CommonMark spec
 * (its own examples where they fit, written down here: the spec's test files are not available
 * offline), each with the body it must become, written as HTML by the model's exporter, and the
 * drops it must report; {@code →} stands for a tab, as in the spec. A body that cannot be made
 * is written {@code ! message}.
 */
class CommonMarkCorpusTest {
  private static final String FENCE = "`".repeat(32);
  private static final HtmlExporter HTML =
      HtmlExporter.of(HtmlOptions.builder().headingLevel(1).build());

  /** One example: its title, its Markdown, the HTML of its body and its drops. */
  record Example(String title, String markdown, String html, List<String> drops) {
    @Override
    public String toString() {
      return title;
    }
  }

  static Stream<Example> examples() {
    return corpus().stream();
  }

  static List<Example> corpus() {
    String text;
    try (InputStream in = CommonMarkCorpusTest.class.getResourceAsStream(
        "commonmark-corpus.md")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    List<Example> examples = new ArrayList<>();
    for (String part : text.split("(?m)^" + FENCE + "\n")) {
      int example = part.indexOf(FENCE + " example\n");
      if (example < 0) {
        continue;
      }
      String title = part.substring(part.lastIndexOf("## ", example) + 3, example).strip();
      String[] sections = part.substring(example + FENCE.length() + 9).split("(?m)^\\.\n", -1);
      assertThat(sections).as(title).hasSize(3);
      List<String> drops = sections[2].lines().toList();
      examples.add(new Example(title, sections[0].replace('→', '\t'), sections[1].strip(),
          drops));
    }
    return examples;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void eachExampleBecomesItsBodyAndReportsItsDrops(Example example) {
    if (example.html().startsWith("! ")) {
      assertThatThrownBy(() -> MarkdownBody.read(example.markdown()))
          .isInstanceOf(InvalidModelException.class).hasMessage(example.html().substring(2));
      return;
    }
    ImportedBody imported = MarkdownBody.read(example.markdown());
    assertThat(HTML.body(imported.body()).toString().strip()).isEqualTo(example.html());
    assertThat(imported.drops()).extracting(Drop::toString)
        .containsExactlyElementsOf(example.drops());
  }

  @Test
  void theCorpusHasAnExampleForEachConstructOfTheSpec() {
    assertThat(corpus()).hasSizeGreaterThanOrEqualTo(60);
  }
}
