package dev.roundtable.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code toString} helps in a debugger and never dumps a whole body. */
class ToStringTest {
  private static final String LONG = "mentoring ".repeat(10_000);

  @Test
  void showsAnAnswersIdHeadlineAuthorAndDateButNotItsBody() {
    String text = MentoringExample.featured().toString();

    assertThat(text).isEqualTo("Answer[id=jenni-luke, headline=Why mentoring is unlike any"
        + " other profes…, by=Jenni Luke, publishedAt=2015-05-07T18:15:00Z, Body[6 blocks]]");
  }

  @Test
  void showsAQuestionsIdTextAndNumberOfAnswers() {
    assertThat(MentoringExample.question()).hasToString(
        "Question[id=why-have-a-mentor, text=Why is it important to have a mentor?, answers=8]");
  }

  @Test
  void countsADocumentsQuestionsAndAnswers() {
    assertThat(MentoringExample.document()).hasToString("Document[1 questions, 8 answers]");
  }

  @Test
  void countsABodysBlocks() {
    assertThat(Body.of("one")).hasToString("Body[1 block]");
    assertThat(Body.of("one", "two")).hasToString("Body[2 blocks]");
  }

  @Test
  void showsAContributorsFields() {
    assertThat(Contributor.of("Jenni Luke", "CEO", "Step Up"))
        .hasToString("Contributor[Jenni Luke, role=CEO, organization=Step Up]");
  }

  @Test
  void showsAUrlAsItsText() {
    assertThat(Url.of("https://example.com/a")).hasToString("https://example.com/a");
  }

  static List<Object> hugeValues() {
    List<Inline> many = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      many.add(new Text("word " + i));
    }
    Answer featured = MentoringExample.featured();
    return List.of(
        new Text(LONG), new Code(LONG), Paragraph.of(LONG), new Paragraph(many),
        Heading.of(2, LONG), new Quote(many, LONG.substring(0, 2000)), ListBlock.of(false, LONG, LONG),
        Emphasis.of(LONG), new Strong(many), Link.of("https://example.com/" + "a".repeat(4000), LONG),
        Body.of(LONG, LONG), Series.named(LONG.substring(0, 2000)),
        Publisher.of(LONG.substring(0, 2000), "https://example.com/" + "a".repeat(4000)),
        Contributor.builder(LONG.substring(0, 2000)).affiliation(LONG.substring(0, 2000)).build(),
        RelatedLink.of(LONG.substring(0, 2000), "https://example.com/" + "a".repeat(4000)),
        Image.of("https://example.com/" + "a".repeat(4000), LONG.substring(0, 2000)),
        featured.toBuilder().id("x".repeat(200)).headline(LONG.substring(0, 2000))
            .body(new Body(List.of(new Paragraph(many)))).build(),
        MentoringExample.question().toBuilder().id("y".repeat(200))
            .text(LONG.substring(0, 2000)).build());
  }

  @ParameterizedTest(name = "{index}: {0}")
  @MethodSource("hugeValues")
  void staysShortForHugeValues(Object value) {
    assertThat(value.toString()).hasSizeLessThan(300);
  }

  @Test
  void shortensLongTextWithAnEllipsisWithoutSplittingASurrogatePair() {
    String text = "x".repeat(39) + "\uD83D\uDE00" + "tail";

    assertThat(new Text(text)).hasToString("Text[" + "x".repeat(39) + "…]");
  }

  @Test
  void showsControlBidirectionalAndSeparatorCharactersAsEscapes() {
    assertThat(Contributor.named("Evil\u001b[2J\u202Ename\u2028line"))
        .hasToString("Contributor[Evil\\u001B[2J\\u202Ename\\u2028line]");
  }

  @Test
  void shortensTextFullOfEscapesWithoutCuttingAnEscape() {
    String shown = new Text("\u001b".repeat(100)).toString();

    assertThat(shown).isEqualTo("Text[" + "\\u001B".repeat(6) + "…]");
  }

  @Test
  void describesAListBlockByItsItems() {
    assertThat(ListBlock.of(true, "a", "b")).hasToString("ListBlock[ordered, 2 items]");
    assertThat(ListBlock.of(false, "a")).hasToString("ListBlock[1 item]");
  }

  @Test
  void describesALinkByItsTargetAndText() {
    assertThat(Link.of("https://example.com/", "the other answers"))
        .hasToString("Link[https://example.com/, the other answers]");
  }
}
