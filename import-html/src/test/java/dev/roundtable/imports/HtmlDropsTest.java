package dev.roundtable.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What {@link HtmlBody#read} reports dropping, and that reading reports without changing the body. */
class HtmlDropsTest {
  private static List<String> drops(String html) {
    ImportedBody imported = HtmlBody.read(html);
    assertThat(imported.body()).isEqualTo(HtmlBody.parse(html));
    assertThat(imported.drops()).allSatisfy(d -> assertThat(d.line()).isZero());
    return imported.drops().stream().map(Drop::message).toList();
  }

  @Test
  void anElementDroppedWithItsContentIsReportedWithItsText() {
    assertThat(drops("<p>Hi<script>steal(document.cookie)</script></p><style>p{}</style>"))
        .containsExactly("dropped <script> and its text 'steal(document.cookie)'",
            "dropped <style> and its text 'p{}'");
  }

  @Test
  void anImageIsReportedWithItsTextAlternative() {
    assertThat(drops("<p>See <img src=\"chart.png\" alt=\"Sales by year\"> and <img src=x></p>"))
        .containsExactly("dropped <img> and its text 'Sales by year'", "dropped <img>");
  }

  @Test
  void aLinkWhoseTargetTheModelRefusesIsReportedAndItsTextKept() {
    ImportedBody imported = HtmlBody.read("<p><a href=\"javascript:alert(1)\">click</a>"
        + " <a href=\"/relative\">here</a> <a name=\"anchor\">there</a></p>");
    assertThat(imported.body().plainText()).isEqualTo("click here there");
    assertThat(imported.drops()).extracting(Drop::message).containsExactly(
        "dropped the target of a link 'javascript:alert(1)' (the model takes absolute http,"
            + " https and mailto targets): its text kept",
        "dropped the target of a link '/relative' (the model takes absolute http, https and"
            + " mailto targets): its text kept");
  }

  @Test
  void emphasisNestedDeeperThanTheModelKeepsIsReported() {
    String deep = "<em>".repeat(40) + "deep" + "</em>".repeat(40);
    assertThat(drops("<p>" + deep + "</p>")).isNotEmpty()
        .allMatch(d -> d.equals("dropped emphasis nested too deep: its text kept"));
  }

  @Test
  void controlAndBidirectionalCharactersInADropPrintAsEscapes() {
    assertThat(drops("<p>Hi<script>a\u202Eb\u0007c</script></p>"))
        .containsExactly("dropped <script> and its text 'a\\u202Eb\\u0007c'");
  }

  @Test
  void whatTheAllowListUnwrapsIsNotReported() {
    assertThat(drops("<div class=\"x\" onclick=\"y()\"><span style=\"color:red\">Plain"
        + " <font>text</font></span></div>")).isEmpty();
  }
}
