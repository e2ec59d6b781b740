package dev.roundtable.json.jackson3;

import dev.roundtable.json.DocumentProblem;
import dev.roundtable.json.InvalidDocumentException;
import dev.roundtable.json.RoundtableJson;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * Reads a model value by copying its tokens from the user's parser into bytes and having
 * {@link RoundtableJson} read those, with every check of the format. Problems become a
 * {@link DatabindException} whose cause is an {@link InvalidDocumentException} with every
 * problem, each pointer prefixed with where the value sits in the user's document, and no line
 * or column (they would be in the copy); the message says where in the input the value starts.
 *
 * @param <T> the model type
 */
final class CopiedDeserializer<T> extends StdDeserializer<T> {
  /**
   * Writes the copy. Escaping every non-ASCII character keeps each string exactly as the user's
   * parser decoded it, a lone surrogate included, for the core to judge.
   */
  private static final JsonFactory COPY = JsonFactory.builder()
      .enable(JsonWriteFeature.ESCAPE_NON_ASCII)
      .build();

  private static final RoundtableJson STRICT = RoundtableJson.builder().strict(true).build();

  private final Class<T> type;
  private final boolean strict;

  CopiedDeserializer(Class<T> type, boolean strict) {
    super(type);
    this.type = type;
    this.strict = strict;
  }

  @Override
  public T deserialize(JsonParser p, DeserializationContext context) throws JacksonException {
    if (p.currentToken() == null) {
      p.nextToken();
    }
    String prefix = pointer(p);
    TokenStreamLocation start = p.currentTokenLocation();
    ByteArrayOutputStream copy = new ByteArrayOutputStream(1024);
    try (JsonGenerator g = COPY.createGenerator(ObjectWriteContext.empty(), copy)) {
      g.copyCurrentStructureExact(p);
    }
    try {
      return (strict ? STRICT : RoundtableJson.defaults()).read(copy.toByteArray(), type);
    } catch (InvalidDocumentException e) {
      List<DocumentProblem> problems = new ArrayList<>(e.problems().size());
      StringBuilder message = new StringBuilder("invalid ").append(type.getSimpleName());
      if (start.getLineNr() > 0) {
        message.append(" starting at ").append(start.getLineNr()).append(':')
            .append(start.getColumnNr());
      }
      message.append(':');
      for (DocumentProblem problem : e.problems()) {
        DocumentProblem there = new DocumentProblem(prefix + problem.pointer(), 0, 0,
            problem.message());
        problems.add(there);
        message.append("\n  ").append(there);
      }
      throw DatabindException.from(p, message.toString(), new InvalidDocumentException(problems));
    }
  }

  /**
   * The JSON Pointer of the value whose first token is current: a structure's start has opened
   * its own context already, so its place is its parent's.
   */
  private static String pointer(JsonParser p) {
    TokenStreamContext context = p.streamReadContext();
    JsonToken t = p.currentToken();
    if ((t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY)
        && context.getParent() != null) {
      context = context.getParent();
    }
    return context.pathAsPointer().toString();
  }
}
