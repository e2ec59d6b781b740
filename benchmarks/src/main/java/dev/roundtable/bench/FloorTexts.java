package dev.roundtable.bench;

import dev.roundtable.model.Answer;
import dev.roundtable.model.Block;
import dev.roundtable.model.Body;
import dev.roundtable.model.Byline;
import dev.roundtable.model.Code;
import dev.roundtable.model.Contributor;
import dev.roundtable.model.Document;
import dev.roundtable.model.Emphasis;
import dev.roundtable.model.Heading;
import dev.roundtable.model.Image;
import dev.roundtable.model.Inline;
import dev.roundtable.model.Link;
import dev.roundtable.model.ListBlock;
import dev.roundtable.model.Paragraph;
import dev.roundtable.model.Question;
import dev.roundtable.model.Quote;
import dev.roundtable.model.RelatedLink;
import dev.roundtable.model.Series;
import dev.roundtable.model.Strong;
import dev.roundtable.model.Text;
import dev.roundtable.model.Url;
import dev.roundtable.rss.Channel;
import java.util.List;
import java.util.function.Consumer;

/**
 * The texts each output carries, in the order it writes them: what the floor of a pair encodes.
 * Every string of the model that the output shows or links (headlines, names, credentials,
 * summaries, body text and inline code, link targets, topics, image texts, ids where the output
 * writes them), and nothing it adds itself: no markup, no dates, no numbers, no fixed labels.
 * A text the output writes twice (an RSS item's link and guid) is given twice.
 */
final class FloorTexts {
  private FloorTexts() {}

  /** An RSS 2.0 feed's texts ({@link dev.roundtable.rss.RssFeedWriter}). */
  static void rss(Channel channel, List<Answer> answers, Consumer<String> out) {
    out.accept(channel.title());
    out.accept(channel.link().toString());
    out.accept(channel.description());
    out.accept(channel.language());
    channel.generator().ifPresent(out);
    out.accept(channel.selfUrl().toString());
    for (Answer answer : answers) {
      out.accept(answer.headline());
      answer.url().map(Url::toString).ifPresent(out);
      answer.url().map(Url::toString).ifPresent(out);
      out.accept(answer.contributor().name());
      out.accept(answer.standfirst(channel.summaryLength()));
      body(answer.body(), true, out);
      answer.topics().forEach(out);
      answer.image().ifPresent(image -> image(image, out));
    }
  }

  /** An Atom 1.0 feed's texts ({@link dev.roundtable.rss.AtomFeedWriter}). */
  static void atom(Channel channel, List<Answer> answers, Consumer<String> out) {
    out.accept(channel.selfUrl().toString());
    out.accept(channel.title());
    out.accept(channel.description());
    out.accept(channel.selfUrl().toString());
    out.accept(channel.link().toString());
    channel.generator().ifPresent(out);
    for (Answer answer : answers) {
      answer.url().map(Url::toString).ifPresent(out);
      out.accept(answer.headline());
      out.accept(answer.contributor().name());
      answer.contributor().url().map(Url::toString).ifPresent(out);
      answer.url().map(Url::toString).ifPresent(out);
      out.accept(answer.standfirst(channel.summaryLength()));
      body(answer.body(), true, out);
      answer.topics().forEach(out);
    }
  }

  /** A JSON Feed 1.1 document's texts ({@link dev.roundtable.rss.JsonFeedWriter}). */
  static void jsonFeed(Channel channel, List<Answer> answers, Consumer<String> out) {
    out.accept(channel.title());
    out.accept(channel.link().toString());
    out.accept(channel.selfUrl().toString());
    out.accept(channel.description());
    out.accept(channel.language());
    for (Answer answer : answers) {
      answer.url().map(Url::toString).ifPresent(out);
      answer.url().map(Url::toString).ifPresent(out);
      out.accept(answer.headline());
      body(answer.body(), true, out);
      out.accept(answer.standfirst(channel.summaryLength()));
      answer.image().ifPresent(image -> out.accept(image.url().toString()));
      Contributor contributor = answer.contributor();
      out.accept(contributor.name());
      contributor.url().map(Url::toString).ifPresent(out);
      contributor.imageUrl().map(Url::toString).ifPresent(out);
      answer.topics().forEach(out);
    }
  }

  /** An answer page's texts ({@link dev.roundtable.html.HtmlExporter#answer}). */
  static void answerPage(Question question, Answer answer, Consumer<String> out) {
    out.accept(answer.id());
    out.accept(answer.headline());
    standfirst(answer, out);
    byline(answer.contributor(), out);
    answer.image().ifPresent(image -> image(image, out));
    body(answer.body(), true, out);
    answer.topics().forEach(out);
    List<RelatedLink> related = question.relatedLinksFor(answer);
    if (!related.isEmpty()) {
      question.series().ifPresent(series -> {
        out.accept(series.name());
        series.url().map(Url::toString).ifPresent(out);
      });
      out.accept(question.text());
      question.url().map(Url::toString).ifPresent(out);
      for (RelatedLink link : related) {
        out.accept(link.title());
        out.accept(link.url().toString());
        link.contributor().ifPresent(contributor -> byline(contributor, out));
      }
    }
  }

  /** A question index's texts ({@link dev.roundtable.html.HtmlExporter#questionIndex}). */
  static void index(Question question, Consumer<String> out) {
    out.accept(question.text());
    question.url().map(Url::toString).ifPresent(out);
    question.series().ifPresent(series -> {
      out.accept(series.name());
      series.url().map(Url::toString).ifPresent(out);
      series.description().ifPresent(out);
    });
    for (Answer answer : question.answers()) {
      out.accept(answer.headline());
      answer.url().map(Url::toString).ifPresent(out);
      byline(answer.contributor(), out);
      standfirst(answer, out);
    }
  }

  /** A Roundtable JSON document's texts ({@link dev.roundtable.json.RoundtableJson}). */
  static void document(Document document, Consumer<String> out) {
    for (Question question : document.questions()) {
      out.accept(question.id());
      out.accept(question.text());
      question.url().map(Url::toString).ifPresent(out);
      question.series().ifPresent(series -> series(series, out));
      question.topics().forEach(out);
      for (Answer answer : question.answers()) {
        out.accept(answer.id());
        out.accept(answer.headline());
        answer.url().map(Url::toString).ifPresent(out);
        contributor(answer.contributor(), out);
        answer.summary().ifPresent(out);
        answer.image().ifPresent(image -> image(image, out));
        answer.topics().forEach(out);
        body(answer.body(), true, out);
        for (RelatedLink link : answer.relatedLinks()) {
          out.accept(link.title());
          out.accept(link.url().toString());
          link.contributor().ifPresent(contributor -> contributor(contributor, out));
        }
      }
    }
  }

  /**
   * The texts of an answer that an HTML page escapes as text: everything it shows, no link
   * targets and no ids.
   */
  static void escaped(Answer answer, Consumer<String> out) {
    out.accept(answer.headline());
    standfirst(answer, out);
    Byline byline = answer.contributor().byline();
    out.accept(byline.name());
    byline.credentials().ifPresent(out);
    answer.image().ifPresent(image -> {
      out.accept(image.alt());
      image.credit().ifPresent(out);
    });
    body(answer.body(), false, out);
    answer.topics().forEach(out);
  }

  private static void standfirst(Answer answer, Consumer<String> out) {
    String standfirst = answer.standfirst(300);
    if (!standfirst.isEmpty()) {
      out.accept(standfirst);
    }
  }

  private static void byline(Contributor contributor, Consumer<String> out) {
    Byline byline = contributor.byline();
    out.accept(byline.name());
    contributor.url().map(Url::toString).ifPresent(out);
    byline.credentials().ifPresent(out);
  }

  private static void contributor(Contributor contributor, Consumer<String> out) {
    out.accept(contributor.name());
    contributor.role().ifPresent(out);
    contributor.organization().ifPresent(out);
    contributor.affiliation().ifPresent(out);
    contributor.url().map(Url::toString).ifPresent(out);
    contributor.imageUrl().map(Url::toString).ifPresent(out);
  }

  private static void series(Series series, Consumer<String> out) {
    out.accept(series.name());
    series.description().ifPresent(out);
    series.url().map(Url::toString).ifPresent(out);
  }

  private static void image(Image image, Consumer<String> out) {
    out.accept(image.url().toString());
    out.accept(image.alt());
    image.credit().ifPresent(out);
  }

  /** Text, inline code, quotation credits and, when asked, link targets, in document order. */
  private static void body(Body body, boolean hrefs, Consumer<String> out) {
    for (Block block : body.blocks()) {
      if (block instanceof Paragraph p) {
        inlines(p.content(), hrefs, out);
      } else if (block instanceof Heading h) {
        inlines(h.content(), hrefs, out);
      } else if (block instanceof Quote q) {
        inlines(q.content(), hrefs, out);
        q.cite().ifPresent(out);
      } else if (block instanceof ListBlock list) {
        for (List<Inline> item : list.items()) {
          inlines(item, hrefs, out);
        }
      }
    }
  }

  private static void inlines(List<Inline> content, boolean hrefs, Consumer<String> out) {
    for (Inline inline : content) {
      if (inline instanceof Text t) {
        out.accept(t.text());
      } else if (inline instanceof Code c) {
        out.accept(c.text());
      } else if (inline instanceof Emphasis e) {
        inlines(e.content(), hrefs, out);
      } else if (inline instanceof Strong s) {
        inlines(s.content(), hrefs, out);
      } else if (inline instanceof Link l) {
        if (hrefs) {
          out.accept(l.href().toString());
        }
        inlines(l.content(), hrefs, out);
      }
    }
  }
}
