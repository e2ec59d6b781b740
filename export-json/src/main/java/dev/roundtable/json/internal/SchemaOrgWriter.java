package dev.roundtable.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.roundtable.model.Answer;
import dev.roundtable.model.Contributor;
import dev.roundtable.model.Question;
import dev.roundtable.model.Quoting;
import dev.roundtable.model.RelatedLink;
import java.io.IOException;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes schema.org JSON-LD for an answer's page, a question's page and a contributor's profile
 * page, token by token: each a {@code @graph} of nodes that refer to one another by
 * {@code @id} ({@link GraphIds} names them), each node defined once. Stateless apart from its
 * options, hence thread-safe.
 */
public final class SchemaOrgWriter {
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
   * Writes the graph of an answer's page: the {@code WebPage}, the article, its author's
   * {@code Person}, the publisher's {@code Organization}, the {@code CreativeWorkSeries} and
   * the {@code BreadcrumbList}.
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
    GraphIds ids = new GraphIds(a.url());
    Nodes.startGraph(g);
    Nodes.start(g, "WebPage", ids.page());
    Nodes.optional(g, "url", a.url());
    g.writeStringField("name", a.headline());
    Works.isPartOf(q.series(), ids, g);
    Nodes.ref(g, "breadcrumb", ids.onPage("breadcrumb"));
    if (a.image().isPresent()) {
      Nodes.ref(g, "primaryImageOfPage", ids.onPage("primaryimage"));
    }
    g.writeStringField("datePublished", Rfc3339.format(a.publishedAt()));
    g.writeStringField("dateModified", Rfc3339.format(a.lastModified()));
    g.writeEndObject();
    Works.article(articleType, q, a, related, ids, g);
    Agents.person(a.contributor(), ids.person(a.contributor()), g);
    Works.series(q.series(), ids, g);
    Breadcrumbs.list(ids.onPage("breadcrumb"), q, a, g);
    Nodes.endGraph(g);
  }

  /**
   * Writes the graph of a question's page, which lists its answers: the {@code CollectionPage}
   * (or {@code QAPage}), the {@code Question} with its answers, one {@code Person} per
   * contributor, the publisher's {@code Organization}, the {@code CreativeWorkSeries} and the
   * {@code BreadcrumbList}.
   *
   * @param q the question
   * @param g where it goes
   * @throws IOException when writing fails
   */
  public void questionPage(Question q, JsonGenerator g) throws IOException {
    GraphIds ids = new GraphIds(q.url());
    Nodes.startGraph(g);
    Nodes.start(g, acceptsUserAnswers ? "QAPage" : "CollectionPage", ids.page());
    Nodes.optional(g, "url", q.url());
    g.writeStringField("name", q.text());
    Works.isPartOf(q.series(), ids, g);
    Works.publisher(q.series(), ids, g);
    Nodes.ref(g, "breadcrumb", ids.onPage("breadcrumb"));
    Nodes.ref(g, "mainEntity", ids.onPage("question"));
    g.writeEndObject();
    Works.question(q, ids, g);
    for (Map.Entry<String, Contributor> person : ids.people().entrySet()) {
      Agents.person(person.getValue(), person.getKey(), g);
    }
    Works.series(q.series(), ids, g);
    Breadcrumbs.list(ids.onPage("breadcrumb"), q, null, g);
    Nodes.endGraph(g);
  }

  /**
   * Writes the graph of a contributor's profile page: the {@code ProfilePage} (its url the
   * contributor's, dateCreated and dateModified the first publication and last change of the
   * answers, hasPart the answers as articles) whose mainEntity is the contributor's
   * {@code Person}, with the number of answers as a {@code WriteAction} counter.
   *
   * @param c the contributor
   * @param given the contributor's answers, possibly none; an answer listed again, or another
   *     at the same URL (the same article), counts once
   * @param g where it goes
   * @throws IOException when writing fails
   * @throws IllegalArgumentException (before writing anything) when an answer is by someone
   *     else: a contributor with another URL, or (neither having one) another name
   */
  public void profilePage(Contributor c, List<Answer> given, JsonGenerator g)
      throws IOException {
    Map<Object, Answer> distinct = new LinkedHashMap<>();
    for (Answer a : given) {
      if (!samePerson(c, a.contributor())) {
        throw new IllegalArgumentException("answer " + Quoting.quote(a.id())
            + " is not by " + Quoting.quote(c.name()));
      }
      distinct.putIfAbsent(a.url().isPresent() ? a.url().get() : a, a);
    }
    Collection<Answer> answers = distinct.values();
    GraphIds ids = new GraphIds(c.url());
    String person = ids.person(c);
    Nodes.startGraph(g);
    Nodes.start(g, "ProfilePage", ids.page());
    Nodes.optional(g, "url", c.url());
    g.writeStringField("name", c.name());
    if (!answers.isEmpty()) {
      g.writeStringField("dateCreated", Rfc3339.format(answers.stream()
          .map(Answer::publishedAt).min(Instant::compareTo).orElseThrow()));
      g.writeStringField("dateModified", Rfc3339.format(answers.stream()
          .map(Answer::lastModified).max(Instant::compareTo).orElseThrow()));
    }
    Nodes.ref(g, "mainEntity", person);
    if (!answers.isEmpty()) {
      g.writeArrayFieldStart("hasPart");
      for (Answer a : answers) {
        Works.teaser(articleType, a, g);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
    Agents.startPerson(c, person, g);
    if (!answers.isEmpty()) {
      g.writeObjectFieldStart("agentInteractionStatistic");
      g.writeStringField("@type", "InteractionCounter");
      g.writeStringField("interactionType", "https://schema.org/WriteAction");
      g.writeNumberField("userInteractionCount", answers.size());
      g.writeEndObject();
    }
    g.writeEndObject();
    Nodes.endGraph(g);
  }

  /** Whether two contributors are one {@code Person}: the same URL, or no URLs and one name. */
  private static boolean samePerson(Contributor c, Contributor other) {
    return c.url().isPresent() ? c.url().equals(other.url())
        : other.url().isEmpty() && Objects.equals(c.name(), other.name());
  }
}
