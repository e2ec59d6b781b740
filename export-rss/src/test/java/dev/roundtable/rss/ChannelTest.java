package dev.roundtable.rss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roundtable.model.Image;
import java.time.Duration;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** A channel is valid when built, and every error names the field. */
class ChannelTest {
  private static Channel.Builder valid() {
    return Fixtures.channel("rss").toBuilder();
  }

  private static void rejects(UnaryOperator<Channel.Builder> change, String field, String rule) {
    assertThatThrownBy(() -> change.apply(valid()).build())
        .isInstanceOfSatisfying(InvalidChannelException.class, e -> {
          assertThat(e.field()).isEqualTo(field);
          assertThat(e.rule()).contains(rule);
          assertThat(e.getMessage()).startsWith(field + ": ");
        });
  }

  @Test
  void keepsEveryFieldGiven() {
    Channel c = Fixtures.channel("rss").toBuilder().baseUrl("https://example.com/a/").limit(20)
        .summaryLength(120).build();
    assertThat(c.title()).isEqualTo("MPW Insider");
    assertThat(c.link()).hasToString("https://example.com/insider/");
    assertThat(c.selfUrl()).hasToString("https://example.com/insider/feed.rss");
    assertThat(c.language()).isEqualTo("en");
    assertThat(c.baseUrl())
        .hasValueSatisfying(u -> assertThat(u).hasToString("https://example.com/a/"));
    assertThat(c.limit()).hasValue(20);
    assertThat(c.generator()).hasValue("Roundtable");
    assertThat(c.ttl()).hasValue(Duration.ofHours(1));
    assertThat(c.image()).isPresent();
    assertThat(c.summaryLength()).isEqualTo(120);
  }

  @Test
  void requiresTitleLinkDescriptionSelfUrlAndLanguage() {
    rejects(b -> b.title(null), "title", "is required");
    rejects(b -> b.link((String) null), "link", "is required");
    rejects(b -> b.description(null), "description", "is required");
    rejects(b -> b.selfUrl((String) null), "selfUrl", "is required");
    rejects(b -> b.language(null), "language", "is required");
  }

  @Test
  void rejectsBlankTitlesIncludingThoseOfDroppedCharactersOnly() {
    rejects(b -> b.title(" \t"), "title", "must not be blank");
    rejects(b -> b.title("\u0001\u0085"), "title", "must not be blank");
  }

  @Test
  void rejectsJavascriptAndRelativeUrls() {
    rejects(b -> b.link("javascript:alert(1)"), "link", "scheme");
    rejects(b -> b.selfUrl("/feed.rss"), "selfUrl", "relative");
  }

  @Test
  void rejectsBaseUrlsThatIdsCannotBeAppendedTo() {
    rejects(b -> b.baseUrl("https://example.com/answers"), "baseUrl", "must end with \"/\"");
    rejects(b -> b.baseUrl("https://example.com/a/?x=1"), "baseUrl", "no query");
  }

  @Test
  void rejectsLanguagesThatAreNotIso639() {
    rejects(b -> b.language("english"), "language", "ISO 639");
    rejects(b -> b.language("zz"), "language", "not an ISO 639");
  }

  @Test
  void rejectsImagesTheRssImageElementCannotCarry() {
    rejects(b -> b.image(Image.of("https://example.com/logo.png", "").withSize(145, 40)),
        "image.width", "at most 144");
    rejects(b -> b.image(Image.of("https://example.com/logo.png", "").withSize(100, 401)),
        "image.height", "at most 400");
    rejects(b -> b.image(Image.of("https://example.com/logo.webp", "")), "image.url", ".png");
  }

  @Test
  void rejectsLimitsTtlsAndSummaryLengthsOutOfRange() {
    rejects(b -> b.limit(0), "limit", "at least 1");
    rejects(b -> b.ttl(Duration.ofSeconds(90)), "ttl", "whole minutes");
    rejects(b -> b.ttl(Duration.ZERO), "ttl", "whole minutes");
    rejects(b -> b.summaryLength(0), "summaryLength", "at least 1");
  }
}
