package dev.roundtable.model;

import static dev.roundtable.model.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SeriesAndRelatedLinkTest {

  @Test
  void seriesKeepsNameDescriptionAndUrl() {
    Series series = Series.of("MPW Insider", "Leaders answer readers' questions.",
        "https://example.com/insider/");

    assertThat(series.name()).isEqualTo("MPW Insider");
    assertThat(series.description()).contains("Leaders answer readers' questions.");
    assertThat(series.url()).contains(Url.of("https://example.com/insider/"));
  }

  @Test
  void seriesNeedsOnlyAName() {
    Series series = Series.named("MPW Insider");

    assertThat(series.description()).isEmpty();
    assertThat(series.url()).isEmpty();
  }

  @Test
  void seriesKeepsItsPublisher() {
    Publisher fortune = Publisher.of("Fortune", "https://example.com/");

    Series series = new Series("MPW Insider", null, null, fortune);

    assertThat(series.publisher()).contains(fortune);
    assertThat(Series.named("MPW Insider").publisher()).isEmpty();
  }

  @Test
  void seriesWithAPublisherKeepsItsOtherFieldsAndLeavesTheOriginalUnchanged() {
    Series series = Series.of("MPW Insider", "About", "https://example.com/insider/");
    Publisher fortune = Publisher.of("Fortune", null);

    Series published = series.withPublisher(fortune);

    assertThat(published).isEqualTo(new Series("MPW Insider", "About",
        Url.of("https://example.com/insider/"), fortune));
    assertThat(series.publisher()).isEmpty();
    assertThat(published.withPublisher(null)).isEqualTo(series);
  }

  @Test
  void seriesRejectsAMissingName() {
    assertRejected(() -> Series.named(null), "name", "is required");
  }

  @Test
  void relatedLinkKeepsTitleUrlAndContributor() {
    Contributor gay = Contributor.of("Gay Gaddis", "CEO and founder", "T3");

    RelatedLink link = RelatedLink.of("What qualities should you look for in a mentor?",
        "https://example.com/insider/gay-gaddis", gay);

    assertThat(link.title()).isEqualTo("What qualities should you look for in a mentor?");
    assertThat(link.url()).isEqualTo(Url.of("https://example.com/insider/gay-gaddis"));
    assertThat(link.contributor()).contains(gay);
  }

  @Test
  void relatedLinkNeedsNoContributor() {
    assertThat(RelatedLink.of("Other answers", "https://example.com/").contributor()).isEmpty();
  }

  @Test
  void relatedLinkRejectsAMissingTitle() {
    assertRejected(() -> RelatedLink.of(null, "https://example.com/"), "title", "is required");
  }

  @Test
  void relatedLinkRejectsAMissingUrl() {
    assertRejected(() -> new RelatedLink("Other answers", null, null), "url", "is required");
  }
}
