package dev.roundtable.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlainTextTest {

  @Test
  void separatesBlocksByABlankLine() {
    assertThat(Body.of("One.", "Two.").plainText()).isEqualTo("One.\n\nTwo.");
  }

  @Test
  void joinsTheTextOfNestedInlines() {
    Paragraph paragraph = Paragraph.of(new Text("Takes "), Strong.of("courage"),
        new Text(", read "), new Link(Url.of("https://example.com/"),
            List.of(new Emphasis(List.of(new Text("the others"))))), new Code("."));

    assertThat(Body.of(paragraph).plainText()).isEqualTo("Takes courage, read the others.");
  }

  @Test
  void writesALineBreakAsANewline() {
    Body body = Body.of(Paragraph.of(new Text("one"), LineBreak.INSTANCE, new Text("two")));

    assertThat(body.plainText()).isEqualTo("one\ntwo");
  }

  @Test
  void putsEachListItemOnItsOwnLine() {
    Body body = Body.of(Heading.of(2, "Steps"), ListBlock.of(true, "Share.", "Name.", "Ask."));

    assertThat(body.plainText()).isEqualTo("Steps\n\nShare.\nName.\nAsk.");
  }

  @Test
  void citesTheSourceOfAQuoteInParentheses() {
    Body body = Body.of(new Quote(List.of(new Text("Be open.")), "Jenni Luke"), Quote.of("Ask."));

    assertThat(body.plainText()).isEqualTo("Be open. (Jenni Luke)\n\nAsk.");
  }

  @Test
  void keepsMarkupAsCharacters() {
    assertThat(Body.of("<b>bold</b> &amp; <script>").plainText())
        .isEqualTo("<b>bold</b> &amp; <script>");
  }

  @Test
  void isTheSameForEqualBodies() {
    Body body = MentoringExample.featured().body();

    assertThat(new Body(List.copyOf(body.blocks())).plainText()).isEqualTo(body.plainText());
  }

  @Test
  void coversTheWholeExampleBodyInOrder() {
    String text = MentoringExample.featured().body().plainText();

    assertThat(text).startsWith("A mentor gives a kind of guidance")
        .contains("\n\nGrowth is not a straight line\n\n")
        .contains("setbacks are normal; a mentee")
        .contains("Share where you want to go.\nName the risks")
        .endsWith("Read the other answers to the question.");
  }
}
