package dev.roundtable.rss;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundtable.model.RandomModels;
import dev.roundtable.model.Url;
import java.net.URI;
import java.text.Normalizer;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Generated URLs and {@code tag:} URIs spelled every way RFC 3986 allows (scheme and host in any
 * case, default and empty ports, dot segments plain and percent-encoded, unreserved characters
 * percent-encoded in either case, decomposed UTF-8, empty paths): their canonical form is one
 * the validator's port finds canonical, a fixed point, and the same resource.
 */
class CanonicalUriTest {
  private static final String[] SPELLINGS = {"/./", "/../", "/.", "/%2E/", "/%2e%2E/", "%7E",
    "%7e", "%41", "%2d", "%c3%a9", "e%CC%81", "%3a", "%2F", "%20", "A%CC%8A", "/", "//"};

  static Stream<Long> seeds() {
    return RandomModels.seeds(400);
  }

  /** A URL of RandomModels' spelled some other way. */
  private static String respelled(String url, Random random) {
    StringBuilder s = new StringBuilder(url);
    if (random.nextBoolean()) {
      int hostEnd = s.indexOf("/", s.indexOf("//") + 2);
      int end = hostEnd < 0 ? s.length() : hostEnd;
      if (s.indexOf(":", s.indexOf("//")) < 0 || s.indexOf(":", s.indexOf("//")) > end) {
        s.insert(end, random.nextBoolean() ? (url.startsWith("https") ? ":443" : ":80") : ":");
      }
    }
    if (random.nextBoolean()) {
      s.replace(0, s.indexOf(":"), s.substring(0, s.indexOf(":")).toUpperCase());
      int host = s.indexOf("//") + 2;
      s.setCharAt(host, Character.toUpperCase(s.charAt(host)));
    }
    int insertions = random.nextInt(4);
    for (int k = 0; k < insertions; k++) {
      int pathStart = s.indexOf("/", s.indexOf("//") + 2);
      int limit = s.indexOf("?") >= 0 ? s.indexOf("?") : s.indexOf("#") >= 0 ? s.indexOf("#")
          : s.length();
      if (pathStart < 0 || pathStart > limit) {
        s.insert(limit, "/");
        pathStart = limit;
        limit++;
      }
      // after a slash, never inside a percent-encoding or a UTF-8 sequence
      int at = s.lastIndexOf("/", pathStart + random.nextInt(limit - pathStart)) + 1;
      s.insert(at, SPELLINGS[random.nextInt(SPELLINGS.length)]);
    }
    return s.toString();
  }

  /** RFC 3986 6.2.2.2: percent-encoded unreserved characters are those characters. */
  private static String decodeUnreserved(String url) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c == '%' && i + 2 < url.length()) {
        char d = (char) Integer.parseInt(url.substring(i + 1, i + 3), 16);
        if (Character.isLetterOrDigit(d) && d < 0x80 || "-._~".indexOf(d) >= 0) {
          out.append(d);
          i += 2;
          continue;
        }
      }
      out.append(c);
    }
    return out.toString();
  }

  /** RFC 3986 5.2.4, step by step as written there, on the raw path. */
  private static String removeDotSegments(String path) {
    String in = path;
    StringBuilder out = new StringBuilder();
    while (!in.isEmpty()) {
      if (in.startsWith("../") || in.startsWith("./")) {
        in = in.substring(in.indexOf('/') + 1);
      } else if (in.startsWith("/./") || in.equals("/.")) {
        in = "/" + in.substring(Math.min(3, in.length()));
      } else if (in.startsWith("/../") || in.equals("/..")) {
        in = "/" + in.substring(Math.min(4, in.length()));
        int last = out.lastIndexOf("/");
        out.setLength(Math.max(last, 0));
      } else if (in.equals(".") || in.equals("..")) {
        in = "";
      } else {
        int next = in.indexOf('/', 1);
        int end = next < 0 ? in.length() : next;
        out.append(in, 0, end);
        in = in.substring(end);
      }
    }
    return out.toString();
  }

  private static String nfc(String s) {
    return s == null ? null : Normalizer.normalize(s, Normalizer.Form.NFC);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void givesTheValidatorsCanonicalFormOfTheSameResource(long seed) {
    RandomModels random = new RandomModels(seed);
    String url;
    try {
      url = Href.of(Url.of(respelled(random.url(), random.random())));
    } catch (RuntimeException rejected) {
      return; // a spelling the model refuses (none of these should be, but the model decides)
    }
    String canonical = CanonicalUri.of(url);
    String why = "seed " + seed + ": " + url + " -> " + canonical;
    assertThat(CanonicalUri.of(canonical)).as(why + ", a fixed point").isEqualTo(canonical);
    if (!url.contains("%25")) { // the validator decodes %25XX twice (see docs/feeds.md)
      assertThat(ValidatorUri.canonical(canonical)).as(why + ", canonical to the validator")
          .isEqualTo(canonical);
    }
    URI before = URI.create(decodeUnreserved(url));
    URI after = URI.create(canonical);
    assertThat(after.getHost()).as(why).isEqualToIgnoringCase(before.getHost());
    String path = removeDotSegments(before.getRawPath());
    assertThat(nfc(after.getPath())).as(why + ", the same path")
        .isEqualTo(nfc(URI.create("http://h" + (path.isEmpty() ? "/" : path)).getPath()));
    assertThat(nfc(after.getQuery())).as(why + ", the same query").isEqualTo(nfc(before.getQuery()));
    String tag = "tag:example.com,2015-05-07:" + CanonicalUri.percentEncode(random.id("a"));
    assertThat(ValidatorUri.canonical(CanonicalUri.of(tag))).as("seed " + seed + ": " + tag)
        .isEqualTo(CanonicalUri.of(tag));
  }
}
