package dev.roundtable.rss;

import dev.roundtable.model.Answer;
import dev.roundtable.model.Image;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Iterator;
import java.util.Objects;

/**
 * Writes RSS 2.0 feeds that follow the RSS Best Practices Profile and pass the W3C Feed
 * Validation Service without warnings. Immutable and thread-safe.
 *
 * <p>The channel has the required {@code title}, {@code link} and {@code description}, then
 * {@code language}, {@code generator}, {@code docs}, {@code ttl}, {@code lastBuildDate} (the
 * latest of the channel's {@link Channel#updated() updated} and the first answer's last
 * modification; omitted when there is neither), {@code atom:link rel="self"}
 * and {@code image}. Each item has, in this order: {@code title} (the headline), {@code link},
 * one {@code guid} (the link as a permalink, else a stable {@code tag:} URI with
 * {@code isPermaLink="false"}), {@code pubDate} (RFC 822, four-digit year, {@code +0000}),
 * {@code dc:creator} (the byline's name), {@code description} (the plain-text standfirst),
 * {@code content:encoded} (the full body as HTML, in CDATA), a {@code category} per topic and the
 * image.
 *
 * <p><b>Titles and descriptions are escaped HTML.</b> RSS 2.0 gives {@code title} no content
 * model and lets {@code description} hold HTML; readers render both as HTML (the W3C
 * validator's advice: some interpret titles as HTML, others show them as text). So every
 * {@code title} (channel, image, item) and {@code description} (channel, item) carries its plain
 * text escaped as HTML and then as XML: a reader that renders it as HTML shows exactly the text,
 * markup and all, and never runs any. The other texts ({@code category}, {@code dc:creator},
 * {@code generator}, {@code media:description type="plain"}, {@code media:credit}) are plain
 * text, as their specifications say, escaped for XML only.
 *
 * <p><b>The image is {@code media:content}, not {@code enclosure}.</b> An RSS enclosure needs
 * its exact length in bytes and its MIME type (the validator reports a missing or invalid
 * {@code length}), which the model does not know and a feed writer cannot find out without
 * fetching the file; readers also treat enclosures as downloads (podcasts), and an item may have
 * only one. Media RSS's {@code media:content medium="image"} needs only the URL, carries the
 * width and height the model has, and has places for the text alternative
 * ({@code media:description type="plain"}) and the credit ({@code media:credit}).
 *
 * <p>All namespaces ({@code atom}, {@code content}, {@code dc}, {@code media}) are declared once,
 * on the root element. See {@link FeedWriter} for streaming, ordering and determinism.
 */
public final class RssFeedWriter implements FeedWriter {
  private static final String PROLOG = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      + "<rss version=\"2.0\" xmlns:atom=\"http://www.w3.org/2005/Atom\""
      + " xmlns:content=\"http://purl.org/rss/1.0/modules/content/\""
      + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
      + " xmlns:media=\"http://search.yahoo.com/mrss/\">\n<channel>\n";

  private static final Ascii ITEM_START = Ascii.of("<item>\n");
  private static final Ascii ITEM_END = Ascii.of("</item>\n");
  private static final Tag TITLE = Tag.of("title");
  private static final Tag LINK = Tag.of("link");
  private static final Tag GUID = Tag.of("guid");
  private static final Ascii PERMALINK_GUID = Ascii.of("<guid isPermaLink=\"true\">");
  private static final Ascii OTHER_GUID = Ascii.of("<guid isPermaLink=\"false\">");
  private static final Tag PUB_DATE = Tag.of("pubDate");
  private static final Tag CREATOR = Tag.of("dc:creator");
  private static final Tag DESCRIPTION = Tag.of("description");
  private static final Tag CONTENT = Tag.of("content:encoded");
  private static final Tag CATEGORY = Tag.of("category");
  private static final Ascii MEDIA_CONTENT = Ascii.of("<media:content");
  private static final Ascii MEDIUM_IMAGE = Ascii.of(" medium=\"image\"");
  private static final Ascii EMPTY_END = Ascii.of("/>\n");
  private static final Ascii MEDIA_DESCRIPTION = Ascii.of("<media:description type=\"plain\">");
  private static final Ascii MEDIA_DESCRIPTION_END = Ascii.of("</media:description>");
  private static final Tag MEDIA_CREDIT = Tag.of("media:credit");
  private static final Ascii MEDIA_CONTENT_END = Ascii.of("</media:content>\n");

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

  /** @return {@code application/rss+xml} */
  @Override
  public String mediaType() {
    return "application/rss+xml";
  }

  @Override
  public void write(Iterator<? extends Answer> answers, OutputStream out) throws IOException {
    Objects.requireNonNull(answers, "answers");
    XmlOutput xml = new XmlOutput(Objects.requireNonNull(out, "out"));
    Items items = new Items(channel, answers);
    xml.raw(PROLOG);
    writeChannel(xml, items.updated());
    for (Item item = items.next(); item != null; item = items.next()) {
      writeItem(xml, item);
    }
    xml.raw("</channel>\n</rss>\n");
    xml.flush();
  }

  private void writeChannel(XmlOutput xml, Instant updated) throws IOException {
    String link = Items.href(channel.link());
    xml.htmlElement("title", channel.title()).raw("\n");
    xml.element("link", link).raw("\n");
    xml.htmlElement("description", channel.description()).raw("\n");
    xml.element("language", channel.language()).raw("\n");
    if (channel.generator().isPresent()) {
      xml.element("generator", channel.generator().get()).raw("\n");
    }
    xml.element("docs", "https://www.rssboard.org/rss-specification").raw("\n");
    if (channel.ttl().isPresent()) {
      xml.element("ttl", Long.toString(channel.ttl().get().toMinutes())).raw("\n");
    }
    if (updated != null) {
      xml.start("lastBuildDate").rfc822(updated).end("lastBuildDate").raw("\n");
    }
    xml.raw("<atom:link").attribute("href", Items.href(channel.selfUrl()))
        .raw(" rel=\"self\" type=\"application/rss+xml\"/>\n");
    if (channel.image().isPresent()) {
      Image image = channel.image().get();
      xml.start("image");
      xml.element("url", Items.href(image.url()));
      xml.htmlElement("title", channel.title());
      xml.element("link", link);
      if (image.width().isPresent()) {
        xml.element("width", image.width().getAsInt());
      }
      if (image.height().isPresent()) {
        xml.element("height", image.height().getAsInt());
      }
      xml.end("image").raw("\n");
    }
  }

  private static void writeItem(XmlOutput xml, Item item) throws IOException {
    Answer answer = item.answer();
    xml.raw(ITEM_START);
    if (FeedCharacters.isVisible(answer.headline())) {
      xml.htmlLine(TITLE, answer.headline());
    }
    if (item.link() != null) {
      xml.line(LINK, item.link());
    }
    xml.raw(item.permalink() ? PERMALINK_GUID : OTHER_GUID).text(item.id()).raw(GUID.endLine);
    xml.raw(PUB_DATE.start).rfc822(answer.publishedAt()).raw(PUB_DATE.endLine);
    String creator = answer.contributor().name();
    if (FeedCharacters.isVisible(creator)) {
      xml.line(CREATOR, creator);
    }
    xml.htmlLine(DESCRIPTION, item.summary());
    xml.raw(CONTENT.start);
    BodyHtml.writeBody(answer.body(), xml.cdataStream());
    xml.endCdata();
    xml.raw(CONTENT.endLine);
    for (String topic : answer.topics()) {
      if (FeedCharacters.isVisible(topic)) {
        xml.line(CATEGORY, topic);
      }
    }
    if (answer.image().isPresent()) {
      writeImage(xml, answer.image().get());
    }
    xml.raw(ITEM_END);
  }

  private static void writeImage(XmlOutput xml, Image image) throws IOException {
    xml.raw(MEDIA_CONTENT).attribute("url", Items.href(image.url())).raw(MEDIUM_IMAGE);
    if (image.width().isPresent()) {
      xml.attribute("width", image.width().getAsInt());
    }
    if (image.height().isPresent()) {
      xml.attribute("height", image.height().getAsInt());
    }
    boolean alt = FeedCharacters.isVisible(image.alt());
    String credit = image.credit().orElse(null);
    if (credit != null && !FeedCharacters.isVisible(credit)) {
      credit = null;
    }
    if (!alt && credit == null) {
      xml.raw(EMPTY_END);
      return;
    }
    xml.byteOut('>');
    if (alt) {
      xml.raw(MEDIA_DESCRIPTION).text(image.alt()).raw(MEDIA_DESCRIPTION_END);
    }
    if (credit != null) {
      xml.raw(MEDIA_CREDIT.start).text(credit).raw(MEDIA_CREDIT.end);
    }
    xml.raw(MEDIA_CONTENT_END);
  }
}
