package dev.roundtable.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * A databind serializer that hands the generator to the streaming {@link ModelWriter}, so a
 * model value inside a user's object is written exactly as {@code RoundtableJson} writes it.
 *
 * @param <T> the model type
 */
public final class ModelSerializer<T> extends StdSerializer<T> {
  private static final long serialVersionUID = 1L;

  /**
   * A serializer for one model type.
   *
   * @param type the type: a model type or {@code Url}
   */
  public ModelSerializer(Class<T> type) {
    super(type);
  }

  @Override
  public void serialize(T value, JsonGenerator g, SerializerProvider provider)
      throws IOException {
    ModelWriter.write(value, g);
  }
}
