package dev.roundtable.html;

import dev.roundtable.model.Answer;
import dev.roundtable.model.Question;
import dev.roundtable.model.Series;
import java.io.IOException;

/** Writes a question's index of answers and the intro line of an answer. */
final class QuestionWriter {
  private QuestionWriter() {}

  static void index(Question question, Markup m) throws IOException {
    boolean microdata = m.microdata();
    m.start(Kind.QUESTION_INDEX).lang().close().raw('\n');
    if (m.options.metadata() == HtmlOptions.Metadata.JSON_LD) {
      JsonLdScript.questionPage(question, m);
    }
    m.start(Kind.QUESTION).close();
    RelatedLinksWriter.linkedText(question.text(), question.url().orElse(null), m);
    m.end(Kind.QUESTION).raw('\n');
    Series series = question.series().orElse(null);
    if (series != null) {
      m.start(Kind.SERIES).close();
      RelatedLinksWriter.linkedText(series.name(), series.url().orElse(null), m);
      m.raw("</p>\n");
      if (series.description().isPresent()) {
        m.start(Kind.SERIES_DESCRIPTION).close().text(series.description().get()).raw("</p>\n");
      }
    }
    if (!question.answers().isEmpty()) {
      m.start(Kind.ANSWERS).attr("aria-label", m.options.labels().answers()).close().raw('\n');
      for (Answer answer : question.answers()) {
        item(answer, m, microdata);
      }
      m.raw("</ol>\n");
    }
    m.raw("</section>\n");
  }

  private static void item(Answer answer, Markup m, boolean microdata) throws IOException {
    m.start(Kind.ANSWER_ITEM).itemscope(microdata, ArticleWriter.ARTICLE).close().raw('\n');
    m.start(Kind.ITEM_HEADLINE).itemprop(microdata, "headline").close();
    if (answer.url().isPresent()) {
      m.start("a").attr("href", answer.url().get().toString()).itemprop(microdata, "url").close()
          .text(answer.headline()).raw("</a>");
    } else {
      m.text(answer.headline());
    }
    m.end(Kind.ITEM_HEADLINE).raw('\n');
    Bylines.bylineParagraph(answer.contributor(), m, microdata);
    Bylines.dateline(answer.publishedAt(), answer.updatedAt().orElse(null), m, microdata);
    String excerpt = answer.standfirst(m.options.standfirstLength());
    if (!excerpt.isEmpty()) {
      m.start(Kind.EXCERPT).itemprop(microdata, "description").close().text(excerpt).raw("</p>\n");
    }
    m.raw("</li>\n");
  }

  static void intro(Question question, Answer answer, Markup m) throws IOException {
    m.start(Kind.INTRO).lang().close();
    m.options.introTemplate().write(m, new LabelTemplate.Slot() {
      @Override
      public void write(String name, Markup out) throws IOException {
        if (name.equals(LabelTemplate.QUESTION)) {
          out.start(Kind.INTRO_QUESTION).close();
          RelatedLinksWriter.linkedText(question.text(), question.url().orElse(null), out);
          out.raw("</span>");
        } else {
          out.start(Kind.INTRO_BYLINE).close();
          Bylines.byline(answer.contributor(), out, false);
          out.raw("</span>");
        }
      }

      @Override
      public String value(String name) {
        return name.equals(LabelTemplate.QUESTION) ? question.text() : answer.byline().text();
      }
    });
    m.raw("</p>\n");
  }
}
