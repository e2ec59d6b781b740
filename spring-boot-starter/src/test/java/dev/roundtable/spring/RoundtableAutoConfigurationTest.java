package dev.roundtable.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundtable.html.HtmlExporter;
import dev.roundtable.html.HtmlOptions;
import dev.roundtable.json.JsonLd;
import dev.roundtable.json.RoundtableJson;
import dev.roundtable.json.jackson3.RoundtableJackson3Module;
import dev.roundtable.model.Answer;
import dev.roundtable.model.MentoringExample;
import dev.roundtable.rss.AtomFeedWriter;
import dev.roundtable.rss.Channel;
import dev.roundtable.rss.FeedWriter;
import dev.roundtable.rss.InvalidChannelException;
import dev.roundtable.rss.JsonFeedWriter;
import dev.roundtable.rss.RssFeedWriter;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** The beans the auto-configuration makes from properties, and how the application's win. */
class RoundtableAutoConfigurationTest {
  private static final String[] FEED = {
      "roundtable.feed.title=Panel answers",
      "roundtable.feed.link=https://example.com/insider/",
      "roundtable.feed.description=Leaders take readers' questions."};

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(RoundtableAutoConfiguration.class,
          JacksonAutoConfiguration.class));

  @Test
  void the_feed_writers_are_built_from_the_feed_properties() {
    runner.withPropertyValues(FEED).withPropertyValues("roundtable.feed.limit=20",
        "roundtable.feed.base-url=https://example.com/insider/answers/",
        "roundtable.feed.atom-url=https://feeds.example.com/insider.atom").run(context -> {
          Channel rss = context.getBean(RssFeedWriter.class).channel();
          assertThat(rss.title()).isEqualTo("Panel answers");
          assertThat(rss.description()).isEqualTo("Leaders take readers' questions.");
          assertThat(rss.language()).isEqualTo("en");
          assertThat(rss.limit()).hasValue(20);
          assertThat(rss.baseUrl()).hasValueSatisfying(
              url -> assertThat(url.toString()).isEqualTo("https://example.com/insider/answers/"));
          assertThat(rss.selfUrl().toString()).isEqualTo("https://example.com/insider/feed.rss");
          assertThat(context.getBean(AtomFeedWriter.class).channel().selfUrl().toString())
              .isEqualTo("https://feeds.example.com/insider.atom");
          assertThat(context.getBean(JsonFeedWriter.class).channel().selfUrl().toString())
              .isEqualTo("https://example.com/insider/feed.json");
        });
  }

  @Test
  void without_a_feed_link_there_are_no_feed_writers_but_the_other_exporters() {
    runner.run(context -> {
      assertThat(context).doesNotHaveBean(FeedWriter.class);
      assertThat(context).hasSingleBean(HtmlExporter.class).hasSingleBean(JsonLd.class)
          .hasSingleBean(RoundtableJson.class).hasSingleBean(RoundtableJackson3Module.class);
    });
  }

  @Test
  void a_channel_missing_its_title_and_description_fails_the_start_naming_both() {
    runner.withPropertyValues("roundtable.feed.link=https://example.com/insider/").run(context -> {
      assertThat(context).hasFailed();
      assertThat(context.getStartupFailure()).rootCause()
          .isInstanceOf(InvalidChannelException.class)
          .hasMessageContaining("title").hasMessageContaining("description");
    });
  }

  @Test
  void the_html_exporter_takes_the_html_properties() {
    runner.withPropertyValues("roundtable.html.heading-level=3",
        "roundtable.html.zone=Europe/London", "roundtable.html.max-related-links=5",
        "roundtable.html.metadata=MICRODATA").run(context -> {
          HtmlOptions options = context.getBean(HtmlExporter.class).options();
          assertThat(options.headingLevel()).isEqualTo(3);
          assertThat(options.zone()).isEqualTo(ZoneId.of("Europe/London"));
          assertThat(options.maxRelatedLinks()).isEqualTo(5);
          assertThat(options.metadata()).isEqualTo(HtmlOptions.Metadata.MICRODATA);
        });
  }

  @Test
  void an_impossible_heading_level_fails_the_start() {
    runner.withPropertyValues("roundtable.html.heading-level=9").run(context ->
        assertThat(context).hasFailed());
  }

  @Test
  void the_applications_own_exporters_replace_the_auto_configured_ones() {
    runner.withPropertyValues(FEED).withUserConfiguration(OwnExporters.class).run(context -> {
      assertThat(context.getBean(RssFeedWriter.class)).isSameAs(OwnExporters.RSS);
      assertThat(context.getBean(HtmlExporter.class)).isSameAs(OwnExporters.HTML);
      assertThat(context).hasSingleBean(RssFeedWriter.class).hasSingleBean(HtmlExporter.class);
      assertThat(context.getBean(AtomFeedWriter.class).channel().title())
          .isEqualTo("Panel answers");
    });
  }

  @Test
  void boots_jackson_3_mapper_writes_an_answer_as_the_roundtable_json() {
    runner.run(context -> {
      JsonMapper mapper = context.getBean(JsonMapper.class);
      Answer answer = MentoringExample.featured();
      assertThat(mapper.writeValueAsBytes(answer))
          .isEqualTo(RoundtableJson.defaults().toBytes(answer));
      assertThat(mapper.readValue(mapper.writeValueAsString(answer), Answer.class))
          .isEqualTo(answer);
      // the starter's tests run on Boot 4.0.7's Jackson 3, not the 3.3 the module is built on
      assertThat(mapper.version().toString()).startsWith("3.1.");
    });
  }

  @Configuration(proxyBeanMethods = false)
  static class OwnExporters {
    static final RssFeedWriter RSS = RssFeedWriter.of(Channel.builder().title("Own")
        .link("https://own.example/").description("Our own channel.")
        .selfUrl("https://own.example/rss").language("fr").build());
    static final HtmlExporter HTML = HtmlExporter.of(HtmlOptions.builder().headingLevel(4).build());

    @Bean
    RssFeedWriter ownRss() {
      return RSS;
    }

    @Bean
    HtmlExporter ownHtml() {
      return HTML;
    }
  }
}
