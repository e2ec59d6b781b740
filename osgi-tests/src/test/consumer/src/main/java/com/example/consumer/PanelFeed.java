package com.example.consumer;

import dev.roundtable.json.RoundtableJson;
import dev.roundtable.model.Document;
import dev.roundtable.model.Question;
import dev.roundtable.rss.Channel;
import dev.roundtable.rss.RssFeedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Prints a panel's RSS feed, then the panel again as pretty Roundtable JSON. */
public final class PanelFeed {
  private static final Channel CHANNEL = Channel.builder()
      .title("Consumer panel")
      .link("https://consumer.example.org/panel/")
      .description("A panel read by a project that takes Roundtable from its BOM.")
      .selfUrl("https://consumer.example.org/panel/feed.rss")
      .language("en-GB")
      .build();

  private PanelFeed() {}

  /**
   * Prints what {@link #render} makes of a Roundtable JSON file.
   *
   * @param args the file's path
   * @throws IOException when the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    System.out.write(render(Files.readAllBytes(Path.of(args[0]))));
    System.out.flush();
  }

  /**
   * The RSS feed of each question of a document, then the document as pretty Roundtable JSON.
   *
   * @param json a Roundtable JSON document
   * @return the feeds and the JSON, in UTF-8
   */
  public static byte[] render(byte[] json) {
    Document document = RoundtableJson.defaults().read(json);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      for (Question question : document.questions()) {
        RssFeedWriter.of(CHANNEL).write(question, out);
      }
      RoundtableJson.builder().pretty(true).build().write(document, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
