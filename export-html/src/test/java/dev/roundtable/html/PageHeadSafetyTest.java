package dev.roundtable.html;

import static dev.roundtable.html.PageHeads.content;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roundtable.json.JsonLd;
import dev.roundtable.model.Answer;
import dev.roundtable.model.Question;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile text in every field that reaches a page's head (headline, summary, question, series,
 * publisher, topic, the picture's text alternative, a feed's title): parsed by jsoup as a
 * browser parses a head, every value comes back as it went in and no element or attribute
 * appears but those the head means to write.
 */
class PageHeadSafetyTest {
  /** The elements a head holds, each with the attributes it may carry. */
  private static final Map<String, Set<String>> ALLOWED = Map.of(
      "meta", Set.of("charset", "name", "property", "content"),
      "title", Set.of(),
      "link", Set.of("rel", "type", "title", "href"),
      "script", Set.of("type"));
  /** What the value of each tag is made of, {@code v} standing for the hostile text. */
  private static final List<String> VERBATIM = List.of("og:title", "twitter:title",
      "og:image:alt", "twitter:image:alt", "og:site_name", "article:section", "article:tag");

  static Stream<String> hostile() {
    List<String> named = List.of(
        "\"><script>alert(1)</script>",
        "'><img src=x onerror=alert(1)>'",
        "Ernst & Young &amp; &lt;b&gt; &#x27;",
        "line\u2028separator\u2029paragraph",
        "\u202Eevil\u202C \u2066isolate\u2069 \u200Fmark\u061C",
        "\"'&<>\u2028\u202E</title><script>alert(1)</script>");
    return Stream.concat(named.stream(), XssCorpus.vectors().stream());
  }

  private static HtmlExporter exporter(String v) {
    return HtmlExporter.of(HtmlOptions.builder().structuredData(JsonLd.defaults())
        .feeds(List.of(new FeedLink(FeedLink.RSS, v, "rss.xml"))).build());
  }

  /** The text as an HTML parser gives it back: CR LF and a lone CR become LF. */
  private static String parsed(String v) {
    return v.replace("\r\n", "\n").replace('\r', '\n');
  }

  @ParameterizedTest(name = "{index}: {0}")
  @MethodSource("hostile")
  void theAnswersHeadGivesEveryValueBackAsItWentIn(String v) {
    Question question = PageHeads.every(v);
    Answer answer = question.answers().get(0);
    Document head = PageHeads.parse(exporter(v).head(question, answer));
    String expected = parsed(v);

    assertOnlyTheHeadsElements(head);
    assertThat(head.selectFirst("title").wholeText()).isEqualTo(expected + " · " + expected);
    for (String key : VERBATIM) {
      assertThat(content(head, key)).as(key).containsExactly(expected);
    }
    String standfirst = parsed(answer.standfirst(HtmlOptions.defaults().standfirstLength()));
    for (String key : List.of("description", "og:description", "twitter:description")) {
      assertThat(content(head, key)).as(key).containsExactly(standfirst);
    }
    assertThat(head.select("link[rel=alternate]").eachAttr("title")).containsExactly(expected);
  }

  @ParameterizedTest(name = "{index}: {0}")
  @MethodSource("hostile")
  void theQuestionsHeadGivesEveryValueBackAsItWentIn(String v) {
    Document head = PageHeads.parse(exporter(v).head(PageHeads.every(v)));
    String expected = parsed(v);

    assertOnlyTheHeadsElements(head);
    assertThat(head.selectFirst("title").wholeText()).isEqualTo(expected + " · " + expected);
    for (String key : List.of("description", "og:title", "og:description", "twitter:title",
        "twitter:description", "og:site_name", "article:section", "article:tag")) {
      assertThat(content(head, key)).as(key).containsExactly(expected);
    }
  }

  /**
   * Only the allowed elements and attributes, each meta with one key and a content; one
   * script, the JSON-LD; and the body as the host wrote it.
   */
  private static void assertOnlyTheHeadsElements(Document doc) {
    for (Element e : doc.head().children()) {
      assertThat(ALLOWED).as("element <%s>", e.tagName()).containsKey(e.tagName());
      for (Attribute a : e.attributes()) {
        assertThat(ALLOWED.get(e.tagName())).as("attribute %s of <%s>", a.getKey(), e.tagName())
            .contains(a.getKey());
      }
      if (e.tagName().equals("meta") && !e.hasAttr("charset")) {
        assertThat(e.attributes().size()).as(e.outerHtml()).isEqualTo(2);
        assertThat(e.hasAttr("content")).as(e.outerHtml()).isTrue();
      }
    }
    assertThat(doc.head().children().select("script")).hasSize(1)
        .allMatch(s -> s.attr("type").equals("application/ld+json"));
    assertThat(doc.body().html()).isEqualTo("<p>x</p>");
  }
}
