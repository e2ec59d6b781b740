package dev.roundtable.json.jackson3;

import dev.roundtable.json.RoundtableJson;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes a model value by having {@link RoundtableJson} write it (compact, one pass, to bytes)
 * and copying those tokens into the user's generator, so that the format's logic stays in
 * {@code dev.roundtable.json} and the user's generator (its pretty printer, its features,
 * another format, a token buffer) lays them out as it lays out the rest of the output. With
 * Jackson 3's defaults that gives {@code RoundtableJson}'s bytes.
 *
 * @param <T> the model type
 */
final class CopiedSerializer<T> extends StdSerializer<T> {
  /** Parses the core's own output: compact, well-formed UTF-8, within every default limit. */
  private static final JsonFactory BYTES = JsonFactory.builder().build();

  CopiedSerializer(Class<T> type) {
    super(type);
  }

  @Override
  public void serialize(T value, JsonGenerator g, SerializationContext context)
      throws JacksonException {
    byte[] json = RoundtableJson.defaults().toBytes(value);
    try (JsonParser p = BYTES.createParser(ObjectReadContext.empty(), json)) {
      p.nextToken();
      g.copyCurrentStructureExact(p);
    }
  }
}
