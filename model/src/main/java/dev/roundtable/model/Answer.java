package dev.roundtable.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One panellist's answer to a {@link Question}: an article with a headline, a byline, a
 * publication date, a body of structured rich text and links to related reading. Immutable and
 * validated at construction; build one with {@link #builder()}.
 */
public final class Answer {
  /** Longest summary, in UTF-16 units. */
  public static final int MAX_SUMMARY_LENGTH = 10_000;

  private final String id;
  private final String headline;
  private final Url url;
  private final Instant publishedAt;
  private final Instant updatedAt;
  private final Contributor contributor;
  private final String summary;
  private final Image image;
  private final List<String> topics;
  private final Body body;
  private final List<RelatedLink> relatedLinks;

  private Answer(Builder b) {
    Violations v = new Violations();
    this.id = v.check(() -> Rules.id(b.id, "id"));
    this.headline = v.check(() -> Rules.notBlank(b.headline, "headline", Rules.MAX_LINE_LENGTH));
    this.url = v.check(() -> Url.web(b.url, "url"));
    this.publishedAt = v.check(() -> Rules.timestamp(Rules.required(b.publishedAt, "publishedAt"),
        "publishedAt"));
    this.updatedAt = v.check(() -> Rules.timestamp(b.updatedAt, "updatedAt"));
    if (updatedAt != null && publishedAt != null && updatedAt.isBefore(publishedAt)) {
      v.add(InvalidModelException.of(
          "updatedAt", "must not be before publishedAt (" + publishedAt + "), was " + updatedAt));
    }
    this.contributor = v.check(() -> Rules.required(b.contributor, "contributor"));
    this.summary = v.check(() -> Rules.optionalNotBlank(b.summary, "summary", MAX_SUMMARY_LENGTH));
    this.image = b.image;
    this.topics = v.check(() -> Rules.notBlankStrings(b.topics, "topics"));
    this.body = v.check(() -> Rules.required(b.body, "body"));
    this.relatedLinks = v.check(() -> Rules.list(b.relatedLinks, "relatedLinks"));
    v.throwIfAny();
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a new builder holding this answer's fields, to make a changed copy} */
  public Builder toBuilder() {
    return builder().id(id).headline(headline).url(url).publishedAt(publishedAt)
        .updatedAt(updatedAt).contributor(contributor).summary(summary).image(image)
        .topics(topics).body(body).relatedLinks(relatedLinks);
  }

  /** {@return the answer's stable id, unique in a document: 1 to 200 characters, no controls} */
  public String id() {
    return id;
  }

  /** {@return the headline, never blank} */
  public String headline() {
    return headline;
  }

  /** {@return the answer's own page, an http or https URL, if given} */
  public Optional<Url> url() {
    return Optional.ofNullable(url);
  }

  /** {@return when the answer was published} */
  public Instant publishedAt() {
    return publishedAt;
  }

  /** {@return when the answer was last changed, if it was; never before {@link #publishedAt()}} */
  public Optional<Instant> updatedAt() {
    return Optional.ofNullable(updatedAt);
  }

  /** {@return when the answer last changed: {@link #updatedAt()}, else {@link #publishedAt()}} */
  public Instant lastModified() {
    return updatedAt != null ? updatedAt : publishedAt;
  }

  /** {@return who wrote the answer} */
  public Contributor contributor() {
    return contributor;
  }

  /**
   * The plain-text standfirst as given.
   *
   * @return the summary, if given
   * @see #standfirst(int)
   */
  public Optional<String> summary() {
    return Optional.ofNullable(summary);
  }

  /**
   * The standfirst to show: the summary when given, otherwise an excerpt of the body; either
   * way cut on a word boundary to at most {@code maxLength} code points (see {@link Excerpt}).
   *
   * @param maxLength the longest standfirst in code points, ellipsis included
   * @return the standfirst
   */
  public String standfirst(int maxLength) {
    return summary != null ? Excerpt.of(summary, maxLength) : body.excerpt(maxLength);
  }

  /** {@return the answer's picture, if any} */
  public Optional<Image> image() {
    return Optional.ofNullable(image);
  }

  /** {@return the answer's topics: an unmodifiable list of non-blank strings, possibly empty} */
  public List<String> topics() {
    return topics;
  }

  /** {@return the answer's text} */
  public Body body() {
    return body;
  }

  /**
   * The related links given with the answer. To show "the other answers" when none are given,
   * use {@link Question#relatedLinksFor(Answer)}.
   *
   * @return an unmodifiable list, possibly empty
   */
  public List<RelatedLink> relatedLinks() {
    return relatedLinks;
  }

  /** {@return the contributor's byline: "Jenni Luke, CEO of Step Up"} */
  public Byline byline() {
    return contributor.byline();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Answer o && id.equals(o.id)
        && headline.equals(o.headline)
        && Objects.equals(url, o.url)
        && publishedAt.equals(o.publishedAt)
        && Objects.equals(updatedAt, o.updatedAt)
        && contributor.equals(o.contributor)
        && Objects.equals(summary, o.summary)
        && Objects.equals(image, o.image)
        && topics.equals(o.topics)
        && body.equals(o.body)
        && relatedLinks.equals(o.relatedLinks);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, headline, url, publishedAt, updatedAt, contributor, summary, image,
        topics, body, relatedLinks);
  }

  @Override
  public String toString() {
    return "Answer[id=" + Rules.abbreviate(id) + ", headline=" + Rules.abbreviate(headline) + ", by="
        + Rules.abbreviate(contributor.name()) + ", publishedAt=" + publishedAt + ", " + body + "]";
  }

  /** Collects an answer's fields; {@link #build()} validates them. Not thread-safe. */
  public static final class Builder {
    private String id;
    private String headline;
    private Url url;
    private Instant publishedAt;
    private Instant updatedAt;
    private Contributor contributor;
    private String summary;
    private Image image;
    private List<String> topics = new ArrayList<>();
    private Body body;
    private List<RelatedLink> relatedLinks = new ArrayList<>();

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
     * Sets the headline (required).
     *
     * @param headline the headline, not blank
     * @return this builder
     */
    public Builder headline(String headline) {
      this.headline = headline;
      return this;
    }

    /**
     * Sets the answer's own page.
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
     * Sets the answer's own page.
     *
     * @param url an http or https URL, or {@code null} for none
     * @return this builder
     */
    public Builder url(Url url) {
      this.url = url;
      return this;
    }

    /**
     * Sets when the answer was published (required).
     *
     * @param publishedAt the instant
     * @return this builder
     */
    public Builder publishedAt(Instant publishedAt) {
      this.publishedAt = publishedAt;
      return this;
    }

    /**
     * Sets when the answer was last changed.
     *
     * @param updatedAt the instant, not before publication, or {@code null} for never
     * @return this builder
     */
    public Builder updatedAt(Instant updatedAt) {
      this.updatedAt = updatedAt;
      return this;
    }

    /**
     * Sets who wrote the answer (required).
     *
     * @param contributor the contributor
     * @return this builder
     */
    public Builder contributor(Contributor contributor) {
      this.contributor = contributor;
      return this;
    }

    /**
     * Sets the plain-text standfirst.
     *
     * @param summary the summary, not blank, or {@code null} to derive one from the body
     * @return this builder
     */
    public Builder summary(String summary) {
      this.summary = summary;
      return this;
    }

    /**
     * Sets the picture.
     *
     * @param image the image, or {@code null} for none
     * @return this builder
     */
    public Builder image(Image image) {
      this.image = image;
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
     * Sets the text (required).
     *
     * @param body the body
     * @return this builder
     */
    public Builder body(Body body) {
      this.body = body;
      return this;
    }

    /**
     * Sets the text as plain-text paragraphs.
     *
     * @param paragraphs the paragraphs, at least one
     * @return this builder
     * @throws InvalidModelException (field {@code body}) when a paragraph breaks a rule
     */
    public Builder body(String... paragraphs) {
      this.body = Body.of(paragraphs);
      return this;
    }

    /**
     * Replaces the related links.
     *
     * @param relatedLinks the links
     * @return this builder
     * @throws InvalidModelException (field {@code relatedLinks}) when the list is {@code null}
     */
    public Builder relatedLinks(List<RelatedLink> relatedLinks) {
      this.relatedLinks = new ArrayList<>(Rules.required(relatedLinks, "relatedLinks"));
      return this;
    }

    /**
     * Adds a related link.
     *
     * @param relatedLink the link
     * @return this builder
     */
    public Builder relatedLink(RelatedLink relatedLink) {
      this.relatedLinks.add(relatedLink);
      return this;
    }

    /**
     * Builds the answer.
     *
     * @return the answer
     * @throws InvalidModelException naming the first field that breaks a rule
     */
    public Answer build() {
      return new Answer(this);
    }
  }
}
