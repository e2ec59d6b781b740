package dev.roundtable.spring;

import dev.roundtable.html.HtmlOptions;
import dev.roundtable.rss.Channel;
import java.time.ZoneId;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code roundtable.*} properties the auto-configured exporters are built from.
 *
 * <pre>
 * roundtable.feed.title=MPW Insider
 * roundtable.feed.link=https://example.com/insider/
 * roundtable.feed.description=Leaders answer readers' questions.
 * roundtable.feed.language=en                      # the default
 * roundtable.feed.base-url=https://example.com/insider/answers/   # for answers without a url
 * roundtable.feed.limit=100
 * roundtable.feed.rss-url=...                     # each feed's own address; by default
 *                                                 # feed.rss, feed.atom, feed.json under link
 * roundtable.html.heading-level=2
 * roundtable.html.zone=Europe/London
 * roundtable.html.max-related-links=12
 * roundtable.html.metadata=JSON_LD                # NONE (the default), MICRODATA or JSON_LD
 * roundtable.json.pretty=false
 * </pre>
 *
 * <p>The feed writers exist only when {@code roundtable.feed.link} is set; then a missing or
 * invalid channel field fails the start, with every problem named
 * ({@link dev.roundtable.rss.InvalidChannelException}).
 *
 * @param feed the feeds' channel
 * @param html the HTML exporter's options
 * @param json the Roundtable JSON's options
 */
@ConfigurationProperties(prefix = "roundtable")
public record RoundtableProperties(@DefaultValue Feed feed, @DefaultValue Html html,
    @DefaultValue Json json) {

  /**
   * Checks that every group is there.
   *
   * @param feed the feeds' channel
   * @param html the HTML exporter's options
   * @param json the Roundtable JSON's options
   */
  public RoundtableProperties {
    Objects.requireNonNull(feed, "feed");
    Objects.requireNonNull(html, "html");
    Objects.requireNonNull(json, "json");
  }

  /**
   * The feeds' channel ({@code roundtable.feed.*}).
   *
   * @param title the channel's title
   * @param link the site's page the feeds are about
   * @param description what the channel is
   * @param language its language tag
   * @param baseUrl where answers without a URL get their links, or {@code null}
   * @param limit how many answers a feed writes at most, or {@code null} for all
   * @param rssUrl the RSS feed's own address, or {@code null} for {@code feed.rss} under link
   * @param atomUrl the Atom feed's own address, or {@code null} for {@code feed.atom} under link
   * @param jsonUrl the JSON Feed's own address, or {@code null} for {@code feed.json} under link
   */
  public record Feed(String title, String link, String description,
      @DefaultValue("en") String language, String baseUrl, Integer limit, String rssUrl,
      String atomUrl, String jsonUrl) {

    /**
     * The channel of one feed.
     *
     * @param selfUrl the feed's own address when set, else {@code null}
     * @param fileName the file name under {@link #link()} that stands for a missing address
     * @return the channel
     * @throws dev.roundtable.rss.InvalidChannelException naming every missing or invalid field
     */
    Channel channel(String selfUrl, String fileName) {
      Channel.Builder channel = Channel.builder().title(title).link(link)
          .description(description).language(language)
          .selfUrl(selfUrl != null ? selfUrl : under(link, fileName));
      if (baseUrl != null) {
        channel.baseUrl(baseUrl);
      }
      if (limit != null) {
        channel.limit(limit);
      }
      return channel.build();
    }

    private static String under(String link, String fileName) {
      if (link == null) {
        return null; // the channel reports the missing link
      }
      return link.endsWith("/") ? link + fileName : link + "/" + fileName;
    }
  }

  /**
   * The HTML exporter's options ({@code roundtable.html.*}).
   *
   * @param headingLevel the level of an answer's headline, 1 to 6
   * @param zone the zone dates are shown in
   * @param maxRelatedLinks how many other answers an article lists at most
   * @param metadata which machine-readable metadata articles carry
   */
  public record Html(@DefaultValue("2") int headingLevel, @DefaultValue("UTC") ZoneId zone,
      @DefaultValue("12") int maxRelatedLinks,
      @DefaultValue("NONE") HtmlOptions.Metadata metadata) {

    /**
     * Checks the options as {@link HtmlOptions} does, so that a wrong value fails the start.
     *
     * @param headingLevel the level of an answer's headline, 1 to 6
     * @param zone the zone dates are shown in
     * @param maxRelatedLinks how many other answers an article lists at most
     * @param metadata which machine-readable metadata articles carry
     */
    public Html {
      options(headingLevel, zone, maxRelatedLinks, metadata);
    }

    /** {@return the options} */
    HtmlOptions options() {
      return options(headingLevel, zone, maxRelatedLinks, metadata);
    }

    private static HtmlOptions options(int headingLevel, ZoneId zone, int maxRelatedLinks,
        HtmlOptions.Metadata metadata) {
      return HtmlOptions.builder().headingLevel(headingLevel).zone(zone)
          .maxRelatedLinks(maxRelatedLinks).metadata(metadata).build();
    }
  }

  /**
   * The Roundtable JSON's options ({@code roundtable.json.*}).
   *
   * @param pretty whether responses are indented
   */
  public record Json(@DefaultValue("false") boolean pretty) {}
}
