package dev.roundtable.osgi.probe.full;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.roundtable.html.HtmlExporter;
import dev.roundtable.http.Representation;
import dev.roundtable.http.Representations;
import dev.roundtable.html.HtmlOptions;
import dev.roundtable.imports.HtmlBody;
import dev.roundtable.imports.MarkdownBody;
import dev.roundtable.json.JsonLd;
import dev.roundtable.json.RoundtableJson;
import dev.roundtable.json.RoundtableModule;
import dev.roundtable.json.jackson3.RoundtableJackson3Module;
import dev.roundtable.model.Answer;
import dev.roundtable.model.Document;
import dev.roundtable.model.Question;
import dev.roundtable.osgi.probe.Outputs;
import dev.roundtable.rss.Channel;
import dev.roundtable.rss.RssFeedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every format of a Roundtable JSON document, with all the library's bundles: the document
 * again (Roundtable JSON, and through databind's {@code RoundtableModule}), the JSON-LD of each
 * page, the HTML fragments with JSON-LD (given as {@code structuredData}, the OSGi way), the
 * three feeds, the RSS feed as serve-http's representation (bytes and tag), the document
 * through Jackson 3's {@code RoundtableJackson3Module}, and two bodies imported from Markdown
 * and CMS HTML.
 */
public final class FullRendering {
  private FullRendering() {}

  /**
   * Renders a document in every format.
   *
   * @param json a Roundtable JSON document
   * @return each output by name, in name order
   */
  public static Map<String, byte[]> of(byte[] json) {
    Map<String, byte[]> outputs = new TreeMap<>();
    Document document = RoundtableJson.defaults().read(json);
    outputs.put("json", RoundtableJson.builder().pretty(true).build().toBytes(document));
    try {
      outputs.put("json-databind",
          new ObjectMapper().registerModule(new RoundtableModule()).writeValueAsBytes(document));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    JsonLd ld = JsonLd.defaults();
    HtmlExporter html = HtmlExporter.of(HtmlOptions.builder().structuredData(ld).build());
    for (Question question : document.questions()) {
      outputs.put("jsonld-question", Outputs.utf8(ld.questionPage(question)));
      for (Answer answer : question.answers()) {
        outputs.put("jsonld-answer-" + answer.id(), Outputs.utf8(ld.answerPage(question, answer)));
      }
      Outputs.htmlAndFeeds(question, html, outputs);
    }
    Question first = document.questions().get(0);
    Representation feed = Representations.feed(RssFeedWriter.of(Channel.builder()
        .title("Panel answers").link("https://example.org/panel/")
        .description("Answers from a panel, served from an OSGi framework.")
        .selfUrl("https://example.org/panel/feed").language("en").build()), first);
    outputs.put("http-rss-tag", Outputs.utf8(feed.entityTag().toString()));
    outputs.put("http-rss", feed.toBytes());
    outputs.put("json-jackson3", JsonMapper.builder().addModule(new RoundtableJackson3Module())
        .build().writeValueAsBytes(document));
    outputs.put("import-markdown", Outputs.utf8(html.body(MarkdownBody.parse(
        "A *short* answer, with [a link](https://example.org/more) and a list:\n\n"
        + "- listen first\n- ask second\n")).toString()));
    outputs.put("import-html", Outputs.utf8(html.body(HtmlBody.parse(
        "<p onclick=\"x()\">Pasted <b>from a CMS</b><script>alert(1)</script></p>"
        + "<ul><li>one</li><li>two</li></ul>")).toString()));
    return outputs;
  }
}
