package dev.roundtable.osgi.probe;

import dev.roundtable.html.HtmlExporter;
import dev.roundtable.model.Answer;
import dev.roundtable.model.Question;
import dev.roundtable.rss.AtomFeedWriter;
import dev.roundtable.rss.Channel;
import dev.roundtable.rss.JsonFeedWriter;
import dev.roundtable.rss.RssFeedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * What both probe bundles render of a question: its HTML fragments (every answer and the
 * index) and its three feeds, each under its own name, as bytes. The same code runs inside the
 * probe bundles and on the test's class path, so the two can be compared byte for byte.
 */
public final class Outputs {
  private Outputs() {}

  /**
   * Adds the HTML fragments and the feeds of a question to a map of outputs.
   *
   * @param question the question rendered
   * @param html the HTML exporter, with the metadata the probe chose
   * @param outputs where each output goes, under a name such as {@code rss} or
   *     {@code html-answer-ID}
   */
  public static void htmlAndFeeds(Question question, HtmlExporter html,
      Map<String, byte[]> outputs) {
    for (Answer answer : question.answers()) {
      outputs.put("html-answer-" + answer.id(), utf8(html.answer(question, answer).toString()));
    }
    outputs.put("html-index", utf8(html.index(question).toString()));
    Channel channel = Channel.builder()
        .title("Panel answers")
        .link("https://example.org/panel/")
        .description("Answers from a panel, rendered inside an OSGi framework.")
        .selfUrl("https://example.org/panel/feed")
        .language("en")
        .baseUrl("https://example.org/panel/answers/")
        .build();
    try {
      outputs.put("rss", feed(out -> RssFeedWriter.of(channel).write(question, out)));
      outputs.put("atom", feed(out -> AtomFeedWriter.of(channel).write(question, out)));
      outputs.put("jsonfeed",
          feed(out -> JsonFeedWriter.of(channel).write(question, out)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The UTF-8 bytes of a text.
   *
   * @param text the text
   * @return its bytes
   */
  public static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] feed(Feed feed) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    feed.writeTo(bytes);
    return bytes.toByteArray();
  }

  /** One feed writer's write, to a stream. */
  private interface Feed {
    void writeTo(ByteArrayOutputStream out) throws IOException;
  }
}
