package dev.roundtable.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.roundtable.json.DocumentProblem;
import dev.roundtable.json.InvalidDocumentException;
import java.io.IOException;

/**
 * A databind deserializer that reads with the streaming reader. ProblemList become a
 * {@link JsonMappingException} (databind adds where in the user's object the value was) whose
 * cause is the {@link InvalidDocumentException} with every problem, pointers into the whole
 * input.
 *
 * @param <T> the model type
 */
public final class ModelDeserializer<T> extends StdDeserializer<T> {
  private static final long serialVersionUID = 1L;

  /** Whether unknown properties are problems. */
  private final boolean strict;

  /**
   * A deserializer for one model type.
   *
   * @param type the type: a model type or {@code Url}
   * @param strict whether unknown properties are problems
   */
  public ModelDeserializer(Class<T> type, boolean strict) {
    super(type);
    this.strict = strict;
  }

  @Override
  public T deserialize(JsonParser p, DeserializationContext context) throws IOException {
    ProblemList problems = new ProblemList();
    Object value = null;
    try {
      if (p.currentToken() == null) {
        p.nextToken();
      }
      value = new ModelReader(p, problems, strict).value(handledType());
    } catch (ProblemList.Stop e) {
      value = null;
    }
    try {
      problems.throwIfAny();
      return handledType().cast(value);
    } catch (InvalidDocumentException e) {
      StringBuilder message = new StringBuilder("invalid ")
          .append(handledType().getSimpleName()).append(':');
      for (DocumentProblem problem : e.problems()) {
        message.append("\n  ").append(problem);
      }
      throw JsonMappingException.from(p, message.toString(), e);
    }
  }

  @Override
  @SuppressWarnings("unchecked")
  public Class<T> handledType() {
    return (Class<T>) super.handledType();
  }
}
