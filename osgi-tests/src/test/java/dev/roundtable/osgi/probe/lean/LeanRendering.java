package dev.roundtable.osgi.probe.lean;

import dev.roundtable.html.HtmlExporter;
import dev.roundtable.html.HtmlOptions;
import dev.roundtable.model.Answer;
import dev.roundtable.model.Contributor;
import dev.roundtable.model.Question;
import dev.roundtable.osgi.probe.Outputs;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * HTML (with microdata) and the three feeds of a question built in code: what a host with
 * neither the JSON bundle nor databind can render.
 */
public final class LeanRendering {
  private LeanRendering() {}

  /**
   * Renders the question of this probe.
   *
   * @return each output by name, in name order
   */
  public static Map<String, byte[]> outputs() {
    Answer first = Answer.builder().id("ana-silva")
        .contributor(Contributor.of("Ana Silva", "Editor", "Harbour Weekly"))
        .headline("Start with the reader's question, not yours")
        .url("https://example.org/panel/ana-silva")
        .publishedAt(Instant.parse("2026-03-02T09:30:00Z"))
        .body("Write down what the reader asked.", "Then answer that & only that.")
        .build();
    Answer second = Answer.builder().id("tomas-novak")
        .contributor(Contributor.of("Tomáš Novák", "Founder", "Kolo"))
        .headline("Short answers <em>age</em> well")
        .publishedAt(Instant.parse("2026-03-04T16:00:00Z"))
        .body("Cut the first paragraph; it is usually a warm-up.")
        .build();
    Question question = Question.builder().id("how-to-answer")
        .text("How do you answer a reader's question well?")
        .answer(first).answer(second).build();
    Map<String, byte[]> outputs = new TreeMap<>();
    Outputs.htmlAndFeeds(question, HtmlExporter.of(HtmlOptions.builder()
        .metadata(HtmlOptions.Metadata.MICRODATA).build()), outputs);
    return outputs;
  }
}
