/**
 * Roundtable in Spring Boot 4: {@link dev.roundtable.spring.RoundtableAutoConfiguration} makes
 * the exporters beans from {@code roundtable.*} properties
 * ({@link dev.roundtable.spring.RoundtableProperties}), adds HTTP message converters for the
 * feeds, JSON-LD and the Roundtable JSON ({@link dev.roundtable.spring.RoundtableMessageConverter})
 * ahead of Jackson's, and answers conditional requests through serve-http.
 *
 * <p>Spring's jars are automatic modules; Boot applications run on the class path, where the
 * starter is tested.
 */
module dev.roundtable.spring {
  requires transitive dev.roundtable.http;
  requires static dev.roundtable.json.jackson3;
  requires static tools.jackson.databind;
  requires transitive spring.beans;
  requires transitive spring.context;
  requires transitive spring.core;
  requires transitive spring.web;
  requires transitive spring.webmvc;
  requires transitive spring.boot;
  requires transitive spring.boot.autoconfigure;
  requires static spring.boot.http.converter;
  requires static jakarta.servlet;

  exports dev.roundtable.spring;
  opens dev.roundtable.spring;
}
