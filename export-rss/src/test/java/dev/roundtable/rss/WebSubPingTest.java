package dev.roundtable.rss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.roundtable.model.Url;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The publish ping, sent to a hub that this test runs on the loopback interface. */
class WebSubPingTest {
  private static final Url TOPIC = Url.of("https://example.com/insider/feed.rss?lang=en&x=ü");
  private static final WebSubPing PING =
      WebSubPing.withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(5));

  /** What the hub received: method, content type, body. */
  record Received(String method, String contentType, String body) {}

  private final List<Received> received = new CopyOnWriteArrayList<>();
  private HttpServer server;

  /** Starts a hub on a free port that answers every request with that status and body. */
  private Url hub(int status, String body) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/hub", exchange -> answer(exchange, status, body));
    server.start();
    return Url.of("http://127.0.0.1:" + server.getAddress().getPort() + "/hub");
  }

  private void answer(HttpExchange exchange, int status, String body) throws IOException {
    received.add(new Received(exchange.getRequestMethod(),
        exchange.getRequestHeaders().getFirst("Content-Type"),
        new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }

  @AfterEach
  void stopTheHub() {
    if (server != null) {
      server.stop(0);
    }
  }

  private static Map<String, List<String>> form(String body) {
    Map<String, List<String>> fields = new LinkedHashMap<>();
    for (String pair : body.split("&")) {
      String[] kv = pair.split("=", 2);
      fields.computeIfAbsent(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
          k -> new ArrayList<>()).add(URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
    }
    return fields;
  }

  @Test
  void the_ping_is_a_utf8_form_post_of_mode_publish_with_the_topic_as_url_and_topic()
      throws Exception {
    Url hub = hub(204, "");

    int status = PING.publish(hub, TOPIC);

    assertThat(status).isEqualTo(204);
    assertThat(received).singleElement().satisfies(r -> {
      assertThat(r.method()).isEqualTo("POST");
      assertThat(r.contentType())
          .isEqualTo("application/x-www-form-urlencoded; charset=UTF-8");
      assertThat(form(r.body())).containsExactly(
          Map.entry("hub.mode", List.of("publish")),
          Map.entry("hub.url", List.of(Href.of(TOPIC))),
          Map.entry("hub.topic", List.of(Href.of(TOPIC))));
    });
    assertThat(Href.of(TOPIC)).endsWith("x=%C3%BC");
  }

  @Test
  void any_2xx_answer_is_success() throws Exception {
    assertThat(PING.publish(hub(202, "accepted"), TOPIC)).isEqualTo(202);
  }

  @Test
  void a_4xx_answer_is_an_exception_naming_the_hub_the_status_and_what_the_hub_said()
      throws Exception {
    Url hub = hub(400, "hub.url is not\r\na known\u0007 topic");

    WebSubPingException e = catchThrowableOfType(WebSubPingException.class,
        () -> PING.publish(hub, TOPIC));

    assertThat(e.hub()).isEqualTo(hub.toString());
    assertThat(e.status()).hasValue(400);
    assertThat(e.getMessage()).contains(hub.toString()).contains("HTTP 400")
        .contains(Href.of(TOPIC)).endsWith(": hub.url is not a known topic");
  }

  @Test
  void a_5xx_answer_is_an_exception_with_its_status() throws Exception {
    Url hub = hub(503, "");

    WebSubPingException e = catchThrowableOfType(WebSubPingException.class,
        () -> PING.publish(hub, TOPIC));

    assertThat(e.status()).hasValue(503);
    assertThat(e.getMessage()).contains(hub.toString()).endsWith("answered HTTP 503");
  }

  @Test
  void a_refused_connection_is_an_exception_naming_the_hub_without_a_status() throws Exception {
    int port;
    try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = free.getLocalPort();
    }
    Url hub = Url.of("http://127.0.0.1:" + port + "/hub");

    WebSubPingException e = catchThrowableOfType(WebSubPingException.class,
        () -> PING.publish(hub, TOPIC));

    assertThat(e.hub()).isEqualTo(hub.toString());
    assertThat(e.status()).isEmpty();
    assertThat(e.getMessage()).contains(hub.toString()).contains("could not be reached");
    assertThat(e.getCause()).isInstanceOf(IOException.class);
  }

  @Test
  void a_hub_slower_than_the_request_timeout_is_an_exception() throws Exception {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/hub", exchange -> {
      try {
        Thread.sleep(1500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      answer(exchange, 204, "");
    });
    server.start();
    Url hub = Url.of("http://127.0.0.1:" + server.getAddress().getPort() + "/hub");
    WebSubPing impatient = WebSubPing.withTimeouts(Duration.ofSeconds(5), Duration.ofMillis(200));

    WebSubPingException e = catchThrowableOfType(WebSubPingException.class,
        () -> impatient.publish(hub, TOPIC));

    assertThat(e.getMessage()).contains("could not be reached").contains("Timeout");
  }

  @Test
  void publishing_a_channel_pings_every_hub_with_its_self_url_as_topic() throws Exception {
    Url hub = hub(202, "");
    Channel channel = Fixtures.channel("rss").toBuilder().hub(hub.toString())
        .hub(hub + "?second").build();

    PING.publish(channel);

    assertThat(received).hasSize(2).allSatisfy(r -> assertThat(form(r.body()).get("hub.topic"))
        .containsExactly(channel.selfUrl().toString()));
  }

  @Test
  void timeouts_must_be_positive_and_hubs_must_be_http() {
    assertThatThrownBy(() -> WebSubPing.withTimeouts(Duration.ZERO, Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("connectTimeout");
    assertThatThrownBy(() -> WebSubPing.withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("requestTimeout");
    assertThatThrownBy(() -> PING.publish(Url.linkTarget("mailto:hub@example.com"), TOPIC))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("http or https");
  }
}
