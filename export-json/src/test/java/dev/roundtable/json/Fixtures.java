package dev.roundtable.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Test fixtures under {@code src/test/resources/dev/roundtable/json/}. */
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
}
