package dev.roundtable.model;

import static dev.roundtable.model.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules of structured rich text: blocks and inlines. */
class BodyTest {
  private static final List<Inline> WORDS = List.of(new Text("words"));

  @Test
  void makesPlainParagraphsFromStrings() {
    Body body = Body.of("para one", "para two");

    assertThat(body.blocks()).containsExactly(Paragraph.of("para one"), Paragraph.of("para two"));
    assertThat(((Paragraph) body.blocks().get(0)).isPlainText()).isTrue();
  }

  @Test
  void rejectsABodyWithoutBlocks() {
    assertRejected(() -> new Body(List.of()), "body", "must have at least one block");
  }

  @Test
  void rejectsABodyOfNoStrings() {
    assertRejected(() -> Body.of(new String[0]), "body", "must have at least one block");
  }

  @Test
  void rejectsAMissingBody() {
    assertRejected(() -> new Body(null), "body", "is required");
  }

  @Test
  void rejectsANullBlockNamingItsIndex() {
    assertRejected(() -> new Body(Arrays.asList(Paragraph.of("one"), null)), "body[1]",
        "must not be null");
  }

  @ParameterizedTest(name = "level {0}")
  @ValueSource(ints = {2, 3, 4, 5, 6})
  void acceptsHeadingLevelsTwoToSix(int level) {
    assertThat(Heading.of(level, "Growth is not a straight line").level()).isEqualTo(level);
  }

  @ParameterizedTest(name = "level {0}")
  @ValueSource(ints = {Integer.MIN_VALUE, -1, 0, 1, 7, 9, Integer.MAX_VALUE})
  void rejectsHeadingLevelsOutsideTwoToSix(int level) {
    assertRejected(() -> Heading.of(level, "Growth"), "level",
        "must be from 2 to 6, was " + level);
  }

  @Test
  void rejectsAnEmptyHeading() {
    assertRejected(() -> new Heading(2, List.of()), "content", "must not be empty");
  }

  @Test
  void rejectsAnEmptyParagraph() {
    assertRejected(() -> new Paragraph(List.of()), "content", "must not be empty");
  }

  @Test
  void rejectsAParagraphWithoutContent() {
    assertRejected(() -> new Paragraph(null), "content", "is required");
  }

  @Test
  void rejectsANullBlockGivenToTheShorthandNamingItsIndex() {
    assertRejected(() -> Body.of(Paragraph.of("one"), null), "body[1]", "must not be null");
  }

  @Test
  void rejectsANullInlineGivenToTheShorthandNamingItsIndex() {
    assertRejected(() -> Paragraph.of(new Text("one"), null), "content[1]", "must not be null");
  }

  @Test
  void rejectsANullParagraphTextNamingItsIndex() {
    assertRejected(() -> Body.of("one", null), "body[1]", "is required");
  }

  @Test
  void rejectsANullInlineNamingItsIndex() {
    assertRejected(() -> new Paragraph(Arrays.asList(new Text("a"), new Text("b"), null)),
        "content[2]", "must not be null");
  }

  @Test
  void knowsWhetherAParagraphIsPlainText() {
    assertThat(Paragraph.of(new Text("a"), LineBreak.INSTANCE).isPlainText()).isFalse();
    assertThat(Paragraph.of(Strong.of("a")).isPlainText()).isFalse();
    assertThat(Paragraph.of(new Text("a")).isPlainText()).isTrue();
  }

  @Test
  void rejectsAnEmptyQuote() {
    assertRejected(() -> new Quote(List.of(), null), "content", "must not be empty");
  }

  @Test
  void keepsAQuotesCitation() {
    Quote quote = new Quote(WORDS, "Jenni Luke");

    assertThat(quote.content()).isEqualTo(WORDS);
    assertThat(quote.cite()).contains("Jenni Luke");
    assertThat(Quote.of("words").cite()).isEmpty();
  }

  @Test
  void rejectsAListWithoutItems() {
    assertRejected(() -> new ListBlock(false, List.of()), "items", "must have at least one item");
  }

  @Test
  void rejectsAMissingListOfItems() {
    assertRejected(() -> new ListBlock(true, null), "items", "is required");
  }

  @Test
  void rejectsAnEmptyListItemNamingItsIndex() {
    assertRejected(() -> new ListBlock(false, List.of(WORDS, List.of())), "items[1]",
        "must not be empty");
  }

  @Test
  void rejectsANullListItemNamingItsIndex() {
    assertRejected(() -> new ListBlock(false, Arrays.asList(WORDS, null)), "items[1]",
        "is required");
  }

  @Test
  void rejectsAnEmptyPlainListItemNamingItsIndex() {
    assertRejected(() -> ListBlock.of(true, "one", "two", ""), "items[2]", "must not be empty");
  }

  @Test
  void keepsWhetherAListIsOrdered() {
    assertThat(ListBlock.of(true, "one").ordered()).isTrue();
    assertThat(ListBlock.of(false, "one").ordered()).isFalse();
  }

  @Test
  void rejectsEmptyText() {
    assertRejected(() -> new Text(""), "text", "must not be empty");
  }

  @Test
  void rejectsEmptyCode() {
    assertRejected(() -> new Code(""), "text", "must not be empty");
  }

  @Test
  void rejectsEmptyEmphasis() {
    assertRejected(() -> new Emphasis(List.of()), "content", "must not be empty");
  }

  @Test
  void rejectsEmptyStrongText() {
    assertRejected(() -> new Strong(List.of()), "content", "must not be empty");
  }

  @Test
  void rejectsALinkWithoutVisibleText() {
    assertRejected(() -> new Link(Url.of("https://example.com/"), List.of()), "content",
        "must not be empty: a link needs visible text");
  }

  /** Inline content that shows no character: only breaks, spaces and invisible characters. */
  static Stream<List<Inline>> invisibleContent() {
    return Stream.of(
        List.of(LineBreak.INSTANCE),
        List.of(LineBreak.INSTANCE, new Text(" "), LineBreak.INSTANCE),
        List.of(new Text("\u200B")),
        List.of(new Emphasis(List.of(new Text("\uFEFF"))), LineBreak.INSTANCE),
        List.of(new Strong(List.of(new Code("\u2060 ")))));
  }

  @ParameterizedTest
  @MethodSource("invisibleContent")
  void rejectsALinkWhoseTextShowsNothing(List<Inline> content) {
    InvalidModelException e = catchThrowableOfType(InvalidModelException.class,
        () -> new Link(Url.of("https://example.com/"), content));
    assertThat(e).as("link of %s", content).isNotNull();
    assertThat(e.field()).isEqualTo("content");
    assertThat(e.rule()).containsAnyOf("must not be blank", "must contain a visible character");
  }

  @ParameterizedTest
  @MethodSource("invisibleContent")
  void rejectsAHeadingThatShowsNothing(List<Inline> content) {
    InvalidModelException e = catchThrowableOfType(InvalidModelException.class,
        () -> new Heading(3, content));
    assertThat(e).as("heading of %s", content).isNotNull();
    assertThat(e.field()).isEqualTo("content");
    assertThat(e.rule()).containsAnyOf("must not be blank", "must contain a visible character");
  }

  @Test
  void acceptsALinkAndAHeadingWithOneVisibleCharacterAmongBreaks() {
    List<Inline> content = List.of(LineBreak.INSTANCE, new Emphasis(List.of(new Text("\u200Bx"))));

    assertThat(new Link(Url.of("https://example.com/"), content).content()).isEqualTo(content);
    assertThat(new Heading(2, content).content()).isEqualTo(content);
  }

  @Test
  void rejectsALinkWithoutATarget() {
    assertRejected(() -> new Link(null, WORDS), "href", "is required");
  }

  @Test
  void rejectsEmptyTextInsideEmphasisNamingThePath() {
    assertRejected(() -> Emphasis.of(""), "content[0].text", "must not be empty");
  }

  @Test
  void acceptsInlinesNestedThirtyTwoLevelsDeep() {
    Inline nested = nest(Inline.MAX_DEPTH - 1);

    assertThat(Inline.depth(new Paragraph(List.of(nested)).content()))
        .isEqualTo(Inline.MAX_DEPTH);
  }

  @Test
  void rejectsInlinesNestedDeeperThanThirtyTwoLevels() {
    Inline nested = nest(Inline.MAX_DEPTH);

    assertRejected(() -> new Paragraph(List.of(nested)), "content",
        "nests inlines deeper than 32 levels");
  }

  @Test
  void measuresTheDepthOfNestedInlines() {
    List<Inline> content = List.of(new Text("a"),
        new Strong(List.of(new Emphasis(List.of(new Text("b"))))),
        Link.of("https://example.com/", "c"));

    assertThat(Inline.depth(content)).isEqualTo(3);
    assertThat(Inline.depth(List.of())).isZero();
  }

  @Test
  void keepsMarkupInTextAsCharacters() {
    assertThat(new Text("<b>bold</b>").text()).isEqualTo("<b>bold</b>");
  }

  @Test
  void treatsAllLineBreaksAsEqual() {
    assertThat(new LineBreak()).isEqualTo(LineBreak.INSTANCE);
  }

  /** Emphasis and strong nested {@code levels} deep around a text: depth {@code levels + 1}. */
  private static Inline nest(int levels) {
    Inline inline = new Text("deep");
    for (int i = 0; i < levels; i++) {
      inline = i % 2 == 0 ? new Emphasis(List.of(inline)) : new Strong(List.of(inline));
    }
    return inline;
  }
}
