package dev.roundtable.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.roundtable.json.internal.Field.Kind;
import dev.roundtable.model.AspectRatio;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The field tables that the reader and the writer share say what the shipped JSON Schema says:
 * for each object type the same properties in the same (written) order, the same required ones
 * and the same kind of value; for each type of block and inline the same fields after
 * {@code type}.
 */
class FieldTableSchemaTest {
  private static final String RESOURCE = "/dev/roundtable/json/roundtable-1.schema.json";
  private static JsonNode schema;

  @BeforeAll
  static void loadSchema() throws IOException {
    try (InputStream in = FieldTableSchemaTest.class.getResourceAsStream(RESOURCE)) {
      schema = new ObjectMapper().readTree(in);
    }
  }

  static Stream<Arguments> objectTypes() {
    return Stream.of(
        Arguments.of("document", DocumentField.TABLE),
        Arguments.of("question", QuestionField.TABLE),
        Arguments.of("series", SeriesField.TABLE),
        Arguments.of("publisher", PublisherField.TABLE),
        Arguments.of("answer", AnswerField.TABLE),
        Arguments.of("contributor", ContributorField.TABLE),
        Arguments.of("image", ImageField.TABLE),
        Arguments.of("crop", CropField.TABLE),
        Arguments.of("relatedLink", RelatedLinkField.TABLE));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("objectTypes")
  void eachObjectTypeHasTheSchemasPropertiesInOrderWithItsRequiredOnesAndKinds(String def,
      FieldTable<?> table) {
    JsonNode type = def.equals("document") ? schema : schema.at("/$defs/" + def);

    assertThat(fields(table.fields())).as(def).containsExactlyEntriesOf(properties(type));
    assertThat(required(table.fields())).as(def).isEqualTo(names(type.get("required")));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"block", "inline"})
  void eachTypeOfBlockAndInlineHasTheFieldsAndRequiredOnesOfItsSchemaAlternative(String def) {
    Map<String, Map<String, Kind>> fromTables = new LinkedHashMap<>();
    Map<String, List<String>> requiredInTables = new LinkedHashMap<>();
    for (BodyType t : BodyType.values()) {
      if (t.block == def.equals("block")) {
        fromTables.put(t.json, withType(fields(t.fields)));
        requiredInTables.put(t.json, withTypeFirst(required(t.fields)));
      }
    }

    assertThat(inOrder(fromTables)).isEqualTo(inOrder(alternatives(def)));
    assertThat(requiredInTables).isEqualTo(requiredOfAlternatives(def));
  }

  @Test
  void everyObjectTypeOfTheSchemaHasAFieldTable() {
    List<String> objects = new ArrayList<>();
    for (Map.Entry<String, JsonNode> d : schema.get("$defs").properties()) {
      if (d.getValue().path("type").asText().equals("object")) {
        objects.add(d.getKey());
      }
    }

    assertThat(objects).containsExactlyInAnyOrderElementsOf(
        objectTypes().map(a -> (String) a.get()[0]).filter(d -> !d.equals("document")).toList());
  }

  @Test
  void aCropsRatiosAreTheModelsAspectRatiosEachAtMostOnceInAnImage() {
    List<String> ratios = Arrays.stream(AspectRatio.values()).map(AspectRatio::json).toList();
    List<String> onceEach = new ArrayList<>();
    for (JsonNode once : schema.at("/$defs/image/properties/crops/allOf")) {
      assertThat(once.get("maxContains").asInt()).isEqualTo(1);
      onceEach.add(once.at("/contains/properties/ratio/const").asText());
    }

    assertThat(names(schema.at("/$defs/crop/properties/ratio/enum"))).isEqualTo(ratios);
    assertThat(onceEach).isEqualTo(ratios);
    assertThat(schema.at("/$defs/image/properties/crops/maxItems").asInt())
        .isEqualTo(ratios.size());
  }

  @Test
  void aTypeIsFoundByItsExactNameAmongBlocksOrInlinesOnly() {
    assertThat(BodyType.named("quote", true)).isEqualTo(BodyType.QUOTE);
    assertThat(BodyType.named("Quote", true)).isNull();
    assertThat(BodyType.named("quote", false)).isNull();
    assertThat(BodyType.named("link", false)).isEqualTo(BodyType.LINK);
  }

  @Test
  void typesAreListedInMessagesInTableOrder() {
    assertThat(BodyType.choices(true)).isEqualTo("paragraph, heading, quote or list");
    assertThat(BodyType.choices(false)).isEqualTo("text, emphasis, strong, code, link or break");
  }

  @Test
  void blockAndInlineTablesHoldTheFieldsOfTheirTypes() {
    for (BodyType t : BodyType.values()) {
      FieldTable<BodyField> table = t.block ? BodyField.BLOCK : BodyField.INLINE;
      assertThat(table.fields()).as(t.json).containsAll(t.fields).contains(BodyField.TYPE);
    }
  }

  /** Each type's fields as a list, so that comparing them compares their order too. */
  private static Map<String, List<String>> inOrder(Map<String, Map<String, Kind>> types) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    types.forEach((type, fields) -> out.put(type,
        fields.entrySet().stream().map(f -> f.getKey() + ": " + f.getValue()).toList()));
    return out;
  }

  private static Map<String, Kind> withType(Map<String, Kind> fields) {
    Map<String, Kind> out = new LinkedHashMap<>();
    out.put("type", Kind.TEXT);
    out.putAll(fields);
    return out;
  }

  private static List<String> withTypeFirst(List<String> required) {
    List<String> out = new ArrayList<>(List.of("type"));
    out.addAll(required);
    return out;
  }

  /** Each alternative object of a oneOf, by the value (or values) of its type. */
  private static Map<String, Map<String, Kind>> alternatives(String def) {
    Map<String, Map<String, Kind>> out = new LinkedHashMap<>();
    for (JsonNode alternative : schema.at("/$defs/" + def + "/oneOf")) {
      if (alternative.has("properties")) {
        for (String type : typeNames(alternative)) {
          out.put(type, properties(alternative));
        }
      }
    }
    return out;
  }

  private static Map<String, List<String>> requiredOfAlternatives(String def) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (JsonNode alternative : schema.at("/$defs/" + def + "/oneOf")) {
      if (alternative.has("properties")) {
        for (String type : typeNames(alternative)) {
          out.put(type, names(alternative.get("required")));
        }
      }
    }
    return out;
  }

  private static List<String> typeNames(JsonNode alternative) {
    JsonNode type = alternative.at("/properties/type");
    return type.has("const") ? List.of(type.get("const").asText()) : names(type.get("enum"));
  }

  private static Map<String, Kind> properties(JsonNode type) {
    Map<String, Kind> out = new LinkedHashMap<>();
    type.get("properties").fields().forEachRemaining(p -> out.put(p.getKey(), kind(p.getValue())));
    return out;
  }

  /** The kind of value a property's schema describes. */
  private static Kind kind(JsonNode property) {
    String ref = property.path("$ref").asText();
    String type = property.path("type").asText();
    if (type.equals("array") || ref.endsWith("/topics") || ref.endsWith("/inlines")) {
      return Kind.ARRAY;
    }
    if (type.equals("integer")) {
      return Kind.INTEGER;
    }
    if (type.equals("boolean")) {
      return Kind.BOOLEAN;
    }
    if (ref.endsWith("/webUrl")) {
      return Kind.WEB_URL;
    }
    if (ref.endsWith("/linkTarget")) {
      return Kind.LINK_TARGET;
    }
    if (ref.endsWith("/timestamp")) {
      return Kind.TIMESTAMP;
    }
    if (!ref.isEmpty() && schema.at(ref.substring(1)).path("type").asText().equals("object")) {
      return Kind.OBJECT;
    }
    return Kind.TEXT;
  }

  private static List<String> names(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static Map<String, Kind> fields(List<? extends Field> fields) {
    Map<String, Kind> out = new LinkedHashMap<>();
    fields.forEach(f -> out.put(f.spec().json(), f.spec().kind()));
    return out;
  }

  private static List<String> required(List<? extends Field> fields) {
    return fields.stream().filter(f -> f.spec().required()).map(f -> f.spec().json()).toList();
  }
}
