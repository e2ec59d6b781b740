package dev.roundtable.rss;

import dev.roundtable.model.Answer;
import dev.roundtable.model.Contributor;
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
 * description), {@code updated}, {@code link rel="self"} and {@code rel="alternate"},
 * {@code generator} and {@code logo}, and {@code xml:lang} from the channel's language. It has
 * no feed-level {@code author}: every entry has its own. {@code updated} is the latest of the
 * channel's {@link Channel#updated() updated} and the first answer's last modification; it is
 * never taken from the clock, so an empty feed needs the channel's, and writing one without it
 * throws an {@link InvalidChannelException} naming {@code updated} before writing anything.
 *
 * <p>Each entry has {@code id} (the answer's URL, else a stable {@code tag:} URI), {@code title},
 * {@code updated} (last modification), {@code published}, {@code author} with {@code name} and
 * {@code uri}, {@code link rel="alternate"}, {@code summary} (plain text), {@code content
 * type="html"} (the full body, in CDATA) and a {@code category} per topic. See
 * {@link FeedWriter} for streaming, ordering and determinism.
 */
public final class AtomFeedWriter implements FeedWriter {
  private static final Ascii ENTRY_START = Ascii.of("<entry>\n");
  private static final Ascii ENTRY_END = Ascii.of("</entry>\n");
  private static final Tag ID = Tag.of("id");
  private static final Tag TITLE = Tag.of("title");
  private static final Tag UPDATED = Tag.of("updated");
  private static final Tag PUBLISHED = Tag.of("published");
  private static final Tag AUTHOR = Tag.of("author");
  private static final Tag NAME = Tag.of("name");
  private static final Tag URI = Tag.of("uri");
  private static final Ascii ALTERNATE_LINK =
      Ascii.of("<link rel=\"alternate\" type=\"text/html\"");
  private static final Ascii EMPTY_END = Ascii.of("/>\n");
  private static final Tag SUMMARY = Tag.of("summary");
  private static final Ascii HTML_CONTENT = Ascii.of("<content type=\"html\">");
  private static final Tag CONTENT = Tag.of("content");
  private static final Ascii CATEGORY = Ascii.of("<category");

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

  /** @return {@code application/atom+xml} */
  @Override
  public String mediaType() {
    return "application/atom+xml";
  }

  @Override
  public void write(Iterator<? extends Answer> answers, OutputStream out) throws IOException {
    Objects.requireNonNull(answers, "answers");
    XmlOutput xml = new XmlOutput(Objects.requireNonNull(out, "out"));
    Items items = new Items(channel, answers);
    Instant updated = items.updated();
    if (updated == null) {
      throw new InvalidChannelException("updated", "is required to write an Atom feed without"
          + " entries: Atom requires the feed's date, an empty feed has no answer to take it"
          + " from, and it is never taken from the clock; set Channel.Builder.updated(Instant)"
          + " to when the feed last changed");
    }
    xml.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .raw("<feed xmlns=\"http://www.w3.org/2005/Atom\"")
        .attribute("xml:lang", channel.language()).raw(">\n");
    xml.element("id", CanonicalUri.of(Items.href(channel.selfUrl()))).raw("\n");
    xml.element("title", channel.title()).raw("\n");
    xml.element("subtitle", channel.description()).raw("\n");
    xml.start("updated").rfc3339(updated).end("updated").raw("\n");
    xml.raw("<link rel=\"self\" type=\"application/atom+xml\"")
        .attribute("href", Items.href(channel.selfUrl())).raw("/>\n");
    xml.raw("<link rel=\"alternate\" type=\"text/html\"")
        .attribute("href", Items.href(channel.link())).raw("/>\n");
    if (channel.generator().isPresent()) {
      xml.element("generator", channel.generator().get()).raw("\n");
    }
    if (channel.image().isPresent()) {
      xml.element("logo", Items.href(channel.image().get().url())).raw("\n");
    }
    for (Item item = items.next(); item != null; item = items.next()) {
      writeEntry(xml, item);
    }
    xml.raw("</feed>\n");
    xml.flush();
  }

  private static void writeEntry(XmlOutput xml, Item item) throws IOException {
    Answer answer = item.answer();
    xml.raw(ENTRY_START);
    xml.line(ID, item.id());
    xml.line(TITLE, answer.headline());
    xml.raw(UPDATED.start).rfc3339(answer.lastModified()).raw(UPDATED.endLine);
    xml.raw(PUBLISHED.start).rfc3339(answer.publishedAt()).raw(PUBLISHED.endLine);
    Contributor contributor = answer.contributor();
    xml.raw(AUTHOR.start).raw(NAME.start).text(contributor.name()).raw(NAME.end);
    if (contributor.url().isPresent()) {
      xml.raw(URI.start).text(Items.href(contributor.url().get())).raw(URI.end);
    }
    xml.raw(AUTHOR.endLine);
    if (item.link() != null) {
      xml.raw(ALTERNATE_LINK).attribute("href", item.link()).raw(EMPTY_END);
    }
    xml.line(SUMMARY, item.summary());
    xml.raw(HTML_CONTENT);
    BodyHtml.writeBody(answer.body(), xml.cdataStream());
    xml.endCdata();
    xml.raw(CONTENT.endLine);
    for (String topic : answer.topics()) {
      if (FeedCharacters.isVisible(topic)) {
        xml.raw(CATEGORY).attribute("term", topic).raw(EMPTY_END);
      }
    }
    xml.raw(ENTRY_END);
  }
}
