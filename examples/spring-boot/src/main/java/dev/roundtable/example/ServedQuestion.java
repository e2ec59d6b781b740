package dev.roundtable.example;

import dev.roundtable.html.FeedLink;
import dev.roundtable.html.HtmlExporter;
import dev.roundtable.http.Representation;
import dev.roundtable.http.Representations;
import dev.roundtable.json.JsonLd;
import dev.roundtable.model.Answer;
import dev.roundtable.model.Question;
import dev.roundtable.rss.AtomFeedWriter;
import dev.roundtable.rss.Channel;
import dev.roundtable.rss.FeedWriter;
import dev.roundtable.rss.JsonFeedWriter;
import dev.roundtable.rss.RssFeedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One question's five representations, made once when the application starts (each renders
 * its body at most once and keeps it): the HTML page, its RSS, Atom and JSON Feed feeds, and its
 * schema.org JSON-LD.
 *
 * @param page the HTML page: {@code HtmlExporter.head}, the index and every answer's article
 * @param rss the RSS 2.0 feed
 * @param atom the Atom 1.0 feed
 * @param jsonFeed the JSON Feed 1.1 feed
 * @param jsonLd the question page's JSON-LD
 */
record ServedQuestion(Representation page, Representation rss, Representation atom,
    Representation jsonFeed, Representation jsonLd) {

  ServedQuestion {
    Objects.requireNonNull(page, "page");
    Objects.requireNonNull(rss, "rss");
    Objects.requireNonNull(atom, "atom");
    Objects.requireNonNull(jsonFeed, "jsonFeed");
    Objects.requireNonNull(jsonLd, "jsonLd");
  }

  /**
   * The representations of a question served under {@code site/questions/ID}.
   *
   * @param question the question
   * @param site the public address of the site, ending in {@code /}
   * @param exporters the application's exporters
   * @return its representations
   */
  static ServedQuestion of(Question question, String site, Exporters exporters) {
    String path = site + "questions/" + question.id() + "/";
    FeedWriter rss = RssFeedWriter.of(selfUrl(exporters.rss().channel(), path + "feed.rss"));
    FeedWriter atom = AtomFeedWriter.of(selfUrl(exporters.atom().channel(), path + "feed.atom"));
    FeedWriter json = JsonFeedWriter.of(selfUrl(exporters.jsonFeed().channel(), path + "feed.json"));
    HtmlExporter html = HtmlExporter.of(exporters.html().options().toBuilder()
        .feeds(List.of(link(rss, "RSS", path + "feed.rss"), link(atom, "Atom", path + "feed.atom"),
            link(json, "JSON Feed", path + "feed.json")))
        .build());
    Representation page = Representation.of(Representations.TEXT_HTML,
        Representations.html(html.index(question), question).lastModified().orElse(null),
        out -> page(html, question, out));
    return new ServedQuestion(page, Representations.feed(rss, question),
        Representations.feed(atom, question), Representations.feed(json, question),
        Representations.jsonLd(exporters.jsonLd(), question));
  }

  /**
   * One of the feeds, by its file extension.
   *
   * @param extension {@code rss}, {@code atom} or {@code json}
   * @return the feed, or empty for another extension
   */
  Optional<Representation> feed(String extension) {
    return switch (extension) {
      case "rss" -> Optional.of(rss);
      case "atom" -> Optional.of(atom);
      case "json" -> Optional.of(jsonFeed);
      default -> Optional.empty();
    };
  }

  private static void page(HtmlExporter html, Question question, OutputStream out)
      throws IOException {
    ascii(out, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    html.head(question).writeTo(out);
    ascii(out, "</head>\n<body>\n<main>\n");
    html.index(question).writeTo(out);
    for (Answer answer : question.answers()) {
      html.answer(question, answer).writeTo(out);
    }
    ascii(out, "</main>\n</body>\n</html>\n");
  }

  private static Channel selfUrl(Channel channel, String selfUrl) {
    return channel.toBuilder().selfUrl(selfUrl).build();
  }

  private static FeedLink link(FeedWriter writer, String format, String href) {
    return new FeedLink(writer.mediaType(), writer.channel().title() + " (" + format + ")", href);
  }

  private static void ascii(OutputStream out, String markup) throws IOException {
    out.write(markup.getBytes(StandardCharsets.US_ASCII));
  }

  /**
   * The exporters the starter configured (or the application's own).
   *
   * @param html the HTML exporter
   * @param jsonLd the JSON-LD writer
   * @param rss the RSS writer, whose channel each question's feed takes with its own address
   * @param atom the Atom writer, likewise
   * @param jsonFeed the JSON Feed writer, likewise
   */
  record Exporters(HtmlExporter html, JsonLd jsonLd, RssFeedWriter rss, AtomFeedWriter atom,
      JsonFeedWriter jsonFeed) {}
}
