package dev.roundtable.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A JSON-LD page for tests: its {@code @graph}'s nodes, parsed or expanded by titanium. */
final class LdGraph {
  static final String SCHEMA = "https://schema.org/";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** Serves a minimal schema.org context from memory: the tests never touch the network. */
  private static final DocumentLoader OFFLINE = (url, options) -> JsonDocument.of(
      new StringReader("{\"@context\": {\"@vocab\": \"" + SCHEMA + "\"}}"));

  private LdGraph() {}

  static JsonNode parse(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }

  /** The nodes of the parsed page's {@code @graph} of a type, in order. */
  static List<JsonNode> nodes(JsonNode ld, String type) {
    List<JsonNode> nodes = new ArrayList<>();
    ld.path("@graph").forEach(n -> {
      if (n.path("@type").asText().equals(type)) {
        nodes.add(n);
      }
    });
    return nodes;
  }

  /** The one node of a type in the parsed page's {@code @graph}. */
  static JsonNode node(JsonNode ld, String type) {
    List<JsonNode> nodes = nodes(ld, type);
    assertThat(nodes).as("nodes of type %s", type).hasSize(1);
    return nodes.get(0);
  }

  /** The page expanded by titanium: its top-level nodes by {@code @id}, in order. */
  static Map<String, JsonObject> expand(String json) {
    return expand(json, null);
  }

  /** The page expanded by titanium against a base, as in the page at that address. */
  static Map<String, JsonObject> expand(String json, String base) {
    JsonLdOptions options = new JsonLdOptions(OFFLINE);
    if (base != null) {
      options.setBase(URI.create(base));
    }
    JsonArray expanded;
    try {
      expanded = com.apicatalog.jsonld.JsonLd.expand(JsonDocument.of(new StringReader(json)))
          .options(options).get();
    } catch (com.apicatalog.jsonld.JsonLdError e) {
      throw new AssertionError(e);
    }
    Map<String, JsonObject> byId = new LinkedHashMap<>();
    for (JsonValue node : expanded) {
      JsonObject object = node.asJsonObject();
      assertThat(byId.put(object.getString("@id"), object)).as(object.getString("@id")).isNull();
    }
    return byId;
  }

  /** The first value of an expanded node's schema.org property, a {@code @value} or a node. */
  static JsonObject first(JsonObject node, String property) {
    JsonArray values = node.getJsonArray(SCHEMA + property);
    assertThat(values).as(property).isNotNull().isNotEmpty();
    return values.getJsonObject(0);
  }

  /** The text of the first value of an expanded node's schema.org property. */
  static String text(JsonObject node, String property) {
    JsonObject value = first(node, property);
    if (!value.containsKey("@value")) {
      return value.getString("@id");
    }
    return value.get("@value") instanceof JsonString s ? s.getString()
        : value.get("@value").toString();
  }

  /** The node a reference of an expanded node's property points to, found in the graph. */
  static JsonObject follow(Map<String, JsonObject> graph, JsonObject node, String property) {
    String id = first(node, property).getString("@id");
    assertThat(graph).as("the node %s that %s refers to", id, property).containsKey(id);
    return graph.get(id);
  }

  /** The type of an expanded node, without the schema.org prefix. */
  static String type(JsonObject node) {
    return node.getJsonArray("@type").getString(0).substring(SCHEMA.length());
  }

  /**
   * How many times each {@code @id} is defined (an object with an {@code @id} and more) anywhere
   * in the parsed page, and that each reference (an object with an {@code @id} alone) is to one of
   * them.
   */
  static Map<String, Integer> definitions(JsonNode ld) {
    Map<String, Integer> defined = new TreeMap<>();
    List<String> references = new ArrayList<>();
    walk(ld, defined, references);
    assertThat(defined.keySet()).as("the ids referred to").containsAll(references);
    return defined;
  }

  private static void walk(JsonNode n, Map<String, Integer> defined, List<String> references) {
    if (n.isObject() && n.has("@id")) {
      if (n.size() == 1) {
        references.add(n.get("@id").asText());
      } else {
        defined.merge(n.get("@id").asText(), 1, Integer::sum);
      }
    }
    n.forEach(child -> walk(child, defined, references));
  }
}
