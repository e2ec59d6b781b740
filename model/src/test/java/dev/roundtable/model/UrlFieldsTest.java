package dev.roundtable.model;

import static dev.roundtable.model.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every URL field of the model is checked against the allow-list, and names itself. */
class UrlFieldsTest {

  /** A URL field: how to set it from text, and the field its rejection names. */
  record UrlField(String name, String field, Consumer<String> build, boolean allowsMailto) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<UrlField> fields() {
    return Stream.of(
        new UrlField("Question.url", "url", v -> MentoringExample.question().toBuilder().url(v),
            false),
        new UrlField("Series.url", "url", v -> Series.of("MPW Insider", null, v), false),
        new UrlField("Publisher.url", "url", v -> Publisher.of("Fortune", v), false),
        new UrlField("Answer.url", "url", v -> MentoringExample.featured().toBuilder().url(v),
            false),
        new UrlField("Contributor.url", "url", v -> Contributor.builder("Jenni Luke").url(v),
            false),
        new UrlField("Contributor.imageUrl", "imageUrl",
            v -> Contributor.builder("Jenni Luke").imageUrl(v), false),
        new UrlField("Contributor.sameAs", "sameAs[0]",
            v -> Contributor.builder("Jenni Luke").sameAs(v), false),
        new UrlField("Image.url", "url", v -> Image.of(v, ""), false),
        new UrlField("Crop.url", "url", v -> Crop.of(AspectRatio.SQUARE, v, 9, 9), false),
        new UrlField("RelatedLink.url", "url", v -> RelatedLink.of("Other answers", v), false),
        new UrlField("Link.href", "href", v -> Link.of(v, "the other answers"), true));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fields")
  void rejectsJavascriptUrls(UrlField f) {
    assertRejected(() -> f.build().accept("JaVaScRiPt:alert(1)"), f.field(),
        "scheme \"JaVaScRiPt\" is not allowed");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fields")
  void rejectsRelativeUrls(UrlField f) {
    assertRejected(() -> f.build().accept("/insider/jenni-luke"), f.field(), "is relative");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fields")
  void rejectsProtocolRelativeUrls(UrlField f) {
    assertRejected(() -> f.build().accept("//evil.com/x"), f.field(), "is relative");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fields")
  void rejectsEntityEncodedJavascript(UrlField f) {
    assertRejected(() -> f.build().accept("javascript&#58;alert(1)"), f.field(), "is relative");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fields")
  void rejectsDataUrls(UrlField f) {
    assertRejected(() -> f.build().accept("data:text/html;base64,PHNjcmlwdD4="), f.field(),
        "scheme \"data\" is not allowed");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fields")
  void acceptsHttps(UrlField f) {
    assertThatCode(() -> f.build().accept("https://example.com/insider/"))
        .doesNotThrowAnyException();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fields")
  void acceptsMailtoOnlyInBodyLinks(UrlField f) {
    if (f.allowsMailto()) {
      assertThatCode(() -> f.build().accept("mailto:panel@example.com"))
          .doesNotThrowAnyException();
    } else {
      assertRejected(() -> f.build().accept("mailto:panel@example.com"), f.field(),
          "must use scheme http or https; scheme \"mailto\" is not allowed");
    }
  }

  @Test
  void rejectsAMailtoUrlObjectWhereOnlyWebUrlsBelong() {
    Url mailto = Url.linkTarget("mailto:panel@example.com");
    Stream<Runnable> builds = Stream.of(
        () -> MentoringExample.question().toBuilder().url(mailto).build(),
        () -> new Series("MPW Insider", null, mailto),
        () -> MentoringExample.featured().toBuilder().url(mailto).build(),
        () -> new Image(mailto, "", null, null, null),
        () -> new Publisher("Fortune", mailto, null),
        () -> new Crop(AspectRatio.SQUARE, mailto, 9, 9),
        () -> new RelatedLink("Other answers", mailto, null));
    builds.forEach(build -> assertRejected(build::run, "url", "scheme \"mailto\" is not allowed"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fields")
  void rejectsAMissingRequiredUrl(UrlField f) {
    if (List.of("Image.url", "Crop.url", "Contributor.sameAs", "RelatedLink.url",
        "Link.href").contains(f.name())) {
      assertRejected(() -> f.build().accept(null), f.field(), "is required");
    } else {
      assertThatCode(() -> f.build().accept(null)).doesNotThrowAnyException();
    }
  }
}
