package dev.roundtable.spring;

import dev.roundtable.http.Representation;
import dev.roundtable.http.Representations;
import dev.roundtable.json.JsonLd;
import dev.roundtable.model.Answer;
import dev.roundtable.model.Document;
import dev.roundtable.model.Question;
import dev.roundtable.rss.FeedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractSmartHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.HttpMessageNotWritableException;

/**
 * Writes the model in one of Roundtable's formats, by the exporters and serve-http's
 * {@link Representations}: a feed (RSS, Atom or JSON Feed) of a {@link Question} or of a
 * {@code Stream<Answer>}, a question's schema.org JSON-LD, or a {@link Question}, {@link Answer}
 * or {@link Document} in the Roundtable JSON format. It only writes; it reads nothing.
 *
 * <p>A {@code Stream<Answer>} (its element type declared as {@code Answer}, as the controller's
 * return type says) is written as it is pulled, newest first as the stream gives it, never held,
 * and closed afterwards; a stream of anything else is left to the other converters.
 *
 * <p>The auto-configuration puts these converters ahead of Jackson's, whose
 * {@code application/*+json} would otherwise take {@code application/feed+json} and
 * {@code application/ld+json}; in a Servlet application {@link RepresentationResponseAdvice}
 * answers conditional requests for the in-memory kinds before this converter writes anything.
 */
public final class RoundtableMessageConverter extends AbstractSmartHttpMessageConverter<Object> {
  private final FeedWriter feed;
  private final List<Class<?>> types;
  private final Function<Object, Representation> representation;

  private RoundtableMessageConverter(String mediaType, FeedWriter feed, List<Class<?>> types,
      Function<Object, Representation> representation) {
    super(MediaType.parseMediaType(mediaType));
    if (mediaType.endsWith("+xml")) {
      setDefaultCharset(StandardCharsets.UTF_8);
    }
    this.feed = feed;
    this.types = List.copyOf(types);
    this.representation = representation;
  }

  /**
   * A feed in the writer's format: of a question's answers, or of a {@code Stream<Answer>}.
   *
   * @param writer the feed writer with its channel
   * @return the converter, for the writer's media type
   */
  public static RoundtableMessageConverter feed(FeedWriter writer) {
    Objects.requireNonNull(writer, "writer");
    return new RoundtableMessageConverter(writer.mediaType(), writer, List.of(Question.class),
        body -> Representations.feed(writer, (Question) body));
  }

  /**
   * A question's page as schema.org JSON-LD, {@code application/ld+json}.
   *
   * @param jsonLd the JSON-LD writer
   * @return the converter
   */
  public static RoundtableMessageConverter jsonLd(JsonLd jsonLd) {
    Objects.requireNonNull(jsonLd, "jsonLd");
    return new RoundtableMessageConverter(JsonLd.MEDIA_TYPE, null, List.of(Question.class),
        body -> Representations.jsonLd(jsonLd, (Question) body));
  }

  /**
   * A question, an answer or a document in the Roundtable JSON format, {@code application/json}.
   *
   * @param pretty whether to indent it
   * @return the converter
   */
  public static RoundtableMessageConverter json(boolean pretty) {
    return new RoundtableMessageConverter(Representations.APPLICATION_JSON, null,
        List.of(Question.class, Answer.class, Document.class), body -> {
          if (body instanceof Question question) {
            return Representations.json(question, pretty);
          }
          if (body instanceof Answer answer) {
            return Representations.json(answer, pretty);
          }
          return Representations.json((Document) body, pretty);
        });
  }

  /**
   * The HTTP representation of a body this converter writes from memory (not of a stream),
   * with its tag and date, so that a conditional request can be answered before rendering.
   *
   * @param body a value this converter writes
   * @return the representation, or empty for a stream or a value of another type
   */
  public Optional<Representation> representation(Object body) {
    return supports(body.getClass()) ? Optional.of(representation.apply(body)) : Optional.empty();
  }

  @Override
  protected boolean supports(Class<?> type) {
    return types.stream().anyMatch(t -> t.isAssignableFrom(type));
  }

  @Override
  public boolean canRead(ResolvableType type, MediaType mediaType) {
    return false;
  }

  @Override
  public boolean canRead(Class<?> type, MediaType mediaType) {
    return false;
  }

  @Override
  public Object read(ResolvableType type, HttpInputMessage input, Map<String, Object> hints) {
    throw new HttpMessageNotReadableException("Roundtable's converters only write", input);
  }

  @Override
  public boolean canWrite(Class<?> type, MediaType mediaType) {
    return canWrite(ResolvableType.forClass(type), type, mediaType);
  }

  @Override
  public boolean canWrite(ResolvableType targetType, Class<?> valueClass, MediaType mediaType) {
    return canWrite(mediaType) && (supports(valueClass) || isAnswerStream(targetType, valueClass));
  }

  @Override
  public List<MediaType> getSupportedMediaTypes(Class<?> type) {
    return supports(type) || (feed != null && Stream.class.isAssignableFrom(type))
        ? getSupportedMediaTypes() : List.of();
  }

  private boolean isAnswerStream(ResolvableType targetType, Class<?> valueClass) {
    if (feed == null || !Stream.class.isAssignableFrom(valueClass)) {
      return false;
    }
    Class<?> element = targetType.as(Stream.class).getGeneric(0).resolve();
    return element != null && Answer.class.isAssignableFrom(element);
  }

  @Override
  protected void writeInternal(Object body, ResolvableType type, HttpOutputMessage output,
      Map<String, Object> hints) throws IOException {
    if (body instanceof Stream<?> answers) {
      try (answers) {
        feed.write(answers.map(Answer.class::cast).iterator(), output.getBody());
      }
      return;
    }
    if (!supports(body.getClass())) {
      throw new HttpMessageNotWritableException("not a Roundtable value: " + body.getClass());
    }
    representation.apply(body).writeTo(output.getBody());
  }

  @Override
  public String toString() {
    return "RoundtableMessageConverter" + getSupportedMediaTypes();
  }
}
