package dev.roundtable.json;

import static dev.roundtable.json.Fixtures.rejection;
import static dev.roundtable.json.Fixtures.withContributorFields;
import static dev.roundtable.json.Fixtures.withCrops;
import static dev.roundtable.json.Fixtures.withSeries;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every fault of a series' publisher, a contributor's portrait, sameAs links and fediverse
 * handle, and an image's crops is reported once, at its JSON Pointer, with a line and column:
 * that of the value, or, for a rule of the model on a whole object, that of its opening brace.
 */
class PublishersPortraitsAndCropsFaultsTest {
  private static final RoundtableJson COMPACT = RoundtableJson.defaults();
  private static final String A = "/questions/0/answers/0";

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

}
