package dev.roundtable.html;

import dev.roundtable.model.Answer;
import dev.roundtable.model.Question;
import dev.roundtable.model.Series;
import java.io.IOException;

/** Writes a question's index of answers and the intro line of an answer. */
final class QuestionWriter {
  private static final String ARTICLE = "https://schema.org/Article";

  private QuestionWriter() {}

  static void index(Question question, Markup m) throws IOException {
    boolean microdata = m.microdata();
    String h = ArticleWriter.heading(m.options.headingLevel());
    m.start("section", "question-index").lang().close().raw("\n");
    m.start(h, "question").close();
    RelatedLinksWriter.linkedText(
        question.text(), question.url().map(Object::toString).orElse(null), m);
    m.end(h).raw("\n");
    Series series = question.series().orElse(null);
    if (series != null) {
      m.start("p", "series").close();
      RelatedLinksWriter.linkedText(
          series.name(), series.url().map(Object::toString).orElse(null), m);
      m.raw("</p>\n");
      if (series.description().isPresent()) {
        m.start("p", "series-description").close().text(series.description().get())
            .raw("</p>\n");
      }
    }
    if (!question.answers().isEmpty()) {
      m.start("ol", "answers").attr("aria-label", m.options.labels().answers()).close()
          .raw("\n");
      String answerHeading = ArticleWriter.heading(m.options.headingLevel() + 1);
      for (Answer answer : question.answers()) {
        item(answer, answerHeading, m, microdata);
      }
      m.raw("</ol>\n");
    }
    m.raw("</section>\n");
  }

  private static void item(Answer answer, String h, Markup m, boolean microdata)
      throws IOException {
    m.start("li", "answer-item").itemscope(microdata, ARTICLE).close().raw("\n");
    m.start(h, "headline").itemprop(microdata, "headline").close();
    if (answer.url().isPresent()) {
      m.start("a").attr("href", answer.url().get().toString()).itemprop(microdata, "url").close()
          .text(answer.headline()).raw("</a>");
    } else {
      m.text(answer.headline());
    }
    m.end(h).raw("\n");
    Bylines.bylineParagraph(answer.contributor(), m, microdata);
    Bylines.dateline(answer.publishedAt(), answer.updatedAt().orElse(null), m, microdata);
    String excerpt = answer.standfirst(m.options.standfirstLength());
    if (!excerpt.isEmpty()) {
      m.start("p", "excerpt").itemprop(microdata, "description").close().text(excerpt)
          .raw("</p>\n");
    }
    m.raw("</li>\n");
  }

  static void intro(Question question, Answer answer, Markup m) throws IOException {
    m.start("p", "intro").lang().close();
    m.options.introTemplate().write(m, (name, out) -> {
      if (name.equals(HtmlOptions.QUESTION)) {
        out.start("span", "intro-question").close();
        RelatedLinksWriter.linkedText(
            question.text(), question.url().map(Object::toString).orElse(null), out);
        out.raw("</span>");
      } else {
        out.start("span", "intro-byline").close();
        Bylines.byline(answer.contributor(), out, false);
        out.raw("</span>");
      }
    });
    m.raw("</p>\n");
  }
}
