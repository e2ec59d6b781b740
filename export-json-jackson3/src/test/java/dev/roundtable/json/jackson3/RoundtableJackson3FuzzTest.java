package dev.roundtable.json.jackson3;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.roundtable.json.InvalidDocumentException;
import dev.roundtable.json.RoundtableJson;
import dev.roundtable.model.Answer;
import dev.roundtable.model.Document;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Arbitrary bytes read through the module, as a document, as an answer inside a user's record
 * and as a list of answers, give a value or one of Jackson 3's {@link JacksonException}s,
 * never any other exception or error; a value read is written and read again unchanged, and
 * equals what {@link RoundtableJson} reads from the module's output; a {@link DatabindException}
 * from the format has a cause listing at least one problem. Runs the seeds in
 * {@code RoundtableJackson3FuzzTestInputs/} in regression mode; fuzz with {@code JAZZER_FUZZ=1}.
 */
class RoundtableJackson3FuzzTest {
  private static final JsonMapper MAPPER = GeneratedJackson3Test.MAPPER;
  private static final JsonMapper STRICT =
      JsonMapper.builder().addModule(RoundtableJackson3Module.strict()).build();

  /** A user's record holding an answer. */
  record Featured(String source, Answer answer) {}

  @FuzzTest(maxDuration = "30s")
  void readsOnlyValuesOrJacksonExceptions(byte[] input) {
    for (JsonMapper mapper : List.of(MAPPER, STRICT)) {
      try {
        Document document = mapper.readValue(input, Document.class);
        byte[] again = mapper.writeValueAsBytes(document);
        assertThat(mapper.readValue(again, Document.class)).isEqualTo(document);
        assertThat(RoundtableJson.defaults().read(again)).isEqualTo(document);
      } catch (JacksonException e) {
        checkCause(e);
      }
      try {
        Featured featured = mapper.readValue(input, Featured.class);
        assertThat(mapper.readValue(mapper.writeValueAsBytes(featured), Featured.class))
            .isEqualTo(featured);
      } catch (JacksonException e) {
        checkCause(e);
      }
      try {
        List<Answer> answers = mapper.readerForListOf(Answer.class).readValue(input);
        assertThat(mapper.readerForListOf(Answer.class)
            .<List<Answer>>readValue(mapper.writeValueAsBytes(answers))).isEqualTo(answers);
      } catch (JacksonException e) {
        checkCause(e);
      }
    }
  }

  private static void checkCause(JacksonException e) {
    if (e.getCause() instanceof InvalidDocumentException) {
      assertThat(e).isInstanceOf(DatabindException.class);
      assertThat(((InvalidDocumentException) e.getCause()).problems()).isNotEmpty();
    }
  }
}
