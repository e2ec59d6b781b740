package dev.roundtable.rss;

import static dev.roundtable.rss.Fixtures.CONTENT_NS;
import static dev.roundtable.rss.Fixtures.DC_NS;
import static dev.roundtable.rss.Fixtures.MEDIA_NS;
import static dev.roundtable.rss.Fixtures.child;
import static dev.roundtable.rss.Fixtures.childNames;
import static dev.roundtable.rss.Fixtures.children;
import static dev.roundtable.rss.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import dev.roundtable.text.Context;
import dev.roundtable.html.HtmlExporter;
import dev.roundtable.model.Answer;
import dev.roundtable.model.MentoringExample;
import dev.roundtable.model.Question;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** The bundled example as RSS 2.0: every element the feed promises, read three ways. */
class RssFeedWriterTest {
  private static final Channel CHANNEL = Fixtures.channel("rss");
  private static final Question QUESTION = MentoringExample.question();
  private static final byte[] FEED = RssFeedWriter.of(CHANNEL).toBytes(
      FeedWriter.newestFirst(QUESTION));

  private static Element channel() {
    return child(Fixtures.parseXml(FEED).getDocumentElement(), null, "channel");
  }

  private static List<Element> items() {
    return children(channel(), null, "item");
  }

  @Test
  void declaresEveryNamespaceOnceOnTheRoot() {
    String xml = new String(FEED, StandardCharsets.UTF_8);
    String root = xml.substring(xml.indexOf("<rss"), xml.indexOf('>', xml.indexOf("<rss")));
    assertThat(root).contains("version=\"2.0\"", "xmlns:atom=\"http://www.w3.org/2005/Atom\"",
        "xmlns:content=\"" + CONTENT_NS + "\"", "xmlns:dc=\"" + DC_NS + "\"",
        "xmlns:media=\"" + MEDIA_NS + "\"");
    assertThat(xml.substring(xml.indexOf(root) + root.length())).doesNotContain("xmlns");
  }

  @Test
  void writesTheRequiredChannelElementsFromTheChannel() {
    Element channel = channel();
    assertThat(text(channel, null, "title")).isEqualTo("MPW Insider");
    assertThat(text(channel, null, "link")).isEqualTo(MentoringExample.BASE);
    assertThat(text(channel, null, "description"))
        .isEqualTo(Context.HTML.escape(CHANNEL.description()));
    assertThat(ActiveContent.textOnly(text(channel, null, "description")))
        .isEqualTo(CHANNEL.description());
    assertThat(text(channel, null, "language")).isEqualTo("en");
    assertThat(text(channel, null, "generator")).isEqualTo("Roundtable");
    assertThat(text(channel, null, "ttl")).isEqualTo("60");
  }

  @Test
  void linksToItselfWithAnAtomSelfLink() {
    Element self = child(channel(), Fixtures.ATOM_NS, "link");
    assertThat(self.getAttribute("rel")).isEqualTo("self");
    assertThat(self.getAttribute("href")).isEqualTo(CHANNEL.selfUrl().toString());
    assertThat(self.getAttribute("type")).isEqualTo("application/rss+xml");
  }

  @Test
  void datesTheChannelWithTheNewestAnswer() {
    assertThat(text(channel(), null, "lastBuildDate"))
        .isEqualTo("Thu, 07 May 2015 18:15:00 +0000");
  }

  @Test
  void describesTheImageWithTheChannelsTitleAndLink() {
    Element image = child(channel(), null, "image");
    assertThat(text(image, null, "url")).isEqualTo("https://example.com/images/insider.png");
    assertThat(text(image, null, "title")).isEqualTo(text(channel(), null, "title"));
    assertThat(text(image, null, "link")).isEqualTo(text(channel(), null, "link"));
    assertThat(text(image, null, "width")).isEqualTo("144");
    assertThat(text(image, null, "height")).isEqualTo("72");
  }

  @Test
  void listsEveryAnswerNewestFirst() {
    List<String> expected = FeedWriter.newestFirst(QUESTION).stream().map(Answer::headline)
        .collect(Collectors.toList());
    assertThat(items()).extracting(item -> text(item, null, "title"))
        .containsExactlyElementsOf(expected);
    assertThat(expected.get(0)).isEqualTo(MentoringExample.featured().headline());
  }

  @Test
  void writesItemElementsInTheProfilesOrder() {
    assertThat(childNames(items().get(0))).containsExactly("title", "link", "guid", "pubDate",
        "dc:creator", "description", "content:encoded", "category", "category",
        "media:content");
  }

  @Test
  void usesTheAnswerUrlAsLinkAndPermalinkGuid() {
    Element item = items().get(0);
    String url = MentoringExample.featured().url().orElseThrow().toString();
    assertThat(text(item, null, "link")).isEqualTo(url);
    Element guid = child(item, null, "guid");
    assertThat(guid.getTextContent()).isEqualTo(url);
    assertThat(guid.getAttribute("isPermaLink")).isEqualTo("true");
  }

  @Test
  void writesPubDateInRfc822WithFourDigitYearAndNumericZone() {
    assertThat(items()).extracting(item -> text(item, null, "pubDate"))
        .allMatch(date -> FeedValidatorRules.RFC_2822.matcher(date).matches())
        .first().isEqualTo("Thu, 07 May 2015 18:15:00 +0000");
  }

  @Test
  void creditsTheBylinesNameAsDcCreator() {
    assertThat(text(items().get(0), DC_NS, "creator")).isEqualTo("Jenni Luke");
  }

  @Test
  void describesTheItemWithTheStandfirstEscapedAsHtml() {
    assertThat(text(items().get(0), null, "description"))
        .isEqualTo(MentoringExample.featured().standfirst(CHANNEL.summaryLength()));
    String raw = new String(FEED, StandardCharsets.UTF_8);
    assertThat(raw).contains("<description>Leaders answer readers&#x26;#39; questions on careers"
        + " &#x26;amp; leadership.</description>");
  }

  @Test
  void carriesTheFullBodyAsHtmlFromTheHtmlExporter() {
    Answer featured = MentoringExample.featured();
    assertThat(text(items().get(0), CONTENT_NS, "encoded"))
        .isEqualTo(HtmlExporter.defaults().body(featured.body()).toString())
        .contains("<em>normal</em>", "<strong>courage</strong>", "<ul><li>");
    assertThat(new String(FEED, StandardCharsets.UTF_8)).contains("<content:encoded><![CDATA[<p>");
  }

  @Test
  void writesACategoryPerTopic() {
    assertThat(children(items().get(0), null, "category"))
        .extracting(Element::getTextContent).containsExactly("Mentoring", "Leadership");
  }

  @Test
  void writesTheImageAsMediaContentWithSizeAltAndCredit() {
    Element media = child(items().get(0), MEDIA_NS, "content");
    assertThat(media.getAttribute("url")).isEqualTo("https://example.com/images/jenni-luke.jpg");
    assertThat(media.getAttribute("medium")).isEqualTo("image");
    assertThat(media.getAttribute("width")).isEqualTo("1200");
    assertThat(media.getAttribute("height")).isEqualTo("800");
    assertThat(text(media, MEDIA_NS, "description")).isEqualTo("Portrait of Jenni Luke");
    assertThat(text(media, MEDIA_NS, "credit")).isEqualTo("Photograph by Maya Myers");
    assertThat(children(items().get(0), null, "enclosure")).isEmpty();
  }

  @Test
  void readsBackInRomeAsAFeedReaderWould() {
    SyndFeed feed = Fixtures.parseRome(FEED);
    assertThat(feed.getFeedType()).isEqualTo("rss_2.0");
    assertThat(feed.getTitle()).isEqualTo("MPW Insider");
    assertThat(feed.getLanguage()).isEqualTo("en");
    assertThat(feed.getEntries()).hasSize(QUESTION.answers().size());
    SyndEntry first = feed.getEntries().get(0);
    Answer featured = MentoringExample.featured();
    assertThat(first.getTitle()).isEqualTo(featured.headline());
    assertThat(first.getLink()).isEqualTo(featured.url().orElseThrow().toString());
    assertThat(first.getUri()).isEqualTo(featured.url().orElseThrow().toString());
    assertThat(first.getPublishedDate()).isEqualTo(Date.from(featured.publishedAt()));
    assertThat(first.getAuthor()).isEqualTo("Jenni Luke");
    assertThat(first.getDescription().getValue()).startsWith("The CEO of Step Up");
    assertThat(first.getContents()).singleElement()
        .satisfies(c -> assertThat(c.getValue()).contains("<h3>Growth is not a straight line"));
    assertThat(first.getCategories()).extracting(c -> c.getName())
        .containsExactly("Mentoring", "Leadership");
  }

  @Test
  void breaksNoRuleOfTheW3cFeedValidator() {
    assertThat(FeedValidatorRules.rss(FEED, CHANNEL.selfUrl().toString(), false)).isEmpty();
  }

  @Test
  void matchesTheReviewedGoldenFile() {
    assertThat(new String(FEED, StandardCharsets.UTF_8))
        .isEqualTo(Fixtures.resource("mentoring.rss.xml"));
  }
}
