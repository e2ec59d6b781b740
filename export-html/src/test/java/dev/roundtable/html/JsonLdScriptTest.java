package dev.roundtable.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundtable.json.JsonLd;
import dev.roundtable.model.Answer;
import dev.roundtable.model.Question;
import dev.roundtable.model.RandomModels;
import dev.roundtable.model.StructuredData;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON-LD script holds exactly the JSON of {@link JsonLd}, which writes the characters HTML
 * forbids as JSON escapes.
 */
class JsonLdScriptTest {
  private static final HtmlExporter HTML = HtmlExporter.of(
      HtmlOptions.builder().metadata(HtmlOptions.Metadata.JSON_LD).build());

  static Stream<Long> seeds() {
    return RandomModels.seeds(100);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void holdsExactlyTheJsonOfJsonLd(long seed) {
    Question question = new RandomModels(seed).question("q", 2);
    Answer answer = question.answers().get(0);
    String script = Jsoup.parseBodyFragment(HTML.answer(question, answer).toString())
        .selectFirst("script").data();
    String indexScript = Jsoup.parseBodyFragment(HTML.index(question).toString())
        .selectFirst("script").data();

    assertThat(script).as("seed %d", seed)
        .isEqualTo(JsonLd.defaults().answerPage(question, answer));
    assertThat(indexScript).as("seed %d", seed)
        .isEqualTo(JsonLd.defaults().questionPage(question));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void holdsNoCharacterHtmlForbids(long seed) {
    Question question = new RandomModels(seed).question("q", 2);
    String page =
        HTML.answer(question, question.answers().get(0)) + HTML.index(question).toString();

    assertThat(page.chars()).as("seed %d", seed).noneMatch(c -> (c >= 0x7F && c <= 0x9F)
        || (c >= 0xFDD0 && c <= 0xFDEF) || c == 0xFFFE || c == 0xFFFF);
  }

  @Test
  void theScriptReachesThePagesTargetWhileItIsWrittenNotWholeAfterwards() throws IOException {
    ByteArrayOutputStream page = new ByteArrayOutputStream();
    int[] seenWhileWriting = new int[1];
    StructuredData large = new Pieces(() -> seenWhileWriting[0] = page.size(), "{\"a\":\"",
        "x".repeat(1024), 200, "\"}");
    HtmlExporter html = HtmlExporter.of(HtmlOptions.builder()
        .metadata(HtmlOptions.Metadata.JSON_LD).structuredData(large).build());
    Question question = new RandomModels(1).question("q", 2);

    html.index(question).writeTo(page);

    // 200 KiB of JSON-LD: held whole before it is written, none of it reaches the target in time
    assertThat(seenWhileWriting[0]).isGreaterThan(150 * 1024);
    assertThat(page.toString(StandardCharsets.UTF_8)).contains("x".repeat(1024 * 200));
  }

  @Test
  void aSurrogatePairCutBetweenTwoWritesOfTheScriptIsWrittenWhole() {
    StructuredData cut = new Pieces(() -> 0, "[\"a\uD83D", "\uDE00b\"]", 1, "");
    HtmlExporter html = HtmlExporter.of(HtmlOptions.builder()
        .metadata(HtmlOptions.Metadata.JSON_LD).structuredData(cut).build());
    Question question = new RandomModels(2).question("q", 2);

    String script = Jsoup.parseBodyFragment(html.index(question).toString())
        .selectFirst("script").data();

    assertThat(script).isEqualTo("[\"a\uD83D\uDE00b\"]");
  }

  /** JSON-LD written as a start, a piece written n times, and an end, then a check. */
  private static final class Pieces implements StructuredData {
    private final java.util.function.IntSupplier after;
    private final String start;
    private final String piece;
    private final int times;
    private final String end;

    Pieces(java.util.function.IntSupplier after, String start, String piece, int times,
        String end) {
      this.after = after;
      this.start = start;
      this.piece = piece;
      this.times = times;
      this.end = end;
    }

    @Override
    public String mediaType() {
      return "application/ld+json";
    }

    @Override
    public void writeAnswerPage(Question question, Answer answer, Writer out)
        throws IOException {
      writeQuestionPage(question, out);
    }

    @Override
    public void writeQuestionPage(Question question, Writer out) throws IOException {
      out.write(start);
      for (int i = 0; i < times; i++) {
        out.write(piece.toCharArray(), 0, piece.length());
      }
      out.write(end);
      after.getAsInt();
    }
  }
}
