package dev.roundtable.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundtable.spring.testapp.ServingApp;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A 100,000-answer {@code Stream<Answer>} served as RSS by the test application in its own JVM
 * with {@code -Xmx64m}: the answers are made one by one as the feed pulls them and the body is
 * written chunked, so the feed (159 MB) passes through a heap of 64 MiB. The
 * client counts the items as they arrive, holding none of them.
 */
class SmallHeapFeedTest {
  private static final int ANSWERS = 100_000;

  @Test
  void a_100000_answer_streamed_feed_passes_through_a_64_mib_heap() throws Exception {
    int port = freePort();
    Path log = Files.createTempFile("small-heap-app", ".log");
    Process app = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx64m", "-XX:+ExitOnOutOfMemoryError",
        "-cp", System.getProperty("java.class.path"),
        ServingApp.class.getName(), "--server.port=" + port)
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    try {
      HttpClient client = HttpClient.newHttpClient();
      awaitStarted(client, port, app, log.toFile());
      HttpResponse<InputStream> response = client.send(
          HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/answers?count=" + ANSWERS))
              .header("Accept", "application/rss+xml").build(),
          HttpResponse.BodyHandlers.ofInputStream());
      assertThat(response.statusCode()).isEqualTo(200);
      long[] counted;
      try (InputStream body = response.body()) {
        counted = countItems(body);
      }
      System.out.printf("%,d items, %,d bytes through -Xmx64m%n", counted[0], counted[1]);
      assertThat(counted[0]).as("items").isEqualTo(ANSWERS);
      assertThat(counted[1]).as("bytes").isGreaterThan(2L * 64 * 1024 * 1024);
      assertThat(app.isAlive()).as("the app survived; its log: %s", log).isTrue();
    } finally {
      app.destroy();
      if (!app.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
        app.destroyForcibly();
      }
    }
  }

  /** The number of {@code <item>} openings and of bytes, counted as the bytes arrive. */
  private static long[] countItems(InputStream body) throws IOException {
    byte[] pattern = "<item>".getBytes(StandardCharsets.US_ASCII);
    byte[] buffer = new byte[64 * 1024];
    long items = 0;
    long bytes = 0;
    int matched = 0;
    for (int n; (n = body.read(buffer)) > 0; ) {
      bytes += n;
      for (int i = 0; i < n; i++) {
        matched = buffer[i] == pattern[matched] ? matched + 1 : (buffer[i] == pattern[0] ? 1 : 0);
        if (matched == pattern.length) {
          items++;
          matched = 0;
        }
      }
    }
    return new long[] {items, bytes};
  }

  private static void awaitStarted(HttpClient client, int port, Process app, File log)
      throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    while (System.nanoTime() < deadline) {
      if (!app.isAlive()) {
        throw new AssertionError("the app stopped: " + Files.readString(log.toPath()));
      }
      try {
        client.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/questions/why-have-a-mentor")).build(),
            HttpResponse.BodyHandlers.discarding());
        return;
      } catch (IOException notYet) {
        Thread.sleep(250);
      }
    }
    throw new AssertionError("the app did not answer within 120 s: " + Files.readString(log.toPath()));
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
