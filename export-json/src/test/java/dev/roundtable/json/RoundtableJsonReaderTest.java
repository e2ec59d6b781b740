package dev.roundtable.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import dev.roundtable.model.Document;
import dev.roundtable.model.MentoringExample;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RoundtableJsonReaderTest {
  private static final RoundtableJson JSON = RoundtableJson.defaults();
  private static final String MINIMAL = "valid/minimal.json";

  private static InvalidDocumentException rejection(RoundtableJson json, String input) {
    InvalidDocumentException e =
        catchThrowableOfType(InvalidDocumentException.class, () -> json.read(input));
    assertThat(e).as("rejection of %s", input).isNotNull();
    return e;
  }

  private static List<String> pointers(InvalidDocumentException e) {
    return e.problems().stream().map(DocumentProblem::pointer).toList();
  }

  /** The minimal fixture with {@code from} replaced by {@code to}. */
  private static String minimalWith(String from, String to) {
    String json = Fixtures.text(MINIMAL);
    assertThat(json).contains(from);
    return json.replace(from, to);
  }

  @Test
  void readsWhatItWroteIntoAnEqualModel() {
    Document example = MentoringExample.document();

    assertThat(JSON.read(JSON.toJson(example))).isEqualTo(example);
    assertThat(JSON.read(JSON.toBytes(example))).isEqualTo(example);
  }

  @Test
  void writesWhatItReadFromTheExampleFileAsTheSameBytes() throws IOException {
    byte[] file = Files.readAllBytes(Path.of("../examples/mentoring.json"));
    RoundtableJson pretty = RoundtableJson.builder().pretty(true).build();

    assertThat(pretty.toBytes(pretty.read(file))).isEqualTo(file);
  }

  @Test
  void readsStreamsReadersStringsAndBytesAlike() throws IOException {
    byte[] bytes = Fixtures.bytes(MINIMAL);
    String text = new String(bytes, StandardCharsets.UTF_8);
    Document expected = JSON.read(bytes);

    assertThat(JSON.read(new ByteArrayInputStream(bytes))).isEqualTo(expected);
    assertThat(JSON.read(new StringReader(text))).isEqualTo(expected);
    assertThat(JSON.read(text)).isEqualTo(expected);
    assertThat(expected.answer("a1")).isPresent();
  }

  @Test
  void readsTimestampsWithAnyOffsetAsTheSameInstant() {
    Document d = JSON.read(minimalWith("2015-05-07T18:15:00Z", "2015-05-07T20:15:00.5+02:00"));

    assertThat(d.answer("a1").orElseThrow().publishedAt())
        .isEqualTo(Instant.parse("2015-05-07T18:15:00.5Z"));
  }

  @Test
  void reportsEveryProblemInDocumentOrderNotJustTheFirst() {
    String json = minimalWith("\"https://example.com/a1\"", "\"javascript:alert(1)\"")
        .replace("\"level\": 2", "\"level\": 9")
        .replace("\"width\": 1200", "\"width\": -1")
        .replace("\"title\": \"Another answer\"", "\"title\": 7");

    InvalidDocumentException e = rejection(JSON, json);

    assertThat(pointers(e)).containsExactly(
        "/questions/0/answers/0/url",
        "/questions/0/answers/0/image/width",
        "/questions/0/answers/0/body/1/level",
        "/questions/0/answers/0/relatedLinks/0/title");
  }

  @Test
  void reportsSyntaxErrorsWithLineColumnAndPointer() {
    String json = "{\n  \"format\": \"roundtable/1\",\n  \"questions\": [\n    {\"id\": \"q\",, }\n";

    InvalidDocumentException e = rejection(JSON, json);

    DocumentProblem problem = e.problems().get(e.problems().size() - 1);
    assertThat(problem.line()).isEqualTo(4);
    assertThat(problem.column()).isEqualTo(16);
    assertThat(problem.pointer()).isEqualTo("/questions/0/id");
    assertThat(problem.toString())
        .isEqualTo("4:16: /questions/0/id: a property name is missing before ','");
  }

  @Test
  void rejectsInlineContentNestedFiftyThousandDeepWithAClearErrorAndNoStackOverflow() {
    StringBuilder deep = new StringBuilder("{\"format\":\"roundtable/1\",\"questions\":[{"
        + "\"id\":\"q\",\"text\":\"Why?\",\"answers\":[{\"id\":\"a\",\"headline\":\"H\","
        + "\"publishedAt\":\"2015-05-07T18:15:00Z\",\"contributor\":{\"name\":\"N\"},"
        + "\"body\":[{\"type\":\"paragraph\",\"content\":[");
    for (int i = 0; i < 50_000; i++) {
      deep.append("{\"type\":\"strong\",\"content\":[");
    }
    deep.append("\"x\"");
    for (int i = 0; i < 50_000; i++) {
      deep.append("]}");
    }
    deep.append("]}]}]}]}");

    InvalidDocumentException e = rejection(JSON, deep.toString());

    assertThat(e.problems().get(0).message()).isEqualTo("nests inlines deeper than 32 levels");
    assertThat(e.problems().get(0).pointer())
        .startsWith("/questions/0/answers/0/body/0/content/0/content/0/content/0");
    assertThat(e.problems()).last().extracting(DocumentProblem::message).asString()
        .contains("nests deeper than the limit of 100 levels");
  }

  @Test
  void rejectsNestingDeeperThanTheConfiguredLimit() {
    RoundtableJson shallow = RoundtableJson.builder().maxNestingDepth(8).build();

    InvalidDocumentException e = rejection(shallow, Fixtures.text(MINIMAL));

    assertThat(e.problems()).singleElement().extracting(DocumentProblem::message).asString()
        .isEqualTo("nests deeper than the limit of 8 levels of arrays and objects");
  }

  @Test
  void rejectsStringsLongerThanTheConfiguredLimit() {
    RoundtableJson small = RoundtableJson.builder().maxStringLength(1000).build();
    String json = minimalWith("\"Because it helps\"", "\"" + "x".repeat(50_000) + "\"");

    InvalidDocumentException e = rejection(small, json);

    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.message()).isEqualTo("has a string longer than the limit of 1000 characters");
      assertThat(p.pointer()).isEqualTo("/questions/0/answers/0/headline");
    });
  }

  @Test
  void rejectsDocumentsLongerThanTheConfiguredLimit() {
    RoundtableJson small = RoundtableJson.builder().maxDocumentLength(100).build();

    InvalidDocumentException e = rejection(small, Fixtures.text(MINIMAL));

    assertThat(e.problems()).last().extracting(DocumentProblem::message).asString()
        .isEqualTo("is longer than the limit of 100 bytes");
  }

  @Test
  void rejectsStreamedDocumentsLongerThanTheConfiguredLimit() {
    RoundtableJson small = RoundtableJson.builder().maxDocumentLength(100).build();
    byte[] json = Fixtures.bytes(MINIMAL);

    InvalidDocumentException e = catchThrowableOfType(InvalidDocumentException.class,
        () -> small.read(new ByteArrayInputStream(json)));

    assertThat(e.problems()).last().extracting(DocumentProblem::message).asString()
        .isEqualTo("is longer than the limit of 100 bytes");
  }

  @Test
  void ignoresUnknownPropertiesByDefault() {
    String json = minimalWith("\"id\": \"a1\",", "\"id\": \"a1\", \"votes\": {\"up\": [1, 2]},");

    assertThat(JSON.read(json).answer("a1")).isPresent();
  }

  @Test
  void reportsEachUnknownPropertyWithItsPointerInStrictMode() {
    RoundtableJson strict = RoundtableJson.builder().strict(true).build();
    String json = minimalWith("\"id\": \"a1\",", "\"id\": \"a1\", \"votes\": 3,")
        .replace("\"level\": 2,", "\"level\": 2, \"cite\": \"x\",")
        .replace("\"format\"", "\"version\": 2, \"format\"");

    InvalidDocumentException e = rejection(strict, json);

    assertThat(pointers(e)).containsExactly("/version", "/questions/0/answers/0/votes",
        "/questions/0/answers/0/body/1/cite");
    assertThat(e.problems().get(0).message()).contains("strict mode");
  }

  @Test
  void rejectsAFieldGivenTwiceInOneObject() {
    String json = minimalWith("\"id\": \"a1\",", "\"id\": \"a1\", \"id\": \"a9\",");

    assertThat(pointers(rejection(JSON, json))).containsExactly("/questions/0/answers/0/id");
  }

  @Test
  void namesWhereARepeatedAnswerIdWasFirstSeen() {
    String json = "{\"format\":\"roundtable/1\",\"questions\":[{\"id\":\"q\",\"text\":\"t\","
        + "\"answers\":[" + answer("x") + "," + answer("y") + "," + answer("x") + "]}]}";

    assertThat(rejection(JSON, json).problems()).singleElement().satisfies(p -> {
      assertThat(p.pointer()).isEqualTo("/questions/0/answers/2/id");
      assertThat(p.message()).isEqualTo("duplicates the id at /questions/0/answers/0/id, \"x\"");
    });
  }

  private static String answer(String id) {
    return "{\"id\":\"" + id + "\",\"headline\":\"h\",\"publishedAt\":\"2015-05-07T18:15:00Z\","
        + "\"contributor\":{\"name\":\"n\"},\"body\":[\"b\"]}";
  }

  private static String answer(String id, String url) {
    return answer(id).replace("{\"id\"", "{\"url\":\"" + url + "\",\"id\"");
  }

  @Test
  void rejectsContentAfterTheDocument() {
    InvalidDocumentException e = rejection(JSON, Fixtures.text(MINIMAL) + " {}");

    assertThat(e.problems()).singleElement().extracting(DocumentProblem::message).asString()
        .contains("more content after the end");
  }

  @Test
  void rejectsEmptyInput() {
    assertThat(rejection(JSON, " ").problems()).singleElement()
        .extracting(DocumentProblem::message).asString().contains("is empty");
  }

  @Test
  void rejectsIntegersTooLargeForAnImageSize() {
    String json = minimalWith("\"width\": 1200", "\"width\": 12345678901");

    assertThat(pointers(rejection(JSON, json)))
        .containsExactly("/questions/0/answers/0/image/width");
  }

  @Test
  void rejectsALeapSecondAndAnImpossibleDate() {
    String json = minimalWith("2015-05-07T18:15:00Z", "2015-02-30T18:15:00Z");

    assertThat(rejection(JSON, json).problems()).singleElement()
        .extracting(DocumentProblem::message).asString().contains("not a valid date");
  }

  @Test
  void escapesSlashAndTildeOfPropertyNamesInPointers() {
    RoundtableJson strict = RoundtableJson.builder().strict(true).build();
    String json = minimalWith("\"format\"", "\"a/b~c\": 1, \"format\"");

    assertThat(pointers(rejection(strict, json))).containsExactly("/a~1b~0c");
  }

  @Test
  void stopsAfterAHundredProblemsAndSaysSo() {
    StringBuilder json = new StringBuilder("{\"format\":\"roundtable/1\",\"questions\":[");
    for (int i = 0; i < 500; i++) {
      json.append(i == 0 ? "" : ",").append("{\"id\":\"q").append(i)
          .append("\",\"text\":\"t\",\"url\":\"ftp://x\"}");
    }
    json.append("]}");

    InvalidDocumentException e = rejection(JSON, json.toString());

    assertThat(e.problems()).hasSize(101);
    assertThat(e.problems().get(100).message()).contains("too many problems");
    assertThat(e.getMessage()).contains("and 91 more");
  }

  @Test
  void letsRealInputOutputFailuresThrough() {
    java.io.InputStream broken = new java.io.InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("disk on fire");
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        throw new IOException("disk on fire");
      }
    };

    assertThatThrownBy(() -> JSON.read(broken)).isInstanceOf(IOException.class)
        .isNotInstanceOf(InvalidDocumentException.class).hasMessage("disk on fire");
  }

  @Test
  void printsAProblemAsLineColumnPointerAndMessage() {
    assertThat(new DocumentProblem("/questions/0/id", 3, 7, "is required"))
        .hasToString("3:7: /questions/0/id: is required");
    assertThat(new DocumentProblem("/format", 0, 0, "is required"))
        .hasToString("/format: is required");
  }

  @Test
  void refusesLimitsThatMakeNoSense() {
    assertThatThrownBy(() -> RoundtableJson.builder().maxNestingDepth(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxNestingDepth");
  }

  @Test
  void neverClosesTheCallersStream() throws IOException {
    boolean[] closed = {false};
    ByteArrayInputStream in = new ByteArrayInputStream(Fixtures.bytes(MINIMAL)) {
      @Override
      public void close() {
        closed[0] = true;
      }
    };

    JSON.read(in);

    assertThat(closed[0]).isFalse();
  }

  @Test
  void reportsABlankQuestionTextBesideProblemsInItsAnswers() {
    String json = "{\"format\":\"roundtable/1\",\"questions\":[{\"id\":\"q\",\"text\":\" \","
        + "\"answers\":[{\"id\":\"a\",\"headline\":\"h\",\"publishedAt\":\"2015-05-07T18:15:00Z\","
        + "\"contributor\":{\"name\":\"X\"},\"body\":[\"b\"],\"url\":\"javascript:alert(1)\"}]}]}";

    InvalidDocumentException e = rejection(JSON, json);

    assertThat(pointers(e)).containsExactly(
        "/questions/0/text", "/questions/0/answers/0/url"); // document order
    assertThat(e.problems().get(0).message()).contains("blank");
  }

  @Test
  void reportsABlankHeadlineBesideAnErrorInTheSameAnswersBody() {
    String json = minimalWith("\"Because it helps\"", "\" \"")
        .replace("\"level\": 2", "\"level\": 9");

    InvalidDocumentException e = rejection(JSON, json);

    assertThat(pointers(e)).containsExactly(
        "/questions/0/answers/0/headline", "/questions/0/answers/0/body/1/level");
  }

  @Test
  void reportsEveryRuleAnObjectBreaksNotJustTheFirst() {
    String json = minimalWith("\"Because it helps\"", "\" \"")
        .replace("\"id\": \"a1\"", "\"id\": \"..\"")
        .replace("\"role\": \"CEO\"", "\"role\": \" \"")
        .replace("\"organization\": \"Step Up\"", "\"organization\": \"\"");

    assertThat(pointers(rejection(JSON, json))).containsExactly(
        "/questions/0/answers/0/id", "/questions/0/answers/0/headline",
        "/questions/0/answers/0/contributor/role",
        "/questions/0/answers/0/contributor/organization");
  }

  @Test
  void reportsAMissingBlockTypeBesideAProblemInTheBlocksContent() {
    String json = minimalWith("\"type\": \"heading\",", "")
        .replace("\"A heading\"", "7");

    assertThat(pointers(rejection(JSON, json))).containsExactly(
        "/questions/0/answers/0/body/1/type", "/questions/0/answers/0/body/1/content/0");
  }

  @Test
  void namesBothAnswersThatShareAUrlAcrossQuestions() {
    String json = "{\"format\":\"roundtable/1\",\"questions\":[{\"id\":\"q\",\"text\":\"t\","
        + "\"answers\":[" + answer("x") + "," + answer("y", "https://example.com/y") + "]},"
        + "{\"id\":\"r\",\"text\":\"t\",\"answers\":[" + answer("z", "https://example.com/y")
        + "]}]}";

    assertThat(rejection(JSON, json).problems()).singleElement().satisfies(p -> {
      assertThat(p.pointer()).isEqualTo("/questions/1/answers/0/url");
      assertThat(p.message())
          .isEqualTo("duplicates the url at /questions/0/answers/1/url, \"https://example.com/y\"");
    });
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {".", ".."})
  void rejectsDotSegmentsAsIdsOfQuestionsAndAnswers(String id) {
    String json = minimalWith("\"q1\"", "\"" + id + "\"").replace("\"a1\"", "\"" + id + "\"");

    assertThat(rejection(JSON, json).problems()).extracting(DocumentProblem::pointer,
        p -> p.message().contains("dot-segment")).containsExactly(
            tuple("/questions/0/id", true), tuple("/questions/0/answers/0/id", true));
  }

  @Test
  void reportsAFieldThatCouldNotBeReadOnlyOnce() {
    String json = "{\"format\":\"roundtable/1\",\"questions\":[{\"id\":\"q\",\"text\":\"Q?\","
        + "\"url\":\"javascript:alert(1)\"}]}";

    assertThat(pointers(rejection(JSON, json))).containsExactly("/questions/0/url");
  }
}
