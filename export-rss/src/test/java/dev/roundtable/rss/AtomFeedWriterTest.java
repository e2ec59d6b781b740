package dev.roundtable.rss;

import static dev.roundtable.rss.Fixtures.ATOM_NS;
import static dev.roundtable.rss.Fixtures.child;
import static dev.roundtable.rss.Fixtures.children;
import static dev.roundtable.rss.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
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

/** The bundled example as Atom 1.0 (RFC 4287): every element the feed promises. */
class AtomFeedWriterTest {
  private static final Channel CHANNEL = Fixtures.channel("atom");
  private static final Question QUESTION = MentoringExample.question();
  private static final byte[] FEED = AtomFeedWriter.of(CHANNEL).toBytes(
      FeedWriter.newestFirst(QUESTION));

  private static Element feed() {
    return Fixtures.parseXml(FEED).getDocumentElement();
  }

  private static Element firstEntry() {
    return children(feed(), ATOM_NS, "entry").get(0);
  }

  @Test
  void identifiesTheFeedBySelfUrlWithTitleSubtitleAndLanguage() {
    Element feed = feed();
    assertThat(feed.getNamespaceURI()).isEqualTo(ATOM_NS);
    assertThat(feed.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"))
        .isEqualTo("en");
    assertThat(text(feed, ATOM_NS, "id")).isEqualTo(CHANNEL.selfUrl().toString(), false);
    assertThat(text(feed, ATOM_NS, "title")).isEqualTo("MPW Insider");
    assertThat(text(feed, ATOM_NS, "subtitle")).isEqualTo(CHANNEL.description());
    assertThat(text(feed, ATOM_NS, "generator")).isEqualTo("Roundtable");
    assertThat(text(feed, ATOM_NS, "logo")).isEqualTo("https://example.com/images/insider.png");
  }

  @Test
  void datesTheFeedWithTheNewestAnswer() {
    assertThat(text(feed(), ATOM_NS, "updated")).isEqualTo("2015-05-07T18:15:00Z");
  }

  @Test
  void linksToItselfAndToTheSite() {
    List<Element> links = children(feed(), ATOM_NS, "link");
    assertThat(links).extracting(l -> l.getAttribute("rel") + " " + l.getAttribute("href"))
        .containsExactly("self " + CHANNEL.selfUrl(), "alternate " + MentoringExample.BASE);
  }

  @Test
  void needsNoFeedAuthorSinceEveryEntryHasOne() {
    assertThat(children(feed(), ATOM_NS, "author")).isEmpty();
    assertThat(children(feed(), ATOM_NS, "entry"))
        .allSatisfy(e -> assertThat(children(e, ATOM_NS, "author")).hasSize(1));
  }

  @Test
  void listsEveryAnswerNewestFirst() {
    List<String> expected = FeedWriter.newestFirst(QUESTION).stream().map(Answer::headline)
        .collect(Collectors.toList());
    assertThat(children(feed(), ATOM_NS, "entry")).extracting(e -> text(e, ATOM_NS, "title"))
        .containsExactlyElementsOf(expected);
  }

  @Test
  void writesEveryEntryElement() {
    Element entry = firstEntry();
    Answer featured = MentoringExample.featured();
    String url = featured.url().orElseThrow().toString();
    assertThat(text(entry, ATOM_NS, "id")).isEqualTo(url);
    assertThat(text(entry, ATOM_NS, "title")).isEqualTo(featured.headline());
    assertThat(text(entry, ATOM_NS, "updated")).isEqualTo("2015-05-07T18:15:00Z");
    assertThat(text(entry, ATOM_NS, "published")).isEqualTo("2015-05-07T18:15:00Z");
    Element author = child(entry, ATOM_NS, "author");
    assertThat(text(author, ATOM_NS, "name")).isEqualTo("Jenni Luke");
    assertThat(text(author, ATOM_NS, "uri")).isEqualTo("https://example.com/people/jenni-luke");
    Element link = child(entry, ATOM_NS, "link");
    assertThat(link.getAttribute("rel")).isEqualTo("alternate");
    assertThat(link.getAttribute("href")).isEqualTo(url);
    assertThat(text(entry, ATOM_NS, "summary"))
        .isEqualTo(featured.standfirst(CHANNEL.summaryLength()));
    Element content = child(entry, ATOM_NS, "content");
    assertThat(content.getAttribute("type")).isEqualTo("html");
    assertThat(content.getTextContent())
        .isEqualTo(HtmlExporter.defaults().body(featured.body()).toString());
    assertThat(children(entry, ATOM_NS, "category")).extracting(c -> c.getAttribute("term"))
        .containsExactly("Mentoring", "Leadership");
  }

  @Test
  void readsBackInRomeAsAFeedReaderWould() {
    SyndFeed feed = Fixtures.parseRome(FEED);
    assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
    assertThat(feed.getUri()).isEqualTo(CHANNEL.selfUrl().toString(), false);
    assertThat(feed.getEntries()).hasSize(QUESTION.answers().size());
    SyndEntry first = feed.getEntries().get(0);
    Answer featured = MentoringExample.featured();
    assertThat(first.getTitle()).isEqualTo(featured.headline());
    assertThat(first.getLink()).isEqualTo(featured.url().orElseThrow().toString());
    assertThat(first.getPublishedDate()).isEqualTo(Date.from(featured.publishedAt()));
    assertThat(first.getUpdatedDate()).isEqualTo(Date.from(featured.lastModified()));
    assertThat(first.getAuthors()).singleElement()
        .satisfies(p -> assertThat(p.getName()).isEqualTo("Jenni Luke"));
    assertThat(first.getContents()).singleElement()
        .satisfies(c -> assertThat(c.getValue()).contains("<strong>courage</strong>"));
  }

  @Test
  void breaksNoRuleOfTheW3cFeedValidator() {
    assertThat(FeedValidatorRules.atom(FEED, CHANNEL.selfUrl().toString(), false)).isEmpty();
  }

  @Test
  void matchesTheReviewedGoldenFile() {
    assertThat(new String(FEED, StandardCharsets.UTF_8))
        .isEqualTo(Fixtures.resource("mentoring.atom.xml"));
  }
}
