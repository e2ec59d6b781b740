package dev.roundtable.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.roundtable.model.Answer;
import dev.roundtable.model.Body;
import dev.roundtable.model.Document;
import dev.roundtable.model.MentoringExample;
import dev.roundtable.model.Question;
import dev.roundtable.model.Url;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * {@link RoundtableJson#toBytes(Object)} and {@link RoundtableJson#read(byte[], Class)}, the
 * seam that adapters such as the Jackson 3 module use: any value type, as its own overloads and
 * the document reader treat it.
 */
class ValueTypesTest {
  private static final RoundtableJson JSON = RoundtableJson.defaults();

  @Test
  void every_value_type_is_written_as_its_own_overload_writes_it_and_read_back_equal() {
    Document document = MentoringExample.document();
    Question question = MentoringExample.question();
    Answer answer = MentoringExample.featured();

    assertThat(JSON.toBytes((Object) document)).isEqualTo(JSON.toBytes(document));
    assertThat(JSON.toBytes((Object) question)).isEqualTo(JSON.toBytes(question));
    assertThat(JSON.toBytes((Object) answer)).isEqualTo(JSON.toBytes(answer));
    assertThat(new String(JSON.toBytes((Object) answer.body()), StandardCharsets.UTF_8))
        .isEqualTo(JSON.toJson(answer.body()));
    assertThat(JSON.read(JSON.toBytes((Object) answer), Answer.class)).isEqualTo(answer);
    assertThat(JSON.read(JSON.toBytes((Object) document), Document.class)).isEqualTo(document);
    assertThat(JSON.read(JSON.toBytes((Object) answer.body()), Body.class))
        .isEqualTo(answer.body());
    Url url = Url.of("https://example.com/a");
    assertThat(JSON.read(JSON.toBytes((Object) url), Url.class)).isEqualTo(url);
  }

  @Test
  void a_value_read_alone_has_its_problems_from_its_own_root_and_nothing_may_follow_it() {
    byte[] bad = "{\"name\":\" \"} {}".getBytes(StandardCharsets.UTF_8);

    InvalidDocumentException e = catchThrowableOfType(InvalidDocumentException.class,
        () -> JSON.read(bad, dev.roundtable.model.Contributor.class));

    assertThat(e.problems()).extracting(DocumentProblem::toString).containsExactly(
        "1:1: /name: must not be blank", // a rule of the object, at its start
        "1:14: : has more content after the end of the value");
    assertThat(catchThrowableOfType(InvalidDocumentException.class,
        () -> JSON.read(new byte[0], Answer.class)).problems())
        .extracting(DocumentProblem::message)
        .containsExactly("is empty: expected a value of type Answer");
  }

  @Test
  void a_type_that_is_no_value_type_is_refused_by_name() {
    assertThatThrownBy(() -> JSON.toBytes((Object) "text"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("java.lang.String");
    assertThatThrownBy(() -> JSON.read(new byte[] {'1'}, Integer.class))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("java.lang.Integer");
    assertThat(RoundtableJson.valueTypes()).hasSize(9).contains(Document.class, Url.class);
  }
}
