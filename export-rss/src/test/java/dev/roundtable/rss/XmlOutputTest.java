package dev.roundtable.rss;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundtable.html.HtmlExporter;
import dev.roundtable.html.HtmlOptions;
import dev.roundtable.model.Body;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** The XML writer's escaping: the five escapes or numeric references, nothing dropped twice. */
class XmlOutputTest {
  private interface Writing {
    void to(XmlOutput xml) throws IOException;
  }

  private static String write(Writing writing) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    XmlOutput xml = new XmlOutput(bytes);
    xml.raw("<r>");
    writing.to(xml);
    xml.raw("</r>");
    xml.flush();
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static Element parse(String xml) {
    return Fixtures.parseXml(xml.getBytes(StandardCharsets.UTF_8)).getDocumentElement();
  }

  @Test
  void escapesMarkupCharactersWithNumericReferencesAsTheRssProfileRecommends() throws IOException {
    String xml = write(x -> x.text("a & b < c > d \"e\" 'f'"));
    assertThat(xml).isEqualTo("<r>a &#x26; b &#x3C; c &gt; d \"e\" 'f'</r>");
    assertThat(parse(xml).getTextContent()).isEqualTo("a & b < c > d \"e\" 'f'");
  }

  @Test
  void neverWritesHtmlNamedEntities() throws IOException {
    String xml = write(x -> x.text("café &eacute; &nbsp; \u00A0"));
    assertThat(xml).isEqualTo("<r>café &#x26;eacute; &#x26;nbsp; \u00A0</r>");
  }

  @Test
  void keepsCarriageReturnsAndAttributeWhitespaceThroughParsing() throws IOException {
    String xml = write(x -> x.raw("<e").attribute("a", "1\t2\n3\r4\"5").raw(">").text("x\r\ny")
        .raw("</e>"));
    Element e = (Element) parse(xml).getFirstChild();
    assertThat(e.getAttribute("a")).isEqualTo("1\t2\n3\r4\"5");
    assertThat(e.getTextContent()).isEqualTo("x\r\ny");
  }

  @Test
  void dropsCharactersXmlCannotCarryInsteadOfReplacingThem() throws IOException {
    String input = "a\u0000b\u0001c\u000Bd\u007Fe\u0085f\u009Fg\uFDD0h\uFFFEi\uFFFFj\uFFFDk"
        + "\uD800l\uDC00m\uD83F\uDFFEn\uD83D\uDE00o";
    String xml = write(x -> x.text(input));
    assertThat(parse(xml).getTextContent()).isEqualTo("abcdefghijklmn\uD83D\uDE00o");
    assertThat(xml).doesNotContain("\uFFFD");
  }

  @Test
  void writesABodyAsHtmlInOneCdataSection() throws IOException {
    Body body = Body.of("a & b < c", "é 😀 ]]>");
    String html = HtmlExporter.of(HtmlOptions.builder().xmlCompatible(true).build()).body(body).toString();
    String xml = write(x -> x.cdata(body));
    assertThat(xml).isEqualTo("<r><![CDATA[" + html + "]]></r>");
    assertThat(parse(xml).getTextContent()).isEqualTo(html);
  }

  @Test
  void leavesDoubleHyphensAndQuotesHarmless() throws IOException {
    String xml = write(x -> x.raw("<e").attribute("a", "--><!-- '\"").raw("/>")
        .text("<!-- -- -->"));
    Element r = parse(xml);
    assertThat(((Element) r.getFirstChild()).getAttribute("a")).isEqualTo("--><!-- '\"");
    assertThat(r.getTextContent()).isEqualTo("<!-- -- -->");
  }

  @Test
  void writesLongTextsThroughTheBuffer() throws IOException {
    String longText = "é<".repeat(40_000);
    String xml = write(x -> x.text(longText).raw("x".repeat(20_000)));
    assertThat(parse(xml).getTextContent()).isEqualTo(longText + "x".repeat(20_000));
  }
}
