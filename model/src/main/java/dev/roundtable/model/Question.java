package dev.roundtable.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A question put to a panel, "Why is it important to have a mentor?", with the panel's answers
 * in publication order. Immutable and validated at construction; build one with
 * {@link #builder()}.
 */
public final class Question {
  /**
   * How many related links {@link #relatedLinksFor(Answer)} derives from the other answers at
   * most: 12. The "Read all answers" heading, linked to the question's page, stands for the rest.
   */
  public static final int DEFAULT_MAX_RELATED_LINKS = 12;

  private final String id;
  private final String text;
  private final Url url;
  private final Series series;
  private final List<String> topics;
  private final Instant askedAt;
  private final List<Answer> answers;
  /** The answers by id: derived from {@link #answers}, so not part of the value. */
  private final AnswerIndex index;

  private Question(Builder b) {
    Violations v = new Violations();
    this.id = v.check(() -> Rules.id(b.id, "id"));
    this.text = v.check(() -> Rules.notBlank(b.text, "text", Rules.MAX_LINE_LENGTH));
    this.url = v.check(() -> Url.web(b.url, "url"));
    this.series = b.series;
    this.topics = v.check(() -> Rules.notBlankStrings(b.topics, "topics"));
    this.askedAt = v.check(() -> Rules.timestamp(b.askedAt, "askedAt"));
    this.answers = v.check(() -> Rules.list(b.answers, "answers"));
    if (answers != null) {
      Repeats repeats = new Repeats();
      for (int i = 0; i < answers.size(); i++) {
        repeats.answer(answers.get(i), -1, i, v);
      }
    }
    v.throwIfAny();
    this.index = new AnswerIndex(answers);
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a new builder holding this question's fields, to make a changed copy} */
  public Builder toBuilder() {
    return builder().id(id).text(text).url(url).series(series).topics(topics).askedAt(askedAt)
        .answers(answers);
  }

  /** {@return the question's stable id, unique in a document: 1 to 200 characters, no controls} */
  public String id() {
    return id;
  }

  /** {@return the question, never blank: "Why is it important to have a mentor?"} */
  public String text() {
    return text;
  }

  /** {@return the page listing all answers, an http or https URL, if given} */
  public Optional<Url> url() {
    return Optional.ofNullable(url);
  }

  /** {@return the column or community the question belongs to, if given} */
  public Optional<Series> series() {
    return Optional.ofNullable(series);
  }

  /** {@return the question's topics: an unmodifiable list of non-blank strings, possibly empty} */
  public List<String> topics() {
    return topics;
  }

  /** {@return when the question was put to the panel, if known} */
  public Optional<Instant> askedAt() {
    return Optional.ofNullable(askedAt);
  }

  /** {@return the answers in publication order, ids unique: unmodifiable, possibly empty} */
  public List<Answer> answers() {
    return answers;
  }

  /**
   * Finds an answer by id, in constant time.
   *
   * @param answerId the answer's id
   * @return the answer, if this question has one with that id
   */
  public Optional<Answer> answer(String answerId) {
    int at = index.position(answerId);
    return at < 0 ? Optional.empty() : Optional.of(answers.get(at));
  }

  /**
   * The related links to show with one of this question's answers, at most
   * {@value #DEFAULT_MAX_RELATED_LINKS} derived ones: see {@link #relatedLinksFor(Answer, int)}.
   *
   * @param answer one of this question's answers
   * @return an unmodifiable list, possibly empty
   * @throws IllegalArgumentException when the answer is not one of this question's
   */
  public List<RelatedLink> relatedLinksFor(Answer answer) {
    return relatedLinksFor(answer, DEFAULT_MAX_RELATED_LINKS);
  }

  /**
   * The related links to show with one of this question's answers: all the answer's own links
   * when it gives any, otherwise links to the other answers with a URL (headline, URL and
   * contributor), as a column's "Read all answers" list shows them: the {@code max} nearest to
   * the answer in publication order (as many before it as after it, one more after when
   * {@code max} is odd, more on one side where the other runs out), so that every answer is
   * linked from its neighbours and each list stays short. Always in publication order; takes
   * time proportional to {@code max}, not to the number of answers.
   *
   * @param answer one of this question's answers
   * @param max how many links to derive at most; 0 derives none
   * @return an unmodifiable list, possibly empty
   * @throws IllegalArgumentException when the answer is not one of this question's, or
   *     {@code max} is negative
   */
  public List<RelatedLink> relatedLinksFor(Answer answer, int max) {
    Objects.requireNonNull(answer, "answer");
    if (max < 0) {
      throw new IllegalArgumentException("max must be at least 0, was " + max);
    }
    int at = index.position(answer.id());
    if (at < 0 || answers.get(at) != answer && !answers.get(at).equals(answer)) {
      throw new IllegalArgumentException(
          "answer " + Quoting.quote(answer.id()) + " is not an answer to question "
              + Quoting.quote(id));
    }
    if (!answer.relatedLinks().isEmpty()) {
      return answer.relatedLinks();
    }
    return index.nearest(at, max);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Question o && id.equals(o.id)
        && text.equals(o.text)
        && Objects.equals(url, o.url)
        && Objects.equals(series, o.series)
        && topics.equals(o.topics)
        && Objects.equals(askedAt, o.askedAt)
        && answers.equals(o.answers);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, text, url, series, topics, askedAt, answers);
  }

  @Override
  public String toString() {
    return "Question[id=" + Rules.abbreviate(id) + ", text=" + Rules.abbreviate(text) + ", answers="
        + answers.size() + "]";
  }

  /** Collects a question's fields; {@link #build()} validates them. Not thread-safe. */
  public static final class Builder {
    private String id;
    private String text;
    private Url url;
    private Series series;
    private List<String> topics = new ArrayList<>();
    private Instant askedAt;
    private List<Answer> answers = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the identifier (required).
     *
     * @param id 1 to 200 characters, no control characters, unique in a document
     * @return this builder
     */
    public Builder id(String id) {
      this.id = id;
      return this;
    }

    /**
     * Sets the question's text (required).
     *
     * @param text the question, not blank
     * @return this builder
     */
    public Builder text(String text) {
      this.text = text;
      return this;
    }

    /**
     * Sets the page listing all answers.
     *
     * @param url an absolute http or https URL, or {@code null} for none
     * @return this builder
     * @throws InvalidModelException (field {@code url}) when the URL is not allowed
     */
    public Builder url(String url) {
      this.url = Url.optionalWeb(url, "url");
      return this;
    }

    /**
     * Sets the page listing all answers.
     *
     * @param url an http or https URL, or {@code null} for none
     * @return this builder
     */
    public Builder url(Url url) {
      this.url = url;
      return this;
    }

    /**
     * Sets the series.
     *
     * @param series the series, or {@code null} for none
     * @return this builder
     */
    public Builder series(Series series) {
      this.series = series;
      return this;
    }

    /**
     * Replaces the topics.
     *
     * @param topics the topics, each not blank
     * @return this builder
     * @throws InvalidModelException (field {@code topics}) when the list is {@code null}
     */
    public Builder topics(List<String> topics) {
      this.topics = new ArrayList<>(Rules.required(topics, "topics"));
      return this;
    }

    /**
     * Adds a topic.
     *
     * @param topic the topic, not blank
     * @return this builder
     */
    public Builder topic(String topic) {
      this.topics.add(topic);
      return this;
    }

    /**
     * Sets when the question was asked.
     *
     * @param askedAt the instant, or {@code null} if unknown
     * @return this builder
     */
    public Builder askedAt(Instant askedAt) {
      this.askedAt = askedAt;
      return this;
    }

    /**
     * Replaces the answers.
     *
     * @param answers the answers in publication order, ids unique
     * @return this builder
     * @throws InvalidModelException (field {@code answers}) when the list is {@code null}
     */
    public Builder answers(List<Answer> answers) {
      this.answers = new ArrayList<>(Rules.required(answers, "answers"));
      return this;
    }

    /**
     * Adds an answer after those already added.
     *
     * @param answer the answer
     * @return this builder
     */
    public Builder answer(Answer answer) {
      this.answers.add(answer);
      return this;
    }

    /**
     * Builds the question.
     *
     * @return the question
     * @throws InvalidModelException naming the first field that breaks a rule
     */
    public Question build() {
      return new Question(this);
    }
  }
}
