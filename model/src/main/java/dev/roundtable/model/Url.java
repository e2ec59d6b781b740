package dev.roundtable.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * An absolute URL whose scheme is on an explicit allow-list: {@code http} or {@code https}
 * everywhere, and also {@code mailto} for links inside a body. Nothing else can be constructed:
 * not {@code javascript:} in any spelling, not {@code data:} or {@code vbscript:}, not a
 * relative reference, not a string with white space, control characters, invisible format
 * characters (such as a right-to-left override) or lone surrogates in it. An http or https URL
 * must name a valid host and carries no user information ({@code https://example.com@evil.com}
 * is rejected); a mailto URL must name an address.
 *
 * <p>The text is kept as given except that the scheme is written in lower case. {@link URI}, which
 * rejects white space, control characters and malformed escapes, is the authority on what is
 * accepted: a hand-written fast path takes only the most common shape of http and https URLs,
 * with the same result, and anything else, every rejection included, goes through {@link URI}.
 * A differential test checks both paths against each other.
 */
public final class Url {
  /** Longest URL accepted, in characters. */
  public static final int MAX_LENGTH = 4096;

  private final String value;
  private final String scheme;

  private Url(String value, String scheme) {
    this.value = value;
    this.scheme = scheme;
  }

  /**
   * Parses an absolute {@code http} or {@code https} URL with a host.
   *
   * @param value the URL's text
   * @return the URL
   * @throws InvalidModelException (field {@code url}) when the text is not such a URL
   */
  public static Url of(String value) {
    return parse(value, "url", false);
  }

  /**
   * Parses the target of a link in a body: an absolute {@code http}, {@code https} or
   * {@code mailto} URL.
   *
   * @param value the URL's text
   * @return the URL
   * @throws InvalidModelException (field {@code href}) when the text is not such a URL
   */
  public static Url linkTarget(String value) {
    return parse(value, "href", true);
  }

  /** Parses a URL for a named field, so that errors name it. */
  static Url parse(String value, String field, boolean allowMailto) {
    int schemeLength = CommonWebUrl.schemeLength(value);
    if (schemeLength < 0) {
      return checked(value, field, allowMailto);
    }
    String scheme = schemeLength == 4 ? "http" : "https";
    return new Url(value.startsWith(scheme) ? value : scheme + value.substring(schemeLength),
        scheme);
  }

  /** Parses with {@link URI} and the rules above: the authority, and the only source of errors. */
  static Url checked(String value, String field, boolean allowMailto) {
    Rules.required(value, field);
    if (value.isEmpty()) {
      throw InvalidModelException.of(field, "must be an absolute URL, was empty");
    }
    if (value.length() > MAX_LENGTH) {
      throw InvalidModelException.of(field, "must be at most " + MAX_LENGTH + " characters long");
    }
    String allowed = allowMailto ? "http, https or mailto" : "http or https";
    rejectInvisibleCharacters(value, field);
    URI uri;
    try {
      uri = new URI(value);
    } catch (URISyntaxException e) {
      throw InvalidModelException.of(
          field, "must be an absolute " + allowed + " URL; " + Quoting.quote(value)
              + " is malformed (" + e.getReason() + " at index " + e.getIndex() + ")");
    }
    String scheme = uri.getScheme();
    if (scheme == null) {
      throw InvalidModelException.of(
          field, "must be an absolute " + allowed + " URL; " + Quoting.quote(value)
              + " is relative");
    }
    String lower = scheme.toLowerCase(Locale.ROOT);
    boolean web = lower.equals("http") || lower.equals("https");
    boolean mailto = allowMailto && lower.equals("mailto");
    if (!web && !mailto) {
      throw InvalidModelException.of(
          field, "must use scheme " + allowed + "; scheme " + Quoting.quote(scheme)
              + " is not allowed");
    }
    if (web) {
      checkWeb(uri, lower, value, field);
    } else {
      checkMailto(uri, field);
    }
    return new Url(lower + value.substring(scheme.length()), lower);
  }

  /**
   * Rejects lone surrogates and invisible format characters (bidirectional overrides, zero-width
   * spaces, byte order marks), which {@link URI} accepts as "other" characters but which hide
   * what a link really points to.
   */
  private static void rejectInvisibleCharacters(String value, String field) {
    Rules.text(value, field, MAX_LENGTH);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.getType(c) == Character.FORMAT) {
        throw InvalidModelException.of(field, String.format(
            "must not contain invisible format characters (U+%04X at index %d)", (int) c, i));
      }
    }
  }

  /** Requires an http(s) URL to name a valid host and no user information. */
  private static void checkWeb(URI uri, String scheme, String value, String field) {
    if (uri.isOpaque() || uri.getRawAuthority() == null || uri.getRawAuthority().isEmpty()) {
      throw InvalidModelException.of(
          field, "must be an absolute " + scheme + " URL with a host; " + Quoting.quote(value)
              + " has none");
    }
    if (uri.getRawUserInfo() != null) {
      throw InvalidModelException.of(
          field, "must not carry user information before the host (\"user@\"); "
              + Quoting.quote(value) + " does");
    }
    if (uri.getHost() == null) {
      throw InvalidModelException.of(
          field, "must name a valid host (an ASCII host name, xn-- form for international"
              + " names, or an IP address) and port; " + Quoting.quote(value) + " does not");
    }
  }

  /** Requires a mailto URL to name an address. */
  private static void checkMailto(URI uri, String field) {
    String address = uri.getRawSchemeSpecificPart();
    int query = address == null ? -1 : address.indexOf('?');
    if (query >= 0) {
      address = address.substring(0, query);
    }
    if (!uri.isOpaque() || address == null || address.isEmpty()) {
      throw InvalidModelException.of(field, "must name an address after mailto:");
    }
  }

  /** {@return the URL's scheme in lower case: {@code http}, {@code https} or {@code mailto}} */
  public String scheme() {
    return scheme;
  }

  /** {@return whether this is an {@code http} or {@code https} URL (and not {@code mailto})} */
  public boolean isWeb() {
    return !scheme.equals("mailto");
  }

  /** {@return the URL as a {@link URI}; never fails, since the text was parsed at construction} */
  public URI toUri() {
    return URI.create(value);
  }

  /** {@return the URL's text, with the scheme in lower case} */
  @Override
  public String toString() {
    return value;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Url o && o.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Requires a web (http/https) URL in a field that does not allow {@code mailto}. */
  static Url web(Url url, String field) {
    if (url != null && !url.isWeb()) {
      throw InvalidModelException.of(
          field, "must use scheme http or https; scheme " + Quoting.quote(url.scheme)
              + " is not allowed");
    }
    return url;
  }

  /** Parses an optional web URL given as text for a named field. */
  static Url optionalWeb(String value, String field) {
    return value == null ? null : parse(value, field, false);
  }
}
