package dev.roundtable.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Generated-input tests: whatever string is offered, a URL is accepted only when it is an
 * absolute http or https URL with a host (mailto too for links), and an accepted URL round-trips
 * through {@code toString}. Each seed is in the test's name and in every failure's description.
 */
class GeneratedUrlTest {
  private static final int CANDIDATES_PER_SEED = 300;

  static Stream<Long> seeds() {
    return RandomModels.seeds(50);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void acceptsOnlyHttpAndHttpsUrlsWithAHost(long seed) {
    RandomModels random = new RandomModels(seed);
    int accepted = 0;
    int rejected = 0;
    for (int i = 0; i < CANDIDATES_PER_SEED; i++) {
      String candidate = random.urlCandidate();
      int n = i;
      Supplier<String> why =
          () -> String.format("seed %d, candidate %d: %s", seed, n, escape(candidate));
      try {
        Url url = Url.of(candidate);
        accepted++;
        assertThat(url.scheme()).as(why).isIn("http", "https");
        assertWellFormedWebUrl(url, candidate, why);
      } catch (InvalidModelException e) {
        rejected++;
        assertThat(e.field()).as(why).isEqualTo("url");
        assertThat(e.rule()).as(why).startsWith("must");
        assertThat(e.getMessage().chars()).as(() -> why.get() + ": message on one printable line")
            .noneMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                || Character.getType(c) == Character.LINE_SEPARATOR);
      }
    }
    assertThat(accepted).as("seed %d: some candidates are accepted", seed).isPositive();
    assertThat(rejected).as("seed %d: some candidates are rejected", seed).isPositive();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void acceptsOnlyHttpHttpsAndMailtoLinkTargets(long seed) {
    RandomModels random = new RandomModels(seed);
    int mailto = 0;
    for (int i = 0; i < CANDIDATES_PER_SEED; i++) {
      String candidate = random.urlCandidate();
      int n = i;
      Supplier<String> why =
          () -> String.format("seed %d, candidate %d: %s", seed, n, escape(candidate));
      try {
        Url url = Url.linkTarget(candidate);
        assertThat(url.scheme()).as(why).isIn("http", "https", "mailto");
        if (url.isWeb()) {
          assertWellFormedWebUrl(url, candidate, why);
        } else {
          mailto++;
          assertThat(url.toUri().isOpaque()).as(why).isTrue();
          assertThat(Url.linkTarget(url.toString())).as(why).isEqualTo(url);
        }
      } catch (InvalidModelException e) {
        assertThat(e.field()).as(why).isEqualTo("href");
      }
    }
    assertThat(mailto).as("seed %d: some mailto links are accepted", seed).isPositive();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void acceptsEveryGeneratedWebUrlUnchanged(long seed) {
    RandomModels random = new RandomModels(seed);
    for (int i = 0; i < 100; i++) {
      String text = random.url();

      assertThat(Url.of(text).toString()).as("seed %d: %s", seed, text).isEqualTo(text);
    }
  }

  private static void assertWellFormedWebUrl(Url url, String candidate, Supplier<String> why) {
    String text = url.toString();
    URI uri = url.toUri();
    assertThat(text).as(why).startsWith(url.scheme() + "://");
    assertThat(text.substring(url.scheme().length()))
        .as(() -> why.get() + ": only the scheme is normalized")
        .isEqualTo(candidate.substring(url.scheme().length()));
    assertThat(uri.getHost()).as(why).isNotNull().isNotEmpty();
    assertThat(uri.getRawUserInfo()).as(why).isNull();
    assertThat(text.codePoints()).as(why).noneMatch(cp -> Character.isWhitespace(cp)
        || Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT
        || cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE);
    assertThat(Url.of(text)).as(() -> why.get() + ": round trip").isEqualTo(url);
    assertThat(Url.of(text).toString()).as(() -> why.get() + ": round trip").isEqualTo(text);
  }

  /** Shows invisible characters in failure messages. */
  static String escape(String s) {
    StringBuilder out = new StringBuilder();
    s.chars().forEach(c -> {
      if (c < 0x20 || c >= 0x7F) {
        out.append(String.format("\\u%04X", c));
      } else {
        out.append((char) c);
      }
    });
    return out.toString();
  }
}
