package dev.roundtable.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roundtable.model.Body;
import dev.roundtable.model.Code;
import dev.roundtable.model.Emphasis;
import dev.roundtable.model.Heading;
import dev.roundtable.model.InvalidModelException;
import dev.roundtable.model.LineBreak;
import dev.roundtable.model.Link;
import dev.roundtable.model.ListBlock;
import dev.roundtable.model.Paragraph;
import dev.roundtable.model.Quote;
import dev.roundtable.model.Strong;
import dev.roundtable.model.Text;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownBodyTest {
  private static Text t(String text) {
    return new Text(text);
  }

  private static List<String> drops(String markdown) {
    return MarkdownBody.read(markdown).drops().stream().map(Drop::toString).toList();
  }

  @Test
  void readsAnAnswerWrittenInMarkdownIntoTheModel() {
    Body body = MarkdownBody.parse("""
        ## Finding a mentor

        Most people find one *by accident*, and that is **fine**.
        Use `git log` to see [the history](https://example.com/log).

        > A mentor is a mirror
        > that talks back.

        - Be **clear**
        - Meet often

        1. Ask
        2. Listen
        """);
    assertThat(body).isEqualTo(Body.of(
        Heading.of(2, "Finding a mentor"),
        Paragraph.of(t("Most people find one "), Emphasis.of("by accident"),
            t(", and that is "), Strong.of("fine"), t(". Use "), new Code("git log"),
            t(" to see "), Link.of("https://example.com/log", "the history"), t(".")),
        Quote.of("A mentor is a mirror that talks back."),
        new ListBlock(false, List.of(List.of(t("Be "), Strong.of("clear")),
            List.of(t("Meet often")))),
        ListBlock.of(true, "Ask", "Listen")));
    assertThat(MarkdownBody.read("## Finding a mentor\n\nfine").drops()).isEmpty();
  }

  @Test
  void aFirstLevelHeadingBecomesTheHighestABodyHasAndSaysSo() {
    ImportedBody imported = MarkdownBody.read("# Title\n\n###### Small");
    assertThat(imported.body()).isEqualTo(Body.of(Heading.of(2, "Title"), Heading.of(6, "Small")));
    assertThat(imported.drops()).containsExactly(
        new Drop(1, "dropped heading level 1: read as level 2"));
  }

  @Test
  void aHardLineBreakIsALineBreakAndASoftOneASpace() {
    assertThat(MarkdownBody.parse("one  \ntwo\\\nthree\nfour")).isEqualTo(Body.of(Paragraph.of(
        t("one"), LineBreak.INSTANCE, t("two"), LineBreak.INSTANCE, t("three four"))));
  }

  @Test
  void aCodeBlockIsAParagraphOfCodeLines() {
    assertThat(MarkdownBody.parse("```java\nint x = 1;\n\nrun(x);\n```\n\n    indented"))
        .isEqualTo(Body.of(
            Paragraph.of(new Code("int x = 1;"), LineBreak.INSTANCE, new Code("run(x);")),
            Paragraph.of(new Code("indented"))));
  }

  @Test
  void aNestedListIsFlattenedIntoItsItemsLinesAndReported() {
    ImportedBody imported = MarkdownBody.read("- one\n  - a\n  - b\n- two\n");
    assertThat(imported.body()).isEqualTo(Body.of(new ListBlock(false, List.of(
        List.of(t("one"), LineBreak.INSTANCE, t("a"), LineBreak.INSTANCE, t("b")),
        List.of(t("two"))))));
    assertThat(imported.drops()).containsExactly(new Drop(2,
        "dropped the nesting of a list in a list item: its text kept as lines"));
  }

  @Test
  void aQuoteKeepsItsParagraphsAsLines() {
    assertThat(MarkdownBody.parse("> one\n>\n> two")).isEqualTo(Body.of(
        new Quote(List.of(t("one"), LineBreak.INSTANCE, t("two")), null)));
  }

  @Test
  void anOrderedListStartingElsewhereCountsFromOneAndSaysSo() {
    assertThat(drops("3. three\n4. four")).containsExactly(
        "1: dropped the start number 3 of an ordered list: it counts from 1");
  }

  @ParameterizedTest
  @ValueSource(strings = {"javascript:alert(1)", "JAVASCRIPT:alert(1)", "/relative/page",
      "page.html", "data:text/html,x", "", "vbscript:x", "file:///etc/passwd"})
  void aLinkTheModelRefusesKeepsItsTextAndIsReported(String target) {
    ImportedBody imported = MarkdownBody.read("see [the *page*](<" + target + ">) now");
    assertThat(imported.body()).isEqualTo(Body.of(Paragraph.of(
        t("see the "), Emphasis.of("page"), t(" now"))));
    assertThat(imported.drops()).singleElement().satisfies(drop -> {
      assertThat(drop.line()).isEqualTo(1);
      assertThat(drop.message()).startsWith("dropped the target of a link '" + target.strip())
          .contains("href: must").endsWith(": its text kept");
    });
  }

  @Test
  void spacesInALinkTargetArePercentEncodedAsCommonMarkDoes() {
    assertThat(MarkdownBody.parse("[a](<https://example.com/my uri?q=\"x\">)")).isEqualTo(
        Body.of(Paragraph.of(Link.of("https://example.com/my%20uri?q=%22x%22", "a"))));
  }

  @Test
  void autolinksToTheWebAndToMailboxesAreLinks() {
    assertThat(MarkdownBody.parse("<https://example.com/a> or <panel@example.com>"))
        .isEqualTo(Body.of(Paragraph.of(Link.of("https://example.com/a",
            "https://example.com/a"), t(" or "),
            Link.of("mailto:panel@example.com", "panel@example.com"))));
  }

  @Test
  void anImageIsDroppedItsDescriptionKeptAsText() {
    ImportedBody imported = MarkdownBody.read("A\n![a *chart*](chart.png \"Title\") here");
    assertThat(imported.body()).isEqualTo(Body.of(Paragraph.of(
        t("A a "), Emphasis.of("chart"), t(" here"))));
    assertThat(imported.drops()).containsExactly(
        new Drop(2, "dropped an image 'chart.png': its description kept as text"));
  }

  @Test
  void rawHtmlIsNeverPassedThroughNorShownAsText() {
    ImportedBody imported = MarkdownBody.read("""
        <div onclick="evil()">
        <script>alert(1)</script>
        </div>

        Hi <b onmouseover="x()">there</b><!-- note -->

        <style>p{}</style>
        """);
    assertThat(imported.body()).isEqualTo(Body.of("Hi there"));
    assertThat(imported.body().plainText()).doesNotContain("<", "evil", "alert", "note");
    assertThat(imported.drops()).extracting(Drop::line).containsExactly(1, 5, 5, 5, 7);
    assertThat(imported.drops()).extracting(Drop::message).allMatch(m -> m.startsWith(
        "dropped an HTML block '") || m.startsWith("dropped inline HTML '"));
  }

  @Test
  void aThematicBreakIsDroppedAndReported() {
    ImportedBody imported = MarkdownBody.read("one\n\n***\n\ntwo");
    assertThat(imported.body()).isEqualTo(Body.of("one", "two"));
    assertThat(imported.drops()).containsExactly(new Drop(3, "dropped a thematic break"));
  }

  @Test
  void linkReferenceDefinitionsServeTheirLinksSilently() {
    ImportedBody imported = MarkdownBody.read("[a guide][g]\n\n[g]: https://example.com/g");
    assertThat(imported.body()).isEqualTo(Body.of(Paragraph.of(
        Link.of("https://example.com/g", "a guide"))));
    assertThat(imported.drops()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   \n\t\n", "---", "<div>only html</div>", "![](x.png)",
      "[ ](https://example.com)", "[x]: https://example.com"})
  void markdownWithNoTextTheModelCanKeepIsTheModelsException(String markdown) {
    assertThatThrownBy(() -> MarkdownBody.parse(markdown))
        .isInstanceOf(InvalidModelException.class)
        .hasMessage("body: must have at least one block");
  }

  @Test
  void aTextTooLongForTheModelIsItsExceptionNamingTheBlock() {
    String huge = "word ".repeat(250_000);
    assertThatThrownBy(() -> MarkdownBody.parse("first\n\n" + huge))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageStartingWith("body[1].").hasMessageContaining("1000000 characters");
  }

  @Test
  void controlCharactersAndLoneSurrogatesBecomeReplacementCharacters() {
    assertThat(MarkdownBody.parse("a\u0000b \uD800c")).isEqualTo(Body.of("a\uFFFDb \uFFFDc"));
  }

  @Test
  void aDropMessageQuotesAtMostFortyCharactersOnOneLine() {
    assertThat(drops("<div>\n" + "x".repeat(100) + "\n</div>\n\ntext")).containsExactly(
        "1: dropped an HTML block '<div> " + "x".repeat(34) + "…'");
  }
}
