package dev.roundtable.html;

import dev.roundtable.model.Answer;
import dev.roundtable.model.Body;
import dev.roundtable.model.Question;
import dev.roundtable.model.RelatedLink;
import java.util.List;
import java.util.Objects;

/**
 * Writes Roundtable content as HTML fragments that CMS templates drop into their pages: every
 * fragment is valid flow content inside any {@code <body>}, every text is escaped for its
 * context (see {@link dev.roundtable.text.Context#HTML}), and every URL comes from the model,
 * which allows only {@code http}, {@code https} and (in bodies) {@code mailto}.
 *
 * <p>Immutable and thread-safe: build once from {@link HtmlOptions} and reuse. Each method
 * checks its arguments and returns the {@link Fragment}, which is then written to an
 * {@code OutputStream} (UTF-8) or an {@code Appendable}, or made a {@code String}:
 * {@code html.answer(question, answer).writeTo(out)}.
 */
public final class HtmlExporter {
  private static final HtmlExporter DEFAULTS = new HtmlExporter(HtmlOptions.defaults());

  private final HtmlOptions options;

  private HtmlExporter(HtmlOptions options) {
    this.options = options;
  }

  /** {@return the shared exporter with {@link HtmlOptions#defaults()}} */
  public static HtmlExporter defaults() {
    return DEFAULTS;
  }

  /**
   * An exporter with the given options.
   *
   * @param options the options
   * @return the exporter
   */
  public static HtmlExporter of(HtmlOptions options) {
    return new HtmlExporter(Objects.requireNonNull(options, "options"));
  }

  /** {@return the options this exporter writes with} */
  public HtmlOptions options() {
    return options;
  }

  /**
   * An answer as an {@code <article>}: a {@code <header>} with the headline (at the configured
   * level), the standfirst (the summary, when there is one), the byline and the dates; the
   * image as a {@code <figure>}; the body in {@code <div class="rt-body">}; the topics; and the
   * related links as {@link #related} writes them, but named by their heading and the headline
   * ({@code aria-labelledby}, with ids derived from the answer's id: {@code rt-headline-ID},
   * {@code rt-related-heading-ID}), so that every nav of a page of several answers has a name of
   * its own.
   *
   * @param question the question answered
   * @param answer one of its answers
   * @return the fragment
   * @throws IllegalArgumentException when the answer is not one of the question's
   */
  public Fragment answer(Question question, Answer answer) {
    List<RelatedLink> related = relatedLinksFor(question, answer);
    return new Fragment(options, m -> ArticleWriter.write(question, answer, related, m));
  }

  /**
   * A question with its answers as a {@code <section>}: the question as a heading (linked to its
   * page when it has one), the series, and an ordered list of the answers in publication order,
   * each with its headline (linked), byline, date and excerpt.
   *
   * @param question the question
   * @return the fragment
   */
  public Fragment index(Question question) {
    Objects.requireNonNull(question, "question");
    return new Fragment(options, m -> QuestionWriter.index(question, m));
  }

  /**
   * The intro line of an answer as a {@code <p>}: "Today's answer for: <i>question</i> is
   * written by <i>byline</i>." (the {@link HtmlLabels#intro() intro} label).
   *
   * @param question the question answered
   * @param answer one of its answers
   * @return the fragment
   * @throws IllegalArgumentException when the answer is not one of the question's
   */
  public Fragment intro(Question question, Answer answer) {
    relatedLinksFor(question, answer); // checks that the answer is the question's
    return new Fragment(options, m -> QuestionWriter.intro(question, answer, m));
  }

  /**
   * An answer's related links ({@link Question#relatedLinksFor(Answer, int)}, at most
   * {@link HtmlOptions#maxRelatedLinks()} derived from the other answers) as a
   * {@code <nav aria-label="...">} with a heading ("Read all answers to the <i>series</i>
   * question: <i>question</i>", linked to the question's page) and a list: each title linked,
   * followed by "by" and the byline. Nothing when there is no related link. Named by the
   * heading's words and without ids, it may stand beside the answer's article, whose own nav is
   * named apart.
   *
   * @param question the question answered
   * @param answer one of its answers
   * @return the fragment, empty when there is no related link
   * @throws IllegalArgumentException when the answer is not one of the question's
   */
  public Fragment related(Question question, Answer answer) {
    List<RelatedLink> related = relatedLinksFor(question, answer);
    return new Fragment(options, m -> {
      if (!related.isEmpty()) {
        RelatedLinksWriter.write(question, null, related, m);
      }
    });
  }

  /**
   * A body as a sequence of block elements ({@code <p>}, {@code <h3>}&hellip;,
   * {@code <blockquote>}, {@code <ul>}/{@code <ol>}), one per line, without a wrapper element and
   * without classes: valid inside any flow content, as feeds need it for {@code content:encoded},
   * Atom {@code content type="html"} and JSON Feed {@code content_html}.
   *
   * @param body the body
   * @return the fragment
   */
  public Fragment body(Body body) {
    Objects.requireNonNull(body, "body");
    return new Fragment(options, m -> BodyWriter.write(body, m));
  }

  private List<RelatedLink> relatedLinksFor(Question question, Answer answer) {
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(answer, "answer");
    return question.relatedLinksFor(answer, options.maxRelatedLinks());
  }
}
