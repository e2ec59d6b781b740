package dev.roundtable.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.StreamWriteFeature;
import dev.roundtable.json.internal.JsonOutput;
import dev.roundtable.json.internal.SchemaOrgWriter;
import dev.roundtable.json.internal.ScriptSafeEscapes;
import dev.roundtable.model.Answer;
import dev.roundtable.model.Contributor;
import dev.roundtable.model.Question;
import dev.roundtable.model.StructuredData;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Objects;

/**
 * Writes schema.org JSON-LD for search engines, ready for an HTML
 * {@code <script type="application/ld+json">} element: {@code <}, {@code >}, {@code &}, U+2028
 * and U+2029 are written as {@code \u003c}, {@code \u003e}, {@code \u0026}, {@code \u2028} and
 * {@code \u2029}, so no text can close the script.
 *
 * <p>Each page is one linked graph, {@code {"@context":"https://schema.org","@graph":[...]}}: its
 * nodes refer to one another by {@code @id}, and each node is defined once.
 *
 * <ul>
 *   <li>{@link #answerPage} describes an answer's page: the {@code WebPage} (url, name,
 *       breadcrumb, primaryImageOfPage, dates, isPartOf the series); the article, a
 *       {@code NewsArticle} (or an {@code Article}, see {@link Builder#articleType}) whose
 *       mainEntityOfPage is the page, with headline, description, url, datePublished and
 *       dateModified (RFC 3339, with the offset {@code Z}), author the {@code Person}, publisher
 *       the {@code Organization}, image a list of {@code ImageObject}s (the picture and each of
 *       its 16x9, 4x3 and 1x1 crops, with their sizes), isPartOf the series, about the
 *       {@code Question}, keywords, and relatedLink the other answers' pages; the author's
 *       {@code Person} (name alone, never merged with role or organization; jobTitle, worksFor,
 *       description, url, sameAs, image the portrait); the series' publisher's
 *       {@code Organization} (name, url, logo); the {@code CreativeWorkSeries}; and the
 *       {@code BreadcrumbList}: series, question, answer, each {@code ListItem} with its position
 *       from 1, its name and, where it has a URL, that URL as its item.
 *   <li>{@link #questionPage} describes the page that lists a question's answers: a
 *       {@code CollectionPage} whose mainEntity is the {@code Question} (name, text,
 *       answerCount, dateCreated, and each answer as a suggestedAnswer with text, url, dates and
 *       author), one {@code Person} per contributor however many answers they wrote, the
 *       {@code Organization}, the series and the {@code BreadcrumbList} (series, question).
 *   <li>{@link #profilePage} describes a contributor's profile page: a {@code ProfilePage} whose
 *       mainEntity is the {@code Person} (name, url, sameAs, image), with dateCreated and
 *       dateModified from the answers and the answers as its parts (headline, url).
 * </ul>
 *
 * <p>The {@code @id}s: the page is its URL; what lives on the page is a fragment of it
 * ({@code <page>#article}, {@code #breadcrumb}, {@code #primaryimage}); what has a URL of its own
 * is that URL with a fragment for its kind ({@code <profile>#person},
 * {@code <publisher>#organization}, {@code <series>#series}, {@code <question>#question}); a
 * contributor without a URL is {@code <page>#author-<name in ASCII>}, and a publisher or series
 * without one {@code <page>#organization} or {@code <page>#series}. When the page has no URL
 * (an answer without one, say), the page is {@code #webpage} and those ids are relative
 * fragments ({@code #article}, {@code #breadcrumb}): JSON-LD processors resolve them against
 * the address of the document the script is in.
 *
 * <p>Why not {@code QAPage}? Google's structured-data rules allow {@code QAPage} only on pages
 * where users can submit answers to the question (forums, support communities). A panel's
 * answers are written by invited contributors, so by default the question page is a
 * {@code CollectionPage}; a site that does let its readers answer sets
 * {@link Builder#acceptsUserAnswers(boolean)} and gets {@code QAPage}.
 *
 * <p>The same model gives the same bytes. Instances are immutable and thread-safe.
 */
public final class JsonLd implements StructuredData {
  /** The media type of JSON-LD. */
  public static final String MEDIA_TYPE = "application/ld+json";

  private static final JsonLd DEFAULTS = builder().build();

  private final SchemaOrgWriter writer;
  private final JsonOutput out;
  private final boolean qaPages;

  private JsonLd(Builder b) {
    this.writer = new SchemaOrgWriter(b.articleType.schemaOrgName(), b.acceptsUserAnswers);
    this.qaPages = b.acceptsUserAnswers;
    JsonFactory factory = new JsonFactoryBuilder()
        .characterEscapes(new ScriptSafeEscapes())
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        .build();
    this.out = new JsonOutput(factory, b.pretty);
  }

  /**
   * The defaults: {@code NewsArticle}, a question page that does not accept user answers
   * ({@code CollectionPage}), compact output.
   *
   * @return the shared default instance
   */
  public static JsonLd defaults() {
    return DEFAULTS;
  }

  /**
   * A builder starting from the defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@value #MEDIA_TYPE}.
   *
   * @return {@value #MEDIA_TYPE}
   */
  @Override
  public String mediaType() {
    return MEDIA_TYPE;
  }

  /**
   * The JSON-LD of an answer's page.
   *
   * @param q the question
   * @param a one of the question's answers
   * @return the JSON-LD, safe inside a {@code <script>} element
   * @throws IllegalArgumentException when the answer is not one of the question's
   */
  public String answerPage(Question q, Answer a) {
    return out.string((answer, g) -> writer.answerPage(q, answer, g), a);
  }

  /**
   * Writes the JSON-LD of an answer's page.
   *
   * @param q the question
   * @param a one of the question's answers
   * @param out where it goes; flushed, not closed
   * @throws IOException when writing fails
   * @throws IllegalArgumentException when the answer is not one of the question's
   */
  @Override
  public void writeAnswerPage(Question q, Answer a, Writer out) throws IOException {
    this.out.write((answer, g) -> writer.answerPage(q, answer, g), a, out);
  }

  /**
   * The JSON-LD of the page listing a question's answers.
   *
   * @param q the question
   * @return the JSON-LD, safe inside a {@code <script>} element
   */
  public String questionPage(Question q) {
    return out.string(writer::questionPage, Objects.requireNonNull(q, "q"));
  }

  /**
   * Writes the JSON-LD of the page listing a question's answers.
   *
   * @param q the question
   * @param out where it goes; flushed, not closed
   * @throws IOException when writing fails
   */
  @Override
  public void writeQuestionPage(Question q, Writer out) throws IOException {
    this.out.write(writer::questionPage, Objects.requireNonNull(q, "q"), out);
  }

  /**
   * The JSON-LD of a contributor's profile page.
   *
   * @param c the contributor, whose URL is the profile page's
   * @param answers the contributor's answers, in the order to list them, possibly none; one
   *     listed again (or another at the same URL) counts once
   * @return the JSON-LD, safe inside a {@code <script>} element
   * @throws IllegalArgumentException when an answer is by someone else: a contributor with
   *     another URL, or (neither having one) another name
   */
  public String profilePage(Contributor c, List<Answer> answers) {
    List<Answer> those = List.copyOf(answers);
    return out.string((person, g) -> writer.profilePage(person, those, g),
        Objects.requireNonNull(c, "c"));
  }

  /**
   * Writes the JSON-LD of a contributor's profile page.
   *
   * @param c the contributor, whose URL is the profile page's
   * @param answers the contributor's answers, in the order to list them, possibly none; one
   *     listed again (or another at the same URL) counts once
   * @param out where it goes; flushed, not closed
   * @throws IOException when writing fails
   * @throws IllegalArgumentException when an answer is by someone else: a contributor with
   *     another URL, or (neither having one) another name
   */
  public void writeProfilePage(Contributor c, List<Answer> answers, Writer out)
      throws IOException {
    List<Answer> those = List.copyOf(answers);
    this.out.write((person, g) -> writer.profilePage(person, those, g),
        Objects.requireNonNull(c, "c"), out);
  }

  /** Whether question pages are {@code QAPage}s, for {@link RichResults}. */
  boolean questionPagesAreQaPages() {
    return qaPages;
  }

  /** Collects options for a {@link JsonLd}. Not thread-safe; the built instance is. */
  public static final class Builder {
    private ArticleType articleType = ArticleType.NEWS_ARTICLE;
    private boolean acceptsUserAnswers;
    private boolean pretty;

    private Builder() {}

    /**
     * The schema.org type of answer pages (default {@link ArticleType#NEWS_ARTICLE}).
     *
     * @param articleType the type
     * @return this builder
     */
    public Builder articleType(ArticleType articleType) {
      this.articleType = Objects.requireNonNull(articleType, "articleType");
      return this;
    }

    /**
     * Whether readers can submit their own answers on the question page (default
     * {@code false}). Only then is the question page a {@code QAPage}, as Google requires.
     *
     * @param acceptsUserAnswers {@code true} when users can answer
     * @return this builder
     */
    public Builder acceptsUserAnswers(boolean acceptsUserAnswers) {
      this.acceptsUserAnswers = acceptsUserAnswers;
      return this;
    }

    /**
     * Whether to indent the output (default {@code false}).
     *
     * @param pretty {@code true} for indented output
     * @return this builder
     */
    public Builder pretty(boolean pretty) {
      this.pretty = pretty;
      return this;
    }

    /**
     * Builds the immutable, thread-safe instance.
     *
     * @return the instance
     */
    public JsonLd build() {
      return new JsonLd(this);
    }
  }
}
