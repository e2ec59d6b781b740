package dev.roundtable.http.servlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roundtable.http.EntityTag;
import dev.roundtable.http.HttpDate;
import dev.roundtable.http.Preconditions;
import dev.roundtable.http.Representation;
import dev.roundtable.http.Representations;
import dev.roundtable.model.MentoringExample;
import dev.roundtable.model.Question;
import dev.roundtable.model.RandomModels;
import dev.roundtable.rss.Channel;
import dev.roundtable.rss.RssFeedWriter;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.catalina.Context;
import org.apache.catalina.startup.Tomcat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The helper in a real container: embedded Tomcat 11 (Servlet 6.1), the JDK's HTTP client. */
class ServletRepresentationsTest {
  private static final Question QUESTION = MentoringExample.question();
  private static final RssFeedWriter RSS = RssFeedWriter.of(Channel.builder().title("Insider")
      .link("https://example.com/insider/").description("Answers from the panel.")
      .selfUrl("https://example.com/insider/feed").language("en")
      .baseUrl(MentoringExample.BASE).build());
  private static final Representation FEED =
      Representations.feed(RSS, QUESTION).varyingBy("Accept");
  /** Enough answers for a feed far longer than the container's response buffer. */
  private static final Question LONG = new RandomModels(0x1F).question("long", 200);
  private static final AtomicInteger STREAMS_OPENED = new AtomicInteger();
  private static final AtomicReference<Preconditions.Outcome> README_OUTCOME =
      new AtomicReference<>();
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  @TempDir static Path base;
  private static Tomcat tomcat;
  private static URI root;

  private static final Map<String, Representation> PATHS = Map.of(
      "/feed", FEED,
      "/stream", Representations.feed(RSS, () -> {
        STREAMS_OPENED.incrementAndGet();
        return QUESTION.answers().iterator();
      }, EntityTag.strong("rows-2"), null),
      "/broken", Representation.of("text/plain", null, out -> {
        out.write("half of a body".getBytes(StandardCharsets.UTF_8));
        throw new IllegalStateException("the exporter failed");
      }),
      "/broken-stream", Representations.feed(RSS, () -> failingCursor(QUESTION, 2),
          EntityTag.strong("x"), null),
      "/broken-stream-late", Representations.feed(RSS, () -> failingCursor(LONG, 150),
          EntityTag.strong("y"), null));

  @BeforeAll
  static void start() throws Exception {
    tomcat = new Tomcat();
    tomcat.setBaseDir(base.toString());
    tomcat.setPort(0);
    Context context = tomcat.addContext("", base.toString());
    Tomcat.addServlet(context, "roundtable", new HttpServlet() {
      private static final long serialVersionUID = 1L;

      @Override
      protected void service(HttpServletRequest req, HttpServletResponse resp)
          throws IOException {
        resp.setHeader("Cache-Control", "max-age=60");
        if (req.getRequestURI().equals("/readme")) {
          README_OUTCOME.set(ReadmeServingTest.serve(req, resp, RSS.channel(), QUESTION));
          return;
        }
        ServletRepresentations.write(req, resp, PATHS.get(req.getRequestURI()));
      }
    });
    context.addServletMappingDecoded("/*", "roundtable");
    tomcat.getConnector();
    tomcat.start();
    root = URI.create("http://localhost:" + tomcat.getConnector().getLocalPort());
  }

  @AfterAll
  static void stop() throws Exception {
    tomcat.stop();
    tomcat.destroy();
  }

  private static HttpResponse<byte[]> send(String method, String path, String... headers)
      throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(root.resolve(path))
        .method(method, HttpRequest.BodyPublishers.noBody());
    if (headers.length > 0) {
      b.headers(headers);
    }
    return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  @Test
  void a_get_gives_200_with_the_type_the_validators_the_length_and_the_body() throws Exception {
    HttpResponse<byte[]> r = send("GET", "/feed");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type"))
        .contains("application/rss+xml;charset=utf-8");
    assertThat(r.headers().firstValue("ETag")).contains(FEED.entityTag().toString());
    assertThat(r.headers().firstValue("Last-Modified"))
        .contains(HttpDate.format(FEED.lastModified().orElseThrow()));
    assertThat(r.headers().firstValue("Vary")).contains("Accept");
    assertThat(r.headers().firstValue("Content-Length")).contains(String.valueOf(r.body().length));
    assertThat(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo(RSS.toString(QUESTION));
  }

  // RFC 9110 §13.1.2, §15.4.5: a 304 carries ETag, Last-Modified, Vary, Cache-Control; no body
  @Test
  void a_matching_if_none_match_gives_304_with_the_validators_and_no_body() throws Exception {
    HttpResponse<byte[]> r = send("GET", "/feed", "If-None-Match",
        "\"other\", " + FEED.entityTag());
    assertThat(r.statusCode()).isEqualTo(304);
    assertThat(r.body()).isEmpty();
    assertThat(r.headers().firstValue("ETag")).contains(FEED.entityTag().toString());
    assertThat(r.headers().firstValue("Last-Modified")).isPresent();
    assertThat(r.headers().firstValue("Vary")).contains("Accept");
    assertThat(r.headers().firstValue("Cache-Control")).contains("max-age=60");
  }

  // RFC 9110 §13.1.3
  @Test
  void if_modified_since_the_last_modification_gives_304() throws Exception {
    String lastModified = send("GET", "/feed").headers().firstValue("Last-Modified").orElseThrow();
    assertThat(send("GET", "/feed", "If-Modified-Since", lastModified).statusCode())
        .isEqualTo(304);
    assertThat(send("GET", "/feed", "If-Modified-Since", "Thu, 01 Jan 2015 00:00:00 GMT")
        .statusCode()).isEqualTo(200);
  }

  // RFC 9110 §9.3.2: HEAD has the headers of GET, Content-Length included, and no body
  @Test
  void a_head_gives_the_headers_of_a_get_and_no_body() throws Exception {
    HttpResponse<byte[]> get = send("GET", "/feed");
    HttpResponse<byte[]> head = send("HEAD", "/feed");
    assertThat(head.statusCode()).isEqualTo(200);
    assertThat(head.body()).isEmpty();
    for (String field : new String[] {"Content-Type", "ETag", "Last-Modified", "Content-Length"}) {
      assertThat(head.headers().firstValue(field)).as(field)
          .isEqualTo(get.headers().firstValue(field));
    }
  }

  @Test
  void a_streamed_body_is_chunked_and_not_rendered_for_head_or_304() throws Exception {
    int before = STREAMS_OPENED.get();
    assertThat(send("HEAD", "/stream").statusCode()).isEqualTo(200);
    assertThat(send("GET", "/stream", "If-None-Match", "\"rows-2\"").statusCode())
        .isEqualTo(304);
    assertThat(STREAMS_OPENED.get()).isEqualTo(before);
    HttpResponse<byte[]> get = send("GET", "/stream");
    assertThat(STREAMS_OPENED.get()).isEqualTo(before + 1);
    assertThat(get.headers().firstValue("Content-Length")).isEmpty();
    assertThat(get.headers().firstValue("Transfer-Encoding")).contains("chunked");
    assertThat(new String(get.body(), StandardCharsets.UTF_8)).isEqualTo(
        RSS.toString(QUESTION.answers()));
  }

  // RFC 9110 §13.1.1
  @Test
  void a_failed_if_match_gives_412_without_a_body() throws Exception {
    HttpResponse<byte[]> r = send("GET", "/feed", "If-Match", "\"stale\"");
    assertThat(r.statusCode()).isEqualTo(412);
    assertThat(r.body()).isEmpty();
  }

  @Test
  void a_method_other_than_get_or_head_gives_405_naming_them() throws Exception {
    HttpResponse<byte[]> r = send("POST", "/feed");
    assertThat(r.statusCode()).isEqualTo(405);
    assertThat(r.headers().firstValue("Allow")).contains("GET, HEAD");
  }

  @Test
  void an_in_memory_body_that_fails_sends_500_and_nothing_of_the_body() throws Exception {
    HttpResponse<byte[]> r = send("GET", "/broken");
    assertThat(r.statusCode()).isEqualTo(500);
    assertThat(new String(r.body(), StandardCharsets.UTF_8)).doesNotContain("half of a body");
    assertThat(r.headers().firstValue("ETag")).isEmpty();
  }

  @Test
  void a_streamed_body_that_fails_before_anything_is_sent_gives_a_clean_500() throws Exception {
    HttpResponse<byte[]> r = send("GET", "/broken-stream");
    assertThat(r.statusCode()).isEqualTo(500);
    assertThat(r.headers().firstValue("ETag")).isEmpty();
    assertThat(new String(r.body(), StandardCharsets.UTF_8)).doesNotContain("<rss");
  }

  @Test
  void a_streamed_body_that_fails_midway_is_cut_off_not_ended() {
    assertThatThrownBy(() -> send("GET", "/broken-stream-late")).isInstanceOf(IOException.class);
  }

  @Test
  void the_readme_snippet_serves_the_feed_and_decides_as_the_helper_does() throws Exception {
    README_OUTCOME.set(null);
    HttpResponse<byte[]> r = send("GET", "/readme", "If-None-Match", FEED.entityTag().toString());
    assertThat(r.statusCode()).isEqualTo(304);
    assertThat(readmeOutcome()).isEqualTo(Preconditions.Outcome.NOT_MODIFIED);
    assertThat(send("GET", "/readme").body()).isEqualTo(FEED.toBytes());
    assertThat(readmeOutcome()).isEqualTo(Preconditions.Outcome.PROCEED);
  }

  /** The snippet's outcome, taken once the servlet has set it (after the body went out). */
  private static Preconditions.Outcome readmeOutcome() throws InterruptedException {
    for (int i = 0; i < 500 && README_OUTCOME.get() == null; i++) {
      Thread.sleep(10);
    }
    return README_OUTCOME.getAndSet(null);
  }

  /** {@code count} answers, then the cursor fails, as a database connection might. */
  private static Iterator<dev.roundtable.model.Answer> failingCursor(Question question,
      int count) {
    Iterator<dev.roundtable.model.Answer> answers = question.answers().iterator();
    return new Iterator<>() {
      private int pulled;

      @Override
      public boolean hasNext() {
        return true;
      }

      @Override
      public dev.roundtable.model.Answer next() {
        if (pulled++ < count && answers.hasNext()) {
          return answers.next();
        }
        throw new NoSuchElementException("the database went away");
      }
    };
  }
}
