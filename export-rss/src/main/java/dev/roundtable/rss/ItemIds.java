package dev.roundtable.rss;

import dev.roundtable.model.Answer;
import dev.roundtable.model.Url;
import java.net.IDN;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Mints each answer's link and item id for one channel: the link is the answer's URL, else the
 * channel's base URL and the answer's id; the id is the link in canonical form
 * ({@link CanonicalUri}), else a {@code tag:} URI of the channel's domain, the answer's day and
 * its id, so that it stays the same from one writing of the feed to the next.
 */
final class ItemIds {
  private static final Pattern TAG_AUTHORITY = Pattern.compile("[a-z0-9.\\-]+");

  private final Channel channel;

  ItemIds(Channel channel) {
    this.channel = channel;
  }

  /** The answer as an item; {@code index}, its place in the feed, names it when it cannot be. */
  Item item(Answer answer, int index) {
    String link = null;
    if (answer.url().isPresent()) {
      link = Href.of(answer.url().get());
    } else if (channel.baseUrl().isPresent()) {
      link = Href.of(channel.baseUrl().get()) + segment(answer.id(), index);
    }
    String id = link != null ? link : "tag:" + channel.tagAuthority() + ','
        + FeedDates.day(answer.publishedAt()) + ':' + CanonicalUri.percentEncode(answer.id());
    return new Item(answer, link, CanonicalUri.of(id), link != null,
        answer.standfirst(channel.summaryLength()));
  }

  /**
   * The answer's id, percent-encoded, as one path segment after the base URL. {@code .} and
   * {@code ..} are refused: they resolve to the base URL or its parent, percent-encoded
   * ({@code %2E}) too, to RFC 3986 and to browsers alike.
   */
  private static String segment(String id, int index) {
    if (id.equals(".") || id.equals("..")) {
      throw new IllegalArgumentException("answers[" + index + "]: its id \"" + id + "\" cannot"
          + " follow the base URL: it is a dot segment, which names the base URL's own page or"
          + " its parent; give the answer a URL or another id");
    }
    return CanonicalUri.percentEncode(id);
  }

  /** The domain that mints tag: URIs: the host of the channel's link, in ASCII, lower case. */
  static String tagAuthority(Url link) {
    String host = link.toUri().getHost();
    if (host == null) {
      String authority = link.toUri().getRawAuthority();
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
