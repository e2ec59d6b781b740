package dev.roundtable.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundtable.model.Answer;
import dev.roundtable.model.MentoringExample;
import dev.roundtable.model.Question;
import dev.roundtable.model.RandomModels;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Nu Html Checker (in-process, offline) reports neither errors nor warnings for any fragment,
 * each rendered inside a minimal HTML5 document: the bundled example, generated models and the
 * XSS corpus, with default and with every non-default option.
 */
class HtmlValidityTest {
  private static final List<HtmlExporter> EXPORTERS = List.of(
      HtmlExporter.defaults(),
      HtmlExporter.of(HtmlOptions.builder().metadata(HtmlOptions.Metadata.MICRODATA)
          .lang("en-GB").target("_blank").rel("noopener noreferrer").headingLevel(1)
          .classPrefix("").build()),
      HtmlExporter.of(HtmlOptions.builder().headingLevel(6).build()),
      HtmlExporter.of(HtmlOptions.builder().metadata(HtmlOptions.Metadata.JSON_LD).build()));

  private static NuHtmlChecker checker;

  @BeforeAll
  static void startChecker() {
    checker = new NuHtmlChecker();
  }

  static Stream<Long> seeds() {
    return RandomModels.seeds(25);
  }

  @Test
  void acceptsTheBundledExample() {
    Question question = MentoringExample.question();
    for (HtmlExporter html : EXPORTERS) {
      for (Answer answer : question.answers()) {
        assertValid(html.answer(question, answer).toString(), "answer " + answer.id());
        assertValid(html.intro(question, answer).toString(), "intro " + answer.id());
      }
      assertValid(html.index(question).toString(), "index");
      assertValid(html.body(MentoringExample.featured().body()).toString(), "body");
    }
  }

  @Test
  void rejectsInvalidMarkupSoTheCheckerIsReallyRunning() {
    assertThat(checker.checkFragment("<p><div>\u0001</div></p><a href=\"x y\">"))
        .anyMatch(p -> p.contains("Forbidden code point"))
        .anyMatch(p -> p.contains("No “p” element in scope"));
  }

  /**
   * Warnings about the text itself, which the model accepts and the exporter passes through
   * unchanged (rewriting a contributor's characters is not an exporter's business): private-use
   * characters, text not in Unicode Normalization Form C, and a run of text that starts with a
   * combining mark. Generated models are full of such text; the example and the XSS corpus have
   * none. An empty heading is not among them: the model requires a heading to show a visible
   * character.
   */
  private static final List<String> CONTENT_WARNINGS = List.of(
      "Document uses the Unicode Private Use Area",
      "is not in Unicode Normalization Form C",
      "Text run is not in Unicode Normalization Form C",
      "Text run starts with a composing character");

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void acceptsGeneratedModels(long seed) {
    Question question = new RandomModels(seed).question("q", 3);
    for (HtmlExporter html : EXPORTERS) {
      StringBuilder page = new StringBuilder(html.index(question).toString());
      for (Answer answer : question.answers()) {
        page.append(html.answer(question, answer)).append(html.intro(question, answer));
      }
      assertThat(checker.checkFragment(page.toString()))
          .as("seed %d:%n%s", seed, page)
          .allMatch(p -> p.startsWith("warning ")
              && CONTENT_WARNINGS.stream().anyMatch(p::contains));
    }
  }

  @Test
  void acceptsTheXssCorpusInEveryField() {
    for (String vector : XssCorpus.vectors()) {
      for (String page : HtmlSafetyTest.renderings(XssCorpus.question(vector))) {
        assertValid(page, "vector " + vector);
      }
    }
  }

  @Test
  void acceptsTheIdsAndLandmarkNamesOfPagesOfAnswersWithHostileIds() {
    LandmarkNamesTest.questions().limit(3).forEach(given -> {
      for (HtmlExporter html : EXPORTERS) {
        StringBuilder page = new StringBuilder(html.index(given.question()).toString());
        for (Answer answer : given.question().answers()) {
          page.append(html.answer(given.question(), answer).toString());
        }
        assertValid(page.toString(), given.name());
      }
    });
  }

  private static void assertValid(String fragment, String what) {
    assertThat(checker.checkFragment(fragment)).as("%s:%n%s", what, fragment).isEmpty();
  }
}
