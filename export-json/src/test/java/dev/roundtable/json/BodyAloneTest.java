package dev.roundtable.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundtable.model.Answer;
import dev.roundtable.model.Body;
import dev.roundtable.model.Emphasis;
import dev.roundtable.model.Heading;
import dev.roundtable.model.ListBlock;
import dev.roundtable.model.MentoringExample;
import dev.roundtable.model.Paragraph;
import dev.roundtable.model.Quote;
import dev.roundtable.model.Text;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A body written alone is the array a document holds under an answer's {@code body}. */
class BodyAloneTest {
  private static final RoundtableJson COMPACT = RoundtableJson.defaults();
  private static final RoundtableJson PRETTY = RoundtableJson.builder().pretty(true).build();

  @Test
  void aBodyAloneIsWrittenAsTheArrayItsAnswerHolds() {
    Answer answer = MentoringExample.document().questions().get(0).answers().get(0);
    String written = COMPACT.toJson(answer);

    assertThat(written).contains("\"body\":" + COMPACT.toJson(answer.body()));
  }

  @Test
  void everyKindOfBlockIsWrittenInTheFormatsShape() {
    Body body = Body.of(Heading.of(2, "Title"), Paragraph.of("plain"),
        Paragraph.of(new Text("an "), Emphasis.of("idea")), Quote.of("said"),
        ListBlock.of(true, "one", "two"));

    assertThat(COMPACT.toJson(body)).isEqualTo("[{\"type\":\"heading\",\"level\":2,"
        + "\"content\":[\"Title\"]},\"plain\",{\"type\":\"paragraph\",\"content\":[\"an \","
        + "{\"type\":\"emphasis\",\"content\":[\"idea\"]}]},{\"type\":\"quote\",\"content\":"
        + "[\"said\"]},{\"type\":\"list\",\"ordered\":true,\"items\":[[\"one\"],[\"two\"]]}]");
  }

  @Test
  void aPrettyBodyWrittenToAStreamIsItsTextInUtf8() throws IOException {
    Body body = Body.of("Grüße", "two");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PRETTY.write(body, out);

    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(PRETTY.toJson(body))
        .isEqualTo("[\n  \"Grüße\",\n  \"two\"\n]\n");
  }
}
