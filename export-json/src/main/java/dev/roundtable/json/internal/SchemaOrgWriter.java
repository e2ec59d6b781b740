package dev.roundtable.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.roundtable.model.Answer;
import dev.roundtable.model.Contributor;
import dev.roundtable.model.Image;
import dev.roundtable.model.Question;
import dev.roundtable.model.RelatedLink;
import dev.roundtable.model.Series;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Writes schema.org JSON-LD for an answer page and a question page, token by token. Stateless
 * apart from its options, hence thread-safe.
 */
public final class SchemaOrgWriter {
  /** Longest description derived from a body, in code points. */
  private static final int DESCRIPTION_LENGTH = 300;

  private final String articleType;
  private final boolean acceptsUserAnswers;

  /**
   * A writer with its options.
   *
   * @param articleType the schema.org type of answer pages, e.g. {@code NewsArticle}
   * @param acceptsUserAnswers whether question pages take answers from users (then
   *     {@code QAPage}, else {@code CollectionPage})
   */
  public SchemaOrgWriter(String articleType, boolean acceptsUserAnswers) {
    this.articleType = articleType;
    this.acceptsUserAnswers = acceptsUserAnswers;
  }

  /**
   * Writes the JSON-LD of an answer's page.
   *
   * @param q the question
   * @param a one of its answers
   * @param g where it goes
   * @throws IOException when writing fails
   * @throws IllegalArgumentException (before writing anything) when the answer is not one of
   *     the question's
   */
  public void answerPage(Question q, Answer a, JsonGenerator g) throws IOException {
    List<RelatedLink> related = q.relatedLinksFor(a);
    g.writeStartObject();
    g.writeStringField("@context", "https://schema.org");
    g.writeStringField("@type", articleType);
    g.writeStringField("headline", a.headline());
    g.writeStringField("description",
        a.summary().orElseGet(() -> a.body().excerpt(DESCRIPTION_LENGTH)));
    if (a.url().isPresent()) {
      g.writeStringField("url", a.url().get().toString());
      g.writeObjectFieldStart("mainEntityOfPage");
      g.writeStringField("@type", "WebPage");
      g.writeStringField("@id", a.url().get().toString());
      g.writeEndObject();
    }
    g.writeStringField("datePublished", Rfc3339.format(a.publishedAt()));
    g.writeStringField("dateModified", Rfc3339.format(a.lastModified()));
    g.writeArrayFieldStart("author");
    person(a.contributor(), g);
    g.writeEndArray();
    if (a.image().isPresent()) {
      g.writeFieldName("image");
      image(a.image().get(), g);
    }
    if (!a.topics().isEmpty()) {
      g.writeArrayFieldStart("keywords");
      for (String topic : a.topics()) {
        g.writeString(topic);
      }
      g.writeEndArray();
    }
    isPartOf(q.series(), g);
    g.writeObjectFieldStart("about");
    g.writeStringField("@type", "Question");
    g.writeStringField("name", q.text());
    g.writeStringField("text", q.text());
    optional(g, "url", q.url());
    g.writeEndObject();
    if (!related.isEmpty()) {
      g.writeArrayFieldStart("relatedLink");
      for (RelatedLink link : related) {
        g.writeString(link.url().toString());
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  /**
   * Writes the JSON-LD of a question's page, which lists its answers.
   *
   * @param q the question
   * @param g where it goes
   * @throws IOException when writing fails
   */
  public void questionPage(Question q, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("@context", "https://schema.org");
    g.writeStringField("@type", acceptsUserAnswers ? "QAPage" : "CollectionPage");
    g.writeStringField("name", q.text());
    optional(g, "url", q.url());
    isPartOf(q.series(), g);
    g.writeObjectFieldStart("mainEntity");
    g.writeStringField("@type", "Question");
    g.writeStringField("name", q.text());
    g.writeStringField("text", q.text());
    g.writeNumberField("answerCount", q.answers().size());
    optional(g, "dateCreated", q.askedAt());
    optional(g, "url", q.url());
    if (!q.answers().isEmpty()) {
      g.writeArrayFieldStart("suggestedAnswer");
      for (Answer a : q.answers()) {
        g.writeStartObject();
        g.writeStringField("@type", "Answer");
        g.writeStringField("text", a.body().plainText());
        optional(g, "url", a.url());
        g.writeStringField("datePublished", Rfc3339.format(a.publishedAt()));
        optional(g, "dateModified", a.updatedAt());
        g.writeFieldName("author");
        person(a.contributor(), g);
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  /** A {@code Person}: the name alone in {@code name}, never merged with role or organization. */
  private static void person(Contributor c, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("@type", "Person");
    g.writeStringField("name", c.name());
    optional(g, "jobTitle", c.role());
    if (c.organization().isPresent()) {
      g.writeObjectFieldStart("worksFor");
      g.writeStringField("@type", "Organization");
      g.writeStringField("name", c.organization().get());
      g.writeEndObject();
    }
    optional(g, "description", c.affiliation());
    optional(g, "url", c.url());
    optional(g, "image", c.imageUrl());
    g.writeEndObject();
  }

  private static void image(Image i, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("@type", "ImageObject");
    g.writeStringField("url", i.url().toString());
    g.writeStringField("contentUrl", i.url().toString());
    if (!i.alt().isEmpty()) {
      g.writeStringField("caption", i.alt());
    }
    optional(g, "creditText", i.credit());
    if (i.width().isPresent()) {
      g.writeNumberField("width", i.width().getAsInt());
    }
    if (i.height().isPresent()) {
      g.writeNumberField("height", i.height().getAsInt());
    }
    g.writeEndObject();
  }

  private static void isPartOf(Optional<Series> series, JsonGenerator g) throws IOException {
    if (series.isPresent()) {
      g.writeObjectFieldStart("isPartOf");
      g.writeStringField("@type", "CreativeWorkSeries");
      g.writeStringField("name", series.get().name());
      optional(g, "description", series.get().description());
      optional(g, "url", series.get().url());
      g.writeEndObject();
    }
  }

  /** A string field when its value is present: text, a URL, or an instant in RFC 3339. */
  private static void optional(JsonGenerator g, String field, Optional<?> value)
      throws IOException {
    if (value.isPresent()) {
      Object v = value.get();
      g.writeStringField(field, v instanceof Instant ? Rfc3339.format((Instant) v) : v.toString());
    }
  }
}
