package dev.roundtable.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.roundtable.model.Answer;
import dev.roundtable.model.MentoringExample;
import dev.roundtable.model.Question;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The HTML of a question is linear in its answers: every fragment of every answer of a question
 * with 100,000 answers takes as many bytes per answer as with 1,000, because each answer's
 * derived related links are capped (the "Read all answers" heading links to the rest).
 */
class LinearOutputTest {
  /** The featured answer with a one-paragraph body, so the related links weigh the most. */
  private static final Answer TEMPLATE = MentoringExample.featured().toBuilder()
      .body("A short answer, so that the related links are most of each article.").image(null)
      .build();

  /** A question with {@code n} answers, each with its own id and URL. */
  static Question question(int n) {
    List<Answer> answers = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      answers.add(TEMPLATE.toBuilder().id("answer-" + i)
          .url(MentoringExample.BASE + "answers/" + i).build());
    }
    return MentoringExample.question().toBuilder().answers(answers).build();
  }

  /** Counts the bytes written and fails once they pass a budget, so a blow-up ends early. */
  private static final class Budget extends OutputStream {
    private final long max;
    private long count;

    Budget(long max) {
      this.max = max;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      count += len;
      if (count > max) {
        throw new IOException("more than " + max + " bytes");
      }
    }
  }

  /** The bytes per answer of the index and every answer's intro and article. */
  private static long bytesPerAnswer(HtmlExporter html, Question question, long budget)
      throws IOException {
    Budget out = new Budget(budget);
    html.index(question).writeTo(out);
    for (Answer answer : question.answers()) {
      html.intro(question, answer).writeTo(out);
      html.answer(question, answer).writeTo(out);
    }
    return out.count / question.answers().size();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(names = {"NONE", "JSON_LD"}) // microdata adds attributes, not links
  void writesAsManyBytesPerAnswerFor100000AnswersAsFor1000(HtmlOptions.Metadata metadata)
      throws IOException {
    HtmlExporter html = HtmlExporter.of(HtmlOptions.builder().metadata(metadata).build());
    long thousand = bytesPerAnswer(html, question(1_000), Long.MAX_VALUE);
    Question large = question(100_000);

    long hundredThousand = assertTimeoutPreemptively(Duration.ofSeconds(60),
        () -> bytesPerAnswer(html, large, 2 * thousand * 100_000));

    assertThat((double) hundredThousand / thousand).as("%d vs %d bytes per answer",
        hundredThousand, thousand).isBetween(0.95, 1.05);
  }

  @Test
  void listsTwelveNeighboursAndLinksTheHeadingToTheQuestion() {
    Question question = question(1_000);
    Answer middle = question.answers().get(500);

    Element nav = Jsoup.parseBodyFragment(
        HtmlExporter.defaults().answer(question, middle).toString()).selectFirst("nav.rt-related");

    assertThat(nav.select("a.rt-related-link").eachAttr("href")).hasSize(12)
        .first().isEqualTo(MentoringExample.BASE + "answers/494");
    assertThat(nav.select("h3.rt-related-heading a").eachAttr("href"))
        .contains(question.url().orElseThrow().toString());
  }

  @Test
  void capsTheRelatedLinksAtTheOption() {
    Question question = question(100);
    Answer first = question.answers().get(0);
    HtmlExporter three = HtmlExporter.of(HtmlOptions.builder().maxRelatedLinks(3).build());
    HtmlExporter none = HtmlExporter.of(HtmlOptions.builder().maxRelatedLinks(0).build());

    assertThat(Jsoup.parseBodyFragment(three.related(question, first).toString())
        .select("a.rt-related-link").eachAttr("href"))
        .containsExactly(MentoringExample.BASE + "answers/1", MentoringExample.BASE + "answers/2",
            MentoringExample.BASE + "answers/3");
    assertThat(none.related(question, first).toString()).isEmpty();
    assertThat(Jsoup.parseBodyFragment(none.answer(question, first).toString()).select("nav"))
        .isEmpty();
  }
}
