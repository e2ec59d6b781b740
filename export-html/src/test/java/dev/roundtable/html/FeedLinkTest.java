package dev.roundtable.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roundtable.model.Url;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FeedLinkTest {

  @ParameterizedTest
  @ValueSource(strings = {"rss.xml", "../feeds/atom.xml", "/feeds/feed.json", "feed?page=1",
      "a%20b.xml"})
  void takesARelativeReferenceAsItIs(String href) {
    assertThat(new FeedLink(FeedLink.RSS, "RSS 2.0", href).href()).isEqualTo(href);
  }

  @Test
  void takesAnAbsoluteHttpUrlWithItsSchemeInLowerCase() {
    assertThat(new FeedLink(FeedLink.ATOM, "", "HTTPS://example.com/atom.xml").href())
        .isEqualTo("https://example.com/atom.xml");
    assertThat(new FeedLink(FeedLink.JSON_FEED, "", Url.of("https://example.com/f.json")).href())
        .isEqualTo("https://example.com/f.json");
  }

  @ParameterizedTest
  @ValueSource(strings = {"javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,x",
      "mailto:a@example.com", "//evil.example/feed", "", "rss .xml", "\u202Erss.xml",
      "rss\u200B.xml", "a\uD800.xml", "https://user@example.com/feed"})
  void rejectsAnHrefThatIsNeitherAWebUrlNorARelativePath(String href) {
    assertThatThrownBy(() -> new FeedLink(FeedLink.RSS, "RSS", href))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("href");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "rss", "application/rss+xml; charset=utf-8", "text/\"html\"",
      "a/b c", "/xml"})
  void rejectsAMediaTypeThatIsNotTypeSlashSubtype(String mediaType) {
    assertThatThrownBy(() -> new FeedLink(mediaType, "RSS", "rss.xml"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("mediaType");
  }

  @Test
  void optionsAnnounceNoFeedByDefaultAndKeepThemInTheirCopies() {
    FeedLink rss = new FeedLink(FeedLink.RSS, "RSS 2.0", "rss.xml");
    HtmlOptions options = HtmlOptions.builder().feeds(List.of(rss)).build();

    assertThat(HtmlOptions.defaults().feeds()).isEmpty();
    assertThat(options.feeds()).containsExactly(rss);
    assertThat(options.toBuilder().build().feeds()).containsExactly(rss);
    assertThat(options.toBuilder().feeds(List.of()).build().feeds()).isEmpty();
  }
}
