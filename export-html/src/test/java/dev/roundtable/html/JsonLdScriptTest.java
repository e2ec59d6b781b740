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
 * The JSON-LD script holds exactly the JSON of {@link JsonLd}, with only the characters HTML
 * forbids written as JSON escapes.
 */
class JsonLdScriptTest {
  private static final HtmlExporter HTML = HtmlExporter.of(
      HtmlOptions.builder().metadata(HtmlOptions.Metadata.JSON_LD).build());

  static Stream<Long> seeds() {
    return RandomModels.seeds(100);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void holdsTheJsonOfJsonLdWithForbiddenCharactersEscaped(long seed) {
    Question question = new RandomModels(seed).question("q", 2);
    Answer answer = question.answers().get(0);
    String script = Jsoup.parseBodyFragment(HTML.answer(question, answer))
        .selectFirst("script").data();
    assertThat(decodeForbidden(script)).as("seed %d", seed)
        .isEqualTo(JsonLd.defaults().answerPage(question, answer));
    String indexScript = Jsoup.parseBodyFragment(HTML.questionIndex(question))
        .selectFirst("script").data();
    assertThat(decodeForbidden(indexScript)).as("seed %d", seed)
        .isEqualTo(JsonLd.defaults().questionPage(question));
  }

  /** Turns back the escapes of characters HTML forbids; every other escape stays as it is. */
  private static String decodeForbidden(String json) {
    StringBuilder out = new StringBuilder(json.length());
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (c != '\\' || i + 1 >= json.length()) {
        out.append(c);
        continue;
      }
      char next = json.charAt(i + 1);
      if (next == 'u' && i + 5 < json.length()) {
        char decoded = (char) Integer.parseInt(json.substring(i + 2, i + 6), 16);
        boolean forbidden = (decoded >= 0x7F && decoded <= 0x9F)
            || (decoded >= 0xFDD0 && decoded <= 0xFDEF) || decoded >= 0xFFFE
            || Character.isSurrogate(decoded);
        if (forbidden) {
          out.append(decoded);
          i += 5;
          continue;
        }
      }
      out.append(c).append(next);
      i++;
    }
    return out.toString();
  }
}
