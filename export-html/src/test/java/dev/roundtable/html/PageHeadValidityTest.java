package dev.roundtable.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundtable.json.JsonLd;
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
 * The Nu Html Checker (in-process, offline) reports neither errors nor warnings for the heads of
 * answer pages and question pages inside a minimal document, in the HTML syntax and with
 * {@code xmlCompatible}, with every tag present (the rich model, feeds and JSON-LD) and with
 * few (the minimal model).
 */
class PageHeadValidityTest {
  private static final List<FeedLink> FEEDS = List.of(
      new FeedLink(FeedLink.RSS, "RSS 2.0", "rss.xml"),
      new FeedLink(FeedLink.ATOM, "Atom 1.0", "https://example.com/atom.xml"),
      new FeedLink(FeedLink.JSON_FEED, "", "feeds/feed.json?page=1"));
  private static final List<HtmlExporter> EXPORTERS = List.of(
      HtmlExporter.defaults(),
      HtmlExporter.of(HtmlOptions.builder().structuredData(JsonLd.defaults()).feeds(FEEDS)
          .build()),
      HtmlExporter.of(HtmlOptions.builder().structuredData(JsonLd.defaults()).feeds(FEEDS)
          .xmlCompatible(true).build()));

  private static NuHtmlChecker checker;

  @BeforeAll
  static void startChecker() {
    checker = new NuHtmlChecker();
  }

  /** The page around a head, exactly as a host writes it. */
  static String page(Fragment head) {
    return "<!DOCTYPE html><html lang=en><head><meta charset=utf-8>" + head
        + "</head><body><p>x</body></html>";
  }

  static Stream<Question> questions() {
    return Stream.of(PageHeads.rich(), PageHeads.minimal(), MentoringExample.question());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("questions")
  void theHeadOfEveryAnswerPageHasNoErrorOrWarning(Question question) {
    for (HtmlExporter html : EXPORTERS) {
      for (Answer answer : question.answers()) {
        String page = page(html.head(question, answer));
        assertThat(checker.checkDocument(page)).as(page).isEmpty();
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("questions")
  void theHeadOfTheQuestionPageHasNoErrorOrWarning(Question question) {
    for (HtmlExporter html : EXPORTERS) {
      String page = page(html.head(question));
      assertThat(checker.checkDocument(page)).as(page).isEmpty();
    }
  }

  @Test
  void theCheckerSeesTheHeadSoAnEmptyContentWouldBeReported() {
    assertThat(checker.checkDocument(
        "<!DOCTYPE html><html lang=en><head><meta charset=utf-8><title>t</title>"
            + "<meta name=\"description\"><link rel=\"alternate\" type=\"a b\" href=\"x y\">"
            + "</head><body><p>x</body></html>"))
        .anyMatch(p -> p.contains("content")).anyMatch(p -> p.contains("href"));
  }

  /** Generated text: only the warnings about the text itself, as for the other fragments. */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("dev.roundtable.html.HtmlValidityTest#seeds")
  void theHeadsOfGeneratedModelsHaveNoError(long seed) {
    Question question = new RandomModels(seed).question("q", 3);
    for (HtmlExporter html : EXPORTERS) {
      for (Fragment head : List.of(html.head(question), html.head(question,
          question.answers().get(0)))) {
        String page = page(head);
        assertThat(checker.checkDocument(page)).as(page).allMatch(p -> p.startsWith("warning"));
      }
    }
  }
}
