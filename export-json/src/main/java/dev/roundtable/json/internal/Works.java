package dev.roundtable.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.roundtable.model.Answer;
import dev.roundtable.model.Publisher;
import dev.roundtable.model.Question;
import dev.roundtable.model.RelatedLink;
import dev.roundtable.model.Series;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * The graph's creative works: an answer as an article, a question, the series they belong to
 * (with its publisher), and an answer as a part of its contributor's profile.
 */
final class Works {
  /** Longest description derived from a body, in code points. */
  private static final int DESCRIPTION_LENGTH = 300;

  private Works() {}

  /** The answer's article node: its page, text, dates, author, publisher, pictures and links. */
  static void article(String type, Question q, Answer a, List<RelatedLink> related,
      GraphIds ids, JsonGenerator g) throws IOException {
    Nodes.start(g, type, ids.onPage("article"));
    Nodes.ref(g, "mainEntityOfPage", ids.page());
    g.writeStringField("headline", a.headline());
    g.writeStringField("description",
        a.summary().orElseGet(() -> a.body().excerpt(DESCRIPTION_LENGTH)));
    Nodes.optional(g, "url", a.url());
    g.writeStringField("datePublished", Rfc3339.format(a.publishedAt()));
    g.writeStringField("dateModified", Rfc3339.format(a.lastModified()));
    g.writeArrayFieldStart("author");
    g.writeStartObject();
    g.writeStringField("@id", ids.person(a.contributor()));
    g.writeEndObject();
    g.writeEndArray();
    publisher(q.series(), ids, g);
    if (a.image().isPresent()) {
      ImageObjects.withCrops("image", a.image().get(), ids.onPage("primaryimage"), g);
    }
    Nodes.strings(g, "keywords", a.topics());
    isPartOf(q.series(), ids, g);
    g.writeFieldName("about");
    questionFields(q, q.url().map(u -> GraphIds.of(u.toString(), "question")).orElse(null), g);
    g.writeEndObject();
    Nodes.strings(g, "relatedLink", related.stream().map(RelatedLink::url).toList());
    g.writeEndObject();
  }

  /**
   * The question's node on its own page: name, text, answerCount, dateCreated, url, and each
   * answer as a suggestedAnswer (text, url, dates, author by reference).
   */
  static void question(Question q, GraphIds ids, JsonGenerator g) throws IOException {
    questionFields(q, ids.onPage("question"), g);
    g.writeNumberField("answerCount", q.answers().size());
    Nodes.optional(g, "dateCreated", q.askedAt());
    if (!q.answers().isEmpty()) {
      g.writeArrayFieldStart("suggestedAnswer");
      for (Answer a : q.answers()) {
        Nodes.start(g, "Answer", null);
        g.writeStringField("text", a.body().plainText());
        Nodes.optional(g, "url", a.url());
        g.writeStringField("datePublished", Rfc3339.format(a.publishedAt()));
        Nodes.optional(g, "dateModified", a.updatedAt());
        Nodes.ref(g, "author", ids.person(a.contributor()));
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  /** Opens a {@code Question} node with its name, text and url. */
  private static void questionFields(Question q, String id, JsonGenerator g) throws IOException {
    Nodes.start(g, "Question", id);
    g.writeStringField("name", q.text());
    g.writeStringField("text", q.text());
    Nodes.optional(g, "url", q.url());
  }

  /** An answer as a part of its contributor's profile page: headline, url, datePublished. */
  static void teaser(String type, Answer a, JsonGenerator g) throws IOException {
    Nodes.start(g, type, a.url().map(u -> GraphIds.of(u.toString(), "article")).orElse(null));
    g.writeStringField("headline", a.headline());
    Nodes.optional(g, "url", a.url());
    g.writeStringField("datePublished", Rfc3339.format(a.publishedAt()));
    g.writeEndObject();
  }

  /** {@code isPartOf} the series' node, when there is a series. */
  static void isPartOf(Optional<Series> series, GraphIds ids, JsonGenerator g)
      throws IOException {
    if (series.isPresent()) {
      Nodes.ref(g, "isPartOf", ids.series(series.get()));
    }
  }

  /** {@code publisher}, the series' publisher's node, when there is one. */
  static void publisher(Optional<Series> series, GraphIds ids, JsonGenerator g)
      throws IOException {
    Optional<Publisher> publisher = series.flatMap(Series::publisher);
    if (publisher.isPresent()) {
      Nodes.ref(g, "publisher", ids.organization(publisher.get()));
    }
  }

  /**
   * The nodes of the series and its publisher, when there are: the publisher's
   * {@code Organization} and the {@code CreativeWorkSeries} (name, description, url,
   * publisher).
   */
  static void series(Optional<Series> series, GraphIds ids, JsonGenerator g) throws IOException {
    if (series.isEmpty()) {
      return;
    }
    Series s = series.get();
    if (s.publisher().isPresent()) {
      Agents.organization(s.publisher().get(), ids.organization(s.publisher().get()), g);
    }
    Nodes.start(g, "CreativeWorkSeries", ids.series(s));
    g.writeStringField("name", s.name());
    Nodes.optional(g, "description", s.description());
    Nodes.optional(g, "url", s.url());
    publisher(series, ids, g);
    g.writeEndObject();
  }
}
