package dev.roundtable.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.roundtable.model.Answer;
import dev.roundtable.model.Contributor;
import dev.roundtable.model.Image;
import dev.roundtable.model.Question;
import dev.roundtable.model.RelatedLink;
import dev.roundtable.model.Series;
import dev.roundtable.model.Url;
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
    if (q.series().isPresent()) {
      g.writeFieldName("isPartOf");
      series(q.series().get(), g);
    }
    g.writeObjectFieldStart("about");
    g.writeStringField("@type", "Question");
    g.writeStringField("name", q.text());
    g.writeStringField("text", q.text());
    url(g, "url", q.url());
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
    url(g, "url", q.url());
    if (q.series().isPresent()) {
      g.writeFieldName("isPartOf");
      series(q.series().get(), g);
    }
    g.writeObjectFieldStart("mainEntity");
    g.writeStringField("@type", "Question");
    g.writeStringField("name", q.text());
    g.writeStringField("text", q.text());
    g.writeNumberField("answerCount", q.answers().size());
    time(g, "dateCreated", q.askedAt());
    url(g, "url", q.url());
    if (!q.answers().isEmpty()) {
      g.writeArrayFieldStart("suggestedAnswer");
      for (Answer a : q.answers()) {
        g.writeStartObject();
        g.writeStringField("@type", "Answer");
        g.writeStringField("text", a.body().plainText());
        url(g, "url", a.url());
        g.writeStringField("datePublished", Rfc3339.format(a.publishedAt()));
        time(g, "dateModified", a.updatedAt());
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
    string(g, "jobTitle", c.role());
    if (c.organization().isPresent()) {
      g.writeObjectFieldStart("worksFor");
      g.writeStringField("@type", "Organization");
      g.writeStringField("name", c.organization().get());
      g.writeEndObject();
    }
    string(g, "description", c.affiliation());
    url(g, "url", c.url());
    url(g, "image", c.imageUrl());
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
    string(g, "creditText", i.credit());
    if (i.width().isPresent()) {
      g.writeNumberField("width", i.width().getAsInt());
    }
    if (i.height().isPresent()) {
      g.writeNumberField("height", i.height().getAsInt());
    }
    g.writeEndObject();
  }

  private static void series(Series s, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("@type", "CreativeWorkSeries");
    g.writeStringField("name", s.name());
    string(g, "description", s.description());
    url(g, "url", s.url());
    g.writeEndObject();
  }

  private static void string(JsonGenerator g, String field, Optional<String> value)
      throws IOException {
    if (value.isPresent()) {
      g.writeStringField(field, value.get());
    }
  }

  private static void url(JsonGenerator g, String field, Optional<Url> value) throws IOException {
    if (value.isPresent()) {
      g.writeStringField(field, value.get().toString());
    }
  }

  private static void time(JsonGenerator g, String field, Optional<Instant> value)
      throws IOException {
    if (value.isPresent()) {
      g.writeStringField(field, Rfc3339.format(value.get()));
    }
  }
}
