package dev.roundtable.rss;

import dev.roundtable.model.Image;
import dev.roundtable.model.InvalidModelException;
import dev.roundtable.model.Url;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules a {@link Channel}'s fields must follow, each written once and each naming the field:
 * the W3C Feed Validation Service's checks on channel data, applied when a channel is built.
 * Each rule gives back the value, or {@code null} when the value breaks it and the problem is
 * kept, so that one {@link InvalidChannelException} names every field that breaks a rule. Not
 * thread-safe: one per build.
 */
final class ChannelRules {
  private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*");
  private static final Set<String> ISO_639_1 = Set.of(Locale.getISOLanguages());
  private static final Pattern IMAGE_EXTENSION =
      Pattern.compile("(?i).*\\.(jpg|jpeg|gif|png)([?#].*)?");

  private static final Instant FIRST = Instant.parse("0001-01-01T00:00:00Z");
  private static final Instant LAST = Instant.parse("9999-12-31T23:59:59.999999999Z");

  private final List<InvalidChannelException.Problem> problems = new ArrayList<>();

  /** Requires text that shows something once dropped characters are removed. */
  String text(String value, String field) {
    if (value == null) {
      return broken(field, "is required");
    }
    return Item.shows(value) ? value : broken(field, "must not be blank");
  }

  /** Requires an absolute http(s) URL, given as a {@link Url} or as text. */
  Url url(Object value, String field) {
    if (value == null) {
      return broken(field, "is required");
    }
    Url url;
    try {
      url = value instanceof Url ? (Url) value : Url.of((String) value);
    } catch (InvalidModelException e) {
      return broken(field, e.rule());
    }
    return url.isWeb() ? url : broken(field, "must be an http or https URL, was " + url);
  }

  /** Requires a URL that an id can be appended to: ends with a slash, no query, no fragment. */
  Url baseUrl(Object value) {
    Url url = url(value, "baseUrl");
    String s = String.valueOf(url);
    if (url != null && (s.indexOf('?') >= 0 || s.indexOf('#') >= 0 || !s.endsWith("/"))) {
      return broken("baseUrl", "must end with \"/\" and have no query or fragment, since answer"
          + " ids are appended to it; was " + s);
    }
    return url;
  }

  /** Requires an ISO 639 language code with optional subtags. */
  String language(String value) {
    if (value == null) {
      return broken("language", "is required: RSS readers and the W3C validator expect it"
          + " (e.g. \"en\" or \"en-GB\")");
    }
    if (!LANGUAGE.matcher(value).matches()) {
      return broken("language", "must be an ISO 639 language code with optional subtags, e.g."
          + " \"en-GB\"; was \"" + value + "\"");
    }
    String primary = value.split("-", 2)[0].toLowerCase(Locale.ROOT);
    if (primary.length() == 2 && !ISO_639_1.contains(primary)) {
      return broken("language", "\"" + primary + "\" is not an ISO 639 language code");
    }
    return value;
  }

  /** Requires an instant that RSS and Atom dates can carry: a four-digit year. */
  Instant updated(Instant updated) {
    if (updated.isBefore(FIRST) || updated.isAfter(LAST)) {
      return broken("updated",
          "must be in the years 0001 to 9999 (feeds write four-digit years), was " + updated);
    }
    return updated;
  }

  /** Requires an image that RSS's {@code image} element can carry. */
  Image image(Image image) {
    String url = image.url().toString();
    if (!IMAGE_EXTENSION.matcher(url).matches()) {
      return broken("image.url",
          "must be a .jpg, .jpeg, .gif or .png file for RSS readers; was " + url);
    }
    if (image.width().orElse(0) > 144) {
      return broken("image.width",
          "must be at most 144 pixels in RSS 2.0, was " + image.width().getAsInt());
    }
    if (image.height().orElse(0) > 400) {
      return broken("image.height",
          "must be at most 400 pixels in RSS 2.0, was " + image.height().getAsInt());
    }
    return image;
  }

  /**
   * Requires WebSub hubs that are http(s) URLs, each once (compared in canonical form), and a
   * self URL, which is the topic a hub is told about and readers subscribe to.
   */
  List<Url> hubs(List<Object> values, boolean hasSelfUrl) {
    List<Url> hubs = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Object value : values) {
      Url hub = url(value, "hubs");
      if (hub != null && !seen.add(CanonicalUri.of(Href.of(hub)))) {
        broken("hubs", "lists " + hub + " more than once");
      } else if (hub != null) {
        hubs.add(hub);
      }
    }
    if (!values.isEmpty() && !hasSelfUrl) {
      broken("hubs", "need the feed's selfUrl: it is the topic WebSub readers subscribe to");
    }
    return List.copyOf(hubs);
  }

  /** Throws one exception with every problem kept, if there is any. */
  void throwIfAny() {
    if (!problems.isEmpty()) {
      throw new InvalidChannelException(problems);
    }
  }

  private <T> T broken(String field, String rule) {
    problems.add(new InvalidChannelException.Problem(field, rule));
    return null;
  }
}
