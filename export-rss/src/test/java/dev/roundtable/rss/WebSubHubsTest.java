package dev.roundtable.rss;

import static dev.roundtable.rss.Fixtures.ATOM_NS;
import static dev.roundtable.rss.Fixtures.children;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import dev.roundtable.model.MentoringExample;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** A channel's WebSub hubs: checked when built, and written beside the self link. */
class WebSubHubsTest {
  private static final String HUB = "https://pubsubhubbub.appspot.com/";
  private static final String OTHER_HUB = "https://hub.example.net/websub";

  private static Channel channel(String extension) {
    return Fixtures.channel(extension).toBuilder().hub(HUB).hub(OTHER_HUB).build();
  }

  private static byte[] rss() {
    return RssFeedWriter.of(channel("rss")).toBytes(MentoringExample.question().answers());
  }

  private static byte[] atom() {
    return AtomFeedWriter.of(channel("atom")).toBytes(MentoringExample.question().answers());
  }

  private static InvalidChannelException rejected(Channel.Builder builder) {
    return catchThrowableOfType(InvalidChannelException.class, builder::build);
  }

  @Test
  void a_channel_keeps_its_hubs_in_the_order_given_and_its_copies_keep_them_too() {
    Channel channel = channel("rss");

    assertThat(channel.hubs()).extracting(Object::toString).containsExactly(HUB, OTHER_HUB);
    assertThat(channel.toBuilder().build().hubs()).isEqualTo(channel.hubs());
    assertThat(channel.toBuilder().hubs(List.of(OTHER_HUB)).build().hubs())
        .extracting(Object::toString).containsExactly(OTHER_HUB);
    assertThat(Fixtures.channel("rss").hubs()).isEmpty();
  }

  @Test
  void a_hub_that_is_not_an_http_url_is_refused_naming_hubs() {
    for (String bad : List.of("ftp://hub.example.com/", "javascript:alert(1)", "/hub", "")) {
      InvalidChannelException e = rejected(Fixtures.channel("rss").toBuilder().hub(bad));

      assertThat(e).as(bad).isNotNull();
      assertThat(e.field()).as(bad).isEqualTo("hubs");
      assertThat(e.getMessage()).as(bad).startsWith("hubs: ");
    }
  }

  @Test
  void a_hub_given_twice_even_in_another_spelling_is_refused() {
    InvalidChannelException e = rejected(Fixtures.channel("rss").toBuilder().hub(HUB)
        .hub("HTTPS://PubSubHubbub.appspot.com:443/"));

    assertThat(e.field()).isEqualTo("hubs");
    assertThat(e.rule()).contains("more than once");
  }

  @Test
  void a_hub_without_the_feeds_self_url_is_refused_naming_hubs_too() {
    InvalidChannelException e = rejected(Channel.builder().title("Feed")
        .link("https://example.com/").description("About").language("en").hub(HUB));

    assertThat(e.problems()).extracting(InvalidChannelException.Problem::field)
        .containsExactly("selfUrl", "hubs");
    assertThat(e.problems().get(1).rule()).contains("selfUrl").contains("topic");
  }

  @Test
  void rss_links_each_hub_with_an_atom_link_beside_the_self_link() {
    Element channel = Fixtures.child(Fixtures.parseXml(rss()).getDocumentElement(), null,
        "channel");

    assertThat(children(channel, ATOM_NS, "link"))
        .extracting(l -> l.getAttribute("rel") + " " + l.getAttribute("href"))
        .containsExactly("self " + MentoringExample.BASE + "feed.rss", "hub " + HUB,
            "hub " + OTHER_HUB);
  }

  @Test
  void atom_links_each_hub_after_the_self_and_alternate_links() {
    Element feed = Fixtures.parseXml(atom()).getDocumentElement();

    assertThat(children(feed, ATOM_NS, "link"))
        .extracting(l -> l.getAttribute("rel") + " " + l.getAttribute("href"))
        .containsExactly("self " + MentoringExample.BASE + "feed.atom",
            "alternate " + MentoringExample.BASE, "hub " + HUB, "hub " + OTHER_HUB);
  }

  @Test
  void json_feed_lists_the_hubs_as_websub_endpoints() throws IOException {
    JsonNode feed = new ObjectMapper().readTree(
        JsonFeedWriter.of(channel("json")).toBytes(MentoringExample.question().answers()));

    assertThat(feed.get("hubs")).hasSize(2);
    assertThat(feed.get("hubs").get(0).get("type").asText()).isEqualTo("WebSub");
    assertThat(feed.get("hubs").get(0).get("url").asText()).isEqualTo(HUB);
    assertThat(feed.get("hubs").get(1).get("url").asText()).isEqualTo(OTHER_HUB);
    assertThat(feed.get("hubs").get(0).size()).isEqualTo(2);
  }

  @Test
  void a_json_feed_without_hubs_has_no_hubs_member() throws IOException {
    JsonNode feed = new ObjectMapper().readTree(JsonFeedWriter.of(Fixtures.channel("json"))
        .toBytes(MentoringExample.question().answers()));

    assertThat(feed.has("hubs")).isFalse();
  }

  @Test
  void feeds_with_hubs_break_no_rule_of_the_w3c_feed_validator() {
    assertThat(FeedValidatorRules.rss(rss(), MentoringExample.BASE + "feed.rss", false))
        .isEmpty();
    assertThat(FeedValidatorRules.atom(atom(), MentoringExample.BASE + "feed.atom", false))
        .isEmpty();
  }

  @Test
  void rome_reads_both_feeds_with_hubs_and_sees_the_atom_hub_links() {
    SyndFeed rss = Fixtures.parseRome(rss());
    SyndFeed atom = Fixtures.parseRome(atom());

    assertThat(rss.getEntries()).hasSize(MentoringExample.question().answers().size());
    assertThat(atom.getLinks()).extracting(SyndLink::getRel).contains("hub");
    assertThat(atom.getLinks()).filteredOn(l -> "hub".equals(l.getRel()))
        .extracting(SyndLink::getHref).containsExactly(HUB, OTHER_HUB);
  }
}
