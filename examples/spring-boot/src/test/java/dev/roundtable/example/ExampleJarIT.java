package dev.roundtable.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The repackaged jar ({@code target/roundtable-example-spring-boot.jar}) started as its own
 * process with {@code java -jar JAR --server.port=PORT} on a free port, asked by the JDK's
 * {@link HttpClient}: each endpoint's 200 with its media type and validators, then 304 on
 * {@code If-None-Match} and on {@code If-Modified-Since}, {@code HEAD} without a body, and an
 * unknown question's 404 problem detail. The process is killed after the last test.
 */
class ExampleJarIT {
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static Process app;
  private static Path log;
  private static int port;

  @BeforeAll
  static void start_the_jar() throws Exception {
    Path jar = Path.of(System.getProperty("example.jar", "target/roundtable-example-spring-boot.jar"));
    assertThat(jar).as("the repackaged jar").isRegularFile();
    port = freePort();
    log = Files.createTempFile("example-spring-boot", ".log");
    app = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", jar.toString(), "--server.port=" + port)
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    try {
      awaitAnswer();
    } catch (Exception | AssertionError e) {
      stop_the_jar();
      throw e;
    }
  }

  @AfterAll
  static void stop_the_jar() throws InterruptedException {
    if (app != null) {
      app.destroy();
      if (!app.waitFor(20, TimeUnit.SECONDS)) {
        app.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "/questions/why-have-a-mentor, text/html;charset=utf-8, <!DOCTYPE html>",
      "/questions/why-have-a-mentor/feed.rss, application/rss+xml;charset=utf-8, <?xml",
      "/questions/why-have-a-mentor/feed.atom, application/atom+xml;charset=utf-8, <?xml",
      "/questions/why-have-a-mentor/feed.json, application/feed+json, {\"version\"",
      "/questions/why-have-a-mentor.jsonld, application/ld+json, {\"@context\""})
  void each_endpoint_has_validators_and_answers_conditional_requests(String path,
      String mediaType, String start) throws Exception {
    HttpResponse<String> ok = send(path, "GET");
    assertThat(ok.statusCode()).isEqualTo(200);
    assertThat(header(ok, "Content-Type")).isEqualTo(mediaType);
    assertThat(ok.body()).startsWith(start).contains("Jenni Luke");
    String tag = header(ok, "ETag");
    String modified = header(ok, "Last-Modified");
    assertThat(tag).matches("\"[^\"]+\"");
    assertThat(modified).endsWith(" GMT");

    HttpResponse<String> byTag = send(path, "GET", "If-None-Match", tag);
    assertThat(byTag.statusCode()).isEqualTo(304);
    assertThat(byTag.body()).isEmpty();
    assertThat(header(byTag, "ETag")).isEqualTo(tag);

    HttpResponse<String> byDate = send(path, "GET", "If-Modified-Since", modified);
    assertThat(byDate.statusCode()).isEqualTo(304);
    assertThat(byDate.body()).isEmpty();

    HttpResponse<String> head = send(path, "HEAD");
    assertThat(head.statusCode()).isEqualTo(200);
    assertThat(head.body()).isEmpty();
    assertThat(header(head, "ETag")).isEqualTo(tag);
    assertThat(header(head, "Content-Length"))
        .isEqualTo(String.valueOf(ok.body().getBytes(StandardCharsets.UTF_8).length));
  }

  @Test
  void the_page_links_its_three_feeds_in_its_head() throws Exception {
    String page = send("/questions/why-have-a-mentor", "GET").body();
    String head = page.substring(0, page.indexOf("</head>"));
    assertThat(head).contains("<title>Why is it important to have a mentor? · MPW Insider</title>",
        "https://example.com/insider/questions/why-have-a-mentor/feed.rss",
        "https://example.com/insider/questions/why-have-a-mentor/feed.atom",
        "https://example.com/insider/questions/why-have-a-mentor/feed.json");
    assertThat(page).contains("class=\"rt-answer\"");
  }

  @Test
  void an_unknown_question_or_feed_is_a_404_problem_detail() throws Exception {
    for (String path : new String[] {"/questions/no-such-question",
        "/questions/no-such-question/feed.rss", "/questions/no-such-question.jsonld", "/questions/why-have-a-mentor/feed.xml"}) {
      HttpResponse<String> response = send(path, "GET");
      assertThat(response.statusCode()).as(path).isEqualTo(404);
      assertThat(header(response, "Content-Type")).isEqualTo("application/problem+json");
      assertThat(response.body()).contains("\"status\":404", "\"title\":\"Not Found\"",
          "\"instance\":\"" + path + "\"").containsPattern("\"detail\":\"No (question|feed) has")
          .doesNotContain("Exception", "\tat ");
    }
  }

  private static HttpResponse<String> send(String path, String method, String... headers)
      throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
        .method(method, HttpRequest.BodyPublishers.noBody());
    if (headers.length > 0) {
      request.headers(headers);
    }
    return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private static String header(HttpResponse<?> response, String name) {
    return response.headers().firstValue(name).orElse(null);
  }

  private static void awaitAnswer() throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    while (System.nanoTime() < deadline) {
      if (!app.isAlive()) {
        throw new AssertionError("the jar stopped: " + Files.readString(log));
      }
      try {
        CLIENT.send(HttpRequest.newBuilder(uri("/questions/why-have-a-mentor")).build(),
            HttpResponse.BodyHandlers.discarding());
        return;
      } catch (IOException notYet) {
        Thread.sleep(250);
      }
    }
    throw new AssertionError("the jar did not answer within 120 s: " + Files.readString(log));
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
