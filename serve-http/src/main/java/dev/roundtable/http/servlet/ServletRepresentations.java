package dev.roundtable.http.servlet;

import dev.roundtable.http.ConditionalRequest;
import dev.roundtable.http.HttpDate;
import dev.roundtable.http.Preconditions;
import dev.roundtable.http.Representation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Objects;

/**
 * Writes a {@link Representation} to a Jakarta Servlet 6 response, honouring the request's
 * conditionals ({@link Preconditions}) and {@code HEAD}.
 *
 * <p>What it sends, for {@code GET} and {@code HEAD}:
 *
 * <ul>
 *   <li>200: {@code Content-Type}, {@code ETag}, {@code Last-Modified} when known, {@code Vary}
 *       when the representation varies, and the body. An in-memory representation is rendered
 *       into a buffer before anything is sent, so it gets a {@code Content-Length}, and an
 *       exporter's error propagates with the response untouched (the container answers 500,
 *       never a partial body). A streamed one is written as it is rendered, without a length
 *       (chunked): when the rendering fails before the container's buffer has been sent, the
 *       response is reset (status, headers and buffer) and the error propagates, so the
 *       container answers a clean 500; after that, the body is cut off without its last chunk
 *       (tested on Tomcat 11), so that no client takes it for a whole one.
 *   <li>{@code HEAD}: the same headers, no body; a streamed body is not rendered at all.
 *   <li>304: {@code ETag}, {@code Last-Modified}, {@code Vary}, no body, nothing rendered when
 *       the tag comes from the inputs. Headers the caller set before (say
 *       {@code Cache-Control}) stay, as RFC 9110 §15.4.5 wants them on a 304 too.
 *   <li>412 for a failed {@code If-Match} or {@code If-Unmodified-Since}, no body.
 * </ul>
 *
 * <p>Any other method gets 405 with {@code Allow: GET, HEAD}: a representation is for reading.
 */
public final class ServletRepresentations {
  private static final Preconditions PRECONDITIONS = Preconditions.systemUtc();

  private ServletRepresentations() {}

  /**
   * Answers the request with the representation.
   *
   * @param request the request, for its method and conditional fields
   * @param response the response, not yet committed
   * @param representation what to send
   * @throws IOException when writing to the response fails
   * @throws java.io.UncheckedIOException when an in-memory body fails to render; nothing has
   *     been sent then
   */
  public static void write(HttpServletRequest request, HttpServletResponse response,
      Representation representation) throws IOException {
    Objects.requireNonNull(representation, "representation");
    String method = request.getMethod();
    if (!method.equals("GET") && !method.equals("HEAD")) {
      response.setHeader("Allow", "GET, HEAD");
      response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
      return;
    }
    ConditionalRequest conditions = ConditionalRequest.of(method, name -> field(request, name));
    Instant modified = representation.lastModified().orElse(null);
    Preconditions.Outcome outcome =
        PRECONDITIONS.evaluate(conditions, representation.entityTag(), modified);
    if (outcome == Preconditions.Outcome.PRECONDITION_FAILED) {
      response.setStatus(HttpServletResponse.SC_PRECONDITION_FAILED);
      response.setContentLength(0);
      return;
    }
    byte[] body = null;
    if (!representation.streamed() && outcome == Preconditions.Outcome.PROCEED) {
      body = representation.toBytes(); // before any header: a failure leaves the response as is
    }
    validators(response, representation);
    if (outcome == Preconditions.Outcome.NOT_MODIFIED) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    response.setStatus(HttpServletResponse.SC_OK);
    response.setContentType(representation.mediaType());
    if (body != null) {
      response.setContentLength(body.length);
    }
    if (method.equals("HEAD")) {
      return;
    }
    OutputStream out = response.getOutputStream();
    if (body != null) {
      out.write(body);
    } else {
      try {
        representation.writeTo(out);
      } catch (IOException | RuntimeException e) {
        if (!response.isCommitted()) {
          response.reset(); // nothing sent yet: no validators on the container's error page
        }
        throw e;
      }
    }
    out.flush();
  }

  private static void validators(HttpServletResponse response, Representation representation) {
    response.setHeader("ETag", representation.entityTag().toString());
    representation.lastModified()
        .ifPresent(t -> response.setHeader("Last-Modified", HttpDate.format(t)));
    if (!representation.vary().isEmpty()) {
      response.setHeader("Vary", String.join(", ", representation.vary()));
    }
  }

  /** A field's lines joined by commas, or {@code null} when the request has none. */
  private static String field(HttpServletRequest request, String name) {
    Enumeration<String> lines = request.getHeaders(name);
    if (lines == null || !lines.hasMoreElements()) {
      return null;
    }
    return String.join(", ", Collections.list(lines));
  }
}
