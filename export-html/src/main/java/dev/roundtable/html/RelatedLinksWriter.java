package dev.roundtable.html;

import dev.roundtable.model.Contributor;
import dev.roundtable.model.Question;
import dev.roundtable.model.RelatedLink;
import dev.roundtable.model.Series;
import java.io.IOException;
import java.util.List;

/** Writes related links as a {@code <nav>} with a heading and a list. */
final class RelatedLinksWriter {
  private RelatedLinksWriter() {}

  static void write(Question question, List<RelatedLink> links, Markup m) throws IOException {
    Series series = question.series().orElse(null);
    LabelTemplate label = m.options.relatedLinksTemplate(series != null);
    m.start("nav", "related").lang().raw(" aria-label=\"");
    label.write(m, (name, out) -> out.text(
        name.equals(HtmlOptions.SERIES) ? series.name() : question.text()));
    m.raw("\">\n");
    String h = ArticleWriter.heading(m.options.headingLevel() + 1);
    m.start(h, "related-heading").close();
    label.write(m, (name, out) -> {
      if (name.equals(HtmlOptions.SERIES)) {
        linkedText(series.name(), series.url().map(Object::toString).orElse(null), out);
      } else {
        linkedText(question.text(), question.url().map(Object::toString).orElse(null), out);
      }
    });
    m.end(h).raw("\n").start("ul", "related-list").close().raw("\n");
    for (RelatedLink link : links) {
      m.start("li", "related-item").close();
      m.start("a", "related-link").attr("href", link.url().toString()).close().text(link.title())
          .raw("</a>");
      Contributor contributor = link.contributor().orElse(null);
      if (contributor != null) {
        m.raw(" ").start("span", "related-byline").close().text(m.options.labels().by())
            .raw(" ");
        Bylines.byline(contributor, m, false);
        m.raw("</span>");
      }
      m.raw("</li>\n");
    }
    m.raw("</ul>\n</nav>\n");
  }

  /** Writes text, as a link when there is a URL. */
  static void linkedText(String text, String url, Markup m) throws IOException {
    if (url == null) {
      m.text(text);
    } else {
      m.start("a").attr("href", url).close().text(text).raw("</a>");
    }
  }
}
