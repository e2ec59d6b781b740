package dev.roundtable.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * An absolute URL whose scheme is on an explicit allow-list: {@code http} or {@code https}
 * everywhere, and also {@code mailto} for links inside a body. Nothing else can be constructed:
 * not {@code javascript:} in any spelling, not {@code data:} or {@code vbscript:}, not a
 * relative reference, not a string with white space or control characters in it.
 *
 * <p>The text is kept as given except that the scheme is written in lower case. Parsing uses
 * {@link URI}, which rejects white space, control characters and malformed escapes.
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

  /**
   * Parses a URL for a named field; used by the model's builders so that errors name the field.
   */
  static Url parse(String value, String field, boolean allowMailto) {
    Rules.required(value, field);
    if (value.isEmpty()) {
      throw InvalidModelException.of(field, "must be an absolute URL, was empty");
    }
    if (value.length() > MAX_LENGTH) {
      throw InvalidModelException.of(field, "must be at most " + MAX_LENGTH + " characters long");
    }
    String allowed = allowMailto ? "http, https or mailto" : "http or https";
    URI uri;
    try {
      uri = new URI(value);
    } catch (URISyntaxException e) {
      throw InvalidModelException.of(
          field, "must be an absolute " + allowed + " URL; " + quote(value) + " is malformed ("
              + e.getReason() + " at index " + e.getIndex() + ")");
    }
    String scheme = uri.getScheme();
    if (scheme == null) {
      throw InvalidModelException.of(
          field, "must be an absolute " + allowed + " URL; " + quote(value) + " is relative");
    }
    String lower = scheme.toLowerCase(Locale.ROOT);
    boolean web = lower.equals("http") || lower.equals("https");
    boolean mailto = allowMailto && lower.equals("mailto");
    if (!web && !mailto) {
      throw InvalidModelException.of(
          field, "must use scheme " + allowed + "; scheme " + quote(scheme) + " is not allowed");
    }
    if (web) {
      if (uri.isOpaque() || uri.getRawAuthority() == null || uri.getRawAuthority().isEmpty()
          || uri.getRawAuthority().startsWith("@") || uri.getRawAuthority().startsWith(":")) {
        throw InvalidModelException.of(
            field, "must be an absolute " + lower + " URL with a host; " + quote(value)
                + " has none");
      }
    } else if (uri.getRawSchemeSpecificPart() == null || uri.getRawSchemeSpecificPart().isEmpty()) {
      throw InvalidModelException.of(field, "must name an address after mailto:");
    }
    String normalized = lower + value.substring(scheme.length());
    return new Url(normalized, lower);
  }

  private static String quote(String value) {
    return "\"" + Rules.abbreviate(value) + "\"";
  }

  /**
   * The URL's scheme, in lower case: {@code http}, {@code https} or {@code mailto}.
   *
   * @return the scheme
   */
  public String scheme() {
    return scheme;
  }

  /**
   * Whether this is an {@code http} or {@code https} URL (and not {@code mailto}).
   *
   * @return {@code true} for web URLs
   */
  public boolean isWeb() {
    return !scheme.equals("mailto");
  }

  /**
   * The URL as a {@link URI}.
   *
   * @return the URI; never fails, since the text was parsed at construction
   */
  public URI toUri() {
    return URI.create(value);
  }

  /**
   * The URL's text, with the scheme in lower case.
   *
   * @return the URL as a string
   */
  @Override
  public String toString() {
    return value;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Url && ((Url) other).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Requires a web (http/https) URL in a field that does not allow {@code mailto}. */
  static Url web(Url url, String field) {
    if (url != null && !url.isWeb()) {
      throw InvalidModelException.of(
          field, "must use scheme http or https; scheme \"" + url.scheme + "\" is not allowed");
    }
    return url;
  }

  /** Parses an optional web URL given as text for a named field. */
  static Url optionalWeb(String value, String field) {
    return value == null ? null : parse(value, field, false);
  }
}
