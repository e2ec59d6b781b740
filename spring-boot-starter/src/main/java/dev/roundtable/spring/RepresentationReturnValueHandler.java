package dev.roundtable.spring;

import dev.roundtable.http.Representation;
import dev.roundtable.http.servlet.ServletRepresentations;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.MethodParameter;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodReturnValueHandler;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Answers a controller method that returns a {@link Representation} through serve-http's
 * {@link ServletRepresentations}: the representation the controller chose, with its media type
 * and validators, 304/412 for conditional requests, no body for {@code HEAD}; a streamed one is
 * written as it renders. No content negotiation: the controller picked the format.
 *
 * <p>The auto-configuration puts it first among Spring MVC's handlers, ahead of the
 * {@code @ResponseBody} one that would otherwise hand the value to the message converters.
 */
public final class RepresentationReturnValueHandler implements HandlerMethodReturnValueHandler {

  /** A handler; stateless. */
  public RepresentationReturnValueHandler() {}

  @Override
  public boolean supportsReturnType(MethodParameter returnType) {
    return Representation.class.isAssignableFrom(returnType.getParameterType());
  }

  @Override
  public void handleReturnValue(Object value, MethodParameter returnType,
      ModelAndViewContainer container, NativeWebRequest request) throws Exception {
    if (value == null) {
      throw new IllegalStateException(returnType.getMethod() + " returned no representation");
    }
    container.setRequestHandled(true);
    ServletRepresentations.write(request.getNativeRequest(HttpServletRequest.class),
        request.getNativeResponse(HttpServletResponse.class), (Representation) value);
  }
}
