package dev.roundtable.rss;

import static dev.roundtable.rss.Fixtures.ATOM_NS;
import static dev.roundtable.rss.Fixtures.CONTENT_NS;
import static dev.roundtable.rss.Fixtures.DC_NS;
import static dev.roundtable.rss.Fixtures.MEDIA_NS;
import static dev.roundtable.rss.Fixtures.child;
import static dev.roundtable.rss.Fixtures.children;
import static dev.roundtable.rss.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.roundtable.text.Context;
import dev.roundtable.html.HtmlExporter;
import dev.roundtable.model.Answer;
import dev.roundtable.model.Image;
import dev.roundtable.model.RandomModels;
import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;

/**
 * Arbitrary Unicode and hostile HTML, XML and JSON fragments in every text field
 * ({@link GeneratedCase}), 150 seeds per format: every feed is well-formed (the JDK's XML
 * parser, Jackson with duplicate keys refused), breaks no validator rule, is readable by ROME,
 * holds no active content (jsoup parses every value that readers render as HTML: escaped text
 * must parse to exactly its text, the body must hold no script, no {@code on*} attribute and no
 * URL but http/https/mailto), has only http(s) URLs, and reads back as the input minus the
 * characters feeds drop.
 */
class GeneratedInputTest {
  private static final HtmlExporter HTML = HtmlExporter.defaults();

  static Stream<Long> seeds() {
    return RandomModels.seeds(150);
  }

  /** The text minus what feeds drop, by the rule stated independently of the code under test. */
  private static String dropped(CharSequence s) {
    StringBuilder out = new StringBuilder();
    s.codePoints().filter(GeneratedInputTest::xmlCarries).forEach(out::appendCodePoint);
    return out.toString();
  }

  private static boolean xmlCarries(int cp) {
    return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0x7E)
        || (cp >= 0xA0 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFDCF)
        || (cp >= 0xFDF0 && cp <= 0xFFFC) || (cp >= 0x10000 && (cp & 0xFFFF) <= 0xFFFD);
  }

  /**
   * Checks a value that readers render as HTML: the text escaped as HTML, and what an HTML
   * parser finds in it exactly the text, minus what feeds drop and with line ends and form
   * feeds as HTML reads them.
   */
  private static void escapedHtml(String value, String input, String what) {
    assertThat(value).as(what).isEqualTo(dropped(Context.HTML.escape(input)));
    String shown = dropped(input.replace("\r\n", "\n").replace('\r', '\n').replace('\f', ' '));
    assertThat(ActiveContent.textOnly(value)).as(what + ": as HTML").isEqualTo(shown);
  }

  /** Checks a body: the exporter's HTML minus dropped characters, with nothing active in it. */
  private static void body(String value, Answer answer, String what) {
    assertThat(value).as(what).isEqualTo(dropped(HTML.body(answer.body()).toString()));
    assertThat(ActiveContent.in(value)).as(what + ": active content").isEmpty();
  }

  private static void web(String url, String what) {
    assertThat(url).as(what).matches("https?://.*")
        .matches(FeedValidatorRules.FULL_URI.pattern());
  }

  private static List<String> visible(List<String> texts) {
    return texts.stream().map(GeneratedInputTest::dropped).filter(t -> !t.isBlank())
        .collect(Collectors.toList());
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void rssIsWellFormedInertAndReadsBackAsTheInput(long seed) {
    GeneratedCase c = GeneratedCase.of(seed);
    byte[] feed = RssFeedWriter.of(c.channel()).toBytes(c.answers());
    assertThat(FeedValidatorRules.rss(feed, c.channel().selfUrl().toUri().toASCIIString(), true))
        .as(c.describe()).isEmpty();
    Element channel = child(Fixtures.parseXml(feed).getDocumentElement(), null, "channel");
    escapedHtml(text(channel, null, "title"), c.channel().title(), c.describe() + ", title");
    escapedHtml(text(channel, null, "description"), c.channel().description(),
        c.describe() + ", description");
    assertThat(children(channel, null, "generator")).extracting(Element::getTextContent)
        .as(c.describe()).isEqualTo(visible(c.channel().generator().stream().toList()));
    for (Element image : children(channel, null, "image")) {
      escapedHtml(text(image, null, "title"), c.channel().title(), c.describe() + ", image");
    }
    web(text(channel, null, "link"), c.describe());
    List<Element> items = children(channel, null, "item");
    assertThat(items).as(c.describe()).hasSameSizeAs(c.answers());
    for (int i = 0; i < items.size(); i++) {
      rssItem(items.get(i), c.answers().get(i), c, c.describe() + ", item " + i);
    }
    assertThat(Fixtures.parseRome(feed).getEntries()).as(c.describe()).hasSameSizeAs(items);
    assertThat(RssFeedWriter.of(c.channel()).toBytes(c.answers())).as(c.describe())
        .isEqualTo(feed);
  }

  private static void rssItem(Element item, Answer answer, GeneratedCase c, String what) {
    List<Element> title = children(item, null, "title");
    assertThat(title).as(what).hasSize(visible(List.of(answer.headline())).size());
    for (Element t : title) {
      escapedHtml(t.getTextContent(), answer.headline(), what + ", title");
    }
    for (Element link : children(item, null, "link")) {
      web(link.getTextContent(), what + ", link");
    }
    assertThat(text(item, DC_NS, "creator")).as(what).isEqualTo(dropped(answer.byline().name()));
    escapedHtml(text(item, null, "description"),
        answer.standfirst(c.channel().summaryLength()), what + ", description");
    body(text(item, CONTENT_NS, "encoded"), answer, what + ", content:encoded");
    assertThat(children(item, null, "category")).extracting(Element::getTextContent).as(what)
        .isEqualTo(visible(answer.topics()));
    List<String> media = new ArrayList<>();
    for (Element content : children(item, MEDIA_NS, "content")) {
      web(content.getAttribute("url"), what + ", media:content");
      for (Element e : children(content, MEDIA_NS, "description")) {
        media.add(e.getTextContent());
      }
      for (Element e : children(content, MEDIA_NS, "credit")) {
        media.add(e.getTextContent());
      }
    }
    List<String> imageText = new ArrayList<>();
    answer.image().map(Image::alt).ifPresent(imageText::add);
    answer.image().flatMap(Image::credit).ifPresent(imageText::add);
    assertThat(media).as(what + ", media").isEqualTo(visible(imageText));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void atomIsWellFormedInertAndReadsBackAsTheInput(long seed) {
    GeneratedCase c = GeneratedCase.of(seed);
    Instant updated = c.channel().updated().orElse(null);
    if (!c.answers().isEmpty() && (updated == null
        || c.answers().get(0).lastModified().isAfter(updated))) {
      updated = c.answers().get(0).lastModified();
    }
    if (updated == null) {
      assertThatThrownBy(() -> AtomFeedWriter.of(c.channel()).toBytes(c.answers()))
          .as(c.describe()).isInstanceOf(InvalidChannelException.class);
      return;
    }
    byte[] feed = AtomFeedWriter.of(c.channel()).toBytes(c.answers());
    assertThat(FeedValidatorRules.atom(feed, c.channel().selfUrl().toUri().toASCIIString(), true))
        .as(c.describe()).isEmpty();
    Element root = Fixtures.parseXml(feed).getDocumentElement();
    assertThat(text(root, ATOM_NS, "title")).as(c.describe())
        .isEqualTo(dropped(c.channel().title()));
    assertThat(text(root, ATOM_NS, "subtitle")).as(c.describe())
        .isEqualTo(dropped(c.channel().description()));
    assertThat(Instant.parse(text(root, ATOM_NS, "updated"))).as(c.describe())
        .isEqualTo(updated.truncatedTo(ChronoUnit.SECONDS));
    List<Element> entries = children(root, ATOM_NS, "entry");
    assertThat(entries).as(c.describe()).hasSameSizeAs(c.answers());
    for (int i = 0; i < entries.size(); i++) {
      Element entry = entries.get(i);
      Answer answer = c.answers().get(i);
      String what = c.describe() + ", entry " + i;
      assertThat(text(entry, ATOM_NS, "title")).as(what).isEqualTo(dropped(answer.headline()));
      Element author = child(entry, ATOM_NS, "author");
      assertThat(text(author, ATOM_NS, "name")).as(what)
          .isEqualTo(dropped(answer.byline().name()));
      for (Element uri : children(author, ATOM_NS, "uri")) {
        web(uri.getTextContent(), what + ", author uri");
      }
      for (Element link : children(entry, ATOM_NS, "link")) {
        web(link.getAttribute("href"), what + ", link");
      }
      assertThat(text(entry, ATOM_NS, "summary")).as(what)
          .isEqualTo(dropped(answer.standfirst(c.channel().summaryLength())));
      body(text(entry, ATOM_NS, "content"), answer, what + ", content");
      assertThat(children(entry, ATOM_NS, "category")).extracting(e -> e.getAttribute("term"))
          .as(what).isEqualTo(visible(answer.topics()));
    }
    assertThat(Fixtures.parseRome(feed).getEntries()).as(c.describe()).hasSameSizeAs(entries);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void jsonFeedIsWellFormedInertAndReadsBackAsTheInput(long seed) throws IOException {
    GeneratedCase c = GeneratedCase.of(seed);
    ObjectMapper strict = new ObjectMapper()
        .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    JsonNode feed = strict.readTree(JsonFeedWriter.of(c.channel()).toBytes(c.answers()));
    assertThat(feed.get("title").asText()).as(c.describe()).isEqualTo(dropped(c.channel().title()));
    assertThat(feed.get("description").asText()).as(c.describe())
        .isEqualTo(dropped(c.channel().description()));
    web(feed.get("home_page_url").asText(), c.describe());
    web(feed.get("feed_url").asText(), c.describe());
    JsonNode items = feed.get("items");
    assertThat(items.size()).as(c.describe()).isEqualTo(c.answers().size());
    for (int i = 0; i < items.size(); i++) {
      JsonNode item = items.get(i);
      Answer answer = c.answers().get(i);
      String what = c.describe() + ", item " + i;
      assertThat(item.get("title").asText()).as(what).isEqualTo(dropped(answer.headline()));
      assertThat(item.get("summary").asText()).as(what)
          .isEqualTo(dropped(answer.standfirst(c.channel().summaryLength())));
      body(item.get("content_html").asText(), answer, what + ", content_html");
      JsonNode author = item.get("authors").get(0);
      assertThat(author.get("name").asText()).as(what).isEqualTo(dropped(answer.byline().name()));
      for (String url : List.of("url", "image")) {
        if (item.has(url)) {
          web(item.get(url).asText(), what + ", " + url);
        }
      }
      for (String url : List.of("url", "avatar")) {
        if (author.has(url)) {
          web(author.get(url).asText(), what + ", author " + url);
        }
      }
      List<String> tags = item.has("tags")
          ? Stream.of(strict.treeToValue(item.get("tags"), String[].class)).toList()
          : List.of();
      assertThat(tags).as(what).isEqualTo(visible(answer.topics()));
    }
  }
}
