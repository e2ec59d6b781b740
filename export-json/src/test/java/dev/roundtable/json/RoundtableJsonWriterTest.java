package dev.roundtable.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundtable.model.Answer;
import dev.roundtable.model.Body;
import dev.roundtable.model.Contributor;
import dev.roundtable.model.Document;
import dev.roundtable.model.Emphasis;
import dev.roundtable.model.LineBreak;
import dev.roundtable.model.MentoringExample;
import dev.roundtable.model.Paragraph;
import dev.roundtable.model.Question;
import dev.roundtable.model.Text;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoundtableJsonWriterTest {
  private static final RoundtableJson COMPACT = RoundtableJson.defaults();
  private static final RoundtableJson PRETTY = RoundtableJson.builder().pretty(true).build();

  private static Answer.Builder minimalAnswer() {
    return Answer.builder().id("a").headline("H").publishedAt(Instant.parse("2015-05-07T18:15:00Z"))
        .contributor(Contributor.named("N")).body("B");
  }

  @Test
  void writesTheBundledExampleExactlyAsTheExampleFileInPrettyMode() throws IOException {
    String expected = Files.readString(Path.of("../examples/mentoring.json"));

    assertThat(PRETTY.toJson(MentoringExample.document())).isEqualTo(expected);
  }

  @Test
  void writesTheBundledExampleExactlyAsTheExampleFileAsUtf8Bytes() throws IOException {
    byte[] expected = Files.readAllBytes(Path.of("../examples/mentoring.json"));

    assertThat(PRETTY.toBytes(MentoringExample.document())).isEqualTo(expected);
  }

  @Test
  void writesCompactOutputWithoutWhiteSpaceInFieldOrder() {
    Question q = Question.builder().id("q").text("Why?").answer(minimalAnswer().build()).build();

    assertThat(COMPACT.toJson(Document.of(q))).isEqualTo("{\"format\":\"roundtable/1\","
        + "\"questions\":[{\"id\":\"q\",\"text\":\"Why?\",\"answers\":[{\"id\":\"a\","
        + "\"headline\":\"H\",\"publishedAt\":\"2015-05-07T18:15:00Z\","
        + "\"contributor\":{\"name\":\"N\"},\"body\":[\"B\"]}]}]}");
  }

  @Test
  void omitsAbsentOptionalFieldsInsteadOfWritingNull() {
    String json = COMPACT.toJson(minimalAnswer().build());

    assertThat(json).doesNotContain("null").doesNotContain("url").doesNotContain("topics")
        .doesNotContain("relatedLinks").doesNotContain("updatedAt");
  }

  @Test
  void writesPlainParagraphsAndPlainTextInlinesAsBareStrings() {
    Answer a = minimalAnswer().body(Body.of(Paragraph.of("plain"),
        Paragraph.of(new Text("a "), new Emphasis(List.of(new Text("b"))), LineBreak.INSTANCE)))
        .build();

    assertThat(COMPACT.toJson(a)).contains("\"body\":[\"plain\",{\"type\":\"paragraph\","
        + "\"content\":[\"a \",{\"type\":\"emphasis\",\"content\":[\"b\"]},"
        + "{\"type\":\"break\"}]}]");
  }

  @Test
  void writesTimestampsInUtcWithFractionalSecondsOnlyWhenNotZero() {
    Answer a = minimalAnswer().publishedAt(Instant.parse("2015-05-07T20:15:00+02:00"))
        .updatedAt(Instant.parse("2015-05-07T18:15:00.120Z")).build();

    assertThat(COMPACT.toJson(a))
        .contains("\"publishedAt\":\"2015-05-07T18:15:00Z\"")
        .contains("\"updatedAt\":\"2015-05-07T18:15:00.120Z\"");
  }

  @Test
  void writesTheSameBytesToEveryKindOfTarget() throws IOException {
    Document d = MentoringExample.document();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    StringWriter chars = new StringWriter();
    COMPACT.write(d, bytes);
    COMPACT.write(d, chars);

    assertThat(bytes.toByteArray()).isEqualTo(COMPACT.toBytes(d))
        .isEqualTo(COMPACT.toJson(d).getBytes(StandardCharsets.UTF_8))
        .isEqualTo(chars.toString().getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void writesNonAsciiTextAsUtf8AndEscapesControlCharacters() {
    Answer a = minimalAnswer().headline("é \uD83D\uDE00 \u0001 \" \\ </script>").build();

    assertThat(COMPACT.toJson(a))
        .contains("\"headline\":\"é \uD83D\uDE00 \\u0001 \\\" \\\\ </script>\"");
  }

  @Test
  void neverClosesTheCallersStream() throws IOException {
    boolean[] closed = {false};
    OutputStream out = new ByteArrayOutputStream() {
      @Override
      public void close() {
        closed[0] = true;
      }
    };

    COMPACT.write(MentoringExample.document(), out);

    assertThat(closed[0]).isFalse();
  }

  @Test
  void writesAHundredThousandAnswersToAStreamAsTheyCome() throws IOException {
    Question.Builder q = Question.builder().id("q").text("Why?");
    for (int i = 0; i < 100_000; i++) {
      q.answer(minimalAnswer().id("a" + i).build());
    }
    long[] written = {0};
    OutputStream counter = new OutputStream() {
      @Override
      public void write(int b) {
        written[0]++;
      }

      @Override
      public void write(byte[] b, int off, int len) {
        written[0] += len;
      }
    };

    COMPACT.write(Document.of(q.build()), counter);

    assertThat(written[0]).isGreaterThan(100_000L * 100);
  }
}
