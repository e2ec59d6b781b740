package dev.roundtable.rss;

import dev.roundtable.model.Answer;
import dev.roundtable.model.Contributor;
import dev.roundtable.model.Url;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Iterator;
import java.util.Objects;

/**
 * Writes Atom 1.0 feeds (RFC 4287) that pass the W3C Feed Validation Service without warnings.
 * Immutable and thread-safe.
 *
 * <p>The feed has {@code id} (the channel's self URL), {@code title}, {@code subtitle} (the
 * description), {@code updated}, {@code link rel="self"} and {@code rel="alternate"}, a
 * {@code link rel="hub"} per WebSub hub,
 * {@code generator} and {@code logo}, and {@code xml:lang} from the channel's language. It has
 * no feed-level {@code author}: every entry has its own. {@code updated} is the latest of the
 * channel's {@link Channel#updated() updated} and the first answer's last modification; it is
 * never taken from the clock, so an empty feed needs the channel's, and writing one without it
 * throws an {@link InvalidChannelException} naming {@code updated} before writing anything.
 *
 * <p>Each entry has {@code id} (the answer's URL, else a stable {@code tag:} URI), {@code title},
 * {@code updated} (last modification), {@code published}, {@code author} with {@code name} and
 * {@code uri}, {@code link rel="alternate"}, {@code summary} (plain text), {@code content
 * type="html"} (the full body, in CDATA), a {@code category} per topic and the answer's image as
 * Media RSS {@code media:content} ({@link MediaRss}), as in RSS.
 *
 * <p><b>The image is not a {@code link rel="enclosure"}.</b> An enclosure's {@code type} would
 * be a guess from the URL's extension (the server decides the real one, and many image URLs
 * have none or a misleading one), and readers offer enclosures as downloads. The W3C validator
 * accepts Media RSS in Atom entries. The {@code media} namespace is declared on the root
 * always: a streaming writer cannot know whether a later entry has an image, and the validator
 * reports nothing for a namespace declared and not used. See {@link FeedWriter} for streaming,
 * ordering and determinism.
 */
public final class AtomFeedWriter implements FeedWriter {
  private final Channel channel;

  private AtomFeedWriter(Channel channel) {
    this.channel = Objects.requireNonNull(channel, "channel");
  }

  /**
   * A writer for a channel.
   *
   * @param channel the channel
   * @return the writer
   */
  public static AtomFeedWriter of(Channel channel) {
    return new AtomFeedWriter(channel);
  }

  @Override
  public Channel channel() {
    return channel;
  }

  /** {@return {@code application/atom+xml}} */
  @Override
  public String mediaType() {
    return "application/atom+xml";
  }

  @Override
  public void write(Iterator<? extends Answer> answers, OutputStream out) throws IOException {
    write(answers, out, FeedLinks.NONE);
  }

  /** Writes the feed with more links in its head (pages and archives, RFC 5005). */
  void write(Iterator<? extends Answer> answers, OutputStream out, FeedLinks links)
      throws IOException {
    ItemIterator items = new ItemIterator(channel, answers);
    XmlOutput xml = new XmlOutput(Objects.requireNonNull(out, "out"));
    Instant updated = items.updated();
    if (updated == null) {
      throw new InvalidChannelException("updated", "is required to write an Atom feed without"
          + " entries: Atom requires the feed's date, an empty feed has no answer to take it"
          + " from, and it is never taken from the clock; set Channel.Builder.updated(Instant)"
          + " to when the feed last changed");
    }
    xml.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .raw("<feed xmlns=\"http://www.w3.org/2005/Atom\"").raw(MediaRss.NAMESPACE)
        .attribute("xml:lang", channel.language());
    links.namespaces(xml);
    xml.raw(">\n");
    xml.element("id", CanonicalUri.of(Href.of(channel.selfUrl()))).line();
    xml.element("title", channel.title()).line();
    xml.element("subtitle", channel.description()).line();
    xml.element("updated", FeedDates.rfc3339(updated)).line();
    xml.raw("<link rel=\"self\" type=\"application/atom+xml\"")
        .attribute("href", Href.of(channel.selfUrl())).raw("/>\n");
    xml.raw("<link rel=\"alternate\" type=\"text/html\"")
        .attribute("href", Href.of(channel.link())).raw("/>\n");
    for (Url hub : channel.hubs()) {
      xml.raw("<link rel=\"hub\"").attribute("href", Href.of(hub)).raw("/>\n");
    }
    links.atom(xml);
    if (channel.generator().isPresent()) {
      xml.element("generator", channel.generator().get()).line();
    }
    if (channel.image().isPresent()) {
      xml.element("logo", Href.of(channel.image().get().url())).line();
    }
    while (items.hasNext()) {
      writeEntry(xml, items.next());
    }
    xml.raw("</feed>\n");
    xml.flush();
  }

  private static void writeEntry(XmlOutput xml, Item item) throws IOException {
    Answer answer = item.answer();
    xml.raw("<entry>\n");
    xml.element("id", item.id()).line();
    xml.element("title", answer.headline()).line();
    xml.element("updated", FeedDates.rfc3339(answer.lastModified())).line();
    xml.element("published", FeedDates.rfc3339(answer.publishedAt())).line();
    Contributor contributor = answer.contributor();
    xml.raw("<author>").element("name", contributor.name());
    if (contributor.url().isPresent()) {
      xml.element("uri", Href.of(contributor.url().get()));
    }
    xml.raw("</author>\n");
    if (item.link() != null) {
      xml.raw("<link rel=\"alternate\" type=\"text/html\"").attribute("href", item.link())
          .raw("/>\n");
    }
    xml.element("summary", item.summary()).line();
    xml.raw("<content type=\"html\">").cdata(answer.body()).raw("</content>\n");
    for (String topic : answer.topics()) {
      if (Item.shows(topic)) {
        xml.raw("<category").attribute("term", topic).raw("/>\n");
      }
    }
    if (answer.image().isPresent()) {
      MediaRss.write(xml, answer.image().get());
    }
    xml.raw("</entry>\n");
  }
}
