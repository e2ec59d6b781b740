package dev.roundtable.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.roundtable.model.Answer;
import dev.roundtable.model.Document;
import dev.roundtable.model.MentoringExample;
import dev.roundtable.model.Question;
import dev.roundtable.model.Url;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoundtableModuleTest {
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .registerModule(new RoundtableModule());
  private static final RoundtableJson JSON = RoundtableJson.defaults();

  /** A user's own class holding model values. */
  record Envelope(String source, Answer answer, List<Question> questions, Url home) {}

  @Test
  void writesModelValuesInsideUserObjectsExactlyAsTheWriterDoes() throws Exception {
    Answer answer = MentoringExample.featured();
    Question question = MentoringExample.question();

    String json = MAPPER.writeValueAsString(
        new Envelope("cms", answer, List.of(question), Url.of("https://example.com/")));

    assertThat(json).isEqualTo("{\"source\":\"cms\",\"answer\":" + JSON.toJson(answer)
        + ",\"questions\":[" + JSON.toJson(question) + "],\"home\":\"https://example.com/\"}");
  }

  @Test
  void readsModelValuesInsideUserObjectsIntoEqualModels() throws Exception {
    Envelope envelope = new Envelope("cms", MentoringExample.featured(),
        List.of(MentoringExample.question()), Url.of("https://example.com/"));

    Envelope read = MAPPER.readValue(MAPPER.writeValueAsString(envelope), Envelope.class);

    assertThat(read).isEqualTo(envelope);
  }

  @Test
  void writesAndReadsAWholeDocumentAsTheFormatSays() throws Exception {
    Document example = MentoringExample.document();

    assertThat(MAPPER.writeValueAsString(example)).isEqualTo(JSON.toJson(example));
    assertThat(MAPPER.readValue(JSON.toBytes(example), Document.class)).isEqualTo(example);
  }

  @Test
  void reportsEveryProblemOfAnInvalidValueWithItsPointer() {
    String json = "{\"source\":\"cms\",\"answer\":{\"id\":\"a\",\"headline\":\" \","
        + "\"url\":\"javascript:alert(1)\",\"publishedAt\":\"2015-05-07T18:15:00\","
        + "\"contributor\":{\"name\":\"N\"},\"body\":[\"B\"]}}";

    JsonMappingException e = catchThrowableOfType(JsonMappingException.class,
        () -> MAPPER.readValue(json, Envelope.class));

    assertThat(e).isNotNull();
    assertThat(e.getCause()).isInstanceOf(InvalidDocumentException.class);
    assertThat(((InvalidDocumentException) e.getCause()).problems())
        .extracting(DocumentProblem::pointer) // document order: the blank headline's rule
        .containsExactly("/answer/headline", "/answer/url", "/answer/publishedAt");
    assertThat(e.getMessage()).contains("invalid Answer").contains("answer");
  }

  @Test
  void strictModuleReportsUnknownProperties() {
    ObjectMapper strict = new ObjectMapper().registerModule(RoundtableModule.strict());
    String json = "{\"name\":\"Jenni Luke\",\"shoeSize\":38}";

    JsonMappingException e = catchThrowableOfType(JsonMappingException.class,
        () -> strict.readValue(json, dev.roundtable.model.Contributor.class));

    assertThat(((InvalidDocumentException) e.getCause()).problems())
        .extracting(DocumentProblem::pointer).containsExactly("/shoeSize");
  }
}
