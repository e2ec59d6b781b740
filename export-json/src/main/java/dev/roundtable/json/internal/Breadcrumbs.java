package dev.roundtable.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.roundtable.model.Answer;
import dev.roundtable.model.Question;
import dev.roundtable.model.Url;
import java.io.IOException;
import java.util.Optional;

/**
 * A page's {@code BreadcrumbList}: the series (when there is one), the question, and on an
 * answer's page the answer, as {@code ListItem}s with positions from 1, each with its name and,
 * where the thing has a URL, that URL as its {@code item} (Google wants one on every element but
 * the last; one without a URL keeps its name and goes without).
 */
final class Breadcrumbs {
  private Breadcrumbs() {}

  /**
   * The list.
   *
   * @param id its {@code @id}
   * @param q the question
   * @param a the answer, or {@code null} on the question's page
   * @param g where it goes
   */
  static void list(String id, Question q, Answer a, JsonGenerator g) throws IOException {
    Nodes.start(g, "BreadcrumbList", id);
    g.writeArrayFieldStart("itemListElement");
    int position = 0;
    if (q.series().isPresent()) {
      item(++position, q.series().get().name(), q.series().get().url(), g);
    }
    item(++position, q.text(), q.url(), g);
    if (a != null) {
      item(++position, a.headline(), a.url(), g);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void item(int position, String name, Optional<Url> url, JsonGenerator g)
      throws IOException {
    Nodes.start(g, "ListItem", null);
    g.writeNumberField("position", position);
    g.writeStringField("name", name);
    Nodes.optional(g, "item", url);
    g.writeEndObject();
  }
}
