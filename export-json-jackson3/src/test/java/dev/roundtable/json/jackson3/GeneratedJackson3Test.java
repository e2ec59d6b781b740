package dev.roundtable.json.jackson3;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.roundtable.json.RoundtableJson;
import dev.roundtable.json.RoundtableModule;
import dev.roundtable.model.Answer;
import dev.roundtable.model.Document;
import dev.roundtable.model.Question;
import dev.roundtable.model.RandomModels;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Differential: over generated documents full of hostile text, a Jackson 3 mapper with the
 * module writes the bytes that {@link RoundtableJson} and a Jackson 2 mapper with
 * {@link RoundtableModule} write, for a document, for model values inside a user's record and
 * for lists of answers, and reads them back into equal models. Each case's name holds its seed.
 *
 * <p>Pretty output is the user's pretty printer's, not Roundtable's (Jackson 3's default
 * writes {@code "name" : value} and keeps arrays of scalars on one line, where
 * {@code RoundtableJson.builder().pretty(true)} writes {@code "name": value}, one element a
 * line): the compact bytes are compared with Roundtable's, and the pretty bytes with what the
 * same Jackson 3 writer makes of the compact output's tokens.
 */
class GeneratedJackson3Test {
  static final JsonMapper MAPPER =
      JsonMapper.builder().addModule(new RoundtableJackson3Module()).build();
  /**
   * Jackson 2 writes a character beyond U+FFFF to bytes as an escaped surrogate pair unless
   * told otherwise; {@code RoundtableJson} and Jackson 3 write it as itself, in UTF-8.
   */
  private static final ObjectMapper JACKSON2 = new ObjectMapper(JsonFactory.builder()
      .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build())
      .registerModule(new RoundtableModule());
  private static final RoundtableJson JSON = RoundtableJson.defaults();

  /** A user's own record holding model values; its components in alphabetical order. */
  record Envelope(List<Answer> answers, Answer featured, Question question, String source) {}

  static Stream<Long> seeds() {
    return RandomModels.seeds(300);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void a_document_is_written_as_roundtable_json_writes_it_and_read_back_equal(long seed) {
    Document document = new RandomModels(seed).document();

    byte[] written = MAPPER.writeValueAsBytes(document);

    assertThat(written).as("seed %d", seed).isEqualTo(JSON.toBytes(document));
    assertThat(written).as("seed %d", seed).isEqualTo(jackson2(document));
    assertThat(MAPPER.writeValueAsString(document)).as("seed %d", seed)
        .isEqualTo(JSON.toJson(document));
    assertThat(MAPPER.readValue(written, Document.class)).as("seed %d", seed)
        .isEqualTo(document);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void model_values_inside_a_user_record_are_written_as_alone_and_read_back_equal(long seed) {
    Envelope envelope = envelope(seed);

    byte[] written = MAPPER.writeValueAsBytes(envelope);

    StringBuilder expected = new StringBuilder("{\"answers\":[");
    for (int i = 0; i < envelope.answers().size(); i++) {
      expected.append(i == 0 ? "" : ",").append(JSON.toJson(envelope.answers().get(i)));
    }
    expected.append("],\"featured\":").append(JSON.toJson(envelope.featured()))
        .append(",\"question\":").append(JSON.toJson(envelope.question()))
        .append(",\"source\":").append(jackson2String(envelope.source()))
        .append('}');
    assertThat(new String(written, StandardCharsets.UTF_8)).as("seed %d", seed)
        .isEqualTo(expected.toString());
    assertThat(written).as("seed %d", seed).isEqualTo(jackson2(envelope));
    assertThat(MAPPER.readValue(written, Envelope.class)).as("seed %d", seed)
        .isEqualTo(envelope);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void pretty_output_is_the_users_pretty_printer_over_the_same_tokens(long seed) {
    Envelope envelope = envelope(seed);
    JsonMapper pretty = MAPPER.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build();

    String written = pretty.writeValueAsString(envelope);

    String compact = MAPPER.writeValueAsString(envelope);
    assertThat(written).as("seed %d", seed)
        .isEqualTo(pretty.writeValueAsString(MAPPER.readTree(compact)))
        .isNotEqualTo(compact);
    assertThat(pretty.readValue(written, Envelope.class)).as("seed %d", seed)
        .isEqualTo(envelope);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void a_list_of_answers_is_written_as_a_json_array_of_answers(long seed) {
    List<Answer> answers = envelope(seed).answers();

    String written = MAPPER.writeValueAsString(answers);

    List<String> each = new ArrayList<>();
    answers.forEach(a -> each.add(JSON.toJson(a)));
    assertThat(written).as("seed %d", seed).isEqualTo("[" + String.join(",", each) + "]");
    assertThat(written).as("seed %d", seed).isEqualTo(jackson2String(answers));
    assertThat(MAPPER.readerForListOf(Answer.class).<List<Answer>>readValue(written))
        .as("seed %d", seed).isEqualTo(answers);
  }

  private static Envelope envelope(long seed) {
    RandomModels random = new RandomModels(seed);
    Question question = random.question("q", 1 + random.random().nextInt(4));
    return new Envelope(question.answers(), question.answers().get(0), question,
        random.line(3));
  }

  private static String jackson2String(Object value) {
    return new String(jackson2(value), StandardCharsets.UTF_8);
  }

  private static byte[] jackson2(Object value) {
    try {
      return JACKSON2.writeValueAsBytes(value);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }
}
