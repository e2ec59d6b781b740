package dev.roundtable.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roundtable.json.Finding.Severity;
import dev.roundtable.model.Answer;
import dev.roundtable.model.AspectRatio;
import dev.roundtable.model.Contributor;
import dev.roundtable.model.Crop;
import dev.roundtable.model.Document;
import dev.roundtable.model.Image;
import dev.roundtable.model.Publisher;
import dev.roundtable.model.Question;
import dev.roundtable.model.Series;
import dev.roundtable.model.Url;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Each rule of {@link RichResults} once failing and once passing: a document that meets every
 * rule has no finding, and changing one field of it gives exactly that rule's finding.
 */
class RichResultsTest {
  private static final String ANSWER = "/questions/0/answers/0";

  private static Image logo() {
    return new Image(Url.of("https://example.org/logo.png"), "Example Weekly", null, 512, 512);
  }

  private static Image picture() {
    return Image.of("https://example.org/p/main.jpg", "A mentor and her mentee at a desk")
        .withSize(1600, 1200)
        .withCrops(Crop.of(AspectRatio.WIDE, "https://example.org/p/16x9.jpg", 1600, 900),
            Crop.of(AspectRatio.STANDARD, "https://example.org/p/4x3.jpg", 1600, 1200),
            Crop.of(AspectRatio.SQUARE, "https://example.org/p/1x1.jpg", 1200, 1200));
  }

  private static Contributor author() {
    return Contributor.builder("Ada Mensah").role("Editor").organization("Example Weekly")
        .url("https://example.org/people/ada").sameAs("https://social.example/@ada").build();
  }

  private static Answer.Builder answer() {
    return Answer.builder().id("ada").contributor(author())
        .headline("Why a mentor sees what you cannot")
        .url("https://example.org/panel/ada")
        .publishedAt(Instant.parse("2026-03-02T09:00:00Z"))
        .body("A mentor has walked the road before you.").image(picture());
  }

  private static Series series() {
    return new Series("The Panel", null, Url.of("https://example.org/panel/"),
        new Publisher("Example Weekly", Url.of("https://example.org/"), logo()));
  }

  private static Document document(UnaryOperator<Answer.Builder> answer,
      UnaryOperator<Question.Builder> question) {
    return Document.of(question.apply(Question.builder().id("mentors").series(series())
        .text("Why have a mentor?").url("https://example.org/panel/mentors")
        .answer(answer.apply(answer()).build())).build());
  }

  private static List<Finding> lint(UnaryOperator<Answer.Builder> answer) {
    return RichResults.defaults().lint(document(answer, q -> q));
  }

  private static void onlyFinding(List<Finding> findings, Severity severity, String rule,
      String pointer) {
    assertThat(findings).as("findings").singleElement().satisfies(f -> {
      assertThat(f.rule()).isEqualTo(rule);
      assertThat(f.severity()).isEqualTo(severity);
      assertThat(f.pointer()).isEqualTo(pointer);
    });
  }

  @Test
  void aDocumentThatMeetsEveryRuleHasNoFinding() {
    assertThat(lint(a -> a)).isEmpty();
  }

  @Test
  void aHeadlineOverOneHundredAndTenCharactersIsAnError() {
    onlyFinding(lint(a -> a.headline("x".repeat(111))), Severity.ERROR, "headline-length",
        ANSWER + "/headline");
    assertThat(lint(a -> a.headline("x".repeat(110)))).isEmpty();
  }

  @Test
  void aHeadlineIsMeasuredInCodePointsNotUtf16Units() {
    assertThat(lint(a -> a.headline("😀".repeat(110)))).isEmpty();
  }

  @Test
  void anAnswerWithoutUrlIsAnErrorForOgUrl() {
    onlyFinding(lint(a -> a.url((String) null)), Severity.ERROR, "page-url", ANSWER + "/url");
  }

  @Test
  void anAuthorWithoutUrlIsAWarning() {
    Contributor noUrl = author().toBuilder().url(null).build();
    onlyFinding(lint(a -> a.contributor(noUrl)), Severity.WARNING, "author-url",
        ANSWER + "/contributor/url");
  }

  @Test
  void aContributorWithoutSameAsIsAWarningOncePerPerson() {
    Contributor alone = Contributor.builder("Ada Mensah").url("https://example.org/people/ada")
        .build();
    Document twice = Document.of(Question.builder().id("q").series(series()).text("Why?")
        .url("https://example.org/q")
        .answer(answer().contributor(alone).build())
        .answer(answer().id("ada-2").url("https://example.org/panel/ada-2").contributor(alone)
            .build()).build());
    onlyFinding(RichResults.defaults().lint(twice), Severity.WARNING, "profile-same-as",
        ANSWER + "/contributor/sameAs");
  }

  @Test
  void anAnswerWithoutImageIsAnErrorForOgImage() {
    Document d = document(a -> a.image(null), q -> q.answer(answer().id("other")
        .url("https://example.org/panel/other").build()));
    onlyFinding(RichResults.defaults().lint(d), Severity.ERROR, "image", ANSWER + "/image");
  }

  @Test
  void aQuestionWhoseAnswersHaveNoImageIsAnErrorForItsPagesOgImage() {
    List<Finding> findings = lint(a -> a.image(null));
    assertThat(findings).extracting(Finding::rule).containsExactlyInAnyOrder("image",
        "question-image");
    assertThat(findings).filteredOn(f -> f.rule().equals("question-image")).singleElement()
        .satisfies(f -> {
          assertThat(f.pointer()).isEqualTo("/questions/0/answers");
          assertThat(f.severity()).isEqualTo(Severity.ERROR);
        });
  }

  @Test
  void anImageWithoutTextAlternativeIsAWarning() {
    Image noAlt = new Image(picture().url(), "", null, 1600, 1200, picture().crops());
    onlyFinding(lint(a -> a.image(noAlt)), Severity.WARNING, "image-alt", ANSWER + "/image/alt");
  }

  @Test
  void aTextAlternativeOverFourHundredAndTwentyCharactersIsAnError() {
    Image longAlt = new Image(picture().url(), "a".repeat(421), null, 1600, 1200,
        picture().crops());
    onlyFinding(lint(a -> a.image(longAlt)), Severity.ERROR, "image-alt", ANSWER + "/image/alt");
  }

  @Test
  void anImageWithoutSizeIsAWarning() {
    Image noSize = new Image(picture().url(), picture().alt(), null, null, null,
        List.of(Crop.of(AspectRatio.WIDE, "https://example.org/w.jpg", 1600, 900),
            Crop.of(AspectRatio.STANDARD, "https://example.org/s.jpg", 1600, 1200),
            Crop.of(AspectRatio.SQUARE, "https://example.org/q.jpg", 1200, 1200)));
    onlyFinding(lint(a -> a.image(noSize)), Severity.WARNING, "image-size",
        ANSWER + "/image/width");
  }

  @Test
  void anImageUnderFiftyThousandPixelsIsAnError() {
    onlyFinding(lint(a -> a.image(picture().withSize(400, 124))), Severity.ERROR,
        "image-pixels", ANSWER + "/image/width");
    assertThat(lint(a -> a.image(picture().withSize(400, 125)))).as("exactly 50,000").isEmpty();
  }

  @Test
  void aCropUnderFiftyThousandPixelsIsAnErrorAtTheCrop() {
    Image smallCrop = picture().withCrops(
        Crop.of(AspectRatio.WIDE, "https://example.org/w.jpg", 160, 90),
        Crop.of(AspectRatio.STANDARD, "https://example.org/s.jpg", 1600, 1200),
        Crop.of(AspectRatio.SQUARE, "https://example.org/q.jpg", 1200, 1200));
    onlyFinding(lint(a -> a.image(smallCrop)), Severity.ERROR, "image-pixels",
        ANSWER + "/image/crops/0/width");
  }

  @Test
  void anImageMissingARatioIsAWarningNamingIt() {
    Image noSquare = picture().withCrops(
        Crop.of(AspectRatio.WIDE, "https://example.org/w.jpg", 1600, 900));  // 1600 x 1200: 4x3
    List<Finding> findings = lint(a -> a.image(noSquare));
    onlyFinding(findings, Severity.WARNING, "image-ratios", ANSWER + "/image/crops");
    assertThat(findings.get(0).message()).startsWith("no crop in 1x1:");
  }

  @Test
  void theImageItselfCountsForTheRatioItHas() {
    Image wide = picture().withSize(1600, 900).withCrops(
        Crop.of(AspectRatio.STANDARD, "https://example.org/s.jpg", 1600, 1200),
        Crop.of(AspectRatio.SQUARE, "https://example.org/q.jpg", 1200, 1200));
    assertThat(lint(a -> a.image(wide))).isEmpty();
  }

  @Test
  void noPublisherIsAWarningAndAPublisherWithoutLogoAnError() {
    Series none = new Series("The Panel", null, Url.of("https://example.org/panel/"));
    onlyFinding(RichResults.defaults().lint(document(a -> a, q -> q.series(none))),
        Severity.WARNING, "publisher", "/questions/0/series/publisher");
    Series noLogo = none.withPublisher(Publisher.of("Example Weekly", null));
    onlyFinding(RichResults.defaults().lint(document(a -> a, q -> q.series(noLogo))),
        Severity.ERROR, "publisher-logo", "/questions/0/series/publisher/logo");
  }

  @Test
  void aLogoWithoutSizeIsAWarning() {
    Series unsized = series().withPublisher(
        Publisher.of("Example Weekly", null).withLogo(Image.of("https://example.org/l.png", "")));
    onlyFinding(RichResults.defaults().lint(document(a -> a, q -> q.series(unsized))),
        Severity.WARNING, "logo-size", "/questions/0/series/publisher/logo/width");
  }

  @Test
  void aLogoUnderOneHundredAndTwelvePixelsASideIsAnError() {
    Series small = series().withPublisher(Publisher.of("Example Weekly", null)
        .withLogo(new Image(Url.of("https://example.org/l.png"), "", null, 600, 60)));
    onlyFinding(RichResults.defaults().lint(document(a -> a, q -> q.series(small))),
        Severity.ERROR, "logo-size", "/questions/0/series/publisher/logo/height");
  }

  @Test
  void aBreadcrumbItemWithoutLinkIsAnError() {
    Series noUrl = new Series("The Panel", null, null, series().publisher().get());
    onlyFinding(RichResults.defaults().lint(document(a -> a, q -> q.series(noUrl))),
        Severity.ERROR, "breadcrumb-url", "/questions/0/series/url");
    onlyFinding(RichResults.defaults().lint(document(a -> a, q -> q.url((String) null))),
        Severity.ERROR, "breadcrumb-url", "/questions/0/url");
  }

  @Test
  void aQaPageForAPanelIsAWarningAndWithoutAnswersAnError() {
    RichResults qaPages = RichResults.of(JsonLd.builder().acceptsUserAnswers(true).build());
    onlyFinding(qaPages.lint(document(a -> a, q -> q)), Severity.WARNING, "qapage-editorial",
        "/questions/0");
    Document unanswered = Document.of(Question.builder().id("q").series(series())
        .text("Why?").url("https://example.org/q").build());
    assertThat(qaPages.lint(unanswered)).extracting(Finding::rule)
        .containsExactly("qapage-editorial", "qapage-answers");
    assertThat(RichResults.defaults().lint(unanswered)).isEmpty();
  }

  @Test
  void findingsInADocumentCarryTheLineAndColumnOfTheirField() {
    Document d = document(a -> a.image(picture().withSize(400, 124)), q -> q);
    byte[] json = RoundtableJson.builder().pretty(true).build().toBytes(d);
    String text = new String(json, StandardCharsets.UTF_8);

    Finding f = RichResults.defaults().lint(json).get(0);

    String line = text.lines().skip(f.line() - 1).findFirst().orElseThrow();
    assertThat(line.substring(f.column() - 1)).startsWith("\"width\": 400");
    assertThat(f.toString()).startsWith(f.line() + ":" + f.column() + ": " + ANSWER
        + "/image/width: error: ").endsWith("[image-pixels]");
  }

  @Test
  void aDocumentAlreadyReadIsLintedAndLocatedAsItsBytesAre() {
    Document d = document(a -> a.image(picture().withSize(400, 124)), q -> q);
    byte[] json = RoundtableJson.builder().pretty(true).build().toBytes(d);

    assertThat(RichResults.defaults().lint(RoundtableJson.defaults().read(json), json))
        .isEqualTo(RichResults.defaults().lint(json)).isNotEmpty()
        .allSatisfy(f -> assertThat(f.line()).isPositive());
  }

  @Test
  void aMissingFieldIsLocatedAtTheObjectThatLacksIt() {
    Document d = document(a -> a.image(null), q -> q);
    byte[] json = RoundtableJson.builder().pretty(true).build().toBytes(d);
    String text = new String(json, StandardCharsets.UTF_8);

    Finding f = RichResults.defaults().lint(json).stream().filter(x -> x.rule().equals("image"))
        .findFirst().orElseThrow();

    String line = text.lines().skip(f.line() - 1).findFirst().orElseThrow();
    assertThat(f.pointer()).isEqualTo(ANSWER + "/image");
    assertThat(line.trim()).startsWith("{");
    assertThat(text.lines().skip(f.line()).findFirst().orElseThrow()).contains("\"id\": \"ada\"");
  }

  @Test
  void anInvalidDocumentIsRejectedWithItsProblemsNotLinted() {
    byte[] json = "{\"format\":\"roundtable/1\",\"questions\":[{\"id\":\"q\"}]}"
        .getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> RichResults.defaults().lint(json))
        .isInstanceOf(InvalidDocumentException.class)
        .satisfies(e -> assertThat(((InvalidDocumentException) e).problems())
            .extracting(DocumentProblem::pointer).contains("/questions/0/text"));
  }
}
