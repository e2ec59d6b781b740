package dev.roundtable.rss;

import dev.roundtable.model.Answer;
import dev.roundtable.model.Url;
import java.net.IDN;
import java.time.Instant;
import java.util.Iterator;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The answers of one feed being written, pulled one at a time: the first can be looked at
 * before writing starts (its date is the feed's date, see {@link #updated()}), the channel's
 * item limit stops the
 * pulling, and each answer becomes an {@link Item} with its link and id worked out, an id
 * that repeats an earlier one refused ({@link SeenIds}). Not thread-safe: one per write.
 */
final class Items {
  private static final Pattern TAG_AUTHORITY = Pattern.compile("[a-z0-9.\\-]+");

  private final Channel channel;
  private final Iterator<? extends Answer> answers;
  private final String tagAuthority;
  private final SeenIds seen = new SeenIds();
  private Answer peeked;
  private int index;

  Items(Channel channel, Iterator<? extends Answer> answers) {
    this.channel = channel;
    this.answers = answers;
    this.tagAuthority = tagAuthority(channel);
  }

  /** The next answer without consuming it, or {@code null} when there is none left. */
  Answer peek() {
    if (peeked == null && index < channel.maxItems() && answers.hasNext()) {
      Answer next = answers.next();
      if (next == null) {
        throw new IllegalArgumentException("answers[" + index + "]: must not be null");
      }
      peeked = next;
    }
    return peeked;
  }

  /**
   * The feed's date: the latest of the channel's {@code updated} and the first answer's last
   * modification, or {@code null} when there is neither (an empty feed without that option).
   */
  Instant updated() {
    Instant updated = channel.updated().orElse(null);
    Answer first = peek();
    if (first != null && (updated == null || first.lastModified().isAfter(updated))) {
      updated = first.lastModified();
    }
    return updated;
  }

  /**
   * The next item, or {@code null} at the end of the answers or at the channel's limit.
   *
   * @throws IllegalArgumentException naming the answer's index when its item id repeats one
   *     of an earlier item
   */
  Item next() {
    Answer answer = peek();
    if (answer == null) {
      return null;
    }
    peeked = null;
    Item item = item(answer);
    if (!seen.add(item.id())) {
      // ids are ASCII without quotes or controls (URLs in ASCII, percent-encoded tag: URIs)
      throw new IllegalArgumentException("answers[" + index + "]: its id \"" + item.id()
          + "\" is an earlier item's id too; answers that share a URL (or, without URLs, an id"
          + " and a day) share an item id, and readers take them for one item: give each answer"
          + " its own URL");
    }
    index++;
    return item;
  }

  private Item item(Answer answer) {
    String link = null;
    if (answer.url().isPresent()) {
      link = href(answer.url().get());
    } else if (channel.baseUrl().isPresent()) {
      link = href(channel.baseUrl().get()) + segment(answer.id());
    }
    String id;
    if (link != null) {
      id = CanonicalUri.of(link);
    } else {
      StringBuilder tag = new StringBuilder("tag:").append(tagAuthority).append(',');
      tag.append(FeedDates.day(answer.publishedAt())).append(':').append(CanonicalUri.percentEncode(answer.id()));
      id = CanonicalUri.of(tag.toString());
    }
    return new Item(answer, link, id, link != null,
        answer.standfirst(channel.summaryLength()));
  }

  /**
   * A URL as feeds write it: ASCII only, non-ASCII characters percent-encoded as UTF-8 (the
   * validator rejects IRIs in links); parsed only when it is not ASCII already.
   */
  static String href(Url url) {
    String s = url.toString();
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return url.toUri().toASCIIString();
      }
    }
    return s;
  }

  /**
   * The answer's id as one path segment after the base URL: percent-encoded. An id of
   * {@code .} or {@code ..} is refused: as a segment it is a dot segment, which resolves to the
   * base URL or its parent, and percent-encoded ({@code %2E}) it is one still, to RFC 3986 and
   * to browsers alike.
   */
  private String segment(String id) {
    if (id.equals(".") || id.equals("..")) {
      throw new IllegalArgumentException("answers[" + index + "]: its id \"" + id + "\" cannot"
          + " follow the base URL: it is a dot segment, which names the base URL's own page or"
          + " its parent; give the answer a URL or another id");
    }
    return CanonicalUri.percentEncode(id);
  }

  /** The domain that mints tag: URIs: the channel link's host, in ASCII and lower case. */
  private static String tagAuthority(Channel channel) {
    String host = channel.link().toUri().getHost();
    if (host == null) {
      String authority = channel.link().toUri().getRawAuthority();
      host = authority.substring(authority.indexOf('@') + 1).replaceFirst(":[0-9]*$", "");
    }
    try {
      host = IDN.toASCII(host).toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      host = "";
    }
    return TAG_AUTHORITY.matcher(host).matches() ? host : "invalid";
  }
}
