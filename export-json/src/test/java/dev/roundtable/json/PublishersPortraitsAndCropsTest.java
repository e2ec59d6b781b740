package dev.roundtable.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
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
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A series' publisher, a contributor's portrait as an image, sameAs links and fediverse handle,
 * and an image's crops, in Roundtable JSON: written in table order, read into an equal model,
 * {@code imageUrl} as the shorthand of a portrait that is only a URL, and every fault reported
 * at its pointer.
 */
class PublishersPortraitsAndCropsTest {
  private static final RoundtableJson COMPACT = RoundtableJson.defaults();
  private static final RoundtableJson PRETTY = RoundtableJson.builder().pretty(true).build();
  private static final RoundtableJson STRICT = RoundtableJson.builder().strict(true).build();
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .registerModule(new RoundtableModule());
  private static final String MINIMAL = Fixtures.text("valid/minimal.json");
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

  /** The minimal fixture with {@code from} replaced by {@code to}. */
  private static String minimalWith(String from, String to) {
    assertThat(MINIMAL).contains(from);
    return MINIMAL.replace(from, to);
  }

  /** The minimal fixture with more fields in its answer's contributor. */
  private static String withContributorFields(String fields) {
    return minimalWith("\"organization\": \"Step Up\"", "\"organization\": \"Step Up\", " + fields);
  }

  /** The minimal fixture with a series in its question. */
  private static String withSeries(String series) {
    return minimalWith("\"url\": \"https://example.com/q1\",",
        "\"url\": \"https://example.com/q1\", \"series\": " + series + ",");
  }

  /** The minimal fixture with crops in its answer's image. */
  private static String withCrops(String crops) {
    return minimalWith("\"height\": 800", "\"height\": 800, \"crops\": " + crops);
  }

  private static InvalidDocumentException rejection(RoundtableJson json, String input) {
    InvalidDocumentException e =
        catchThrowableOfType(InvalidDocumentException.class, () -> json.read(input));
    assertThat(e).as("rejection of %s", input).isNotNull();
    return e;
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

  @ParameterizedTest(name = "{0} first")
  @CsvSource(delimiter = '|', value = {
      "imageUrl|\"imageUrl\": \"https://example.com/j.jpg\", "
          + "\"image\": {\"url\": \"https://example.com/j.jpg\", \"alt\": \"Jenni\"}|image",
      "image|\"image\": {\"url\": \"https://example.com/j.jpg\", \"alt\": \"Jenni\"}, "
          + "\"imageUrl\": \"https://example.com/j.jpg\"|imageUrl"})
  void rejectsImageUrlAndImageTogetherAtTheSecond(String first, String fields, String second) {
    String json = withContributorFields(fields);

    InvalidDocumentException e = rejection(COMPACT, json);

    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.pointer()).isEqualTo(A + "/contributor/" + second);
      assertThat(p.message()).isEqualTo("give imageUrl or image, not both");
      String line = json.lines().toList().get(p.line() - 1);
      assertThat(line.substring(p.column() - 1))
          .startsWith(second.equals("image") ? "{\"url\"" : "\"https://example.com/j.jpg\"");
    });
  }

  @Test
  void reportsAPortraitGivenTwiceTheSameWayAsARepeatedFieldOnly() {
    String json = withContributorFields("\"imageUrl\": \"https://example.com/j.jpg\", "
        + "\"imageUrl\": \"https://example.com/k.jpg\"");

    assertThat(rejection(COMPACT, json).problems()).singleElement().satisfies(p -> {
      assertThat(p.pointer()).isEqualTo(A + "/contributor/imageUrl");
      assertThat(p.message()).isEqualTo("appears more than once in the same object");
    });
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      // the contributor's new fields
      "c|/contributor/sameAs/2|\"javascript\" is not allowed|`\"sameAs\": ["
          + "\"https://example.org/a\", \"https://example.org/b\", \"javascript:alert(1)\"]`",
      "c|/contributor/sameAs/1|must not repeat \"https://example.org/a\" (also at index 0)"
          + "|`\"sameAs\": [\"https://example.org/a\", \"https://example.org/a\"]`",
      "c|/contributor/sameAs/0|is relative|`\"sameAs\": [\"/jenni\"]`",
      "c|/contributor/sameAs/1|must be a string, was a number"
          + "|`\"sameAs\": [\"https://example.org/a\", 7]`",
      "c|/contributor/sameAs|must be an array, was a string"
          + "|`\"sameAs\": \"https://example.org/a\"`",
      "c|/contributor/fediverse|must be a fediverse handle, @name@host, was \"jenni\""
          + "|`\"fediverse\": \"jenni\"`",
      "c|/contributor/fediverse|the host must be a host name such as mastodon.social"
          + "|`\"fediverse\": \"@jenni@localhost\"`",
      "c|/contributor/fediverse|must be a string, was an object|`\"fediverse\": {}`",
      "c|/contributor/image/alt|is required|`\"image\": {\"url\": \"https://example.com/j.jpg\"}`",
      "c|/contributor/image/crops/0/height|needs a height of 9, was 11|`\"image\": {\"url\": "
          + "\"https://example.com/j.jpg\", \"alt\": \"\", \"crops\": [{\"ratio\": \"1x1\", "
          + "\"url\": \"https://example.com/s.jpg\", \"width\": 9, \"height\": 11}]}`",
      "c|/contributor/imageUrl|\"data\" is not allowed"
          + "|`\"imageUrl\": \"data:image/png;base64,AA\"`",
      // the image's crops
      "i|/image/crops/0/ratio|is not a crop ratio (16x9, 4x3 or 1x1): \"16:9\""
          + "|`[{\"ratio\": \"16:9\", \"url\": \"https://example.com/w.jpg\", \"width\": 16,"
          + " \"height\": 9}]`",
      "i|/image/crops/0/height|must make 1000 x 600 a 16x9 crop: a width of 1000 needs a height"
          + " of 563, was 600|`[{\"ratio\": \"16x9\", \"url\": \"https://example.com/w.jpg\","
          + " \"width\": 1000, \"height\": 600}]`",
      "i|/image/crops/1/width|must be a positive integer, was 0|`[{\"ratio\": \"16x9\", \"url\":"
          + " \"https://example.com/w.jpg\", \"width\": 16, \"height\": 9}, {\"ratio\": \"1x1\","
          + " \"url\": \"https://example.com/s.jpg\", \"width\": 0, \"height\": 9}]`",
      "i|/image/crops/0/url|\"javascript\" is not allowed|`[{\"ratio\": \"1x1\", \"url\": "
          + "\"javascript:alert(1)\", \"width\": 9, \"height\": 9}]`",
      "i|/image/crops/0/width|is required|`[{\"ratio\": \"1x1\", \"url\": "
          + "\"https://example.com/s.jpg\", \"height\": 9}]`",
      "i|/image/crops/1|must not repeat the ratio 16x9 (also at index 0)|`[{\"ratio\": \"16x9\","
          + " \"url\": \"https://example.com/w.jpg\", \"width\": 16, \"height\": 9}, {\"ratio\":"
          + " \"16x9\", \"url\": \"https://example.com/v.jpg\", \"width\": 32, \"height\": 18}]`",
      "i|/image/crops/0|must be an object, was a string|`[\"https://example.com/w.jpg\"]`",
      "i|/image/crops|must be an array, was an object|`{}`",
      // the series' publisher
      "s|/publisher/name|is required|`{\"name\": \"MPW Insider\", \"publisher\": {\"url\": "
          + "\"https://example.com/\"}}`",
      "s|/publisher/name|must not be blank|`{\"name\": \"MPW Insider\", \"publisher\": {\"name\":"
          + " \" \"}}`",
      "s|/publisher/url|\"javascript\" is not allowed|`{\"name\": \"MPW Insider\", \"publisher\":"
          + " {\"name\": \"Fortune\", \"url\": \"javascript:alert(1)\"}}`",
      "s|/publisher/logo/alt|is required|`{\"name\": \"MPW Insider\", \"publisher\": {\"name\":"
          + " \"Fortune\", \"logo\": {\"url\": \"https://example.com/logo.png\"}}}`",
      "s|/publisher/logo/crops/0/height|is required|`{\"name\": \"MPW Insider\", \"publisher\":"
          + " {\"name\": \"Fortune\", \"logo\": {\"url\": \"https://example.com/logo.png\","
          + " \"alt\": \"\", \"crops\": [{\"ratio\": \"1x1\", \"url\": "
          + "\"https://example.com/l.png\", \"width\": 60}]}}}`",
      "s|/publisher|must be an object, was a string|`{\"name\": \"MPW Insider\", \"publisher\":"
          + " \"Fortune\"}`"})
  void rejectsEachFaultOfTheNewFieldsOnceAtItsPointer(String where, String pointer,
      String message, String fragment) {
    String json = switch (where) {
      case "c" -> withContributorFields(fragment);
      case "i" -> withCrops(fragment);
      default -> withSeries(fragment);
    };
    String expected = (where.equals("s") ? "/questions/0/series" : A) + pointer;

    assertThat(rejection(COMPACT, json).problems()).singleElement().satisfies(p -> {
      assertThat(p.pointer()).isEqualTo(expected);
      assertThat(p.message()).contains(message);
      assertThat(p.line()).isPositive();
      assertThat(p.column()).isPositive();
    });
  }

  @Test
  void reportsASameAsLinkThatIsNotAllowedAtTheLinesAndColumnOfItsValue() {
    String json = "{\"format\":\"roundtable/1\",\"questions\":[{\"id\":\"q\",\"text\":\"t\","
        + "\"answers\":[{\"id\":\"a\",\"headline\":\"h\",\"publishedAt\":\"2015-05-07T18:15:00Z\","
        + "\"contributor\":{\"name\":\"n\",\"sameAs\":[\"https://example.org/a\","
        + "\"https://example.org/b\",\"javascript:alert(1)\"]},\"body\":[\"b\"]}]}]}";

    assertThat(rejection(COMPACT, json).problems()).singleElement().satisfies(p -> {
      assertThat(p.pointer()).isEqualTo(A + "/contributor/sameAs/2");
      assertThat(p.line()).isEqualTo(1);
      assertThat(p.column()).isEqualTo(json.indexOf("\"javascript:") + 1);
    });
  }

  @Test
  void reportsEveryFaultOfOneContributorInOnePass() {
    String json = withContributorFields("\"imageUrl\": \"ftp://example.com/j.jpg\", "
        + "\"sameAs\": [\"https://example.org/a\", \"https://example.org/a\"], "
        + "\"fediverse\": \"@-x@mastodon.social\"");

    assertThat(rejection(COMPACT, json).problems()).extracting(DocumentProblem::pointer)
        .containsExactly(A + "/contributor/sameAs/1", // a rule of the model: at the brace
            A + "/contributor/imageUrl", A + "/contributor/fediverse");
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
