package dev.roundtable.rss;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The re-stated validator rules on links and Media RSS find what they are meant to find. */
class LinkAndMediaRulesTest {
  private static final String SELF = "https://example.com/feed.rss";

  private static List<String> rss(String channelLinks, String media) {
    String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\""
        + " xmlns:atom=\"http://www.w3.org/2005/Atom\""
        + " xmlns:content=\"http://purl.org/rss/1.0/modules/content/\""
        + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
        + " xmlns:media=\"http://search.yahoo.com/mrss/\">\n<channel>\n<title>T</title>\n"
        + "<link>https://example.com/</link>\n<description>D</description>\n"
        + "<language>en</language>\n" + channelLinks + "<item>\n<title>I</title>\n"
        + "<guid isPermaLink=\"true\">https://example.com/i</guid>\n"
        + "<pubDate>Thu, 07 May 2015 18:15:00 +0000</pubDate>\n<dc:creator>A</dc:creator>\n"
        + "<description>D</description>\n<content:encoded><![CDATA[<p>B</p>]]></content:encoded>\n"
        + media + "</item>\n</channel>\n</rss>\n";
    return FeedValidatorRules.rss(xml.getBytes(StandardCharsets.UTF_8), SELF, false);
  }

  private static String self() {
    return "<atom:link href=\"" + SELF + "\" rel=\"self\" type=\"application/rss+xml\"/>\n";
  }

  @Test
  void a_well_formed_feed_with_a_hub_and_an_image_breaks_no_rule() {
    assertThat(rss(self() + "<atom:link href=\"https://hub.example.com/\" rel=\"hub\"/>\n",
        "<media:content url=\"https://example.com/a.jpg\" medium=\"image\" width=\"2\">"
            + "<media:description type=\"plain\">Alt</media:description>"
            + "<media:credit>Photo: X</media:credit></media:content>\n")).isEmpty();
  }

  @Test
  void an_unregistered_relation_a_relative_hub_and_a_hub_without_self_are_reported() {
    assertThat(rss(self() + "<atom:link href=\"https://hub.example.com/\" rel=\"hubb\"/>\n", ""))
        .anyMatch(p -> p.startsWith("UnregisteredAtomLinkRel"));
    assertThat(rss(self() + "<atom:link href=\"/hub\" rel=\"hub\"/>\n", ""))
        .anyMatch(p -> p.startsWith("InvalidFullLink"));
    assertThat(rss("<atom:link href=\"https://hub.example.com/\" rel=\"hub\"/>\n", ""))
        .anyMatch(p -> p.startsWith("WebSub: a hub link without a self link"));
  }

  @Test
  void bad_media_attributes_text_types_credit_roles_and_html_are_reported() {
    assertThat(rss(self(), "<media:content url=\"https://example.com/a.jpg\" medium=\"picture\""
        + " width=\"0\" size=\"3\"><media:description type=\"text\">&lt;/b&gt;</media:description>"
        + "<media:credit role=\"Photographer\">X</media:credit></media:content>\n"))
        .anyMatch(p -> p.startsWith("InvalidMediaMedium"))
        .anyMatch(p -> p.startsWith("InvalidPositiveInteger: media:content width"))
        .anyMatch(p -> p.startsWith("UnexpectedAttribute (media:content): size"))
        .anyMatch(p -> p.startsWith("InvalidMediaTextType"))
        .anyMatch(p -> p.startsWith("InvalidCreditRole"));
  }
}
