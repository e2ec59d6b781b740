package dev.roundtable.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundtable.model.RandomModels;
import dev.roundtable.text.Context;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.commons.text.StringEscapeUtils;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link Context#HTML} against Commons Text's {@code StringEscapeUtils.escapeHtml4}: once an HTML
 * parser (jsoup) has read both outputs back, the text is the same, once the characters HTML
 * forbids (ours writes U+FFFD, the reference passes them through), CRs (ours normalizes them as
 * a parser would) and form feeds (ours writes a space) are replaced in the reference's output
 * the same way.
 */
class HtmlEscapingDifferentialTest {
  private static final String[] EXTRA = {
    "\uD800", "\uDFFF", "\uDBFF", "é", "ü", "Ω", "€", "™", "\u00A0", "©", "∑", "\r",
    "&lt;",
    "&#x3C;", "&#60", "&amp", "&notit;", "<", ">", "&", "'", "\"",
  };

  static Stream<Long> seeds() {
    return RandomModels.seeds(300);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void readsBackLikeCommonsTextInElementText(long seed) {
    String input = generate(seed);
    String ours = textOf(Context.HTML.escape(input));
    String reference = textOf(valid(StringEscapeUtils.escapeHtml4(input)));
    assertThat(ours).as("seed %d, input %s", seed, codePoints(input)).isEqualTo(reference);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void readsBackLikeCommonsTextInDoubleQuotedAttributes(long seed) {
    String input = generate(seed);
    String ours = attributeOf(Context.HTML.escape(input));
    String reference = attributeOf(valid(StringEscapeUtils.escapeHtml4(input)));
    assertThat(ours).as("seed %d, input %s", seed, codePoints(input)).isEqualTo(reference);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void streamsWhatItReturns(long seed) throws java.io.IOException {
    String input = generate(seed);
    StringBuilder streamed = new StringBuilder();
    Context.HTML.escape(input, streamed);
    java.io.StringWriter written = new java.io.StringWriter();
    Context.HTML.escape(input, written);
    assertThat(streamed.toString()).as("seed %d", seed).isEqualTo(Context.HTML.escape(input))
        .isEqualTo(written.toString());
  }

  @Test
  void differsFromCommonsTextByEscapingTheApostrophe() {
    assertThat(StringEscapeUtils.escapeHtml4("it's")).isEqualTo("it's");
    assertThat(Context.HTML.escape("it's")).isEqualTo("it&#39;s");
    assertThat(textOf(Context.HTML.escape("it's"))).isEqualTo("it's");
  }

  @Test
  void differsFromCommonsTextByWritingNonAsciiAsCharacters() {
    assertThat(StringEscapeUtils.escapeHtml4("café Ω")).isEqualTo("caf&eacute; &Omega;");
    assertThat(Context.HTML.escape("café Ω")).isEqualTo("café Ω");
  }

  @Test
  void differsFromCommonsTextByReplacingForbiddenCharacters() {
    assertThat(StringEscapeUtils.escapeHtml4("a\u0001\u0085\uFFFEb"))
        .isEqualTo("a\u0001\u0085\uFFFEb");
    assertThat(Context.HTML.escape("a\u0001\u0085\uFFFEb")).isEqualTo("a\uFFFD\uFFFD\uFFFDb");
  }

  /** Hostile text from the model's generator, with lone surrogates, CRs and entity look-alikes. */
  private static String generate(long seed) {
    RandomModels models = new RandomModels(seed);
    Random random = models.random();
    StringBuilder out = new StringBuilder();
    int parts = 1 + random.nextInt(8);
    for (int i = 0; i < parts; i++) {
      out.append(random.nextBoolean() ? models.text(6) : EXTRA[random.nextInt(EXTRA.length)]);
    }
    return out.toString();
  }

  /**
   * The reference's output made valid as HTML requires before a parser reads it (jsoup, like
   * any parser, is not meant for U+FFFF and friends): forbidden characters as U+FFFD, CR LF and
   * a lone CR as LF, form feed as a space. Markup characters are untouched.
   */
  private static String valid(String reference) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < reference.length(); ) {
      int cp = reference.codePointAt(i);
      i += Character.charCount(cp);
      boolean forbidden = (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\f' && cp != '\r')
          || (cp >= 0x7F && cp <= 0x9F) || (cp >= 0xFDD0 && cp <= 0xFDEF)
          || (cp & 0xFFFE) == 0xFFFE || (cp >= 0xD800 && cp <= 0xDFFF);
      if (cp == '\f') {
        out.append(' ');
      } else if (cp == '\r') {
        if (i >= reference.length() || reference.charAt(i) != '\n') {
          out.append('\n');
        }
      } else {
        out.appendCodePoint(forbidden ? 0xFFFD : cp);
      }
    }
    return out.toString();
  }

  private static String textOf(String html) {
    Element div = Jsoup.parseBodyFragment("<div>" + html + "</div>").body().child(0);
    return div.wholeText();
  }

  private static String attributeOf(String escaped) {
    Element div = Jsoup.parseBodyFragment("<div title=\"" + escaped + "\"></div>").body().child(0);
    return div.attr("title");
  }

  private static String codePoints(String s) {
    StringBuilder out = new StringBuilder();
    s.codePoints().forEach(cp -> out.append(String.format("U+%04X ", cp)));
    return out.toString().trim();
  }
}
