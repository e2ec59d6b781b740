package dev.roundtable.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A question put to a panel, "Why is it important to have a mentor?", with the panel's answers
 * in publication order. Immutable and validated at construction; build one with
 * {@link #builder()}.
 */
public final class Question {
  private final String id;
  private final String text;
  private final Url url;
  private final Series series;
  private final List<String> topics;
  private final Instant askedAt;
  private final List<Answer> answers;

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
  }

  /**
   * A new, empty builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this question's fields, to make a changed copy.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.id = id;
    b.text = text;
    b.url = url;
    b.series = series;
    b.topics = new ArrayList<>(topics);
    b.askedAt = askedAt;
    b.answers = new ArrayList<>(answers);
    return b;
  }

  /**
   * The question's stable identifier, unique in a document.
   *
   * @return the id: 1 to 200 characters, no control characters
   */
  public String id() {
    return id;
  }

  /**
   * The question: "Why is it important to have a mentor?".
   *
   * @return the text, never blank
   */
  public String text() {
    return text;
  }

  /**
   * The page listing all answers.
   *
   * @return an http or https URL, if given
   */
  public Optional<Url> url() {
    return Optional.ofNullable(url);
  }

  /**
   * The column or community the question belongs to.
   *
   * @return the series, if given
   */
  public Optional<Series> series() {
    return Optional.ofNullable(series);
  }

  /**
   * The question's topics: "Leadership", "Careers".
   *
   * @return an unmodifiable list of non-blank strings, possibly empty
   */
  public List<String> topics() {
    return topics;
  }

  /**
   * When the question was put to the panel.
   *
   * @return the instant, if known
   */
  public Optional<Instant> askedAt() {
    return Optional.ofNullable(askedAt);
  }

  /**
   * The answers in publication order, ids unique.
   *
   * @return an unmodifiable list, possibly empty
   */
  public List<Answer> answers() {
    return answers;
  }

  /**
   * Finds an answer by id.
   *
   * @param answerId the answer's id
   * @return the answer, if this question has one with that id
   */
  public Optional<Answer> answer(String answerId) {
    for (Answer answer : answers) {
      if (answer.id().equals(answerId)) {
        return Optional.of(answer);
      }
    }
    return Optional.empty();
  }

  /**
   * The related links to show with one of this question's answers: the answer's own links when
   * it gives any, otherwise the other answers to this question in publication order (those with
   * a URL), each titled by its headline and credited to its contributor, as the "Read all
   * answers" list of a column shows them.
   *
   * @param answer one of this question's answers
   * @return an unmodifiable list, possibly empty
   * @throws IllegalArgumentException when the answer is not one of this question's
   */
  public List<RelatedLink> relatedLinksFor(Answer answer) {
    Objects.requireNonNull(answer, "answer");
    if (answer(answer.id()).filter(answer::equals).isEmpty()) {
      throw new IllegalArgumentException(
          "answer \"" + answer.id() + "\" is not an answer to question \"" + id + "\"");
    }
    if (!answer.relatedLinks().isEmpty()) {
      return answer.relatedLinks();
    }
    List<RelatedLink> derived = new ArrayList<>(answers.size());
    for (Answer other : answers) {
      if (other != answer && !other.id().equals(answer.id()) && other.url().isPresent()) {
        derived.add(new RelatedLink(other.headline(), other.url().get(), other.contributor()));
      }
    }
    return List.copyOf(derived);
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Question)) {
      return false;
    }
    Question o = (Question) other;
    return id.equals(o.id)
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
