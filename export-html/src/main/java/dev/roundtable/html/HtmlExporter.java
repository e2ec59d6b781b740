package dev.roundtable.html;

import dev.roundtable.model.Answer;
import dev.roundtable.model.Body;
import dev.roundtable.model.Question;
import dev.roundtable.model.RelatedLink;
import java.util.List;
import java.util.Objects;

/**
 * Writes Roundtable content as HTML fragments that CMS templates drop into their pages: every
 * fragment is valid flow content inside any {@code <body>} (the heads of {@link #head(Question)}
 * are metadata content for the page's {@code <head>}), every text is escaped for its
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

  /**
   * What the {@code <head>} of an answer's page holds, after the host's
   * {@code <meta charset="utf-8">}, one element a line:
   *
   * <ul>
   *   <li>{@code <title>}: the headline, then " · " and the series' name when there is a
   *       series;</li>
   *   <li>{@code <meta name="description">}: the standfirst ({@link Answer#standfirst}: the
   *       summary, else an excerpt of the body, at most {@link HtmlOptions#standfirstLength()}
   *       code points);</li>
   *   <li>{@code <link rel="canonical">}: the answer's URL;</li>
   *   <li>Open Graph, {@code <meta property="..." content="...">}: {@code og:type}
   *       ({@code article}), {@code og:title} (the headline), {@code og:description},
   *       {@code og:url}, {@code og:image} (the image's 16:9 crop,
   *       {@link dev.roundtable.model.AspectRatio#WIDE}, when it has one, else the image) with
   *       {@code og:image:alt} (when the image has a text alternative),
   *       {@code og:image:width} and {@code og:image:height}, {@code og:site_name} (the
   *       publisher's name, else the series'), {@code article:published_time},
   *       {@code article:modified_time} (when the answer was updated after it was published;
   *       both RFC 3339 in UTC, as the JSON format writes them), {@code article:author} (the
   *       contributor's profile page), {@code article:section} (the series' name) and one
   *       {@code article:tag} per topic;</li>
   *   <li>Twitter, {@code <meta name="..." content="...">}: {@code twitter:card}
   *       ({@code summary_large_image} with an image, else {@code summary}),
   *       {@code twitter:title}, {@code twitter:description}, {@code twitter:image} and
   *       {@code twitter:image:alt};</li>
   *   <li>{@code <meta name="fediverse:creator" content="@user@host">} when the contributor has
   *       a fediverse handle;</li>
   *   <li>a {@code <link rel="alternate">} for each of the options' {@link HtmlOptions#feeds()
   *       feeds};</li>
   *   <li>the JSON-LD script of the answer's page when the options have
   *       {@link HtmlOptions#structuredData() structured data}, as {@link #answer} writes it.
   *       The answer's article then repeats it: write the article with an exporter whose
   *       options are the same but for {@code metadata(Metadata.NONE)}
   *       ({@code options.toBuilder().metadata(HtmlOptions.Metadata.NONE).build()}).</li>
   * </ul>
   *
   * <p>A tag whose value is absent (no series, no URL, no image, an image without a text
   * alternative or a size, no update, no topic) is left out, never written empty. Every value is
   * escaped for its double-quoted attribute. Void elements are written in the HTML syntax
   * ({@code <meta ...>}), with {@link HtmlOptions#xmlCompatible()} as without it, as
   * {@code <img>} and {@code <br>} are in the other fragments.
   *
   * @param question the question answered
   * @param answer one of its answers
   * @return the fragment
   * @throws IllegalArgumentException when the answer is not one of the question's
   */
  public Fragment head(Question question, Answer answer) {
    relatedLinksFor(question, answer); // checks that the answer is the question's
    return new Fragment(options, m -> HeadWriter.answerPage(question, answer, m));
  }

  /**
   * What the {@code <head>} of a question's page (the page of {@link #index}) holds: the tags
   * of {@link #head(Question, Answer)}, said of the question. The title and {@code og:title}
   * are the question's text, and so is the description (the series' description would be the
   * same on every page of the series); {@code og:url} and the canonical link the question's
   * URL; no image ({@code twitter:card} is {@code summary}); {@code article:published_time}
   * when the question was asked (else when its first answer was published),
   * {@code article:modified_time} when its newest answer last changed, if that was later; one
   * {@code article:author} per contributor with a profile page and one
   * {@code fediverse:creator} per contributor with a handle, each once, in publication order;
   * one {@code article:tag} per topic of the question; and the JSON-LD script of the question's
   * page when the options have structured data (write the index without it as above).
   *
   * @param question the question
   * @return the fragment
   */
  public Fragment head(Question question) {
    Objects.requireNonNull(question, "question");
    return new Fragment(options, m -> HeadWriter.questionPage(question, m));
  }

  /**
   * The options' {@link HtmlOptions#feeds() feeds} alone, a
   * {@code <link rel="alternate" type="..." title="..." href="...">} each, for the head of a
   * page that is not one question's (a front page, a list of questions). Nothing when there are
   * no feeds. The heads of {@link #head(Question)} include them.
   *
   * @return the fragment
   */
  public Fragment feedLinks() {
    return new Fragment(options, HeadWriter::feedLinks);
  }

  private List<RelatedLink> relatedLinksFor(Question question, Answer answer) {
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(answer, "answer");
    return question.relatedLinksFor(answer, options.maxRelatedLinks());
  }
}
