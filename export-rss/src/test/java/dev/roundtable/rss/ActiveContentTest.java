package dev.roundtable.rss;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The test oracle for active content finds what a browser would run or load. */
class ActiveContentTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
      "<a href=\"javascript:alert(1)\">x</a>", "<a href=\" JaVa\tScRiPt:alert(1)\">x</a>",
      "<svg/onload=alert(1)>", "<iframe src=https://example.com/></iframe>",
      "<p style=\"color:red\">x</p>", "<a href=\"data:text/html,x\">x</a>",
      "<a href=\"/relative\">x</a>", "<div><p>x<script>alert(1)</script></p></div>",
      "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>"})
  void findsScriptsHandlersStylesAndForeignSchemes(String html) {
    assertThat(ActiveContent.in(html)).isNotEmpty();
  }

  @Test
  void passesInertHtmlWithWebAndMailLinks() {
    assertThat(ActiveContent.in("<p>A <a href=\"https://example.com/\">link</a>, <a"
        + " href=\"mailto:panel@example.com\">mail</a>, <img src=\"http://example.com/x.png\""
        + " alt=\"x\"> and &lt;script&gt;</p>")).isEmpty();
  }

  @Test
  void readsEscapedHtmlAsTextAndMarkupAsNothing() {
    assertThat(ActiveContent.textOnly("&lt;b&gt;x&lt;/b&gt; &amp;amp; &#39;")).isEqualTo(
        "<b>x</b> &amp; '");
    assertThat(ActiveContent.textOnly("a <b>x</b>")).isNull();
    assertThat(ActiveContent.textOnly("a <!-- x -->")).isNull();
  }
}
