package dev.roundtable.rss;

import dev.roundtable.model.Url;
import dev.roundtable.text.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;

/**
 * Tells WebSub hubs that a feed changed, so that they fetch it and push it to subscribers
 * (W3C WebSub; the publish ping that the common hubs accept): an HTTP POST of the form
 * {@code hub.mode=publish}, {@code hub.url=<topic>} and {@code hub.topic=<topic>} (some hubs read
 * one name, some the other), {@code application/x-www-form-urlencoded} in UTF-8. A 2xx answer is
 * success; any other status, a refused connection or a timeout is a
 * {@link WebSubPingException} naming the hub, the topic and the status or cause. Redirects are
 * not followed. Uses the JDK's {@link HttpClient} only. Immutable and thread-safe: make one and
 * share it.
 *
 * <pre>{@code
 * WebSubPing ping = WebSubPing.withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(10));
 * ping.publish(channel);   // every hub of the channel, topic = the channel's selfUrl
 * }</pre>
 */
public final class WebSubPing {
  /** How long connecting to a hub may take unless set otherwise. */
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);

  /** How long a hub may take to answer unless set otherwise. */
  public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(30);

  /** The most of a refusal's body quoted in the exception's message, in characters. */
  private static final int QUOTED = 200;

  private final HttpClient client;
  private final Duration requestTimeout;

  private WebSubPing(Duration connectTimeout, Duration requestTimeout) {
    this.requestTimeout = positive(requestTimeout, "requestTimeout");
    this.client = HttpClient.newBuilder()
        .connectTimeout(positive(connectTimeout, "connectTimeout"))
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  /**
   * {@return a ping with the default timeouts: {@link #DEFAULT_CONNECT_TIMEOUT} and
   *     {@link #DEFAULT_REQUEST_TIMEOUT}}
   */
  public static WebSubPing withDefaults() {
    return new WebSubPing(DEFAULT_CONNECT_TIMEOUT, DEFAULT_REQUEST_TIMEOUT);
  }

  /**
   * A ping with its own timeouts.
   *
   * @param connectTimeout how long connecting to a hub may take, positive
   * @param requestTimeout how long a hub may take to answer once the request is sent, positive
   * @return the ping
   * @throws IllegalArgumentException when a timeout is zero or negative
   */
  public static WebSubPing withTimeouts(Duration connectTimeout, Duration requestTimeout) {
    return new WebSubPing(connectTimeout, requestTimeout);
  }

  /**
   * Tells every hub of the channel that its feed changed; the topic is its
   * {@link Channel#selfUrl() selfUrl}. Every hub is pinged even when one fails.
   *
   * @param channel the channel whose feed changed; without hubs nothing is sent
   * @throws WebSubPingException for the first hub that failed, the later failures suppressed
   */
  public void publish(Channel channel) throws WebSubPingException {
    WebSubPingException first = null;
    for (Url hub : channel.hubs()) {
      try {
        publish(hub, channel.selfUrl());
      } catch (WebSubPingException e) {
        if (first == null) {
          first = e;
        } else {
          first.addSuppressed(e);
        }
      }
    }
    if (first != null) {
      throw first;
    }
  }

  /**
   * Tells one hub that a topic changed.
   *
   * @param hub the hub's URL, http or https
   * @param topic the feed's own URL, as its self link gives it
   * @return the hub's 2xx status (202 Accepted or 204 No Content, usually)
   * @throws WebSubPingException when the hub answers otherwise or cannot be reached
   * @throws IllegalArgumentException when the hub is not an http or https URL
   */
  public int publish(Url hub, Url topic) throws WebSubPingException {
    if (!Objects.requireNonNull(hub, "hub").isWeb()) {
      throw new IllegalArgumentException("a WebSub hub must be an http or https URL, was " + hub);
    }
    String hubUrl = Href.of(hub);
    String topicUrl = Href.of(Objects.requireNonNull(topic, "topic"));
    String form = "hub.mode=publish&hub.url=" + encode(topicUrl)
        + "&hub.topic=" + encode(topicUrl);
    HttpRequest request = HttpRequest.newBuilder(URI.create(hubUrl))
        .timeout(requestTimeout)
        .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
        .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8))
        .build();
    String ping = "the WebSub hub " + hubUrl + " (publish ping for " + topicUrl + ")";
    HttpResponse<InputStream> response;
    try {
      response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new WebSubPingException(hubUrl, -1, ping + " was interrupted",
          new InterruptedIOException(e.getMessage()));
    } catch (IOException e) {
      throw new WebSubPingException(hubUrl, -1, ping + " could not be reached: "
          + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()),
          e);
    }
    int status = response.statusCode();
    String quoted = quote(response.body());
    if (status < 200 || status > 299) {
      throw new WebSubPingException(hubUrl, status, ping + " answered HTTP " + status
          + (quoted.isEmpty() ? "" : ": " + quoted), null);
    }
    return status;
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** The start of a body, on one line, without the characters a log must not carry. */
  private static String quote(InputStream body) {
    try (body) {
      byte[] start = body.readNBytes(QUOTED * 4);
      String text = new String(start, StandardCharsets.UTF_8).replaceAll("\\s+", " ").strip();
      text = Context.XML_TEXT.strip(text);
      return text.length() > QUOTED ? text.substring(0, QUOTED) + "…" : text;
    } catch (IOException e) {
      return "";
    }
  }

  private static Duration positive(Duration timeout, String name) {
    if (Objects.requireNonNull(timeout, name).isZero() || timeout.isNegative()) {
      throw new IllegalArgumentException(name + " must be positive, was " + timeout);
    }
    return timeout;
  }
}
