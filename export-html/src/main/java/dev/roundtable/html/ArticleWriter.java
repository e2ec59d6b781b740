package dev.roundtable.html;

import dev.roundtable.model.Answer;
import dev.roundtable.model.Image;
import dev.roundtable.model.Question;
import dev.roundtable.model.RelatedLink;
import java.io.IOException;
import java.util.List;

/** Writes an answer as an {@code <article>}. */
final class ArticleWriter {
  static final String ARTICLE = "https://schema.org/Article";

  private ArticleWriter() {}

  static void write(Question question, Answer answer, List<RelatedLink> related, Markup m)
      throws IOException {
    boolean microdata = m.microdata();
    m.start(Kind.ANSWER).lang().itemscope(microdata, ARTICLE).close().raw('\n');
    if (m.options.metadata() == HtmlOptions.Metadata.JSON_LD) {
      JsonLdScript.answerPage(question, answer, m);
    }
    if (microdata && answer.url().isPresent()) {
      m.start("link").rawAttr("itemprop", "url").attr("href", answer.url().get().toString())
          .close().raw('\n');
    }
    header(answer, m, microdata);
    Image image = answer.image().orElse(null);
    if (image != null) {
      figure(image, m, microdata);
    }
    m.start(Kind.BODY).itemprop(microdata, "articleBody").close().raw('\n');
    BodyWriter.write(answer.body(), m);
    m.raw("</div>\n");
    if (!answer.topics().isEmpty()) {
      topics(answer.topics(), m, microdata);
    }
    if (!related.isEmpty()) {
      RelatedLinksWriter.write(question, answer, related, m);
    }
    m.raw("</article>\n");
  }

  private static void header(Answer answer, Markup m, boolean microdata) throws IOException {
    m.start(Kind.HEADER).close().raw('\n');
    m.start(Kind.HEADLINE);
    AnswerIds.attr("id", AnswerIds.HEADLINE, answer.id(), m);
    m.itemprop(microdata, "headline").close().text(answer.headline()).end(Kind.HEADLINE)
        .raw('\n');
    // Only a written summary stands above the body: an excerpt would repeat the body's first
    // paragraph right below it. (Index entries, cards and feeds still show excerpts.)
    if (answer.summary().isPresent()) {
      String standfirst = answer.standfirst(m.options.standfirstLength());
      m.start(Kind.STANDFIRST).itemprop(microdata, "description").close().text(standfirst)
          .raw("</p>\n");
    }
    Bylines.bylineParagraph(answer.contributor(), m, microdata);
    Bylines.dateline(answer.publishedAt(), answer.updatedAt().orElse(null), m, microdata);
    m.raw("</header>\n");
  }

  private static void figure(Image image, Markup m, boolean microdata) throws IOException {
    m.start(Kind.FIGURE).close();
    m.start(Kind.IMAGE).attr("src", image.url().toString()).attr("alt", image.alt());
    if (image.width().isPresent()) {
      m.rawAttr("width", Integer.toString(image.width().getAsInt()));
    }
    if (image.height().isPresent()) {
      m.rawAttr("height", Integer.toString(image.height().getAsInt()));
    }
    m.itemprop(microdata, "image").close();
    if (image.credit().isPresent()) {
      m.start(Kind.CREDIT).close().text(image.credit().get()).raw("</figcaption>");
    }
    m.raw("</figure>\n");
  }

  private static void topics(List<String> topics, Markup m, boolean microdata) throws IOException {
    m.start(Kind.TOPICS).attr("aria-label", m.options.labels().topics()).close();
    for (String topic : topics) {
      m.start(Kind.TOPIC).itemprop(microdata, "keywords").close().text(topic).raw("</li>");
    }
    m.raw("</ul>\n");
  }
}
