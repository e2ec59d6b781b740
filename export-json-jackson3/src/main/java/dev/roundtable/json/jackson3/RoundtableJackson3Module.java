package dev.roundtable.json.jackson3;

import dev.roundtable.json.InvalidDocumentException;
import dev.roundtable.json.RoundtableJson;
import dev.roundtable.model.Answer;
import dev.roundtable.model.Body;
import dev.roundtable.model.Contributor;
import dev.roundtable.model.Document;
import dev.roundtable.model.Image;
import dev.roundtable.model.Question;
import dev.roundtable.model.RelatedLink;
import dev.roundtable.model.Series;
import dev.roundtable.model.Url;
import tools.jackson.core.Version;
import tools.jackson.databind.module.SimpleModule;

/**
 * A Jackson 3 databind module for the model, so that {@link Document}, {@link Question},
 * {@link Answer}, {@link Contributor}, {@link Series}, {@link Image}, {@link RelatedLink},
 * {@link Body} and {@link Url} can sit inside your own classes and be written and read by your
 * own Jackson 3 {@code JsonMapper} (Spring Boot 4's), with the JSON of {@link RoundtableJson}
 * and of the Jackson 2 {@code RoundtableModule}:
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new RoundtableJackson3Module()).build();
 * record Envelope(String source, Answer answer) {}
 * String json = mapper.writeValueAsString(new Envelope("cms", answer));
 * }</pre>
 *
 * <p>Writing, {@code RoundtableJson} writes the value and its tokens are copied into your
 * generator, so your generator's settings (a pretty printer, escaping features, another
 * format) apply to them as to the rest of your output. Reading, the value's tokens are copied
 * from your parser and {@code RoundtableJson} reads them with every check of the format;
 * invalid input fails with a {@link tools.jackson.databind.DatabindException} whose cause is an
 * {@link InvalidDocumentException} listing every problem, each pointer prefixed with where the
 * value sits in your document. Those problems have no line and column (they would be in the
 * copy, not in your input); the exception's message gives the line and column where the value
 * starts in your input.
 *
 * <p>Instances are immutable once registered; one can be shared by many mappers.
 */
public final class RoundtableJackson3Module extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** A module whose readers ignore unknown properties, as {@link RoundtableJson#defaults()}. */
  public RoundtableJackson3Module() {
    this(false);
  }

  private RoundtableJackson3Module(boolean strict) {
    super("RoundtableJackson3Module", Version.unknownVersion());
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
  public static RoundtableJackson3Module strict() {
    return new RoundtableJackson3Module(true);
  }

  private <T> void add(Class<T> type, boolean strict) {
    addSerializer(type, new CopiedSerializer<>(type));
    addDeserializer(type, new CopiedDeserializer<>(type, strict));
  }
}
