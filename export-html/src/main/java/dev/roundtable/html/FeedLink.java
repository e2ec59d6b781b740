package dev.roundtable.html;

import dev.roundtable.model.InvalidModelException;
import dev.roundtable.model.Quoting;
import dev.roundtable.model.Url;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A feed of the page's content (or another rendering of it) that the page's head announces for
 * autodiscovery, {@code <link rel="alternate" type="..." title="..." href="...">}: see
 * {@link HtmlOptions.Builder#feeds} and {@link HtmlExporter#head(dev.roundtable.model.Question)}.
 *
 * <p>The href is a URL reference, kept as a string so that a page can name a feed beside it
 * ({@code rss.xml}, {@code ../feeds/atom.xml}): either an absolute {@code http} or {@code https}
 * URL, which the model's {@link Url} checks, or a relative reference without a scheme and
 * without an authority (a path, with a query or fragment if any), resolved by the browser
 * against the page's address. Nothing else is accepted: no other scheme ({@code javascript:}
 * in any spelling), no {@code //host} reference, no white space, control or invisible format
 * character. Titles are any text: the head escapes them.
 *
 * @param mediaType the feed's media type, {@code type/subtype} without parameters: usually
 *     {@link #RSS}, {@link #ATOM} or {@link #JSON_FEED}
 * @param title what readers see in their feed reader's list, such as "RSS 2.0"; empty for no
 *     {@code title} attribute
 * @param href where the feed is: an absolute http(s) URL or a relative reference
 */
public record FeedLink(String mediaType, String title, String href) {
  /** RSS 2.0. */
  public static final String RSS = "application/rss+xml";
  /** Atom 1.0. */
  public static final String ATOM = "application/atom+xml";
  /** JSON Feed 1.1. */
  public static final String JSON_FEED = "application/feed+json";

  /** A media type's type and subtype (RFC 6838 restricted names). */
  private static final Pattern MEDIA_TYPE = Pattern.compile(
      "[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}");

  /**
   * Checks every part.
   *
   * @param mediaType the feed's media type, {@code type/subtype}
   * @param title its title; empty for none
   * @param href an absolute http(s) URL or a relative reference
   * @throws IllegalArgumentException when the media type is not {@code type/subtype} or the
   *     href is not an http(s) URL or a relative reference as described above
   */
  public FeedLink {
    Objects.requireNonNull(mediaType, "mediaType");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(href, "href");
    if (!MEDIA_TYPE.matcher(mediaType).matches()) {
      throw new IllegalArgumentException("mediaType must be type/subtype, such as " + RSS
          + "; was " + Quoting.quote(mediaType));
    }
    href = reference(href);
  }

  /**
   * A feed at an absolute URL.
   *
   * @param mediaType the feed's media type, such as {@link #RSS}
   * @param title its title; empty for none
   * @param href where it is
   * @throws IllegalArgumentException when the media type is not {@code type/subtype}
   */
  public FeedLink(String mediaType, String title, Url href) {
    this(mediaType, title, Objects.requireNonNull(href, "href").toString());
  }

  /** The href checked: an absolute http(s) URL (scheme in lower case), or a relative path. */
  private static String reference(String href) {
    if (href.length() > Url.MAX_LENGTH) {
      throw new IllegalArgumentException("href must be at most " + Url.MAX_LENGTH
          + " characters long");
    }
    URI uri;
    try {
      uri = new URI(href);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("href must be a URL reference; " + Quoting.quote(href)
          + " is malformed (" + e.getReason() + ")", e);
    }
    if (uri.getScheme() != null) {
      try {
        return Url.of(href).toString();
      } catch (InvalidModelException e) {
        throw new IllegalArgumentException("href " + e.rule(), e);
      }
    }
    if (href.isEmpty() || uri.getRawAuthority() != null || href.startsWith("//")) {
      throw new IllegalArgumentException("href must be an absolute http(s) URL or a relative"
          + " path such as rss.xml; " + (href.isEmpty() ? "it is empty"
              : Quoting.quote(href) + " names a host but no scheme"));
    }
    href.codePoints().filter(FeedLink::hidden).findFirst().ifPresent(c -> {
      throw new IllegalArgumentException(String.format("href must not contain invisible format"
          + " characters or lone surrogates (U+%04X in %s)", c, Quoting.quote(href)));
    });
    return href;
  }

  /** An invisible format character (a bidi control, U+200B) or a lone surrogate. */
  private static boolean hidden(int c) {
    int type = Character.getType(c);
    return type == Character.FORMAT || type == Character.SURROGATE;
  }
}
