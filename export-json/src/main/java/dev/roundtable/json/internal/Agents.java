package dev.roundtable.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.roundtable.model.Contributor;
import dev.roundtable.model.Publisher;
import java.io.IOException;

/** The graph's agents: a contributor's {@code Person} and a publisher's {@code Organization}. */
final class Agents {
  private Agents() {}

  /**
   * Opens a contributor's {@code Person} node and writes its fields, leaving it open for more:
   * the name alone in {@code name} (never merged with role or organization), jobTitle, worksFor
   * {@code Organization}, description (the affiliation), url, sameAs (an array) and image (the
   * portrait).
   */
  static void startPerson(Contributor c, String id, JsonGenerator g) throws IOException {
    Nodes.start(g, "Person", id);
    g.writeStringField("name", c.name());
    Nodes.optional(g, "jobTitle", c.role());
    if (c.organization().isPresent()) {
      g.writeFieldName("worksFor");
      Nodes.start(g, "Organization", null);
      g.writeStringField("name", c.organization().get());
      g.writeEndObject();
    }
    Nodes.optional(g, "description", c.affiliation());
    Nodes.optional(g, "url", c.url());
    Nodes.strings(g, "sameAs", c.sameAs());
    ImageObjects.optional("image", c.image(), g);
  }

  /** A contributor's {@code Person} node, whole. */
  static void person(Contributor c, String id, JsonGenerator g) throws IOException {
    startPerson(c, id, g);
    g.writeEndObject();
  }

  /** A publisher's {@code Organization} node: name, url and logo. */
  static void organization(Publisher p, String id, JsonGenerator g) throws IOException {
    Nodes.start(g, "Organization", id);
    g.writeStringField("name", p.name());
    Nodes.optional(g, "url", p.url());
    ImageObjects.optional("logo", p.logo(), g);
    g.writeEndObject();
  }
}
