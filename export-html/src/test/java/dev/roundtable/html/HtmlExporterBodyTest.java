package dev.roundtable.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundtable.model.Body;
import dev.roundtable.model.Code;
import dev.roundtable.model.Emphasis;
import dev.roundtable.model.Heading;
import dev.roundtable.model.Inline;
import dev.roundtable.model.LineBreak;
import dev.roundtable.model.Link;
import dev.roundtable.model.ListBlock;
import dev.roundtable.model.Paragraph;
import dev.roundtable.model.Quote;
import dev.roundtable.model.Strong;
import dev.roundtable.model.Text;
import dev.roundtable.model.Url;
import dev.roundtable.text.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlExporterBodyTest {
  private final HtmlExporter html = HtmlExporter.defaults();

  @Test
  void writesParagraphsOnePerLine() {
    assertThat(html.body(Body.of("One.", "Two.")).toString())
        .isEqualTo("<p>One.</p>\n<p>Two.</p>\n");
  }

  @Test
  void escapesMarkupInText() {
    assertThat(html.body(Body.of("<script>alert('x')</script> & more")).toString())
        .isEqualTo("<p>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more</p>\n");
  }

  @Test
  void shiftsBodyHeadingsBelowTheHeadline() {
    Body body = Body.of(Heading.of(2, "Two"), Heading.of(3, "Three"), Heading.of(4, "Four"));
    assertThat(html.body(body).toString())
        .isEqualTo("<h3>Two</h3>\n<h4>Three</h4>\n<h5>Four</h5>\n");
    HtmlExporter top = HtmlExporter.of(HtmlOptions.builder().headingLevel(1).build());
    assertThat(top.body(body).toString())
        .isEqualTo("<h2>Two</h2>\n<h3>Three</h3>\n<h4>Four</h4>\n");
    HtmlExporter deep = HtmlExporter.of(HtmlOptions.builder().headingLevel(5).build());
    assertThat(deep.body(body).toString())
        .isEqualTo("<h6>Two</h6>\n<h6>Three</h6>\n<h6>Four</h6>\n");
  }

  @Test
  void neverSkipsAHeadingLevel() {
    Body body = Body.of(Heading.of(5, "Five"), Heading.of(6, "Six"), Heading.of(2, "Two"));
    assertThat(html.body(body).toString()).isEqualTo("<h3>Five</h3>\n<h4>Six</h4>\n<h3>Two</h3>\n");
  }

  @Test
  void writesInlines() {
    Paragraph p = Paragraph.of(Emphasis.of("em"), new Text(" "), Strong.of("strong"),
        new Text(" "), new Code("a < b"), LineBreak.INSTANCE, new Text("end"));
    assertThat(html.body(Body.of(p)).toString())
        .isEqualTo("<p><em>em</em> <strong>strong</strong> <code>a &lt; b</code><br>end</p>\n");
  }

  @Test
  void writesWebLinksWithTheConfiguredRelAndNoTarget() {
    Body body = Body.of(Paragraph.of(Link.of("https://example.com/?a=1&b='2'", "site")));
    assertThat(html.body(body).toString()).isEqualTo(
        "<p><a href=\"https://example.com/?a=1&amp;b=&#39;2&#39;\" rel=\"noopener\">site</a>"
            + "</p>\n");
  }

  @Test
  void writesTargetOnlyWhenAsked() {
    HtmlExporter blank = HtmlExporter.of(
        HtmlOptions.builder().rel("noopener noreferrer").target("_blank").build());
    assertThat(blank.body(Body.of(Paragraph.of(Link.of("http://example.com", "x")))).toString())
        .isEqualTo("<p><a href=\"http://example.com\" rel=\"noopener noreferrer\" "
            + "target=\"_blank\">x</a></p>\n");
  }

  @Test
  void writesMailtoLinksWithoutRel() {
    assertThat(html.body(Body.of(Paragraph.of(Link.of("mailto:a@example.com", "mail")))).toString())
        .isEqualTo("<p><a href=\"mailto:a@example.com\">mail</a></p>\n");
  }

  @Test
  void writesANestedLinkAsItsTextBecauseHtmlForbidsNestedAnchors() {
    Link inner = Link.of("https://inner.example", "inner");
    Link outer = new Link(Url.linkTarget("https://outer.example"),
        List.<Inline>of(new Text("outer "), inner));
    assertThat(html.body(Body.of(Paragraph.of(outer))).toString()).isEqualTo(
        "<p><a href=\"https://outer.example\" rel=\"noopener\">outer inner</a></p>\n");
  }

  @Test
  void writesQuotesWithTheirCitationInAFigureCaption() {
    Body body = Body.of(Quote.of("Quoted."), new Quote(List.of(new Text("Said.")), "A <Person>"));
    assertThat(html.body(body).toString()).isEqualTo("<blockquote><p>Quoted.</p></blockquote>\n"
        + "<figure><blockquote><p>Said.</p></blockquote>"
        + "<figcaption>A &lt;Person&gt;</figcaption></figure>\n");
  }

  @Test
  void writesListsAsUlOrOl() {
    Body body = Body.of(ListBlock.of(false, "a", "b"), ListBlock.of(true, "one"));
    assertThat(html.body(body).toString())
        .isEqualTo("<ul><li>a</li><li>b</li></ul>\n<ol><li>one</li></ol>\n");
  }

  @Test
  void writesTheSameToAWriterAnAppendableAndAnOutputStream() throws IOException {
    Body body = Body.of("Café & \uD83D\uDE00 <b>");
    String expected = html.body(body).toString();
    StringWriter writer = new StringWriter();
    html.body(body).writeTo(writer);
    StringBuilder builder = new StringBuilder();
    html.body(body).writeTo(builder);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    html.body(body).writeTo(bytes);
    assertThat(writer.toString()).isEqualTo(expected);
    assertThat(builder.toString()).isEqualTo(expected);
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(expected);
  }

  @Test
  void streamsLongTextInChunksWithoutSplittingCharacters() throws IOException {
    String text = "a😀<&\"é".repeat(20_000);
    Body body = Body.of(text, "x" + text);
    String expected = "<p>" + Context.HTML.escape(text) + "</p>\n<p>x"
        + Context.HTML.escape(text) + "</p>\n";
    assertThat(html.body(body).toString()).isEqualTo(expected);
    StringWriter writer = new StringWriter();
    html.body(body).writeTo(writer);
    assertThat(writer.toString()).isEqualTo(expected);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    html.body(body).writeTo(bytes);
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(expected);
    StringBuilder plain = new StringBuilder();
    html.body(body).writeTo(new Appendable() { // neither a Writer nor a StringBuilder
      @Override
      public Appendable append(CharSequence csq) {
        plain.append(csq);
        return this;
      }

      @Override
      public Appendable append(CharSequence csq, int start, int end) {
        plain.append(csq, start, end);
        return this;
      }

      @Override
      public Appendable append(char c) {
        plain.append(c);
        return this;
      }
    });
    assertThat(plain.toString()).isEqualTo(expected);
  }
}
