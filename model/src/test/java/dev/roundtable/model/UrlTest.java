package dev.roundtable.model;

import static dev.roundtable.model.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class UrlTest {

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {
      "https://example.com/", "http://example.com", "https://example.com:8443/a/b?c=d&e=f#g",
      "https://news.example.org/%C3%A9t%C3%A9", "http://192.0.2.1/", "http://[2001:db8::1]/x",
      "https://xn--fsqu00a.xn--0zwm56d/", "https://example.com/caf%C3%A9?q=a+b",
      "https://example.com/été"})
  void acceptsAbsoluteHttpAndHttpsUrlsWithAHost(String text) {
    Url url = Url.of(text);

    assertThat(url.toString()).isEqualTo(text);
    assertThat(url.isWeb()).isTrue();
    assertThat(url.toUri().getHost()).isNotNull();
  }

  @Test
  void writesTheSchemeInLowerCaseAndKeepsTheRestAsGiven() {
    Url url = Url.of("HtTpS://Example.COM/Path?Q=1");

    assertThat(url.toString()).isEqualTo("https://Example.COM/Path?Q=1");
    assertThat(url.scheme()).isEqualTo("https");
  }

  @Test
  void convertsToAnEqualUri() {
    Url url = Url.of("https://example.com/a?b=c#d");

    assertThat(url.toUri()).isEqualTo(java.net.URI.create("https://example.com/a?b=c#d"));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("dev.roundtable.model.DangerousUrls#corpus")
  void rejectsEveryDangerousUrlInTheCorpusAsAUrl(String written, String url, String rule) {
    assertRejected(() -> Url.of(url), "url", rule);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("dev.roundtable.model.DangerousUrls#corpus")
  void rejectsEveryDangerousUrlInTheCorpusAsALinkTarget(String written, String url,
      String rule) {
    assertRejected(() -> Url.linkTarget(url), "href", rule);
  }

  @Test
  void sharesTheCorpusAsPlainStrings() {
    assertThat(DangerousUrls.urls()).hasSizeGreaterThan(100)
        .contains("JaVaScRiPt:alert(1)", "java\tscript:alert(1)", "//evil.com", "")
        .doesNotHaveDuplicates();
  }

  @Test
  void acceptsMailtoAsALinkTarget() {
    Url url = Url.linkTarget("MailTo:panel@example.com?subject=Mentors");

    assertThat(url.toString()).isEqualTo("mailto:panel@example.com?subject=Mentors");
    assertThat(url.scheme()).isEqualTo("mailto");
    assertThat(url.isWeb()).isFalse();
  }

  @Test
  void rejectsMailtoWhereOnlyWebUrlsBelong() {
    assertRejected(() -> Url.of("mailto:panel@example.com"), "url",
        "must use scheme http or https; scheme \"mailto\" is not allowed");
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"mailto:?subject=hi", "mailto://example.com/",
      "mailto:/panel@example.com"})
  void rejectsMailtoLinksWithoutAnAddress(String text) {
    assertRejected(() -> Url.linkTarget(text), "href", "must name an address after mailto:");
  }

  @Test
  void rejectsMailtoWithNothingAfterTheColon() {
    assertRejected(() -> Url.linkTarget("mailto:"), "href", "is malformed");
  }

  @Test
  void rejectsAMissingUrl() {
    assertRejected(() -> Url.of(null), "url", "is required");
  }

  @Test
  void rejectsUrlsLongerThanTheLimit() {
    String longUrl = "https://example.com/" + "a".repeat(Url.MAX_LENGTH);

    assertRejected(() -> Url.of(longUrl), "url", "must be at most " + Url.MAX_LENGTH);
  }

  @Test
  void acceptsAUrlOfExactlyTheLimit() {
    String base = "https://example.com/";
    String longest = base + "a".repeat(Url.MAX_LENGTH - base.length());

    assertThat(Url.of(longest).toString()).hasSize(Url.MAX_LENGTH);
  }

  @Test
  void quotesTheOffendingUrlShortenedInTheRule() {
    String hostile = "javascript:" + "x".repeat(500);

    InvalidModelException e = assertRejected(() -> Url.of(hostile), "url", "is not allowed");

    assertThat(e.getMessage()).hasSizeLessThan(200);
  }

  @Test
  void showsInvisibleCharactersOfARejectedUrlAsEscapes() {
    InvalidModelException e = assertRejected(() -> Url.of("java\tscript\n:\u0085alert(1)"),
        "url", "is malformed");

    assertThat(e.rule()).contains("\"java\\u0009script\\u000A:\\u0085alert(1)\"");
  }

  @Test
  void isEqualByValue() {
    assertThat(Url.of("https://example.com/a")).isEqualTo(Url.of("HTTPS://example.com/a"))
        .hasSameHashCodeAs(Url.of("https://example.com/a"))
        .isNotEqualTo(Url.of("https://example.com/b"))
        .isNotEqualTo("https://example.com/a");
  }
}
