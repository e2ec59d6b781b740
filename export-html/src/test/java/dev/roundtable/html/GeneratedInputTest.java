package dev.roundtable.html;

import static dev.roundtable.model.BodyText.visibleText;
import static dev.roundtable.model.BodyText.withoutSpace;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.roundtable.model.Answer;
import dev.roundtable.model.Image;
import dev.roundtable.model.Question;
import dev.roundtable.model.RandomModels;
import dev.roundtable.model.RelatedLink;
import dev.roundtable.model.Series;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Arbitrary Unicode and hostile HTML, XML and JSON fragments in every text field
 * ({@link RandomModels}: markup, script ends, CDATA ends, template syntax, controls,
 * noncharacters, bidi and supplementary characters), through every fragment ({@code answer},
 * {@code index}, {@code related}, {@code intro}, {@code body}) of exporters without
 * metadata, with microdata and with JSON-LD: the HTML5 parser (jsoup, tracking errors) reports no
 * parse error; there is no active content (no {@code <script>} but JSON-LD, no {@code on*}
 * attribute, no URL but {@code http}, {@code https} and {@code mailto}, only the elements and
 * attributes {@link HtmlSafetyTest} allows); and each text reads back as it went in, minus what
 * HTML cannot carry (U+FFFD for each character it forbids, a line feed for a carriage return).
 */
class GeneratedInputTest {
  private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "srcset", "cite",
      "action", "formaction", "poster", "data", "background", "itemid", "itemtype", "ping");
  private static final Map<String, HtmlExporter> EXPORTERS = Map.of(
      "no metadata", HtmlExporter.defaults(),
      "microdata", HtmlExporter.of(HtmlOptions.builder().metadata(HtmlOptions.Metadata.MICRODATA)
          .lang("en-GB").target("_blank").build()),
      "JSON-LD", HtmlExporter.of(HtmlOptions.builder().metadata(HtmlOptions.Metadata.JSON_LD)
          .build()));

  static Stream<Long> seeds() {
    return RandomModels.seeds(120);
  }

  /** A random question of one to six answers for a seed. */
  private static Question question(long seed) {
    RandomModels random = new RandomModels(seed);
    return random.question("q" + seed, 1 + random.random().nextInt(6));
  }

  private static String describe(long seed) {
    return "seed " + seed + " (replay with new RandomModels(" + seed + "L))";
  }

  /** Each fragment the exporter writes for the question, by name. */
  private static Map<String, String> fragments(HtmlExporter html, Question question) {
    Map<String, String> out = new LinkedHashMap<>();
    out.put("questionIndex", html.index(question).toString());
    for (Answer answer : question.answers()) {
      out.put("answer " + answer.id(), html.answer(question, answer).toString());
      out.put("relatedLinks " + answer.id(), html.related(question, answer).toString());
      out.put("intro " + answer.id(), html.intro(question, answer).toString());
      out.put("body " + answer.id(), html.body(answer.body()).toString());
    }
    return out;
  }

  /** The text as an HTML parser gives it back from the exporter's output. */
  static String carried(String s) {
    return HtmlEscapingTest.valid(s).replace("\r\n", "\n").replace('\r', '\n').replace('\f', ' ');
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everyFragmentParsesWithoutErrorAndHoldsNoActiveContent(long seed) {
    Question question = question(seed);
    EXPORTERS.forEach((mode, html) -> fragments(html, question).forEach((name, fragment) -> {
      String what = describe(seed) + ", " + mode + ", " + name;
      Parser parser = Parser.htmlParser().setTrackErrors(10);
      Document doc = Jsoup.parse("<!DOCTYPE html><html lang=\"en\"><head><title>t</title></head>"
          + "<body>" + fragment + "</body></html>", "", parser);

      assertThat(parser.getErrors()).as(what).isEmpty();
      for (Element e : doc.body().getAllElements()) {
        if (e != doc.body()) {
          assertInactive(e, what);
        }
      }
    }));
  }

  private static void assertInactive(Element e, String what) {
    String element = what + ": <" + e.tagName() + ">";
    assertThat(HtmlSafetyTest.ALLOWED).as(element).containsKey(e.tagName());
    if (e.tagName().equals("script")) {
      assertThat(e.attr("type")).as(element).isEqualTo("application/ld+json");
    }
    for (Attribute a : e.attributes()) {
      String attribute = element + " " + a.getKey() + "=\"" + a.getValue() + "\"";
      assertThat(a.getKey()).as(attribute).doesNotStartWith("on")
          .isIn(HtmlSafetyTest.ALLOWED.get(e.tagName()));
      if (URL_ATTRIBUTES.contains(a.getKey())) {
        assertThat(a.getValue()).as(attribute).matches("(?s)(https?://|mailto:).*");
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everyTextOfEveryFragmentReadsBackAsItWentIn(long seed) {
    Question question = question(seed);
    EXPORTERS.forEach((mode, html) -> {
      String what = describe(seed) + ", " + mode;
      Document index = Jsoup.parseBodyFragment(html.index(question).toString());
      assertThat(index.selectFirst(".rt-question").wholeText()).as(what)
          .isEqualTo(carried(question.text()));
      question.series().ifPresent(series -> assertSeries(index, series, what));
      List<Element> items = index.select("li.rt-answer-item");
      assertThat(items).as(what).hasSameSizeAs(question.answers());
      for (int i = 0; i < items.size(); i++) {
        Answer answer = question.answers().get(i);
        assertThat(items.get(i).selectFirst(".rt-headline").wholeText()).as(what)
            .isEqualTo(carried(answer.headline()));
        assertThat(texts(items.get(i), ".rt-excerpt")).as(what)
            .isEqualTo(nonEmpty(carried(answer.standfirst(300))));
      }
      for (Answer answer : question.answers()) {
        String of = what + ", answer " + answer.id();
        assertArticle(Jsoup.parseBodyFragment(html.answer(question, answer).toString()), question,
            answer, of);
        Document intro = Jsoup.parseBodyFragment(html.intro(question, answer).toString());
        assertThat(intro.selectFirst(".rt-intro-question").wholeText()).as(of)
            .isEqualTo(carried(question.text()));
        assertThat(intro.selectFirst(".rt-intro-byline").wholeText()).as(of)
            .isEqualTo(carried(answer.byline().text()));
        assertThat(texts(Jsoup.parseBodyFragment(html.related(question, answer).toString()),
            "a.rt-related-link")).as(of).isEqualTo(relatedTitles(question, answer));
        assertThat(withoutSpace(
            Jsoup.parseBodyFragment(html.body(answer.body()).toString()).wholeText()))
            .as(of).isEqualTo(withoutSpace(carried(visibleText(answer.body()))));
      }
    });
  }

  private static void assertSeries(Document index, Series series, String what) {
    assertThat(index.selectFirst(".rt-series").wholeText()).as(what)
        .isEqualTo(carried(series.name()));
    assertThat(texts(index, ".rt-series-description")).as(what)
        .isEqualTo(series.description().map(GeneratedInputTest::carried).stream().toList());
  }

  private static void assertArticle(Document article, Question question, Answer answer,
      String what) {
    assertThat(article.selectFirst(".rt-headline").wholeText()).as(what)
        .isEqualTo(carried(answer.headline()));
    assertThat(texts(article, ".rt-standfirst")).as(what) // only a summary stands above the body
        .isEqualTo(answer.summary().isPresent() ? nonEmpty(carried(answer.standfirst(300)))
            : List.of());
    assertThat(article.selectFirst(".rt-byline").wholeText()).as(what)
        .isEqualTo(carried(answer.byline().text()));
    assertThat(texts(article, ".rt-topic")).as(what)
        .isEqualTo(answer.topics().stream().map(GeneratedInputTest::carried).toList());
    Image image = answer.image().orElse(null);
    assertThat(article.select("img.rt-image").eachAttr("alt")).as(what)
        .isEqualTo(image == null ? List.of() : List.of(carried(image.alt())));
    assertThat(texts(article, ".rt-credit")).as(what).isEqualTo(
        image == null ? List.of() : image.credit().map(GeneratedInputTest::carried).stream()
            .toList());
    assertThat(texts(article, "a.rt-related-link")).as(what)
        .isEqualTo(relatedTitles(question, answer));
    assertThat(withoutSpace(article.selectFirst(".rt-body").wholeText())).as(what)
        .isEqualTo(withoutSpace(carried(visibleText(answer.body()))));
    Element script = article.selectFirst("script");
    if (script != null) {
      assertThat(jsonStrings(script.data())).as(what)
          .contains(answer.headline(), question.text(), answer.contributor().name());
    }
  }

  private static List<String> relatedTitles(Question question, Answer answer) {
    return question.relatedLinksFor(answer).stream().map(RelatedLink::title)
        .map(GeneratedInputTest::carried).toList();
  }

  private static List<String> nonEmpty(String s) {
    return s.isEmpty() ? List.of() : List.of(s);
  }

  private static List<String> texts(Element root, String selector) {
    List<String> texts = new ArrayList<>();
    root.select(selector).forEach(e -> texts.add(e.wholeText()));
    return texts;
  }

  /** Every string value of a JSON text, which must parse. */
  private static List<String> jsonStrings(String json) {
    List<String> strings = new ArrayList<>();
    try (JsonParser parser = new JsonFactory().createParser(json)) {
      for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
        if (t == JsonToken.VALUE_STRING) {
          strings.add(parser.getText());
        }
      }
    } catch (IOException e) {
      throw new AssertionError("JSON-LD does not parse: " + json, e);
    }
    return strings;
  }
}
