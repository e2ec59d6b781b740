package dev.roundtable.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundtable.json.JsonLd;
import dev.roundtable.model.Answer;
import dev.roundtable.model.Question;
import dev.roundtable.model.RandomModels;
import java.util.stream.Stream;
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
}
