package dev.roundtable.http;

import java.util.Objects;
import java.util.function.Function;

/**
 * What a request says about its conditions: its method and its four conditional fields
 * (RFC 9110 §13.1), as the framework hands them over.
 *
 * @param method the request method, e.g. {@code GET} (case-sensitive, as methods are)
 * @param ifMatch the {@code If-Match} field value, or {@code null} when absent
 * @param ifNoneMatch the {@code If-None-Match} field value, or {@code null} when absent
 * @param ifModifiedSince the {@code If-Modified-Since} field value, or {@code null} when absent
 * @param ifUnmodifiedSince the {@code If-Unmodified-Since} field value, or {@code null} when
 *     absent
 */
public record ConditionalRequest(String method, String ifMatch, String ifNoneMatch,
    String ifModifiedSince, String ifUnmodifiedSince) {

  /**
   * Checks that there is a method.
   *
   * @param method the request method
   * @param ifMatch the {@code If-Match} field value, or {@code null}
   * @param ifNoneMatch the {@code If-None-Match} field value, or {@code null}
   * @param ifModifiedSince the {@code If-Modified-Since} field value, or {@code null}
   * @param ifUnmodifiedSince the {@code If-Unmodified-Since} field value, or {@code null}
   * @throws NullPointerException when {@code method} is {@code null}
   */
  public ConditionalRequest {
    Objects.requireNonNull(method, "method");
  }

  /**
   * Reads the conditional fields from any request through a lookup by field name.
   *
   * @param method the request method
   * @param fields a field's value by its name ({@code If-None-Match}...), {@code null} when the
   *     request has none; a field sent on several lines must come joined by {@code ", "}
   * @return the request's conditions
   */
  public static ConditionalRequest of(String method, Function<String, String> fields) {
    return new ConditionalRequest(method, fields.apply("If-Match"),
        fields.apply("If-None-Match"), fields.apply("If-Modified-Since"),
        fields.apply("If-Unmodified-Since"));
  }

  /**
   * A request without conditions.
   *
   * @param method the request method
   * @return the request
   */
  public static ConditionalRequest unconditional(String method) {
    return new ConditionalRequest(method, null, null, null, null);
  }

  /** {@return whether the method is GET or HEAD, the only ones that get 304 Not Modified} */
  boolean safeRetrieval() {
    return method.equals("GET") || method.equals("HEAD");
  }
}
