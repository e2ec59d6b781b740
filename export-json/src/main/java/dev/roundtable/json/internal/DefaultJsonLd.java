package dev.roundtable.json.internal;

import dev.roundtable.json.JsonLd;
import dev.roundtable.model.Answer;
import dev.roundtable.model.Question;
import dev.roundtable.model.StructuredData;
import java.io.IOException;
import java.io.Writer;

/**
 * {@link JsonLd#defaults()} as the {@link StructuredData} service that
 * {@link java.util.ServiceLoader} finds, on the module path ({@code provides} in
 * {@code module-info}) and on the class path ({@code META-INF/services}), which needs a public
 * class with a public no-argument constructor.
 */
public final class DefaultJsonLd implements StructuredData {
  /** The service, as {@link java.util.ServiceLoader} makes it. */
  public DefaultJsonLd() {}

  @Override
  public String mediaType() {
    return JsonLd.MEDIA_TYPE;
  }

  @Override
  public void writeAnswerPage(Question question, Answer answer, Writer out) throws IOException {
    JsonLd.defaults().writeAnswerPage(question, answer, out);
  }

  @Override
  public void writeQuestionPage(Question question, Writer out) throws IOException {
    JsonLd.defaults().writeQuestionPage(question, out);
  }
}
