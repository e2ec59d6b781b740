package dev.roundtable.html;

import dev.roundtable.model.Answer;
import dev.roundtable.model.Body;
import dev.roundtable.model.Question;
import dev.roundtable.model.RelatedLink;
import dev.roundtable.text.Utf8Output;
import java.io.ByteArrayOutputStream;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * Writes Roundtable content as HTML fragments that CMS templates drop into their pages: every
 * fragment is valid flow content inside any {@code <body>}, every text is escaped for its
 * context (see {@link dev.roundtable.text.Context#HTML}), and every URL comes from the model, which allows only
 * {@code http}, {@code https} and (in bodies) {@code mailto}.
 *
 * <p>Immutable and thread-safe: build once from {@link HtmlOptions} and reuse. The
 * {@code write...} methods stream straight to the given {@link Appendable} (a
 * {@link java.io.Writer} is one), flush it when it is {@link Flushable} and never close it; the
 * {@code OutputStream} variants encode UTF-8 as they go, straight into bytes (no {@code Writer}
 * in between), and flush the stream. The methods returning {@code String} throw nothing
 * checked.
 */
public final class HtmlExporter {
  private static final HtmlExporter DEFAULTS = new HtmlExporter(HtmlOptions.defaults());

  private final HtmlOptions options;

  private HtmlExporter(HtmlOptions options) {
    this.options = options;
  }

  /**
   * An exporter with {@link HtmlOptions#defaults()}.
   *
   * @return the shared default exporter
   */
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

  /**
   * The options this exporter writes with.
   *
   * @return the options
   */
  public HtmlOptions options() {
    return options;
  }

  /**
   * Writes an answer as an {@code <article>}: a {@code <header>} with the headline (at the
   * configured level), the standfirst (summary or excerpt), the byline and the dates; the image
   * as a {@code <figure>}; the body in {@code <div class="rt-body">}; the topics; and the related
   * links as {@link #writeRelatedLinks} writes them, but named by their heading and the headline
   * ({@code aria-labelledby}, with ids derived from the answer's id: {@code rt-headline-ID},
   * {@code rt-related-heading-ID}), so that every nav of a page of several answers has a name of
   * its own.
   *
   * @param question the question answered
   * @param answer one of its answers
   * @param out where the HTML goes; flushed, not closed
   * @throws IOException when {@code out} fails
   * @throws IllegalArgumentException when the answer is not one of the question's
   */
  public void writeAnswer(Question question, Answer answer, Appendable out) throws IOException {
    write(answerFragment(question, answer), out);
  }

  /**
   * Writes an answer as UTF-8; see {@link #writeAnswer(Question, Answer, Appendable)}.
   *
   * @param question the question answered
   * @param answer one of its answers
   * @param out where the bytes go; flushed, not closed
   * @throws IOException when {@code out} fails
   * @throws IllegalArgumentException when the answer is not one of the question's
   */
  public void writeAnswer(Question question, Answer answer, OutputStream out) throws IOException {
    write(answerFragment(question, answer), out);
  }

  /**
   * An answer as HTML; see {@link #writeAnswer(Question, Answer, Appendable)}.
   *
   * @param question the question answered
   * @param answer one of its answers
   * @return the HTML
   * @throws IllegalArgumentException when the answer is not one of the question's
   */
  public String answer(Question question, Answer answer) {
    return string(answerFragment(question, answer), 8192);
  }

  /**
   * Writes a question with its answers as a {@code <section>}: the question as a heading (linked
   * to its page when it has one), the series, and an ordered list of the answers in publication
   * order, each with its headline (linked), byline, date and excerpt.
   *
   * @param question the question
   * @param out where the HTML goes; flushed, not closed
   * @throws IOException when {@code out} fails
   */
  public void writeQuestionIndex(Question question, Appendable out) throws IOException {
    write(indexFragment(question), out);
  }

  /**
   * Writes a question's index as UTF-8; see {@link #writeQuestionIndex(Question, Appendable)}.
   *
   * @param question the question
   * @param out where the bytes go; flushed, not closed
   * @throws IOException when {@code out} fails
   */
  public void writeQuestionIndex(Question question, OutputStream out) throws IOException {
    write(indexFragment(question), out);
  }

  /**
   * A question's index as HTML; see {@link #writeQuestionIndex(Question, Appendable)}.
   *
   * @param question the question
   * @return the HTML
   */
  public String questionIndex(Question question) {
    return string(indexFragment(question), 1024 + 800 * question.answers().size());
  }

  /**
   * Writes the intro line of an answer as a {@code <p>}: "Today's answer for: <i>question</i> is
   * written by <i>byline</i>." (the {@link HtmlLabels#intro() intro} label).
   *
   * @param question the question answered
   * @param answer one of its answers
   * @param out where the HTML goes; flushed, not closed
   * @throws IOException when {@code out} fails
   * @throws IllegalArgumentException when the answer is not one of the question's
   */
  public void writeIntro(Question question, Answer answer, Appendable out) throws IOException {
    write(introFragment(question, answer), out);
  }

  /**
   * Writes the intro line as UTF-8; see {@link #writeIntro(Question, Answer, Appendable)}.
   *
   * @param question the question answered
   * @param answer one of its answers
   * @param out where the bytes go; flushed, not closed
   * @throws IOException when {@code out} fails
   * @throws IllegalArgumentException when the answer is not one of the question's
   */
  public void writeIntro(Question question, Answer answer, OutputStream out) throws IOException {
    write(introFragment(question, answer), out);
  }

  /**
   * The intro line as HTML; see {@link #writeIntro(Question, Answer, Appendable)}.
   *
   * @param question the question answered
   * @param answer one of its answers
   * @return the HTML
   * @throws IllegalArgumentException when the answer is not one of the question's
   */
  public String intro(Question question, Answer answer) {
    return string(introFragment(question, answer), 512);
  }

  /**
   * Writes an answer's related links ({@link Question#relatedLinksFor(Answer, int)}, at most
   * {@link HtmlOptions#maxRelatedLinks()} derived from the other answers) as a
   * {@code <nav aria-label="...">} with a heading ("Read all answers to the <i>series</i>
   * question: <i>question</i>", linked to the question's page) and a list: each title linked,
   * followed by "by" and the byline. Writes nothing when there is no related link. Named by the
   * heading's words and without ids, it may stand beside the answer's article, whose own nav is
   * named apart.
   *
   * @param question the question answered
   * @param answer one of its answers
   * @param out where the HTML goes; flushed, not closed
   * @throws IOException when {@code out} fails
   * @throws IllegalArgumentException when the answer is not one of the question's
   */
  public void writeRelatedLinks(Question question, Answer answer, Appendable out)
      throws IOException {
    write(relatedFragment(question, answer), out);
  }

  /**
   * Writes the related links as UTF-8; see
   * {@link #writeRelatedLinks(Question, Answer, Appendable)}.
   *
   * @param question the question answered
   * @param answer one of its answers
   * @param out where the bytes go; flushed, not closed
   * @throws IOException when {@code out} fails
   * @throws IllegalArgumentException when the answer is not one of the question's
   */
  public void writeRelatedLinks(Question question, Answer answer, OutputStream out)
      throws IOException {
    write(relatedFragment(question, answer), out);
  }

  /**
   * The related links as HTML; see {@link #writeRelatedLinks(Question, Answer, Appendable)}.
   *
   * @param question the question answered
   * @param answer one of its answers
   * @return the HTML, empty when there is no related link
   * @throws IllegalArgumentException when the answer is not one of the question's
   */
  public String relatedLinks(Question question, Answer answer) {
    return string(relatedFragment(question, answer), 2048);
  }

  /**
   * Writes a body as a sequence of block elements ({@code <p>}, {@code <h3>}&hellip;,
   * {@code <blockquote>}, {@code <ul>}/{@code <ol>}), one per line, without a wrapper element and
   * without classes: valid inside any flow content, as feeds need it for {@code content:encoded},
   * Atom {@code content type="html"} and JSON Feed {@code content_html}.
   *
   * @param body the body
   * @param out where the HTML goes; flushed, not closed
   * @throws IOException when {@code out} fails
   */
  public void writeBody(Body body, Appendable out) throws IOException {
    write(bodyFragment(body), out);
  }

  /**
   * Writes a body as UTF-8; see {@link #writeBody(Body, Appendable)}.
   *
   * @param body the body
   * @param out where the bytes go; flushed, not closed
   * @throws IOException when {@code out} fails
   */
  public void writeBody(Body body, OutputStream out) throws IOException {
    write(bodyFragment(body), out);
  }

  /**
   * A body as HTML; see {@link #writeBody(Body, Appendable)}.
   *
   * @param body the body
   * @return the HTML
   */
  public String body(Body body) {
    return string(bodyFragment(body), 2048);
  }

  /** A fragment ready to be written: its arguments are checked before any output. */
  @FunctionalInterface
  interface Fragment {
    void write(Markup m) throws IOException;
  }

  private Fragment answerFragment(Question question, Answer answer) {
    List<RelatedLink> related = relatedLinksFor(question, answer);
    return m -> ArticleWriter.write(question, answer, related, m);
  }

  private static Fragment indexFragment(Question question) {
    Objects.requireNonNull(question, "question");
    return m -> QuestionWriter.index(question, m);
  }

  private Fragment introFragment(Question question, Answer answer) {
    relatedLinksFor(question, answer); // checks that the answer is the question's
    return m -> QuestionWriter.intro(question, answer, m);
  }

  private Fragment relatedFragment(Question question, Answer answer) {
    List<RelatedLink> related = relatedLinksFor(question, answer);
    return m -> {
      if (!related.isEmpty()) {
        RelatedLinksWriter.write(question, null, related, m);
      }
    };
  }

  private static Fragment bodyFragment(Body body) {
    Objects.requireNonNull(body, "body");
    return m -> BodyWriter.write(body, m);
  }

  private List<RelatedLink> relatedLinksFor(Question question, Answer answer) {
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(answer, "answer");
    return question.relatedLinksFor(answer, options.maxRelatedLinks());
  }

  private void write(Fragment fragment, Appendable out) throws IOException {
    Utf8Output utf8 = Utf8Output.to(Objects.requireNonNull(out, "out"));
    fragment.write(new Markup(utf8, options));
    utf8.drain();
    if (out instanceof Flushable) {
      ((Flushable) out).flush();
    }
  }

  private void write(Fragment fragment, OutputStream out) throws IOException {
    Utf8Output utf8 = new Utf8Output(Objects.requireNonNull(out, "out"));
    fragment.write(new Markup(utf8, options));
    utf8.drain();
    out.flush();
  }

  private String string(Fragment fragment, int capacity) {
    return render(options, fragment, capacity);
  }

  /** What a fragment writes under the options, as a string. */
  static String render(HtmlOptions options, Fragment fragment, int capacity) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(capacity);
    try {
      Utf8Output utf8 = new Utf8Output(bytes);
      fragment.write(new Markup(utf8, options));
      utf8.drain();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // never: a byte array does not fail
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
