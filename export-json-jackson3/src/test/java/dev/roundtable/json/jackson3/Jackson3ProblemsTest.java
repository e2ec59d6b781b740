package dev.roundtable.json.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.roundtable.json.DocumentProblem;
import dev.roundtable.json.InvalidDocumentException;
import dev.roundtable.json.RoundtableJson;
import dev.roundtable.model.Answer;
import dev.roundtable.model.Contributor;
import dev.roundtable.model.Document;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Invalid values read through the module fail with a {@link DatabindException} whose cause
 * lists every problem that {@link RoundtableJson} finds in the same value read alone, each
 * pointer prefixed with where the value sits in the user's document, and no line or column
 * (those of the value alone would not be the user's).
 */
class Jackson3ProblemsTest {
  private static final JsonMapper MAPPER = GeneratedJackson3Test.MAPPER;
  private static final Path INVALID = Path.of("../export-json/src/test/resources/dev/roundtable/json/invalid");

  /** A user's record holding a document among other things. */
  record Archive(String source, List<Document> documents) {}

  /** A user's record holding an answer. */
  record Featured(String source, Answer answer) {}

  static Stream<Path> invalidDocuments() throws IOException {
    try (Stream<Path> files = Files.list(INVALID)) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidDocuments")
  void every_problem_of_an_invalid_document_is_reported_under_its_place_in_the_users_json(
      Path file) throws IOException {
    String document = Files.readString(file);
    String json = "{\"source\":\"cms\",\"documents\":[" + document + "," + document + "]}";

    DatabindException e = catchThrowableOfType(DatabindException.class,
        () -> MAPPER.readValue(json, Archive.class));

    List<DocumentProblem> alone = problemsAlone(document, Document.class);
    assertThat(e).as(file.toString()).isNotNull();
    assertThat(e.getCause()).isInstanceOf(InvalidDocumentException.class);
    assertThat(((InvalidDocumentException) e.getCause()).problems())
        .as(file.toString())
        .containsExactlyElementsOf(alone.stream()
            .map(p -> new DocumentProblem("/documents/0" + p.pointer(), 0, 0, p.message()))
            .toList());
    assertThat(e.getMessage()).contains("invalid Document starting at 1:");
  }

  @Test
  void every_problem_of_an_answer_in_a_record_is_reported_with_the_answers_pointer() {
    String answer = "{\"id\":\"a\",\"headline\":\" \",\"url\":\"javascript:alert(1)\","
        + "\"publishedAt\":\"2015-05-07T18:15:00\",\"contributor\":{\"name\":\"N\"},"
        + "\"body\":[\"B\"]}";
    String json = "{\n  \"source\": \"cms\",\n  \"answer\": " + answer + "\n}";

    DatabindException e = catchThrowableOfType(DatabindException.class,
        () -> MAPPER.readValue(json, Featured.class));

    assertThat(((InvalidDocumentException) e.getCause()).problems())
        .extracting(DocumentProblem::toString)
        .containsExactly("/answer/headline: must not be blank",
            problemsAlone(answer, Answer.class).get(1).toString().replaceFirst(
                "^\\d+:\\d+: ", "/answer"),
            problemsAlone(answer, Answer.class).get(2).toString().replaceFirst(
                "^\\d+:\\d+: ", "/answer"));
    assertThat(problemsAlone(answer, Answer.class)).extracting(DocumentProblem::pointer)
        .containsExactly("/headline", "/url", "/publishedAt");
    assertThat(e.getMessage()).contains("invalid Answer starting at 3:13");
  }

  @Test
  void the_strict_module_reports_unknown_properties_and_the_lenient_one_ignores_them() {
    JsonMapper strict = JsonMapper.builder().addModule(RoundtableJackson3Module.strict()).build();
    String json = "[{\"name\":\"Jenni Luke\",\"shoeSize\":38}]";

    DatabindException e = catchThrowableOfType(DatabindException.class,
        () -> strict.readerForListOf(Contributor.class).readValue(json));

    assertThat(((InvalidDocumentException) e.getCause()).problems())
        .extracting(DocumentProblem::pointer).containsExactly("/0/shoeSize");
    assertThat(MAPPER.readerForListOf(Contributor.class).<List<Contributor>>readValue(json))
        .extracting(Contributor::name).containsExactly("Jenni Luke");
  }

  private static List<DocumentProblem> problemsAlone(String json, Class<?> type) {
    InvalidDocumentException e = catchThrowableOfType(InvalidDocumentException.class,
        () -> RoundtableJson.defaults().read(json.getBytes(StandardCharsets.UTF_8), type));
    assertThat(e).as("invalid alone").isNotNull();
    return e.problems();
  }
}
