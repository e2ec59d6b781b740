package dev.roundtable.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Test fixtures under {@code src/test/resources/dev/roundtable/json/}, and edits of them. */
final class Fixtures {
  private Fixtures() {}

  static byte[] bytes(String path) {
    try (InputStream in = Fixtures.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(String path) {
    return new String(bytes(path), java.nio.charset.StandardCharsets.UTF_8);
  }

  /** {@code valid/minimal.json} with {@code from}, which it must hold, replaced by {@code to}. */
  static String minimalWith(String from, String to) {
    String minimal = text("valid/minimal.json");
    assertThat(minimal).contains(from);
    return minimal.replace(from, to);
  }

  /** The minimal fixture with more fields (JSON text) in its answer's contributor. */
  static String withContributorFields(String fields) {
    String organization = "\"organization\": \"Step Up\"";
    return minimalWith(organization, organization + ", " + fields);
  }

  /** The minimal fixture with a series (a JSON object's text) in its question. */
  static String withSeries(String series) {
    return minimalWith("\"url\": \"https://example.com/q1\",",
        "\"url\": \"https://example.com/q1\", \"series\": " + series + ",");
  }

  /** The minimal fixture with crops (a JSON array's text) in its answer's image. */
  static String withCrops(String crops) {
    return minimalWith("\"height\": 800", "\"height\": 800, \"crops\": " + crops);
  }

  /** The problems a reader finds in the input, which it must reject. */
  static InvalidDocumentException rejection(RoundtableJson json, String input) {
    InvalidDocumentException e =
        catchThrowableOfType(InvalidDocumentException.class, () -> json.read(input));
    assertThat(e).as("rejection of %s", input).isNotNull();
    return e;
  }
}
