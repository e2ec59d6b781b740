package dev.roundtable.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.roundtable.json.internal.ModelDeserializer;
import dev.roundtable.json.internal.ModelSerializer;
import dev.roundtable.model.Answer;
import dev.roundtable.model.Body;
import dev.roundtable.model.Contributor;
import dev.roundtable.model.Document;
import dev.roundtable.model.Image;
import dev.roundtable.model.Question;
import dev.roundtable.model.RelatedLink;
import dev.roundtable.model.Series;
import dev.roundtable.model.Url;

/**
 * A Jackson databind module for the model, so that {@link Document}, {@link Question},
 * {@link Answer}, {@link Contributor}, {@link Series}, {@link Image}, {@link RelatedLink},
 * {@link Body} and {@link Url} can sit inside your own classes and be written and read by your
 * own {@code ObjectMapper}:
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new RoundtableModule());
 * record Envelope(String source, Answer answer) {}
 * String json = mapper.writeValueAsString(new Envelope("cms", answer));
 * }</pre>
 *
 * <p>The serializers and deserializers are the streaming writer and reader of
 * {@link RoundtableJson}, so each value gets the same JSON and the same checks; invalid input
 * fails with a {@code JsonMappingException} whose cause is an {@link InvalidDocumentException}
 * listing every problem (pointers into the whole input).
 *
 * <p>jackson-databind is an optional dependency of this library ({@code requires static} in
 * {@code module-info}): only this class needs it, and whoever registers it has databind already.
 * Everything else in the library runs on jackson-core alone.
 */
public final class RoundtableModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** A module whose readers ignore unknown properties, as {@link RoundtableJson#defaults()}. */
  public RoundtableModule() {
    this(false);
  }

  private RoundtableModule(boolean strict) {
    super("RoundtableModule", Version.unknownVersion());
    for (Class<?> type : RoundtableJson.valueTypes()) {
      add(type, strict);
    }
  }

  /**
   * A module whose readers report unknown properties, as a {@linkplain
   * RoundtableJson.Builder#strict(boolean) strict} {@link RoundtableJson}.
   *
   * @return the module
   */
  public static RoundtableModule strict() {
    return new RoundtableModule(true);
  }

  private <T> void add(Class<T> type, boolean strict) {
    addSerializer(type, new ModelSerializer<>(type));
    addDeserializer(type, new ModelDeserializer<>(type, strict));
  }
}
