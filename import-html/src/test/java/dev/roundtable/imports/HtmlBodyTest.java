package dev.roundtable.imports;

import static dev.roundtable.model.BodyText.visibleText;
import static dev.roundtable.model.BodyText.withoutSpace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roundtable.html.HtmlExporter;
import dev.roundtable.html.HtmlOptions;
import dev.roundtable.model.Body;
import dev.roundtable.text.Context;
import dev.roundtable.model.Code;
import dev.roundtable.model.Emphasis;
import dev.roundtable.model.Heading;
import dev.roundtable.model.Inline;
import dev.roundtable.model.InvalidModelException;
import dev.roundtable.model.LineBreak;
import dev.roundtable.model.Link;
import dev.roundtable.model.ListBlock;
import dev.roundtable.model.MentoringExample;
import dev.roundtable.model.Paragraph;
import dev.roundtable.model.Quote;
import dev.roundtable.model.RandomModels;
import dev.roundtable.model.Strong;
import dev.roundtable.model.Text;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlBodyTest {

  static String fixture(String name) {
    try (InputStream in = HtmlBodyTest.class.getResourceAsStream("cms/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static Text t(String text) {
    return new Text(text);
  }

  @Test
  void readsAWordPressPostIntoTheModel() {
    Body expected = Body.of(
        Heading.of(2, "Finding a mentor who fits"),
        Paragraph.of(t("Most people find their first mentor by accident, and that is "),
            Strong.of("fine"), t(". What matters is "), Emphasis.of("what happens next"), t(".")),
        new Heading(2, List.of(t("Ask "), Emphasis.of("specific"), t(" questions"))),
        Paragraph.of(t("Read the "), Link.of("https://example.com/guide?utm_source=cms&x=1",
            "full guide"), t(" or click here or this page. Write to "),
            Link.of("mailto:panel@example.com", "the panel"), t(".")),
        new ListBlock(false, List.of(
            List.of(t("Be "), Strong.of("clear"), t(" about your goal")),
            List.of(t("Agree how often you meet")),
            List.of(t("Follow up"), LineBreak.INSTANCE, t("after every meeting")))),
        new Quote(List.of(t("A mentor is a mirror that talks back.")), "A panellist"),
        Paragraph.of("Photo: Example"),
        Paragraph.of(t("Use "), new Code("git log --oneline"), t(" to see history.")),
        Paragraph.of("Sponsored: win a prize"),
        Heading.of(6, "Small print"),
        Paragraph.of("<script> in text stays text & so does {{template}} ${syntax}."));
    assertThat(HtmlBody.parse(fixture("wordpress.html")).blocks())
        .containsExactlyElementsOf(expected.blocks());
  }

  @Test
  void readsAWordPasteWithoutItsJunk() {
    Body body = HtmlBody.parse(fixture("word-paste.html"));
    assertThat(body.blocks().get(0)).isEqualTo(Paragraph.of("Why mentoring works"));
    assertThat(body.blocks().get(1)).isEqualTo(Paragraph.of(
        t("A good mentor listens first.\u00A0 Then they "), Strong.of("ask"), t(" "),
        Emphasis.of("questions"), t(".")));
    assertThat(body.blocks()).contains(Heading.of(2, "Conclusion"));
    assertThat(body.plainText()).doesNotContain("mso", "AllowPNG", "Style Definitions", "o:p")
        .contains("Set a goal", "Meet monthly", "Mentor", "Mentee");
  }

  @Test
  void unwrapsUnknownMarkupInAnOtherCms() {
    Body body = HtmlBody.parse(fixture("drupal.html"));
    assertThat(body.blocks().get(0)).isEqualTo(Heading.of(3, "Three lessons"));
    assertThat(body.blocks().get(1)).isEqualTo(new ListBlock(true, List.of(
        List.of(t("Listen more than you talk speak.")),
        List.of(t("Be honest"), LineBreak.INSTANCE, t("even when it is hard"), LineBreak.INSTANCE,
            t("especially then")),
        List.of(t("Say thank you")))));
    assertThat(body.blocks().get(2)).isEqualTo(
        Paragraph.of(t("line one"), LineBreak.INSTANCE, t("line two")));
    assertThat(body.plainText()).doesNotContain("svg text", "template content",
        "Enable JavaScript", "hidden value", "Press");
  }

  @Test
  void keepsOnlyLinksWithAllowedSchemes() {
    Body body = HtmlBody.parse(fixture("drupal.html"));
    Paragraph links = (Paragraph) body.blocks().get(4);
    assertThat(links.content()).containsExactly(
        Link.of("https://example.com/spaced", "spaced link"), t(" no href vb "),
        new Link(dev.roundtable.model.Url.linkTarget("https://example.com/outer"), List.of(
            new Strong(List.of(new Emphasis(List.of(t("deep nested link"))))))));
  }

  @ParameterizedTest
  @ValueSource(strings = {"wordpress.html", "word-paste.html", "drupal.html"})
  void losesNoVisibleText(String name) {
    String html = fixture(name);
    Document reference = Jsoup.parse(html);
    reference.head().remove();
    reference.select(String.join(",", HtmlBody.DROPPED)).remove();
    assertThat(withoutSpace(visibleText(HtmlBody.parse(html))))
        .isEqualTo(withoutSpace(reference.body().wholeText()));
  }

  @Test
  void keepsTheSpaceBeforeAnElementOutsideIt() {
    assertThat(HtmlBody.parse("<p>a <b>b</b> <i> </i><em></em> c <b> </b></p>"))
        .isEqualTo(Body.of(Paragraph.of(t("a "), Strong.of("b"), t(" c"))));
  }

  @Test
  void dropsScriptsStylesAndEventHandlers() {
    Body body = HtmlBody.parse("<p onclick=\"x()\" style=\"color:red\">Hi<script>evil()</script>"
        + "<style>p{}</style></p>");
    assertThat(body).isEqualTo(Body.of("Hi"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"template", "noscript", "textarea", "title", "select", "button", "svg",
      "object", "video", "iframe"})
  void dropsTheContentOfDroppedElementsStandingInAList(String dropped) {
    Body body = HtmlBody.parse("<ul><" + dropped + ">hidden</" + dropped + "><li>shown</li></ul>");

    assertThat(body.blocks()).containsExactly(ListBlock.of(false, "shown"));
  }

  @Test
  void clampsH1ToTheHighestBodyLevel() {
    assertThat(HtmlBody.parse("<h1>Top</h1>")).isEqualTo(Body.of(Heading.of(2, "Top")));
  }

  @Test
  void citesAQuoteByItsFigureCaption() {
    assertThat(HtmlBody.parse("<figure><blockquote><p>Said.</p></blockquote>"
        + "<figcaption>Someone</figcaption></figure>"))
        .isEqualTo(Body.of(new Quote(List.of(t("Said.")), "Someone")));
  }

  @Test
  void keepsTheOtherTextOfAQuotationFigure() {
    assertThat(HtmlBody.parse("<figure>Intro<p>Before</p><blockquote>Said.</blockquote>"
        + "<p>After</p><figcaption>Someone</figcaption></figure>").blocks())
        .containsExactly(Paragraph.of("Intro"), Paragraph.of("Before"),
            new Quote(List.of(t("Said.")), "Someone"), Paragraph.of("After"));
  }

  /** HTML that a browser shows as nothing: invisible characters, breaks, soft hyphens. */
  static Stream<String> invisibleHtml() {
    return Stream.of("\u200B", "\uFEFF\u200E", "&#8203;&zwnj;", "<br>", "&shy;<br>\u2060",
        "<span>\u034F</span>", "\u0001");
  }

  @ParameterizedTest
  @MethodSource("invisibleHtml")
  void dropsAHeadingThatShowsNothing(String invisible) {
    assertThat(HtmlBody.parse("<h2>" + invisible + "</h2><p>Text</p>"))
        .isEqualTo(Body.of("Text"));
  }

  @ParameterizedTest
  @MethodSource("invisibleHtml")
  void dropsAParagraphThatShowsNothing(String invisible) {
    assertThat(HtmlBody.parse("<p>" + invisible + "</p><p>Text</p>")).isEqualTo(Body.of("Text"));
  }

  @ParameterizedTest
  @MethodSource("invisibleHtml")
  void unwrapsALinkThatShowsNothingKeepingTheTextAroundIt(String invisible) {
    Body body = HtmlBody.parse("<p>See <a href=\"https://example.com/\">" + invisible
        + "</a> here, or <a href=\"https://example.com/b\">there</a></p>");

    List<Inline> content = ((Paragraph) body.blocks().get(0)).content();
    assertThat(content).filteredOn(Link.class::isInstance)
        .containsExactly(Link.of("https://example.com/b", "there"));
    assertThat(body.plainText()).startsWith("See").endsWith("here, or there");
  }

  @ParameterizedTest
  @MethodSource("invisibleHtml")
  void leavesOutACitationThatShowsNothing(String invisible) {
    assertThat(HtmlBody.parse("<blockquote><p>Said.</p><cite>" + invisible + "</cite>"
        + "</blockquote>")).isEqualTo(Body.of(new Quote(List.of(t("Said.")), null)));
  }

  @Test
  void rejectsHtmlWithoutVisibleText() {
    assertThatThrownBy(() -> HtmlBody.parse("<div> <script>x()</script>&nbsp;</div>"))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("body");
  }

  @Test
  void limitsNestingToWhatTheModelAllows() {
    String html = "<b>".repeat(100) + "deep" + "</b>".repeat(100);
    Body body = HtmlBody.parse(html);
    assertThat(body.plainText()).isEqualTo("deep");
  }

  @Test
  void readsBackTheExporterOutputOfTheExample() {
    Body body = MentoringExample.featured().body();
    String html =
        HtmlExporter.of(HtmlOptions.builder().headingLevel(1).build()).body(body).toString();
    assertThat(HtmlBody.parse(html).blocks()).containsExactlyElementsOf(body.blocks());
  }

  static Stream<Long> seeds() {
    return RandomModels.seeds(200);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void readsBackTheTextOfGeneratedBodies(long seed) {
    Body body = new RandomModels(seed).body();
    String html = HtmlExporter.defaults().body(body).toString();
    if (withoutSpace(visibleText(body)).isEmpty()) {
      assertThatThrownBy(() -> HtmlBody.parse(html)).as("seed %d: no visible text", seed)
          .isInstanceOf(InvalidModelException.class);
      return;
    }
    Body read = HtmlBody.parse(html);
    assertThat(withoutSpace(visibleText(read))).as("seed %d: %s", seed, html)
        .isEqualTo(withoutSpace(valid(visibleText(body))));
    assertThat(HtmlExporter.defaults()
        .body(HtmlBody.parse(HtmlExporter.defaults().body(read).toString())).toString())
        .as("seed %d: reading is stable", seed)
        .isEqualTo(HtmlExporter.defaults().body(read).toString());
  }

  /** Text as the HTML exporter makes it valid (forbidden code points as U+FFFD), unescaped. */
  private static String valid(String s) {
    StringBuilder out = new StringBuilder();
    s.codePoints().forEach(cp -> out.appendCodePoint(Context.isForbidden(cp) ? 0xFFFD : cp));
    return out.toString();
  }
}
