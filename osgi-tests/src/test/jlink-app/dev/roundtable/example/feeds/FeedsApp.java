package dev.roundtable.example.feeds;

import dev.roundtable.json.RoundtableJson;
import dev.roundtable.model.Document;
import dev.roundtable.model.Question;
import dev.roundtable.rss.AtomFeedWriter;
import dev.roundtable.rss.Channel;
import dev.roundtable.rss.JsonFeedWriter;
import dev.roundtable.rss.RssFeedWriter;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a Roundtable JSON document and writes it again, then its three feeds, to stdout. */
public final class FeedsApp {
  private FeedsApp() {}

  /**
   * Runs the application.
   *
   * @param args the document's path
   * @throws IOException when the document cannot be read or stdout written
   */
  public static void main(String[] args) throws IOException {
    Document document = RoundtableJson.defaults().read(Files.readAllBytes(Path.of(args[0])));
    Channel channel = Channel.builder()
        .title("Linked feeds")
        .link("https://example.net/linked/")
        .description("A feed written by a jlink runtime image.")
        .selfUrl("https://example.net/linked/feed")
        .language("en")
        .build();
    OutputStream out = new BufferedOutputStream(System.out);
    out.write(RoundtableJson.builder().pretty(true).build().toBytes(document));
    for (Question question : document.questions()) {
      RssFeedWriter.of(channel).write(question, out);
      AtomFeedWriter.of(channel).write(question, out);
      JsonFeedWriter.of(channel).write(question, out);
    }
    out.flush();
  }
}
