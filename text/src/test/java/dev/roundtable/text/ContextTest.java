package dev.roundtable.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ContextTest {
  @Test
  void html_escapes_its_five_markup_characters_and_folds_line_ends() {
    assertThat(Context.HTML.escape("a&b<c>d\"e'f")).isEqualTo("a&amp;b&lt;c&gt;d&quot;e&#39;f");
    assertThat(Context.HTML.escape("one\r\ntwo\rthree\nfour")).isEqualTo("one\ntwo\nthree\nfour");
    assertThat(Context.HTML.escape("tab\there\fform")).isEqualTo("tab\there form");
  }

  @Test
  void html_writes_a_replacement_character_for_what_it_forbids() {
    assertThat(Context.HTML.escape("a\u0001b\u007Fc\u0085d\uFDD0e\uFFFEf\uD800g"))
        .isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf\uFFFDg");
    assertThat(Context.HTML.escape("keep \uFFFD and \uD83D\uDE00"))
        .isEqualTo("keep \uFFFD and \uD83D\uDE00");
    assertThat(Context.HTML.escape("plane one noncharacter \uD83F\uDFFF!"))
        .isEqualTo("plane one noncharacter \uFFFD!");
  }

  @Test
  void xhtml_drops_what_html_replaces_and_the_replacement_character_itself() {
    assertThat(Context.XHTML.escape("a\u0001b\uFFFDc\uD800d<e>\f"))
        .isEqualTo("abcd&lt;e&gt; ");
  }

  @Test
  void xml_text_keeps_quotes_and_white_space_and_marks_a_carriage_return() {
    assertThat(Context.XML_TEXT.escape("a&b<c>d\"e'f\tg\nh\ri\fj\u0002k\uFFFDl"))
        .isEqualTo("a&#x26;b&#x3C;c&gt;d\"e'f\tg\nh&#13;ijkl");
  }

  @Test
  void an_xml_attribute_also_marks_quote_tab_and_line_feed() {
    assertThat(Context.XML_ATTRIBUTE.escape("\"\t\n\r'"))
        .isEqualTo("&quot;&#9;&#10;&#13;'");
  }

  @Test
  void html_in_xml_is_the_xml_escape_of_the_html_escape() {
    assertThat(Context.HTML_IN_XML.escape("Q&A <b> \"x\" 'y'\r\n"))
        .isEqualTo("Q&#x26;amp;A &#x26;lt;b&#x26;gt; &#x26;quot;x&#x26;quot; &#x26;#39;y&#x26;#39;\n");
    assertThat(Context.HTML_IN_XML.escape("a\u0001\uFFFD\fb")).isEqualTo("a b");
  }

  @Test
  void json_in_a_script_escapes_what_could_end_the_script() {
    assertThat(Context.JSON_IN_SCRIPT.replacement('<')).isEqualTo("\\u003c");
    assertThat(Context.JSON_IN_SCRIPT.replacement('>')).isEqualTo("\\u003e");
    assertThat(Context.JSON_IN_SCRIPT.replacement('&')).isEqualTo("\\u0026");
    assertThat(Context.JSON_IN_SCRIPT.replacement(0x2028)).isEqualTo("\\u2028");
    assertThat(Context.JSON_IN_SCRIPT.replacement(0x2029)).isEqualTo("\\u2029");
    assertThat(Context.JSON_IN_SCRIPT.replacement(0x85)).isEqualTo("\\u0085");
    assertThat(Context.JSON_IN_SCRIPT.replacement(0xDC00)).isEqualTo("\\uDC00");
    assertThat(Context.JSON_IN_SCRIPT.replacement('\n')).isEqualTo("\\n");
    assertThat(Context.JSON_IN_SCRIPT.replacement(0x01)).isEqualTo("\\u0001");
    assertThat(Context.JSON_IN_SCRIPT.replacement('"')).isEqualTo("\\\"");
    assertThat(Context.JSON_IN_SCRIPT.replacement('a')).isNull();
    assertThat(Context.JSON_IN_SCRIPT.replacement(0xFFFD)).isNull();
  }

  @Test
  void json_escapes_a_code_point_beyond_the_bmp_as_its_surrogate_pair() throws IOException {
    // JSON's \\u takes four hex digits: "\\u1FFFE" would read back as U+1FFF and an "E"
    assertThat(Context.JSON_IN_SCRIPT.replacement(0x1FFFE)).isEqualTo("\\uD83F\\uDFFE");
    assertThat(Context.JSON_IN_SCRIPT.replacement(0x10FFFF)).isEqualTo("\\uDBFF\\uDFFF");
    String text = "x\uD83F\uDFFEy";
    assertThat(Context.JSON_IN_SCRIPT.escape(text)).isEqualTo("x\\uD83F\\uDFFEy");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new Utf8Output(bytes).text(text, Context.JSON_IN_SCRIPT).drain();
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("x\\uD83F\\uDFFEy");
  }

  @Test
  void the_forbidden_code_points_are_the_controls_the_noncharacters_and_the_surrogates() {
    int forbidden = 0;
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      if (Context.isForbidden(cp)) {
        forbidden++;
      }
    }
    // 28 C0 controls (all but tab, LF, FF, CR), DEL and 32 C1 controls, 2,048 surrogates,
    // 66 noncharacters
    assertThat(forbidden).isEqualTo(28 + 33 + 2048 + 66);
  }

  @Test
  void every_context_carries_ordinary_letters_of_every_script() {
    for (Context context : Context.values()) {
      for (int cp : "aZ9 é ж 中 あ 한 \uD83D\uDE00 ﬁ ！".codePoints().toArray()) {
        assertThat(context.carries(cp)).as("%s U+%04X", context, cp).isTrue();
      }
    }
  }

  @Test
  void strip_removes_what_the_context_drops_and_escapes_nothing() {
    assertThat(Context.XML_TEXT.strip("a&b\u0001c\fd\uFFFDe\uD800f\uD83D\uDE00\u0085g\r\n"))
        .isEqualTo("a&bcdef\uD83D\uDE00g\r\n");
    assertThat(Context.HTML.strip("a\u0001b")).isEqualTo("a\u0001b"); // replaced, not dropped
  }

  @Test
  void strip_gives_the_same_string_back_when_nothing_is_dropped() {
    String clean = "Jenni Luke — CEO of Step Up \uD83D\uDE00 & <co>";
    assertThat(Context.XML_TEXT.strip(clean)).isSameAs(clean);
  }

  @Test
  void nothing_to_escape_gives_the_same_string_back() {
    String plain = "Plain words, ünïcödé, кириллица, 漢字 and \uD83D\uDE00?";
    for (Context context : new Context[] {Context.HTML, Context.XHTML, Context.XML_TEXT}) {
      assertThat(context.escape(plain)).isSameAs(plain);
    }
    assertThat(Context.HTML.escape(null)).isEmpty();
  }
}
