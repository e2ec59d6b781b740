package dev.roundtable.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fast path of {@link Url} against the {@link java.net.URI}-based path, which stays the
 * authority: for every candidate, both give the same verdict, the same text and scheme, or the
 * same error (field and rule). Candidates are generated around the edges of the fast path's
 * shape (seed in every failure's description), plus the corpus of dangerous URLs.
 */
class CommonWebUrlTest {
  private static final int CANDIDATES_PER_SEED = 2_000;

  static Stream<Long> seeds() {
    return RandomModels.seeds(50);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void fastPathAgreesWithUriOnGeneratedCandidates(long seed) {
    Random random = new Random(seed);
    RandomModels models = new RandomModels(seed);
    int fast = 0;
    int slow = 0;
    for (int i = 0; i < CANDIDATES_PER_SEED; i++) {
      String candidate = i % 4 == 0 ? models.urlCandidate() : candidate(random);
      int n = i;
      Supplier<String> why = () -> String.format("seed %d, candidate %d: %s", seed, n,
          GeneratedUrlTest.escape(candidate));
      assertSameOutcome(candidate, why);
      if (CommonWebUrl.schemeLength(candidate) > 0) {
        fast++;
      } else {
        slow++;
      }
    }
    assertThat(fast).as("seed %d: some candidates take the fast path", seed).isPositive();
    assertThat(slow).as("seed %d: some candidates take the URI path", seed).isPositive();
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("dev.roundtable.model.DangerousUrls#corpus")
  void fastPathAgreesWithUriOnEveryDangerousUrl(String written, String url, String rule) {
    assertSameOutcome(url, () -> written);
    assertThat(CommonWebUrl.schemeLength(url)).as(written).isNegative();
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {
      "https://example.com/", "http://example.com", "HTTPS://Example.COM:8443/a/b?c=d&e=f#g",
      "https://news.example.org/%C3%A9t%C3%A9?q=a+b;c=(d)*!$'~_@:/?x#frag/?",
      "http://xn--fsqu00a.xn--0zwm56d/", "https://1.2.3.4.example/", "https://a-b--c.d9/?#"})
  void takesTheFastPathForCommonUrls(String text) {
    assertThat(CommonWebUrl.schemeLength(text)).isPositive();
    assertSameOutcome(text, () -> text);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {
      "http://192.0.2.1/", "http://[2001:db8::1]/x", "https://example.com/été", "http://123/",
      "http://example.com./", "http://example.com:/", "http://example.com:123456/",
      "http://example.com:80x/", "http://a..b/", "http://-a.com/", "http://a-.com/",
      "http://a_b.com/", "http://u@example.com/", "http://example.com/a b", "http://example.com/%4",
      "http://example.com/%zz", "http://example.com/a#b#c", "http://example.com/[x]",
      "http://example.com/a\"b", "http://example.com/<", "http:/example.com/", "http:example.com",
      "https:///x", "mailto:a@example.com", "ftp://example.com/"})
  void leavesEverythingElseToUri(String text) {
    assertThat(CommonWebUrl.schemeLength(text)).isNegative();
    assertSameOutcome(text, () -> text);
  }

  @Test
  void writesTheSchemeInLowerCaseOnTheFastPathToo() {
    Url url = Url.of("HtTp://example.com/A");

    assertThat(CommonWebUrl.schemeLength("HtTp://example.com/A")).isEqualTo(4);
    assertThat(url.toString()).isEqualTo("http://example.com/A");
    assertThat(url.scheme()).isEqualTo("http");
  }

  /** Both paths, as a URL and as a link target, give the same outcome. */
  private static void assertSameOutcome(String candidate, Supplier<String> why) {
    assertThat(outcome(() -> Url.parse(candidate, "url", false))).as(why)
        .isEqualTo(outcome(() -> Url.checked(candidate, "url", false)));
    assertThat(outcome(() -> Url.parse(candidate, "href", true))).as(why)
        .isEqualTo(outcome(() -> Url.checked(candidate, "href", true)));
  }

  private static String outcome(Supplier<Url> parse) {
    try {
      Url url = parse.get();
      return "accepted " + url.scheme() + " " + url;
    } catch (InvalidModelException e) {
      return "rejected " + e.field() + ": " + e.rule();
    }
  }

  /** A candidate near the fast path's shape: each part usually right, sometimes not. */
  private static String candidate(Random random) {
    String[] schemes = {"http", "https", "HTTP", "hTtPs", "httpS", "httpx", "htt", "ftp",
        "mailto", "h\u0000ttp", "ht\u0130p"};
    String[] separators = {"://", "://", "://", "://", ":/", ":///", "//", ":", ":\\\\"};
    String[] hosts = {"127.0.0.1", "1.2.3.4.com", "10.0.0.1a.com", "999.com", "a..b", "a.",
        "-a.com", "a-.com", "xn--abc.com", "[::1]", "123", "localhost", "a_b.com",
        "user@host.com", "example.com.", "1.2.3.4", "1.2.3.256", "0x7f.1", "a.1b", "a.b1",
        "é.com", "a%41.com", "EXAMPLE.ORG", ""};
    String[] ports = {"", "", "", ":", ":80", ":65535", ":99999", ":123456", ":8x", ":80:90",
        ":-1", ":0", ":2147483648"};
    StringBuilder out = new StringBuilder();
    out.append(schemes[random.nextInt(schemes.length)]);
    out.append(separators[random.nextInt(separators.length)]);
    if (random.nextInt(3) == 0) {
      out.append(hosts[random.nextInt(hosts.length)]);
    } else {
      int labels = 1 + random.nextInt(4);
      for (int i = 0; i < labels; i++) {
        if (i > 0) {
          out.append(random.nextInt(15) == 0 ? ".." : ".");
        }
        appendFrom(out, random, "abcXYZ019-", 1 + random.nextInt(6));
      }
    }
    out.append(ports[random.nextInt(ports.length)]);
    int parts = random.nextInt(6);
    for (int i = 0; i < parts; i++) {
      out.append("/?#".charAt(random.nextInt(3)));
      appendFrom(out, random, "aZ9-._~!$&'()*+,;=:@/?%%%", random.nextInt(8));
      if (random.nextInt(4) == 0) {
        appendFrom(out, random, "0aF", 2);
      }
    }
    if (random.nextInt(6) == 0) {
      String odd = " \t\"<>[]\\^`{|}#%\u0000\u007f\u00e9\u202e\u200b\ud800\udc00\u00a0";
      out.insert(random.nextInt(out.length() + 1), odd.charAt(random.nextInt(odd.length())));
    }
    return out.toString();
  }

  private static void appendFrom(StringBuilder out, Random random, String alphabet, int count) {
    for (int i = 0; i < count; i++) {
      out.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
  }
}
