package dev.roundtable.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The pieces every schema.org node is written with: the graph, a node's start, references. */
final class Nodes {
  private Nodes() {}

  /** Opens {@code {"@context":"https://schema.org","@graph":[}. */
  static void startGraph(JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("@context", "https://schema.org");
    g.writeArrayFieldStart("@graph");
  }

  /** Closes what {@link #startGraph} opened. */
  static void endGraph(JsonGenerator g) throws IOException {
    g.writeEndArray();
    g.writeEndObject();
  }

  /** Opens a node of a type, with its {@code @id} unless that is {@code null}. */
  static void start(JsonGenerator g, String type, String id) throws IOException {
    g.writeStartObject();
    g.writeStringField("@type", type);
    if (id != null) {
      g.writeStringField("@id", id);
    }
  }

  /** A reference to a node of the graph: {@code "field":{"@id":id}}. */
  static void ref(JsonGenerator g, String field, String id) throws IOException {
    g.writeObjectFieldStart(field);
    g.writeStringField("@id", id);
    g.writeEndObject();
  }

  /** A string field when its value is present: text, a URL, or an instant in RFC 3339. */
  static void optional(JsonGenerator g, String field, Optional<?> value) throws IOException {
    if (value.isPresent()) {
      Object v = value.get();
      g.writeStringField(field, v instanceof Instant i ? Rfc3339.format(i) : v.toString());
    }
  }

  /** An array of strings (texts or URLs) when there is at least one. */
  static void strings(JsonGenerator g, String field, List<?> values) throws IOException {
    if (!values.isEmpty()) {
      g.writeArrayFieldStart(field);
      for (Object value : values) {
        g.writeString(value.toString());
      }
      g.writeEndArray();
    }
  }
}
