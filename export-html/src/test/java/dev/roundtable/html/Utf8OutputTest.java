package dev.roundtable.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundtable.model.Answer;
import dev.roundtable.model.Body;
import dev.roundtable.model.Question;
import dev.roundtable.model.RandomModels;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Writing to an {@code OutputStream} encodes UTF-8 straight from the model, with no
 * {@code Writer} in between: it must give exactly the UTF-8 of what the {@code String} methods
 * give, for every fragment, every option set and generated hostile text.
 */
class Utf8OutputTest {
  private static final List<HtmlOptions> OPTIONS = List.of(
      HtmlOptions.defaults(),
      HtmlOptions.builder().metadata(HtmlOptions.Metadata.MICRODATA).lang("de")
          .locale(Locale.GERMANY).datePattern("d. MMMM yyyy, HH:mm").build(),
      HtmlOptions.builder().metadata(HtmlOptions.Metadata.JSON_LD).classPrefix("")
          .labels(HtmlLabels.ENGLISH.withBy("von 😀 «").withIntro("{byline} — «{question}» \u0001")
              .withRelatedLinks("Réponses de {series} à «{question}»", "Réponses 😀 {question}"))
          .build(),
      HtmlOptions.builder().xmlCompatible(true).metadata(HtmlOptions.Metadata.MICRODATA).build());

  static Stream<Long> seeds() {
    return RandomModels.seeds(100);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void writesEveryFragmentToAStreamAsTheUtf8OfItsString(long seed) throws IOException {
    RandomModels random = new RandomModels(seed);
    Question question = random.question("q", 1 + random.random().nextInt(4));
    Answer answer = question.answers().get(random.random().nextInt(question.answers().size()));
    for (HtmlOptions options : OPTIONS) {
      HtmlExporter html = HtmlExporter.of(options);
      String why = "seed " + seed + ", options " + OPTIONS.indexOf(options);

      ByteArrayOutputStream out = new ByteArrayOutputStream();
      html.answer(question, answer).writeTo(out);
      assertThat(out.toString(StandardCharsets.UTF_8)).as(why + ", answer")
          .isEqualTo(html.answer(question, answer).toString());

      out.reset();
      html.index(question).writeTo(out);
      assertThat(out.toString(StandardCharsets.UTF_8)).as(why + ", index")
          .isEqualTo(html.index(question).toString());

      out.reset();
      html.intro(question, answer).writeTo(out);
      assertThat(out.toString(StandardCharsets.UTF_8)).as(why + ", intro")
          .isEqualTo(html.intro(question, answer).toString());

      out.reset();
      html.related(question, answer).writeTo(out);
      assertThat(out.toString(StandardCharsets.UTF_8)).as(why + ", related links")
          .isEqualTo(html.related(question, answer).toString());

      out.reset();
      html.body(answer.body()).writeTo(out);
      assertThat(out.toString(StandardCharsets.UTF_8)).as(why + ", body")
          .isEqualTo(html.body(answer.body()).toString());
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void xmlCompatibleBodiesHoldOnlyWhatXmlCarriesInEveryForm(long seed) throws IOException {
    RandomModels random = new RandomModels(seed);
    HtmlExporter html = HtmlExporter.of(HtmlOptions.builder().xmlCompatible(true).build());
    Body body = random.body();
    String text = html.body(body).toString();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    html.body(body).writeTo(bytes);
    StringBuilder appended = new StringBuilder();
    html.body(body).writeTo(appended);

    String why = "seed " + seed;
    assertThat(bytes.toString(StandardCharsets.UTF_8)).as(why).isEqualTo(text);
    assertThat(appended.toString()).as(why).isEqualTo(text);
    assertThat(text).as(why).doesNotContain("]]>", "\r", "\uFFFD");
    text.codePoints().forEach(cp -> assertThat(carriedByXml(cp))
        .as("%s: U+%04X", why, cp).isTrue());
  }

  @Test
  void dropsForbiddenCharactersAndReplacementCharactersWhenXmlCompatible() {
    Body body = Body.of("a\u0001b\u007Fc\u0085d\uFDD0ef\uFFFDg\uD83F\uDFFFh\fi\r\nj");
    assertThat(HtmlExporter.defaults().body(body).toString())
        .isEqualTo("<p>a\uFFFDb\uFFFDc\uFFFDd\uFFFDef\uFFFDg\uFFFDh i\nj</p>\n");
    assertThat(
        HtmlExporter.of(HtmlOptions.builder().xmlCompatible(true).build()).body(body).toString())
        .isEqualTo("<p>abcdefgh i\nj</p>\n");
  }

  @Test
  void isNotXmlCompatibleByDefault() {
    assertThat(HtmlOptions.defaults().xmlCompatible()).isFalse();
    assertThat(HtmlOptions.builder().xmlCompatible(true).build().toBuilder().build()
        .xmlCompatible()).isTrue();
  }

  /** What XML 1.0 carries without the W3C validator's warnings, and not U+FFFD. */
  private static boolean carriedByXml(int cp) {
    if (cp < 0x20) {
      return cp == '\t' || cp == '\n';
    }
    return !(cp >= 0x7F && cp <= 0x9F) && !(cp >= 0xD800 && cp <= 0xDFFF)
        && !(cp >= 0xFDD0 && cp <= 0xFDEF) && (cp & 0xFFFE) != 0xFFFE && cp != 0xFFFD;
  }
}
