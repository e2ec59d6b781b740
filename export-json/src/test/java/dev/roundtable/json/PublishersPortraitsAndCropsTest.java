package dev.roundtable.json;

import static dev.roundtable.json.Fixtures.rejection;
import static dev.roundtable.json.Fixtures.withContributorFields;
import static dev.roundtable.json.Fixtures.withCrops;
import static dev.roundtable.json.Fixtures.withSeries;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A series' publisher, a contributor's portrait as an image, sameAs links and fediverse handle,
 * and an image's crops, in Roundtable JSON: written in table order, read into an equal model,
 * {@code imageUrl} as the shorthand of a portrait that is only a URL, unknown properties in the
 * new objects ignored unless strict. {@link PublishersPortraitsAndCropsFaultsTest} has the
 * faults.
 */
class PublishersPortraitsAndCropsTest {
  private static final RoundtableJson COMPACT = RoundtableJson.defaults();
  private static final RoundtableJson PRETTY = RoundtableJson.builder().pretty(true).build();
  private static final RoundtableJson STRICT = RoundtableJson.builder().strict(true).build();
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .registerModule(new RoundtableModule());
  private static final String A = "/questions/0/answers/0";

  /** A document with every field of a publisher, a contributor, an image and a crop. */
  static Document everyField() {
    Image logo = Image.of("https://example.com/logo.png", "Fortune").withSize(600, 60)
        .withCrops(Crop.of(AspectRatio.SQUARE, "https://example.com/logo-1x1.png", 60, 60));
    Image portrait = Image.of("https://example.com/jenni.jpg", "Jenni Luke, smiling")
        .withCredit("Photograph by Maya Myers").withSize(1200, 900)
        .withCrops(Crop.of(AspectRatio.WIDE, "https://example.com/jenni-16x9.jpg", 1200, 675),
            Crop.of(AspectRatio.STANDARD, "https://example.com/jenni-4x3.jpg", 1200, 900),
            Crop.of(AspectRatio.SQUARE, "https://example.com/jenni-1x1.jpg", 900, 900));
    Contributor jenni = Contributor.builder("Jenni Luke").role("CEO").organization("Step Up")
        .url("https://example.com/jenni").image(portrait)
        .sameAs("https://example.org/wiki/Jenni_Luke", "https://social.example/@jenni")
        .fediverse("@jenni@Mastodon.Social").build();
    Answer answer = Answer.builder().id("a1").headline("Because it helps")
        .publishedAt(Instant.parse("2015-05-07T18:15:00Z")).contributor(jenni)
        .image(portrait.withCrops(Crop.of(AspectRatio.WIDE, "https://example.com/a-16x9.jpg",
            1000, 562)))
        .body("A plain paragraph.").build();
    Series insider = Series.of("MPW Insider", null, "https://example.com/insider/")
        .withPublisher(new Publisher("Fortune", Url.of("https://example.com/"), logo));
    return Document.of(Question.builder().id("q1").text("Why have a mentor?").series(insider)
        .answer(answer).build());
  }

  /** A contributor as the writer writes it, by the databind module (whose serializer it is). */
  private static String json(Contributor contributor) {
    try {
      return MAPPER.writeValueAsString(contributor);
    } catch (JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }

  private static Contributor.Builder jenni() {
    return Contributor.builder("Jenni Luke");
  }

  @Test
  void readsWhatItWroteWithEveryNewFieldIntoAnEqualModelAndWritesTheSameBytesAgain() {
    Document document = everyField();

    for (RoundtableJson json : new RoundtableJson[] {COMPACT, PRETTY}) {
      byte[] written = json.toBytes(document);
      Document read = json.read(written);

      assertThat(read).isEqualTo(document);
      assertThat(json.toBytes(read)).isEqualTo(written);
    }
  }

  @Test
  void writesAPublisherAfterTheSeriesOtherFieldsWithItsLogoAndTheLogosCrops() {
    assertThat(COMPACT.toJson(everyField())).contains("\"series\":{\"name\":\"MPW Insider\","
        + "\"url\":\"https://example.com/insider/\",\"publisher\":{\"name\":\"Fortune\","
        + "\"url\":\"https://example.com/\",\"logo\":{\"url\":\"https://example.com/logo.png\","
        + "\"alt\":\"Fortune\",\"width\":600,\"height\":60,\"crops\":[{\"ratio\":\"1x1\","
        + "\"url\":\"https://example.com/logo-1x1.png\",\"width\":60,\"height\":60}]}}}");
  }

  @Test
  void writesAContributorsPortraitSameAsAndHandleAfterItsUrlInTableOrder() {
    assertThat(COMPACT.toJson(everyField())).contains("\"contributor\":{\"name\":\"Jenni Luke\","
        + "\"role\":\"CEO\",\"organization\":\"Step Up\",\"url\":\"https://example.com/jenni\","
        + "\"image\":{\"url\":\"https://example.com/jenni.jpg\",\"alt\":\"Jenni Luke, smiling\","
        + "\"credit\":\"Photograph by Maya Myers\",\"width\":1200,\"height\":900,\"crops\":["
        + "{\"ratio\":\"16x9\",\"url\":\"https://example.com/jenni-16x9.jpg\",\"width\":1200,"
        + "\"height\":675},{\"ratio\":\"4x3\",\"url\":\"https://example.com/jenni-4x3.jpg\","
        + "\"width\":1200,\"height\":900},{\"ratio\":\"1x1\","
        + "\"url\":\"https://example.com/jenni-1x1.jpg\",\"width\":900,\"height\":900}]},"
        + "\"sameAs\":[\"https://example.org/wiki/Jenni_Luke\",\"https://social.example/@jenni\"],"
        + "\"fediverse\":\"@jenni@mastodon.social\"}");
  }

  @Test
  void writesAPortraitThatIsOnlyAUrlAsImageUrl() {
    String fromUrl = json(jenni().imageUrl("https://example.com/j.jpg").build());
    String fromImage = json(jenni().image(Image.of("https://example.com/j.jpg", ""))
        .build());

    assertThat(fromUrl).isEqualTo(fromImage)
        .isEqualTo("{\"name\":\"Jenni Luke\",\"imageUrl\":\"https://example.com/j.jpg\"}");
  }

  @Test
  void writesAPortraitWithAnAltAsAnImage() {
    String json = json(jenni().image(Image.of("https://example.com/j.jpg", "Jenni"))
        .build());

    assertThat(json).isEqualTo("{\"name\":\"Jenni Luke\",\"image\":{"
        + "\"url\":\"https://example.com/j.jpg\",\"alt\":\"Jenni\"}}");
  }

  static Stream<Arguments> portraitsWithAnEmptyAltAndMore() {
    Url url = Url.of("https://example.com/j.jpg");
    String image = "{\"url\":\"https://example.com/j.jpg\",\"alt\":\"\",";
    return Stream.of(
        Arguments.of("a credit", new Image(url, "", "Maya Myers", null, null),
            image + "\"credit\":\"Maya Myers\"}"),
        Arguments.of("a width", new Image(url, "", null, 400, null), image + "\"width\":400}"),
        Arguments.of("a height", new Image(url, "", null, null, 400), image + "\"height\":400}"),
        Arguments.of("a crop", new Image(url, "", null, null, null).withCrops(
            Crop.of(AspectRatio.SQUARE, "https://example.com/s.jpg", 9, 9)), image
            + "\"crops\":[{\"ratio\":\"1x1\",\"url\":\"https://example.com/s.jpg\","
            + "\"width\":9,\"height\":9}]}"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("portraitsWithAnEmptyAltAndMore")
  void writesAPortraitWithAnEmptyAltAndAnythingMoreAsAnImage(String what, Image portrait,
      String image) {
    Contributor contributor = jenni().image(portrait).build();

    assertThat(json(contributor))
        .isEqualTo("{\"name\":\"Jenni Luke\",\"image\":" + image + "}");
    assertThat(COMPACT.read(withContributorFields("\"image\": " + image)).questions().get(0)
        .answers().get(0).contributor().image()).contains(portrait);
  }

  @Test
  void readsImageUrlAsTheSameModelAsAnImageWithOnlyItsUrlAndAnEmptyAlt() {
    Document shorthand = COMPACT.read(withContributorFields(
        "\"imageUrl\": \"https://example.com/j.jpg\""));
    Document image = COMPACT.read(withContributorFields(
        "\"image\": {\"url\": \"https://example.com/j.jpg\", \"alt\": \"\"}"));

    assertThat(image).isEqualTo(shorthand);
    assertThat(shorthand.questions().get(0).answers().get(0).contributor().image())
        .contains(Image.of("https://example.com/j.jpg", ""));
  }

  @Test
  void ignoresUnknownPropertiesInAPublisherAndACropUnlessStrict() {
    String json = withSeries("{\"name\": \"MPW Insider\", \"publisher\": {\"name\": \"Fortune\","
        + " \"founded\": 1929}}").replace("\"height\": 800", "\"height\": 800, \"crops\": ["
        + "{\"ratio\": \"1x1\", \"focus\": [0.5, 0.5], \"url\": \"https://example.com/s.jpg\","
        + " \"width\": 9, \"height\": 9}]");

    Document read = COMPACT.read(json);
    InvalidDocumentException strict = rejection(STRICT, json);

    assertThat(read.questions().get(0).series().flatMap(Series::publisher))
        .contains(Publisher.of("Fortune", null));
    assertThat(read.questions().get(0).answers().get(0).image().orElseThrow().crops())
        .containsExactly(Crop.of(AspectRatio.SQUARE, "https://example.com/s.jpg", 9, 9));
    assertThat(strict.problems()).extracting(DocumentProblem::pointer, DocumentProblem::message)
        .containsExactly(
            tuple("/questions/0/series/publisher/founded",
                "is not a property of a publisher (strict mode)"),
            tuple(A + "/image/crops/0/focus",
                "is not a property of a crop (strict mode)"));
  }

  @Test
  void writesAHandleAsNameAtHostWithTheHostInLowerCaseAndReadsItWithoutTheLeadingAt() {
    Document read = COMPACT.read(withContributorFields("\"fediverse\": \"Jenni@Mastodon.Social\""));
    Contributor jenni = read.questions().get(0).answers().get(0).contributor();

    assertThat(jenni.fediverse()).hasValueSatisfying(f -> assertThat(f)
        .hasToString("@Jenni@mastodon.social"));
    assertThat(json(jenni)).contains("\"fediverse\":\"@Jenni@mastodon.social\"");
  }
}

