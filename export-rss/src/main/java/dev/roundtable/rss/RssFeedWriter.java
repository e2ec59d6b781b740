package dev.roundtable.rss;

import dev.roundtable.model.Answer;
import dev.roundtable.model.Image;
import dev.roundtable.model.Url;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Iterator;
import java.util.Objects;

/**
 * Writes RSS 2.0 feeds that follow the RSS Best Practices Profile and pass the W3C Feed
 * Validation Service without warnings. Immutable and thread-safe.
 *
 * <p>The channel has {@code title}, {@code link}, {@code description}, {@code language},
 * {@code generator}, {@code docs}, {@code ttl}, {@code lastBuildDate} (the latest of the
 * channel's {@link Channel#updated() updated} and the first answer's last modification; omitted
 * when there is neither), {@code atom:link rel="self"}, an {@code atom:link rel="hub"} per
 * WebSub hub of the channel and {@code image}. Each item has, in this
 * order: {@code title} (the headline), {@code link}, one {@code guid} (the link as a permalink,
 * else a stable {@code tag:} URI with {@code isPermaLink="false"}), {@code pubDate} (RFC 822,
 * four-digit year, {@code +0000}), {@code dc:creator} (the byline's name), {@code description}
 * (the plain-text standfirst), {@code content:encoded} (the full body as HTML, in CDATA), a
 * {@code category} per topic and the image.
 *
 * <p><b>Titles and descriptions are escaped HTML.</b> RSS 2.0 gives {@code title} no content
 * model and lets {@code description} hold HTML, and readers render both as HTML (the W3C
 * validator's advice: some interpret titles as HTML, others show them as text). So every
 * {@code title} (channel, image, item) and {@code description} (channel, item) carries its plain
 * text escaped as HTML, then as XML: a reader that renders it shows exactly the text, markup and
 * all, and never runs any. The other texts ({@code category}, {@code dc:creator},
 * {@code generator}, {@code media:description type="plain"}, {@code media:credit}) are plain
 * text, as their specifications say, escaped for XML only.
 *
 * <p><b>The image is {@code media:content}, not {@code enclosure}.</b> An enclosure needs its
 * exact length in bytes and MIME type (the validator reports a missing or invalid
 * {@code length}), which the model does not know and a feed writer cannot find out without
 * fetching the file; readers also treat enclosures as downloads (podcasts), one per item. Media
 * RSS's {@code media:content medium="image"} needs only the URL, carries the model's width and
 * height, and has places for the text alternative ({@code media:description type="plain"}) and
 * the credit ({@code media:credit}); see {@link MediaRss}.
 *
 * <p>All namespaces ({@code atom}, {@code content}, {@code dc}, {@code media}) are declared once,
 * on the root element. See {@link FeedWriter} for streaming, ordering and determinism.
 */
public final class RssFeedWriter implements FeedWriter {
  private static final String PROLOG = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      + "<rss version=\"2.0\" xmlns:atom=\"http://www.w3.org/2005/Atom\""
      + " xmlns:content=\"http://purl.org/rss/1.0/modules/content/\""
      + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"" + MediaRss.NAMESPACE;

  private final Channel channel;

  private RssFeedWriter(Channel channel) {
    this.channel = Objects.requireNonNull(channel, "channel");
  }

  /**
   * A writer for a channel.
   *
   * @param channel the channel
   * @return the writer
   */
  public static RssFeedWriter of(Channel channel) {
    return new RssFeedWriter(channel);
  }

  @Override
  public Channel channel() {
    return channel;
  }

  /** {@return {@code application/rss+xml}} */
  @Override
  public String mediaType() {
    return "application/rss+xml";
  }

  @Override
  public void write(Iterator<? extends Answer> answers, OutputStream out) throws IOException {
    write(answers, out, FeedLinks.NONE);
  }

  /** Writes the feed with more links in its channel (pages and archives, RFC 5005). */
  void write(Iterator<? extends Answer> answers, OutputStream out, FeedLinks links)
      throws IOException {
    ItemIterator items = new ItemIterator(channel, answers);
    XmlOutput xml = new XmlOutput(Objects.requireNonNull(out, "out"));
    xml.raw(PROLOG);
    links.namespaces(xml);
    xml.raw(">\n<channel>\n");
    writeChannel(xml, items.updated(), links);
    while (items.hasNext()) {
      writeItem(xml, items.next());
    }
    xml.raw("</channel>\n</rss>\n");
    xml.flush();
  }

  private void writeChannel(XmlOutput xml, Instant updated, FeedLinks links)
      throws IOException {
    String link = Href.of(channel.link());
    xml.htmlElement("title", channel.title()).line();
    xml.element("link", link).line();
    xml.htmlElement("description", channel.description()).line();
    xml.element("language", channel.language()).line();
    if (channel.generator().isPresent()) {
      xml.element("generator", channel.generator().get()).line();
    }
    xml.element("docs", "https://www.rssboard.org/rss-specification").line();
    if (channel.ttl().isPresent()) {
      xml.element("ttl", Long.toString(channel.ttl().get().toMinutes())).line();
    }
    if (updated != null) {
      xml.element("lastBuildDate", FeedDates.rfc822(updated)).line();
    }
    xml.raw("<atom:link").attribute("href", Href.of(channel.selfUrl()))
        .raw(" rel=\"self\" type=\"application/rss+xml\"/>\n");
    for (Url hub : channel.hubs()) {
      xml.raw("<atom:link").attribute("href", Href.of(hub)).raw(" rel=\"hub\"/>\n");
    }
    links.rss(xml);
    if (channel.image().isPresent()) {
      Image image = channel.image().get();
      xml.raw("<image>").element("url", Href.of(image.url()))
          .htmlElement("title", channel.title()).element("link", link);
      if (image.width().isPresent()) {
        xml.element("width", Integer.toString(image.width().getAsInt()));
      }
      if (image.height().isPresent()) {
        xml.element("height", Integer.toString(image.height().getAsInt()));
      }
      xml.raw("</image>\n");
    }
  }

  private static void writeItem(XmlOutput xml, Item item) throws IOException {
    Answer answer = item.answer();
    xml.raw("<item>\n");
    if (Item.shows(answer.headline())) {
      xml.htmlElement("title", answer.headline()).line();
    }
    if (item.link() != null) {
      xml.element("link", item.link()).line();
    }
    xml.raw(item.permalink() ? "<guid isPermaLink=\"true\">" : "<guid isPermaLink=\"false\">")
        .text(item.id()).raw("</guid>\n");
    xml.element("pubDate", FeedDates.rfc822(answer.publishedAt())).line();
    String creator = answer.contributor().name();
    if (Item.shows(creator)) {
      xml.element("dc:creator", creator).line();
    }
    xml.htmlElement("description", item.summary()).line();
    xml.raw("<content:encoded>").cdata(answer.body()).raw("</content:encoded>\n");
    for (String topic : answer.topics()) {
      if (Item.shows(topic)) {
        xml.element("category", topic).line();
      }
    }
    if (answer.image().isPresent()) {
      MediaRss.write(xml, answer.image().get());
    }
    xml.raw("</item>\n");
  }
}
