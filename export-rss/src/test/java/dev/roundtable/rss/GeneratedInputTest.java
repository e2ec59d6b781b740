package dev.roundtable.rss;

import static dev.roundtable.rss.Fixtures.ATOM_NS;
import static dev.roundtable.rss.Fixtures.CONTENT_NS;
import static dev.roundtable.rss.Fixtures.DC_NS;
import static dev.roundtable.rss.Fixtures.child;
import static dev.roundtable.rss.Fixtures.children;
import static dev.roundtable.rss.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.roundtable.html.HtmlEscaper;
import dev.roundtable.html.HtmlExporter;
import dev.roundtable.model.Answer;
import dev.roundtable.model.Question;
import dev.roundtable.model.RandomModels;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;

/**
 * Arbitrary Unicode in every field (RandomModels: markup, CDATA ends, controls, lone
 * noncharacters, supplementary characters ...): every feed is well-formed, readable by ROME,
 * breaks no validator rule, and reads back as the input minus the characters feeds drop.
 */
class GeneratedInputTest {
  private static final HtmlExporter HTML = HtmlExporter.defaults();

  static Stream<Long> seeds() {
    return RandomModels.seeds(150);
  }

  /** A random channel and question for a seed. */
  private record Case(long seed, Channel channel, Question question, List<Answer> answers) {
    static Case of(long seed) {
      RandomModels random = new RandomModels(seed);
      Channel.Builder channel = Channel.builder().title(random.line(6)).link(random.url())
          .description(random.line(12)).selfUrl(random.url()).language("en-GB");
      if (random.random().nextBoolean()) {
        channel.baseUrl("https://example.com/" + (random.random().nextBoolean() ? "a/" : ""));
      }
      if (random.random().nextBoolean()) {
        channel.generator(random.line(3));
      }
      Question question = random.question("q" + seed, random.random().nextInt(7));
      return new Case(seed, channel.build(), question, withUniqueUrls(question));
    }

    /**
     * The answers newest first, each URL made unique: answers sharing a URL share an item id,
     * which the validator reports; the writers keep no memory of earlier items to catch it.
     */
    private static List<Answer> withUniqueUrls(Question question) {
      Set<String> seen = new HashSet<>();
      List<Answer> answers = new ArrayList<>();
      for (Answer answer : FeedWriter.newestFirst(question)) {
        String url = answer.url().map(Object::toString).orElse(null);
        if (url != null && !seen.add(url)) {
          answer = answer.toBuilder().url(url + "/" + answer.id().length() + seen.size()).build();
          seen.add(answer.url().orElseThrow().toString());
        }
        answers.add(answer);
      }
      return answers;
    }

    String describe() {
      return "seed " + seed + " (replay with new RandomModels(" + seed + "L))";
    }
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

  private static String htmlText(String s) {
    return dropped(HtmlEscaper.escapeText(s));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void rssReadsBackAsTheInputMinusDroppedCharacters(long seed) {
    Case c = Case.of(seed);
    byte[] feed = RssFeedWriter.of(c.channel()).toBytes(c.answers());
    assertThat(FeedValidatorRules.rss(feed, c.channel().selfUrl().toUri().toASCIIString(), true))
        .as(c.describe()).isEmpty();
    Element channel = child(Fixtures.parseXml(feed).getDocumentElement(), null, "channel");
    assertThat(text(channel, null, "title")).as(c.describe())
        .isEqualTo(htmlText(c.channel().title()));
    assertThat(text(channel, null, "description")).as(c.describe())
        .isEqualTo(htmlText(c.channel().description()));
    List<Element> items = children(channel, null, "item");
    assertThat(items).as(c.describe()).hasSameSizeAs(c.answers());
    for (int i = 0; i < items.size(); i++) {
      Element item = items.get(i);
      Answer answer = c.answers().get(i);
      String what = c.describe() + ", item " + i;
      assertThat(children(item, null, "title")).extracting(Element::getTextContent).as(what)
          .isEqualTo(visible(List.of(answer.headline())).stream()
              .map(t -> htmlText(answer.headline())).collect(Collectors.toList()));
      assertThat(text(item, DC_NS, "creator")).as(what).isEqualTo(dropped(answer.byline().name()));
      assertThat(text(item, null, "description")).as(what)
          .isEqualTo(htmlText(answer.standfirst(c.channel().summaryLength())));
      assertThat(text(item, CONTENT_NS, "encoded")).as(what)
          .isEqualTo(dropped(HTML.body(answer.body())));
      assertThat(children(item, null, "category")).extracting(Element::getTextContent).as(what)
          .isEqualTo(visible(answer.topics()));
    }
    assertThat(Fixtures.parseRome(feed).getEntries()).as(c.describe()).hasSameSizeAs(items);
    assertThat(RssFeedWriter.of(c.channel()).toBytes(c.answers())).as(c.describe())
        .isEqualTo(feed);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void atomReadsBackAsTheInputMinusDroppedCharacters(long seed) {
    Case c = Case.of(seed);
    byte[] feed = AtomFeedWriter.of(c.channel()).toBytes(c.answers());
    assertThat(FeedValidatorRules.atom(feed, c.channel().selfUrl().toUri().toASCIIString(), true))
        .as(c.describe()).isEmpty();
    Element root = Fixtures.parseXml(feed).getDocumentElement();
    assertThat(text(root, ATOM_NS, "title")).as(c.describe())
        .isEqualTo(dropped(c.channel().title()));
    List<Element> entries = children(root, ATOM_NS, "entry");
    assertThat(entries).as(c.describe()).hasSameSizeAs(c.answers());
    for (int i = 0; i < entries.size(); i++) {
      Element entry = entries.get(i);
      Answer answer = c.answers().get(i);
      String what = c.describe() + ", entry " + i;
      assertThat(text(entry, ATOM_NS, "title")).as(what).isEqualTo(dropped(answer.headline()));
      assertThat(text(child(entry, ATOM_NS, "author"), ATOM_NS, "name")).as(what)
          .isEqualTo(dropped(answer.byline().name()));
      assertThat(text(entry, ATOM_NS, "summary")).as(what)
          .isEqualTo(dropped(answer.standfirst(c.channel().summaryLength())));
      assertThat(text(entry, ATOM_NS, "content")).as(what)
          .isEqualTo(dropped(HTML.body(answer.body())));
      assertThat(children(entry, ATOM_NS, "category")).extracting(e -> e.getAttribute("term"))
          .as(what).isEqualTo(visible(answer.topics()));
    }
    assertThat(Fixtures.parseRome(feed).getEntries()).as(c.describe()).hasSameSizeAs(entries);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void jsonFeedReadsBackAsTheInputMinusDroppedCharacters(long seed) throws IOException {
    Case c = Case.of(seed);
    JsonNode feed = new ObjectMapper()
        .readTree(JsonFeedWriter.of(c.channel()).toBytes(c.answers()));
    assertThat(feed.get("title").asText()).as(c.describe()).isEqualTo(dropped(c.channel().title()));
    JsonNode items = feed.get("items");
    assertThat(items.size()).as(c.describe()).isEqualTo(c.answers().size());
    for (int i = 0; i < items.size(); i++) {
      JsonNode item = items.get(i);
      Answer answer = c.answers().get(i);
      String what = c.describe() + ", item " + i;
      assertThat(item.get("title").asText()).as(what).isEqualTo(dropped(answer.headline()));
      assertThat(item.get("summary").asText()).as(what)
          .isEqualTo(dropped(answer.standfirst(c.channel().summaryLength())));
      assertThat(item.get("content_html").asText()).as(what)
          .isEqualTo(dropped(HTML.body(answer.body())));
      assertThat(item.get("authors").get(0).get("name").asText()).as(what)
          .isEqualTo(dropped(answer.byline().name()));
      List<String> tags = item.has("tags")
          ? Stream.of(new ObjectMapper().treeToValue(item.get("tags"), String[].class)).toList()
          : List.of();
      assertThat(tags).as(what).isEqualTo(visible(answer.topics()));
    }
  }

  private static List<String> visible(List<String> texts) {
    return texts.stream().map(GeneratedInputTest::dropped).filter(t -> !t.isBlank())
        .collect(Collectors.toList());
  }
}
