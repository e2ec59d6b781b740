package dev.roundtable.html;

import dev.roundtable.model.Answer;
import dev.roundtable.model.Contributor;
import dev.roundtable.model.Question;
import dev.roundtable.model.RelatedLink;
import dev.roundtable.model.Series;
import dev.roundtable.model.Url;
import java.io.IOException;
import java.util.List;

/**
 * Writes related links as a {@code <nav>} with a heading and a list. Inside an answer's article
 * the nav is named by its heading and the article's headline ({@code aria-labelledby}, ids from
 * {@link AnswerIds}), so that the navs of a page showing several answers have names of their
 * own; on its own it is named by the heading's words ({@code aria-label}) and writes no id.
 */
final class RelatedLinksWriter {
  private RelatedLinksWriter() {}

  /**
   * Writes the nav.
   *
   * @param article the answer whose article holds the nav, or {@code null} for the fragment
   *     on its own
   */
  static void write(Question question, Answer article, List<RelatedLink> links, Markup m)
      throws IOException {
    Series series = question.series().orElse(null);
    LabelTemplate label = m.options.relatedLinksTemplate(series != null);
    m.start(Kind.RELATED).lang();
    if (article != null) {
      m.raw(" aria-labelledby=\"");
      AnswerIds.write(AnswerIds.RELATED_HEADING, article.id(), m).raw(' ');
      AnswerIds.write(AnswerIds.HEADLINE, article.id(), m).raw("\">\n");
      m.start(Kind.RELATED_HEADING);
      AnswerIds.attr("id", AnswerIds.RELATED_HEADING, article.id(), m).close();
    } else {
      m.raw(" aria-label=\"");
      label.write(m, (name, out) -> out.text(
          name.equals(LabelTemplate.SERIES) ? series.name() : question.text()));
      m.raw("\">\n");
      m.start(Kind.RELATED_HEADING).close();
    }
    label.write(m, (name, out) -> {
      if (name.equals(LabelTemplate.SERIES)) {
        linkedText(series.name(), series.url().orElse(null), out);
      } else {
        linkedText(question.text(), question.url().orElse(null), out);
      }
    });
    m.end(Kind.RELATED_HEADING).raw('\n').start(Kind.RELATED_LIST).close().raw('\n');
    for (RelatedLink link : links) {
      m.start(Kind.RELATED_ITEM).close();
      m.start(Kind.RELATED_LINK).attr("href", link.url().toString()).close().text(link.title())
          .raw("</a>");
      Contributor contributor = link.contributor().orElse(null);
      if (contributor != null) {
        m.raw(' ').start(Kind.RELATED_BYLINE).close().text(m.options.labels().by()).raw(' ');
        Bylines.byline(contributor, m, false);
        m.raw("</span>");
      }
      m.raw("</li>\n");
    }
    m.raw("</ul>\n</nav>\n");
  }

  /** Writes text, as a link when there is a URL. */
  static void linkedText(String text, Url url, Markup m) throws IOException {
    if (url == null) {
      m.text(text);
    } else {
      m.start("a").attr("href", url.toString()).close().text(text).raw("</a>");
    }
  }
}
