package dev.roundtable.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.roundtable.model.MentoringExample;
import dev.roundtable.model.RandomModels;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The shipped JSON Schema agrees with the writer and the reader. */
class JsonSchemaTest {
  private static final String RESOURCE = "/dev/roundtable/json/roundtable-1.schema.json";
  private static final RoundtableJson JSON = RoundtableJson.defaults();
  private static JsonSchema schema;

  @BeforeAll
  static void loadSchema() throws IOException {
    SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
        .pathType(PathType.JSON_POINTER).build();
    try (InputStream in = JsonSchemaTest.class.getResourceAsStream(RESOURCE)) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
          .getSchema(in, config);
    }
  }

  private static Set<ValidationMessage> validate(String json) {
    return schema.validate(json, InputFormat.JSON);
  }

  static java.util.stream.Stream<Long> seeds() {
    return RandomModels.seeds(200);
  }

  @Test
  void docsCopyIsIdenticalToTheShippedResource() throws IOException {
    byte[] shipped;
    try (InputStream in = JsonSchemaTest.class.getResourceAsStream(RESOURCE)) {
      shipped = in.readAllBytes();
    }

    assertThat(Files.readAllBytes(Path.of("../docs/roundtable-1.schema.json")))
        .isEqualTo(shipped);
  }

  @Test
  void acceptsTheWritersOutputForTheBundledExample() {
    assertThat(validate(JSON.toJson(MentoringExample.document()))).isEmpty();
  }

  @Test
  void acceptsTheWritersOutputForADocumentWithEveryFieldOfPublishersPortraitsAndCrops() {
    String json = JSON.toJson(PublishersPortraitsAndCropsTest.everyField());

    assertThat(validate(json)).as(json).isEmpty();
  }

  @Test
  void acceptsAPortraitAsImageUrlOrAsImageButNotBoth() {
    String url = "\"imageUrl\": \"https://example.com/j.jpg\"";
    String image = "\"image\": {\"url\": \"https://example.com/j.jpg\", \"alt\": \"J\"}";
    String minimal = Fixtures.text("valid/minimal.json");
    String at = "\"organization\": \"Step Up\"";

    assertThat(validate(minimal.replace(at, at + ", " + url))).isEmpty();
    assertThat(validate(minimal.replace(at, at + ", " + image))).isEmpty();
    assertThat(validate(minimal.replace(at, at + ", " + url + ", " + image)))
        .extracting(m -> m.getInstanceLocation().toString())
        .contains("/questions/0/answers/0/contributor");
  }

  @Test
  void acceptsTheValidFixture() {
    assertThat(validate(Fixtures.text("valid/minimal.json"))).isEmpty();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void acceptsTheWritersOutputForGeneratedDocuments(long seed) {
    String json = JSON.toJson(new RandomModels(seed).document());

    assertThat(validate(json)).as("seed %d: %s", seed, json).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvFileSource(resources = "beyond-schema/expected.csv", delimiter = '|',
      quoteCharacter = '\'', numLinesToSkip = 1)
  void acceptsWhatOnlyTheReaderCanReject(String fixture) {
    String json = Fixtures.text("beyond-schema/" + fixture);

    assertThat(validate(json)).as("%s: a rule docs/json-format.md lists as beyond the schema",
        fixture).isEmpty();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvFileSource(resources = "invalid/expected.csv", delimiter = '|', quoteCharacter = '\'',
      numLinesToSkip = 1)
  void rejectsEachInvalidFixtureAsTheReaderDoes(String fixture, String pointer) {
    String json = Fixtures.text("invalid/" + fixture);
    String expected = pointer == null ? "" : pointer;

    Set<ValidationMessage> errors = validate(json);
    InvalidDocumentException rejection =
        catchThrowableOfType(InvalidDocumentException.class, () -> JSON.read(json));

    assertThat(rejection).as(fixture).isNotNull();
    Set<String> locations = errors.stream().map(m -> m.getInstanceLocation().toString())
        .collect(Collectors.toSet());
    String parent = expected.isEmpty() ? "" : expected.substring(0, expected.lastIndexOf('/'));
    assertThat(locations).as("%s: schema errors %s", fixture, errors)
        .anyMatch(at -> at.equals(expected) || at.equals(parent)
            || (!at.isEmpty() && expected.startsWith(at + "/")));
  }
}
