package dev.roundtable.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundtable.model.Answer;
import dev.roundtable.model.Question;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every XSS vector of the corpus in every text field: a real HTML parser (jsoup) finds only the
 * elements and attributes the exporter means to write, in the same structure as for harmless
 * text, and the text comes back as it went in.
 */
class HtmlSafetyTest {
  private static final Set<String> LINK_ATTRIBUTES = Set.of("href", "src");
  /** The elements the exporter writes, each with the attributes it may carry. */
  static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
      Map.entry("article", Set.of("class", "lang", "itemscope", "itemtype")),
      Map.entry("section", Set.of("class", "lang")),
      Map.entry("nav", Set.of("class", "lang", "aria-label", "aria-labelledby")),
      Map.entry("header", Set.of("class")),
      Map.entry("link", Set.of("itemprop", "href")),
      Map.entry("h2", Set.of("class", "id", "itemprop")),
      Map.entry("h3", Set.of("class", "id", "itemprop")),
      Map.entry("h4", Set.of("class", "id", "itemprop")),
      Map.entry("h5", Set.of("class", "id", "itemprop")),
      Map.entry("h6", Set.of("class", "id", "itemprop")),
      Map.entry("p", Set.of("class", "lang", "itemprop", "itemscope", "itemtype")),
      Map.entry("a", Set.of("class", "href", "rel", "target", "itemprop")),
      Map.entry("span", Set.of("class", "itemprop")),
      Map.entry("time", Set.of("class", "datetime", "itemprop")),
      Map.entry("figure", Set.of("class")),
      Map.entry("figcaption", Set.of("class")),
      Map.entry("img", Set.of("class", "src", "alt", "width", "height", "itemprop")),
      Map.entry("div", Set.of("class", "itemprop")),
      Map.entry("ul", Set.of("class", "aria-label")),
      Map.entry("ol", Set.of("class", "aria-label")),
      Map.entry("li", Set.of("class", "itemprop", "itemscope", "itemtype")),
      Map.entry("blockquote", Set.of()),
      Map.entry("em", Set.of()),
      Map.entry("strong", Set.of()),
      Map.entry("code", Set.of()),
      Map.entry("br", Set.of()),
      Map.entry("script", Set.of("type")));
  private static final List<HtmlExporter> EXPORTERS = List.of(
      HtmlExporter.defaults(),
      HtmlExporter.of(HtmlOptions.builder().metadata(HtmlOptions.Metadata.MICRODATA)
          .lang("en-GB").target("_blank").rel("noopener noreferrer").build()),
      HtmlExporter.of(HtmlOptions.builder().metadata(HtmlOptions.Metadata.JSON_LD).build()));

  static Stream<String> vectors() {
    return XssCorpus.vectors().stream();
  }

  /** Every fragment of the question's first answer, with each exporter. */
  static String render(Question question) {
    return String.join("", renderings(question));
  }

  /**
   * Every fragment of the question, as one page for each exporter: each answer's article once
   * (so that the ids of its articles are unique on the page), the index, the intro line and the
   * related links of the first answer.
   */
  static List<String> renderings(Question question) {
    List<String> pages = new ArrayList<>();
    Answer first = question.answers().get(0);
    for (HtmlExporter html : EXPORTERS) {
      StringBuilder out = new StringBuilder();
      for (Answer answer : question.answers()) {
        out.append(html.answer(question, answer).toString());
      }
      out.append(html.index(question).toString()).append(html.intro(question, first).toString())
          .append(html.related(question, first).toString());
      pages.add(out.toString());
    }
    return pages;
  }

  @ParameterizedTest(name = "{index}: {0}")
  @MethodSource("vectors")
  void writesOnlyTheAllowedElementsAndAttributes(String vector) {
    Document doc = Jsoup.parseBodyFragment(render(XssCorpus.question(vector)));
    for (Element e : doc.body().getAllElements()) {
      if (e == doc.body()) {
        continue;
      }
      assertThat(ALLOWED).as("element <%s>", e.tagName()).containsKey(e.tagName());
      for (Attribute a : e.attributes()) {
        assertThat(ALLOWED.get(e.tagName())).as("attribute %s of <%s>", a.getKey(), e.tagName())
            .contains(a.getKey());
        if (e.tagName().equals("script")) {
          assertThat(a.getValue()).isEqualTo("application/ld+json");
        }
        if (LINK_ATTRIBUTES.contains(a.getKey())) {
          assertThat(a.getValue()).matches("(https?://|mailto:).*");
        }
      }
    }
  }

  @ParameterizedTest(name = "{index}: {0}")
  @MethodSource("vectors")
  void keepsTheStructureOfHarmlessText(String vector) {
    assertThat(shape(render(XssCorpus.question(vector))))
        .isEqualTo(shape(render(XssCorpus.question("harmless"))));
  }

  @ParameterizedTest(name = "{index}: {0}")
  @MethodSource("vectors")
  void givesEveryTextBackAsItWentIn(String vector) {
    String expected = vector.replace("\r\n", "\n").replace('\r', '\n');
    Document doc = Jsoup.parseBodyFragment(render(XssCorpus.question(vector)));
    List<String> credentials = new ArrayList<>();
    doc.select("span.rt-credentials").forEach(e -> credentials.add(e.wholeText()));
    assertThat(credentials).isNotEmpty()
        .allMatch(t -> t.equals(expected) || t.equals(expected + " of " + expected))
        .contains(expected, expected + " of " + expected);
    for (String selector : new String[] {"h2.rt-headline", "a.rt-author",
        "figcaption.rt-credit", "li.rt-topic", "a.rt-related-link", "h2.rt-question",
        "p.rt-series", "p.rt-series-description", ".rt-body code", ".rt-body em",
        ".rt-body strong", ".rt-body h3", ".rt-body figcaption", ".rt-body ol > li"}) {
      List<String> texts = new ArrayList<>();
      doc.select(selector).forEach(e -> texts.add(e.wholeText()));
      assertThat(texts).as(selector).isNotEmpty().allMatch(expected::equals);
    }
    assertThat(doc.select("img").eachAttr("alt")).isNotEmpty().allMatch(expected::equals);
  }

  /** The element names and attribute names, in document order. */
  private static List<String> shape(String html) {
    List<String> shape = new ArrayList<>();
    for (Element e : Jsoup.parseBodyFragment(html).body().getAllElements()) {
      StringBuilder s = new StringBuilder(e.tagName());
      e.attributes().forEach(a -> s.append(' ').append(a.getKey()));
      shape.add(s.toString());
    }
    return shape;
  }
}
