package dev.roundtable.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundtable.model.Answer;
import dev.roundtable.model.MentoringExample;
import dev.roundtable.model.Question;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The article shows a standfirst only when the answer has a written summary, so that no text
 * stands twice on the page; index entries keep their excerpts.
 */
class StandfirstTest {
  private static final HtmlExporter HTML = HtmlExporter.defaults();
  private static final Answer WITHOUT = MentoringExample.featured().toBuilder().summary(null)
      .build();
  private static final Question QUESTION = MentoringExample.question().toBuilder()
      .answers(java.util.List.of(WITHOUT)).build();

  @Test
  void an_article_without_a_summary_does_not_repeat_its_first_paragraph_above_the_body() {
    Element article = Jsoup.parseBodyFragment(HTML.answer(QUESTION, WITHOUT).toString()).body();

    assertThat(article.select(".rt-standfirst")).isEmpty();
    String first = article.selectFirst(".rt-body p").text();
    assertThat(article.text().indexOf(first)).isEqualTo(article.text().lastIndexOf(first));
  }

  @Test
  void an_article_with_a_summary_shows_it_as_its_standfirst() {
    Answer with = WITHOUT.toBuilder().summary("Why the first year of a mentorship is the hardest.")
        .build();
    Question question = QUESTION.toBuilder().answers(java.util.List.of(with)).build();

    assertThat(Jsoup.parseBodyFragment(HTML.answer(question, with).toString())
        .select(".rt-standfirst")
        .text()).isEqualTo("Why the first year of a mentorship is the hardest.");
  }

  @Test
  void the_question_index_still_shows_an_excerpt_of_an_answer_without_a_summary() {
    Element index = Jsoup.parseBodyFragment(HTML.index(QUESTION).toString()).body();

    assertThat(index.select(".rt-excerpt").text()).isNotBlank()
        .isEqualTo(WITHOUT.standfirst(HtmlOptions.defaults().standfirstLength()));
  }
}
