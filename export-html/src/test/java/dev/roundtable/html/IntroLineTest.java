package dev.roundtable.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundtable.model.Answer;
import dev.roundtable.model.Contributor;
import dev.roundtable.model.MentoringExample;
import dev.roundtable.model.Question;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The intro line reads as one sentence whatever its byline ends with. */
class IntroLineTest {
  private static final HtmlExporter HTML = HtmlExporter.defaults();

  private static String introText(Question question, Answer answer) {
    return Jsoup.parseBodyFragment(HTML.intro(question, answer).toString()).text();
  }

  @Test
  void a_byline_that_ends_in_a_full_stop_gets_no_second_one() {
    Question question = MentoringExample.question();
    Answer answer = question.answers().stream()
        .filter(a -> a.byline().text().endsWith("Inc.")).findFirst().orElseThrow();

    assertThat(introText(question, answer)).endsWith("AOL, Inc.").doesNotContain("..");
  }

  @Test
  void a_byline_without_a_full_stop_still_ends_the_sentence_with_one() {
    Question question = MentoringExample.question();

    assertThat(introText(question, MentoringExample.featured())).endsWith("Step Up.");
  }

  @Test
  void the_rule_follows_the_label_so_a_custom_intro_keeps_its_own_punctuation() {
    Question question = MentoringExample.question();
    Answer answer = MentoringExample.featured().toBuilder()
        .contributor(Contributor.of("Ana Ruiz", "Director", "Ruiz & Co.")).build();
    Question withIt = question.toBuilder().answers(java.util.List.of(answer)).build();
    HtmlExporter custom = HtmlExporter.of(HtmlOptions.builder()
        .labels(HtmlLabels.ENGLISH.withIntro("{byline}. Question: {question}")).build());

    assertThat(Jsoup.parseBodyFragment(custom.intro(withIt, answer).toString()).text())
        .isEqualTo("Ana Ruiz, Director of Ruiz & Co. Question: " + question.text());
  }
}
