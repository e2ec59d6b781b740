/**
 * Roundtable over HTTP, framework-neutral: a {@link dev.roundtable.http.Representation} is an
 * exporter's output with its media type, strong {@link dev.roundtable.http.EntityTag},
 * {@code Last-Modified} and {@code Vary}, made by {@link dev.roundtable.http.Representations};
 * {@link dev.roundtable.http.Preconditions} decides a request's conditionals (RFC 9110 §13).
 * {@link dev.roundtable.http.servlet.ServletRepresentations} writes one to a Jakarta Servlet
 * response.
 *
 * <p>The Servlet API is a static (optional) dependency: only the package
 * {@code dev.roundtable.http.servlet} uses it, and a servlet container provides it.
 */
module dev.roundtable.http {
  requires transitive dev.roundtable.model;
  requires transitive dev.roundtable.json;
  requires transitive dev.roundtable.html;
  requires transitive dev.roundtable.rss;
  requires static jakarta.servlet;

  exports dev.roundtable.http;
  exports dev.roundtable.http.servlet;
}
