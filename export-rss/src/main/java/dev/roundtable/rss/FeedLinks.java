package dev.roundtable.rss;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.roundtable.model.Answer;
import dev.roundtable.model.Url;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The links a feed document has beyond {@code self} and {@code alternate}: RFC 5005's paging
 * ({@code first}, {@code previous}, {@code next}, {@code last}) and archive relations
 * ({@code prev-archive}, {@code next-archive}, {@code current}), and whether the document is an
 * archive ({@code <fh:archive/>}). The writers call it at one place each: root namespaces, then
 * the head's links after {@code self}. Immutable.
 */
final class FeedLinks {
  /** RFC 5005's namespace, {@code fh}. */
  static final String HISTORY_NS = "http://purl.org/syndication/history/1.0";
  /** No extra links: what a plain feed has. */
  static final FeedLinks NONE = new FeedLinks(List.of(), false);

  private record Link(String rel, String href) {}

  private final List<Link> links;
  private final boolean archive;

  private FeedLinks(List<Link> links, boolean archive) {
    this.links = links;
    this.archive = archive;
  }

  /** These links and one more, written in the order added. */
  FeedLinks with(String rel, Url href) {
    List<Link> more = new ArrayList<>(links);
    more.add(new Link(rel, Href.of(href)));
    return new FeedLinks(List.copyOf(more), archive);
  }

  /** These links, in a document marked as an archive. */
  FeedLinks archive() {
    return new FeedLinks(links, true);
  }

  /** The {@code xmlns:fh} declaration an archive's root element needs (RSS and Atom). */
  void namespaces(XmlOutput xml) throws IOException {
    if (archive) {
      xml.raw(" xmlns:fh=\"" + HISTORY_NS + "\"");
    }
  }

  /** Atom's {@code <link rel href/>}s and {@code <fh:archive/>}. */
  void atom(XmlOutput xml) throws IOException {
    head(xml, "<link");
  }

  /** RSS's {@code <atom:link rel href/>}s and {@code <fh:archive/>}. */
  void rss(XmlOutput xml) throws IOException {
    head(xml, "<atom:link");
  }

  private void head(XmlOutput xml, String start) throws IOException {
    for (Link link : links) {
      xml.raw(start).attribute("rel", link.rel()).attribute("href", link.href()).raw("/>\n");
    }
    if (archive) {
      xml.raw("<fh:archive/>\n");
    }
  }

  /**
   * JSON Feed's {@code next_url}, its one paging field: the URL of the older items, which is
   * {@code next} in a paged feed and {@code prev-archive} in an archived one.
   */
  void json(JsonGenerator json) throws IOException {
    for (Link link : links) {
      if (link.rel().equals("next") || link.rel().equals("prev-archive")) {
        json.writeStringField("next_url", link.href());
        return;
      }
    }
  }

  /** Writes a document of the answers with these links, in the format of {@code kind}. */
  void write(FeedWriter kind, Channel channel, Iterator<? extends Answer> answers,
      OutputStream out) throws IOException {
    if (kind instanceof RssFeedWriter) {
      RssFeedWriter.of(channel).write(answers, out, this);
    } else if (kind instanceof AtomFeedWriter) {
      AtomFeedWriter.of(channel).write(answers, out, this);
    } else {
      JsonFeedWriter.of(channel).write(answers, out, this);
    }
  }
}
