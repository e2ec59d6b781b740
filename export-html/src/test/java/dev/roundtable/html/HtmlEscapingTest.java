package dev.roundtable.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundtable.text.Context;
import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The HTML escaping every text of the exporter gets: {@link Context#HTML}. */
class HtmlEscapingTest {

  @Test
  void escapesTheFiveMarkupCharacters() {
    assertThat(Context.HTML.escape("a & b < c > d \" e ' f"))
        .isEqualTo("a &amp; b &lt; c &gt; d &quot; e &#39; f");
  }

  @Test
  void escapesAttributeValuesForBothQuoteKinds() {
    assertThat(Context.HTML.escape("\" onmouseover='x'"))
        .isEqualTo("&quot; onmouseover=&#39;x&#39;");
  }

  @Test
  void returnsTheSameStringWhenNothingNeedsEscaping() {
    String safe = "Plain words, émigré, 日本語 and \uD83D\uDE00 with\ttab and\nline feed";
    assertThat(Context.HTML.escape(safe)).isSameAs(safe);
  }

  @Test
  void leavesNonAsciiAsCharactersNotEntities() {
    assertThat(Context.HTML.escape("é ß Ω € \u00A0")).isEqualTo("é ß Ω € \u00A0");
  }

  @ParameterizedTest
  @ValueSource(ints = {0x00, 0x01, 0x08, 0x0B, 0x0E, 0x1F, 0x7F, 0x80, 0x85, 0x9F, 0xFDD0, 0xFDEF,
      0xFFFE, 0xFFFF, 0x1FFFE, 0x1FFFF, 0x10FFFE, 0x10FFFF})
  void replacesForbiddenCodePointsWithTheReplacementCharacter(int codePoint) {
    String forbidden = new StringBuilder("a").appendCodePoint(codePoint).append('b').toString();
    assertThat(Context.HTML.escape(forbidden))
        .as("U+%04X", codePoint)
        .isEqualTo("a\uFFFDb");
  }

  @ParameterizedTest
  @ValueSource(ints = {0x09, 0x0A, 0xA0, 0xFDCF, 0xFDF0, 0xFFFD, 0x1FFFD, 0x10000, 0x2FFFC,
      0x10FFFD})
  void keepsAllowedCodePointsNextToForbiddenOnes(int codePoint) {
    String allowed = new StringBuilder().appendCodePoint(codePoint).toString();
    assertThat(Context.HTML.escape(allowed)).as("U+%04X", codePoint).isEqualTo(allowed);
  }

  @Test
  void writesFormFeedAsASpaceSoTheOutputStaysXmlMappable() {
    assertThat(Context.HTML.escape("a\fb")).isEqualTo("a b");
  }

  @Test
  void replacesLoneSurrogates() {
    assertThat(Context.HTML.escape("x\uD800y\uDC00z\uD83D")).isEqualTo("x\uFFFDy\uFFFDz\uFFFD");
  }

  @Test
  void normalizesCarriageReturnsToLineFeeds() {
    assertThat(Context.HTML.escape("a\r\nb\rc\n\rd\r")).isEqualTo("a\nb\nc\n\nd\n");
  }

  @Test
  void writesTheSameToAWriterAsToAStringBuilder() throws IOException {
    String hostile = "<svg onload=alert(1)>\u0001 & 'x' \uD83D\uDE00\uFFFE\r\n";
    StringWriter writer = new StringWriter();
    Context.HTML.escape(hostile, writer);
    StringBuilder builder = new StringBuilder();
    Context.HTML.escape(new StringBuilder(hostile), builder);
    assertThat(writer.toString())
        .isEqualTo(builder.toString())
        .isEqualTo("&lt;svg onload=alert(1)&gt;\uFFFD &amp; &#39;x&#39; \uD83D\uDE00\uFFFD\n");
  }

  @Test
  void writesNothingForNull() throws IOException {
    StringBuilder out = new StringBuilder();
    Context.HTML.escape(null, out);
    assertThat(out).isEmpty();
    assertThat(Context.HTML.escape((CharSequence) null)).isEmpty();
  }

  /** Text as the escaper makes it valid (forbidden code points as U+FFFD), unescaped. */
  static String valid(String s) {
    StringBuilder out = new StringBuilder();
    s.codePoints().forEach(cp -> out.appendCodePoint(
        (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\f' && cp != '\r')
            || (cp >= 0x7F && cp <= 0x9F) || (cp >= 0xFDD0 && cp <= 0xFDEF)
            || (cp & 0xFFFE) == 0xFFFE || (cp >= 0xD800 && cp <= 0xDFFF) ? 0xFFFD : cp));
    return out.toString();
  }
}
