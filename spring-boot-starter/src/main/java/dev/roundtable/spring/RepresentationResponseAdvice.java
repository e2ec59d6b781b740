package dev.roundtable.spring;

import dev.roundtable.http.Representation;
import dev.roundtable.http.servlet.ServletRepresentations;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotWritableException;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Gives a controller's {@code Question}, {@code Answer} or {@code Document} its validators and
 * conditional GET: once content negotiation has chosen one of Roundtable's converters, it makes
 * that format's {@link Representation} and answers through serve-http's
 * {@link ServletRepresentations} ({@code ETag}, {@code Last-Modified}, {@code Vary: Accept};
 * 304 or 412 without rendering when the tag comes from the inputs; {@code HEAD} without a body),
 * so the converter itself writes nothing. Streams pass through to the converter.
 */
@ControllerAdvice
public final class RepresentationResponseAdvice implements ResponseBodyAdvice<Object> {
  private final List<RoundtableMessageConverter> converters;

  /**
   * An advice for the given converters.
   *
   * @param converters the converters the application registered
   */
  public RepresentationResponseAdvice(List<RoundtableMessageConverter> converters) {
    this.converters = List.copyOf(converters);
  }

  /** {@return the converters, in the order the application registers them} */
  public List<RoundtableMessageConverter> converters() {
    return converters;
  }

  @Override
  public boolean supports(MethodParameter returnType,
      Class<? extends HttpMessageConverter<?>> converterType) {
    return RoundtableMessageConverter.class.isAssignableFrom(converterType);
  }

  @Override
  public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType selected,
      Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
      ServerHttpResponse response) {
    if (body == null || !(request instanceof ServletServerHttpRequest servletRequest)
        || !(response instanceof ServletServerHttpResponse servletResponse)) {
      return body;
    }
    Optional<Representation> representation = converters.stream()
        .filter(c -> c.canWrite(body.getClass(), selected)).findFirst()
        .flatMap(c -> c.representation(body));
    if (representation.isEmpty()) {
      return body;
    }
    try {
      ServletRepresentations.write(servletRequest.getServletRequest(),
          servletResponse.getServletResponse(), representation.get().varyingBy("Accept"));
    } catch (IOException e) {
      throw new HttpMessageNotWritableException("could not write " + selected, e);
    }
    return null; // written: nothing left for the converter
  }
}
