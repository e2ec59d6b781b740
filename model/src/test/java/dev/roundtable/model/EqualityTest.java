package dev.roundtable.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every model type is equal by value: built twice, equal; one field changed, not equal. */
class EqualityTest {

  static Stream<Arguments> pairs() {
    Answer featured = MentoringExample.featured();
    Question question = MentoringExample.question();
    Contributor jenni = featured.contributor();
    return Stream.of(
        pair("Document", MentoringExample::document,
            () -> Document.of(question.toBuilder().topic("Mentoring").build())),
        pair("Question", MentoringExample::question, () -> question.toBuilder().topics(List.of())
            .build()),
        pair("Answer", MentoringExample::featured,
            () -> featured.toBuilder().updatedAt(Instant.parse("2015-05-08T00:00:00Z")).build()),
        pair("Contributor", () -> Contributor.of("Jenni Luke", "CEO", "Step Up"),
            () -> jenni.toBuilder().imageUrl("https://example.com/j.jpg").build()),
        pair("Series", () -> Series.of("MPW Insider", "About", "https://example.com/"),
            () -> Series.of("MPW Insider", "About", "https://example.com/other")),
        pair("Series with a publisher", () -> Series.named("MPW Insider").withPublisher(
            Publisher.of("Fortune", null)), () -> Series.named("MPW Insider")),
        pair("Publisher", () -> Publisher.of("Fortune", "https://example.com/"),
            () -> Publisher.of("Fortune", "https://example.com/").withLogo(
                Image.of("https://example.com/logo.png", "Fortune"))),
        pair("Image", () -> Image.of("https://example.com/a.jpg", "A").withSize(1, 2),
            () -> Image.of("https://example.com/a.jpg", "A").withSize(2, 1)),
        pair("Image with crops", () -> Image.of("https://example.com/a.jpg", "A")
            .withCrops(Crop.of(AspectRatio.SQUARE, "https://example.com/s.jpg", 9, 9)),
            () -> Image.of("https://example.com/a.jpg", "A")
                .withCrops(Crop.of(AspectRatio.SQUARE, "https://example.com/s.jpg", 8, 8))),
        pair("Crop", () -> Crop.of(AspectRatio.WIDE, "https://example.com/w.jpg", 16, 9),
            () -> Crop.of(AspectRatio.STANDARD, "https://example.com/w.jpg", 16, 12)),
        pair("FediverseHandle", () -> FediverseHandle.of("@jenni@mastodon.social"),
            () -> FediverseHandle.of("@jenni@mastodon.online")),
        pair("RelatedLink", () -> RelatedLink.of("T", "https://example.com/", jenni),
            () -> RelatedLink.of("T", "https://example.com/")),
        pair("Body", () -> Body.of("one", "two"), () -> Body.of("one", "two", "three")),
        pair("Paragraph", () -> Paragraph.of("one"), () -> Paragraph.of(Emphasis.of("one"))),
        pair("Heading", () -> Heading.of(2, "Growth"), () -> Heading.of(3, "Growth")),
        pair("Quote", () -> new Quote(List.of(new Text("q")), "Jenni"), () -> Quote.of("q")),
        pair("ListBlock", () -> ListBlock.of(true, "a", "b"), () -> ListBlock.of(false, "a", "b")),
        pair("Text", () -> new Text("a"), () -> new Text("b")),
        pair("Code", () -> new Code("a"), () -> new Code("a ")),
        pair("Emphasis", () -> Emphasis.of("a"), () -> Emphasis.of("b")),
        pair("Strong", () -> Strong.of("a"), () -> Strong.of("A")),
        pair("Link", () -> Link.of("https://example.com/", "a"),
            () -> Link.of("mailto:a@example.com", "a")),
        pair("Url", () -> Url.of("https://example.com/"), () -> Url.of("https://example.com")));
  }

  static Stream<Arguments> answerChanges() {
    Answer a = MentoringExample.featured();
    return Stream.of(
        Arguments.of("id", a.toBuilder().id("other")),
        Arguments.of("headline", a.toBuilder().headline("Other")),
        Arguments.of("url", a.toBuilder().url("https://example.com/other")),
        Arguments.of("publishedAt",
            a.toBuilder().publishedAt(Instant.parse("2015-05-07T18:14:00Z"))),
        Arguments.of("updatedAt",
            a.toBuilder().updatedAt(Instant.parse("2016-01-01T00:00:00Z"))),
        Arguments.of("contributor", a.toBuilder().contributor(Contributor.named("Jenni Luke"))),
        Arguments.of("summary", a.toBuilder().summary(null)),
        Arguments.of("image", a.toBuilder().image(null)),
        Arguments.of("topics", a.toBuilder().topic("More")),
        Arguments.of("body", a.toBuilder().body("Other.")),
        Arguments.of("relatedLinks", a.toBuilder().relatedLink(
            RelatedLink.of("T", "https://example.com/"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("answerChanges")
  void answersDifferWhenAnyOneFieldDiffers(String field, Answer.Builder changed) {
    assertThat(changed.build()).isNotEqualTo(MentoringExample.featured());
  }

  static Contributor fullContributor() {
    return Contributor.builder("Jenni Luke").role("CEO").organization("Step Up")
        .affiliation("CEO of Step Up").url("https://example.com/jenni")
        .image(Image.of("https://example.com/j.jpg", "Jenni")).sameAs("https://example.org/j")
        .fediverse("@jenni@mastodon.social").build();
  }

  static Stream<Arguments> contributorChanges() {
    Contributor c = fullContributor();
    return Stream.of(
        Arguments.of("name", c.toBuilder().name("Jenni Lake")),
        Arguments.of("role", c.toBuilder().role(null)),
        Arguments.of("organization", c.toBuilder().organization("Step Up Chicago")),
        Arguments.of("affiliation", c.toBuilder().affiliation(null)),
        Arguments.of("url", c.toBuilder().url("https://example.com/jenni/")),
        Arguments.of("image", c.toBuilder().image(Image.of("https://example.com/j.jpg", ""))),
        Arguments.of("sameAs", c.toBuilder().sameAs("https://example.org/k")),
        Arguments.of("fediverse", c.toBuilder().fediverse("@jenni@mastodon.online")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("contributorChanges")
  void contributorsDifferWhenAnyOneFieldDiffers(String field, Contributor.Builder changed) {
    assertThat(changed.build()).isNotEqualTo(fullContributor());
  }

  static Stream<Arguments> questionChanges() {
    Question q = MentoringExample.question();
    return Stream.of(
        Arguments.of("id", q.toBuilder().id("other")),
        Arguments.of("text", q.toBuilder().text("Other?")),
        Arguments.of("url", q.toBuilder().url((String) null)),
        Arguments.of("series", q.toBuilder().series(Series.named("Other"))),
        Arguments.of("topics", q.toBuilder().topic("More")),
        Arguments.of("askedAt", q.toBuilder().askedAt(Instant.parse("2015-04-01T00:00:00Z"))),
        Arguments.of("answers", q.toBuilder().answers(List.of())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("questionChanges")
  void questionsDifferWhenAnyOneFieldDiffers(String field, Question.Builder changed) {
    assertThat(changed.build()).isNotEqualTo(MentoringExample.question());
  }

  private static Arguments pair(String name, Supplier<Object> build, Supplier<Object> other) {
    return Arguments.of(name, build, other);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pairs")
  void isEqualWhenBuiltTwiceFromTheSameValues(String name, Supplier<Object> build,
      Supplier<Object> other) {
    Object one = build.get();
    Object two = build.get();

    assertThat(one).isNotSameAs(two).isEqualTo(two).hasSameHashCodeAs(two);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pairs")
  void isNotEqualWhenOneFieldDiffers(String name, Supplier<Object> build,
      Supplier<Object> other) {
    assertThat(build.get()).isNotEqualTo(other.get()).isNotEqualTo(null).isNotEqualTo(name);
  }
}
