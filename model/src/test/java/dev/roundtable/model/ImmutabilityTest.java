package dev.roundtable.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Immutable all the way down: no exposed mutable state, safe to share between threads. */
class ImmutabilityTest {
  private static final Question QUESTION = MentoringExample.question();
  private static final Answer FEATURED = MentoringExample.featured();

  static Stream<Arguments> returnedLists() {
    ListBlock list = ListBlock.of(false, "a", "b");
    return Stream.of(
        Arguments.of("Document.questions", (Supplier<List<?>>) () ->
            MentoringExample.document().questions()),
        Arguments.of("Question.answers", (Supplier<List<?>>) QUESTION::answers),
        Arguments.of("Question.topics", (Supplier<List<?>>) QUESTION::topics),
        Arguments.of("Question.relatedLinksFor", (Supplier<List<?>>) () ->
            QUESTION.relatedLinksFor(FEATURED)),
        Arguments.of("Answer.topics", (Supplier<List<?>>) FEATURED::topics),
        Arguments.of("Answer.relatedLinks", (Supplier<List<?>>) () -> FEATURED.toBuilder()
            .relatedLink(RelatedLink.of("T", "https://example.com/")).build().relatedLinks()),
        Arguments.of("Contributor.sameAs", (Supplier<List<?>>) () -> Contributor.builder("J")
            .sameAs("https://example.org/j").build().sameAs()),
        Arguments.of("Image.crops", (Supplier<List<?>>) () -> Image.of("https://example.com/i",
            "").withCrops(Crop.of(AspectRatio.SQUARE, "https://example.com/s", 9, 9)).crops()),
        Arguments.of("Body.blocks", (Supplier<List<?>>) () -> FEATURED.body().blocks()),
        Arguments.of("Paragraph.content", (Supplier<List<?>>) () -> Paragraph.of("a").content()),
        Arguments.of("Heading.content", (Supplier<List<?>>) () -> Heading.of(2, "a").content()),
        Arguments.of("Quote.content", (Supplier<List<?>>) () -> Quote.of("a").content()),
        Arguments.of("ListBlock.items", (Supplier<List<?>>) list::items),
        Arguments.of("ListBlock.items[0]", (Supplier<List<?>>) () -> list.items().get(0)),
        Arguments.of("Emphasis.content", (Supplier<List<?>>) () -> Emphasis.of("a").content()),
        Arguments.of("Strong.content", (Supplier<List<?>>) () -> Strong.of("a").content()),
        Arguments.of("Link.content", (Supplier<List<?>>) () ->
            Link.of("https://example.com/", "a").content()),
        Arguments.of("InvalidModelException.pathSegments", (Supplier<List<?>>) () -> {
          try {
            Contributor.named("");
            throw new AssertionError("not rejected");
          } catch (InvalidModelException e) {
            return e.pathSegments();
          }
        }));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("returnedLists")
  @SuppressWarnings("unchecked")
  void returnsUnmodifiableLists(String name, Supplier<List<?>> list) {
    List<Object> returned = (List<Object>) list.get();

    assertThat(returned).as(name).isNotEmpty();
    assertThatThrownBy(() -> returned.add(returned.get(0))).as(name)
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> returned.remove(0)).as(name)
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> returned.set(0, returned.get(0))).as(name)
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void copiesTheBlocksGivenToABody() {
    List<Block> blocks = new ArrayList<>(List.of(Paragraph.of("one")));
    Body body = new Body(blocks);

    blocks.add(Paragraph.of("two"));

    assertThat(body.blocks()).containsExactly(Paragraph.of("one"));
  }

  @Test
  void copiesTheInlinesGivenToAParagraph() {
    List<Inline> content = new ArrayList<>(List.of(new Text("one")));
    Paragraph paragraph = new Paragraph(content);

    content.set(0, new Text("changed"));

    assertThat(paragraph.content()).containsExactly(new Text("one"));
  }

  @Test
  void copiesTheInlinesGivenToAQuote() {
    List<Inline> content = new ArrayList<>(List.of(new Text("one")));
    Quote quote = new Quote(content, null);

    content.clear();

    assertThat(quote.content()).containsExactly(new Text("one"));
  }

  @Test
  void copiesEveryItemGivenToAList() {
    List<Inline> item = new ArrayList<>(List.of(new Text("one")));
    List<List<Inline>> items = new ArrayList<>(List.of(item));
    ListBlock list = new ListBlock(false, items);

    item.add(new Text("two"));
    items.add(List.of(new Text("three")));

    assertThat(list.items()).containsExactly(List.of(new Text("one")));
  }

  @Test
  void copiesTheQuestionsGivenToADocument() {
    List<Question> questions = new ArrayList<>(List.of(QUESTION));
    Document document = new Document(questions);

    questions.clear();

    assertThat(document.questions()).containsExactly(QUESTION);
  }

  @Test
  void copiesTheListsGivenToABuilder() {
    List<String> topics = new ArrayList<>(List.of("Mentoring"));
    List<Answer> answers = new ArrayList<>(List.of(FEATURED));
    Question.Builder builder = QUESTION.toBuilder().topics(topics).answers(answers);

    topics.add(" ");
    answers.add(null);

    assertThat(builder.build().topics()).containsExactly("Mentoring");
  }

  @Test
  void leavesABuiltQuestionUnchangedWhenItsBuilderIsReused() {
    Question.Builder builder = Question.builder().id("q").text("Why?").topic("One")
        .answer(FEATURED);
    Question built = builder.build();

    builder.topic("Two").answer(FEATURED.toBuilder().id("other").url((String) null).build())
        .text("Why not?");

    assertThat(built.topics()).containsExactly("One");
    assertThat(built.answers()).containsExactly(FEATURED);
    assertThat(built.text()).isEqualTo("Why?");
    assertThat(builder.build().answers()).hasSize(2);
  }

  @Test
  void leavesABuiltAnswerUnchangedWhenItsBuilderIsReused() {
    Answer.Builder builder = FEATURED.toBuilder();
    Answer built = builder.build();

    builder.topic("Another").relatedLink(RelatedLink.of("T", "https://example.com/"))
        .headline("Changed");

    assertThat(built).isEqualTo(FEATURED);
    assertThat(built.relatedLinks()).isEmpty();
  }

  @Test
  void leavesABuiltContributorUnchangedWhenItsBuilderIsReused() {
    Contributor.Builder builder = Contributor.builder("Jenni Luke")
        .sameAs("https://example.org/a");
    Contributor built = builder.build();

    builder.sameAs("https://example.org/b").image(Image.of("https://example.com/j.jpg", "J"))
        .fediverse("@jenni@mastodon.social");

    assertThat(built.sameAs()).containsExactly(Url.of("https://example.org/a"));
    assertThat(built.image()).isEmpty();
    assertThat(built.fediverse()).isEmpty();
  }

  @Test
  void leavesTheOriginalUnchangedWhenAToBuilderCopyChanges() {
    QUESTION.toBuilder().topic("Extra")
        .answer(FEATURED.toBuilder().id("extra").url((String) null).build()).build();

    assertThat(QUESTION).isEqualTo(MentoringExample.question());
    assertThat(QUESTION.answers()).hasSize(8);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(classes = {Question.class, Answer.class, Contributor.class, Series.class,
      Publisher.class, Image.class, Crop.class, FediverseHandle.class, RelatedLink.class,
      Url.class, Byline.class, Body.class, Document.class,
      Paragraph.class, Heading.class, Quote.class, ListBlock.class, Text.class, Code.class,
      Emphasis.class, Strong.class, Link.class, LineBreak.class, InvalidModelException.class})
  void hasOnlyPrivateFinalFieldsAndIsFinal(Class<?> type) {
    assertThat(Modifier.isFinal(type.getModifiers())).as("%s is final", type).isTrue();
    for (Field field : type.getDeclaredFields()) {
      int modifiers = field.getModifiers();
      assertThat(Modifier.isFinal(modifiers)).as("%s is final", field).isTrue();
      assertThat(Modifier.isPrivate(modifiers) || Modifier.isStatic(modifiers))
          .as("%s is private", field).isTrue();
    }
  }
}
