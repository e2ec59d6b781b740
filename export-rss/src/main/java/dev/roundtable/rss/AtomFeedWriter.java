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
 * no feed-level {@code author}: every entry has its own. {@code updated} is the first answer's
 * last modification; an empty feed, which has no date from its answers and never takes one from
 * the clock, says {@code 1970-01-01T00:00:00Z}.
 *
 * <p>Each entry has {@code id} (the answer's URL, else a stable {@code tag:} URI), {@code title},
 * {@code updated} (last modification), {@code published}, {@code author} with {@code name} and
 * {@code uri}, {@code link rel="alternate"}, {@code summary} (plain text), {@code content
 * type="html"} (the full body, in CDATA) and a {@code category} per topic. See
 * {@link FeedWriter} for streaming, ordering and determinism.
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
    Answer newest = items.peek();
    xml.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .raw("<feed xmlns=\"http://www.w3.org/2005/Atom\"")
        .attribute("xml:lang", channel.language()).raw(">\n");
    xml.element("id", Items.href(channel.selfUrl())).raw("\n");
    xml.element("title", channel.title()).raw("\n");
    xml.element("subtitle", channel.description()).raw("\n");
    Instant updated = newest == null ? Instant.EPOCH : newest.lastModified();
    xml.rfc3339Element("updated", updated).raw("\n");
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
    xml.raw("<entry>\n");
    xml.element("id", item.id()).raw("\n");
    xml.element("title", answer.headline()).raw("\n");
    xml.rfc3339Element("updated", answer.lastModified()).raw("\n");
    xml.rfc3339Element("published", answer.publishedAt()).raw("\n");
    Contributor contributor = answer.contributor();
    xml.start("author").element("name", answer.byline().name());
    if (contributor.url().isPresent()) {
      xml.element("uri", Items.href(contributor.url().get()));
    }
    xml.end("author").raw("\n");
    if (item.link() != null) {
      xml.raw("<link rel=\"alternate\" type=\"text/html\"").attribute("href", item.link())
          .raw("/>\n");
    }
    xml.element("summary", item.summary()).raw("\n");
    xml.raw("<content type=\"html\">");
    BodyHtml.writeBody(answer.body(), xml.cdataStream());
    xml.endCdata();
    xml.raw("</content>\n");
    for (String topic : answer.topics()) {
      if (FeedCharacters.isVisible(topic)) {
        xml.raw("<category").attribute("term", topic).raw("/>\n");
      }
    }
    xml.raw("</entry>\n");
  }
}
