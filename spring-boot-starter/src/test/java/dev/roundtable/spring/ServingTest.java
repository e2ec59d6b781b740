package dev.roundtable.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundtable.http.HttpDate;
import dev.roundtable.http.Representations;
import dev.roundtable.json.JsonLd;
import dev.roundtable.json.RoundtableJson;
import dev.roundtable.model.MentoringExample;
import dev.roundtable.model.Question;
import dev.roundtable.rss.AtomFeedWriter;
import dev.roundtable.rss.JsonFeedWriter;
import dev.roundtable.rss.RssFeedWriter;
import dev.roundtable.spring.testapp.ServingApp;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The starter in a real embedded Tomcat (random port), asked by the JDK's {@link HttpClient}:
 * the negotiated formats of a {@code Question} with their validators, 304s, {@code HEAD}, gzip,
 * a streamed {@code Stream<Answer>}, the Jackson 3 module, and a 404 problem detail.
 */
@SpringBootTest(classes = ServingApp.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ServingTest {
  private static final String PATH = "/questions/why-have-a-mentor";
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  @LocalServerPort
  int port;
  @Autowired
  RssFeedWriter rss;
  @Autowired
  AtomFeedWriter atom;
  @Autowired
  JsonFeedWriter jsonFeed;
  @Autowired
  JsonLd jsonLd;

  private final Question question = MentoringExample.question();

  @Test
  void a_question_asked_for_as_rss_is_the_feed_with_its_validators() throws Exception {
    HttpResponse<byte[]> response = get(PATH, "Accept", "application/rss+xml");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(header(response, "Content-Type")).isEqualTo("application/rss+xml;charset=utf-8");
    assertThat(header(response, "ETag"))
        .isEqualTo(Representations.feed(rss, question).entityTag().toString()).startsWith("\"");
    assertThat(header(response, "Last-Modified")).isEqualTo(
        HttpDate.format(Representations.feed(rss, question).lastModified().orElseThrow()));
    assertThat(header(response, "Vary")).contains("Accept");
    assertThat(response.body()).isEqualTo(Representations.feed(rss, question).toBytes());
  }

  @Test
  void feed_json_and_ld_json_are_roundtables_bytes_not_jacksons() throws Exception {
    HttpResponse<byte[]> feed = get(PATH, "Accept", "application/feed+json");
    assertThat(header(feed, "Content-Type")).isEqualTo("application/feed+json");
    assertThat(feed.body()).isEqualTo(Representations.feed(jsonFeed, question).toBytes());

    HttpResponse<byte[]> ld = get(PATH, "Accept", "application/ld+json");
    assertThat(header(ld, "Content-Type")).isEqualTo("application/ld+json");
    assertThat(new String(ld.body(), StandardCharsets.UTF_8))
        .isEqualTo(jsonLd.questionPage(question));
  }

  @Test
  void without_an_accept_field_a_question_is_its_roundtable_json() throws Exception {
    HttpResponse<byte[]> response = get(PATH);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(header(response, "Content-Type")).isEqualTo("application/json");
    assertThat(RoundtableJson.defaults().read(response.body(), Question.class)).isEqualTo(question);
    assertThat(header(response, "ETag")).isNotNull();
  }

  @Test
  void a_second_get_with_the_etag_is_a_304_without_a_body() throws Exception {
    String tag = header(get(PATH, "Accept", "application/rss+xml"), "ETag");
    HttpResponse<byte[]> again = get(PATH, "Accept", "application/rss+xml", "If-None-Match", tag);
    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
    assertThat(header(again, "ETag")).isEqualTo(tag);

    HttpResponse<byte[]> other = get(PATH, "Accept", "application/rss+xml",
        "If-None-Match", "\"something-else\"");
    assertThat(other.statusCode()).isEqualTo(200);
  }

  @Test
  void if_modified_since_the_last_modified_date_is_a_304() throws Exception {
    String modified = header(get(PATH, "Accept", "application/ld+json"), "Last-Modified");
    HttpResponse<byte[]> again = get(PATH, "Accept", "application/ld+json",
        "If-Modified-Since", modified);
    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
    HttpResponse<byte[]> earlier = get(PATH, "Accept", "application/ld+json",
        "If-Modified-Since", "Sat, 01 Jan 2000 00:00:00 GMT");
    assertThat(earlier.statusCode()).isEqualTo(200);
  }

  @Test
  void head_has_the_headers_of_a_get_and_no_body() throws Exception {
    HttpResponse<byte[]> get = get(PATH, "Accept", "application/atom+xml");
    HttpResponse<byte[]> head = send(HttpRequest.newBuilder(uri(PATH))
        .method("HEAD", HttpRequest.BodyPublishers.noBody())
        .header("Accept", "application/atom+xml"));
    assertThat(head.statusCode()).isEqualTo(200);
    assertThat(head.body()).isEmpty();
    assertThat(header(head, "ETag")).isEqualTo(header(get, "ETag"));
    assertThat(header(head, "Content-Type")).isEqualTo(header(get, "Content-Type"));
    assertThat(header(head, "Content-Length")).isEqualTo(String.valueOf(get.body().length));
  }

  @Test
  void a_representation_returned_by_a_controller_is_served_with_conditional_get() throws Exception {
    HttpResponse<byte[]> response = get("/example/feed.atom");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(header(response, "Content-Type")).isEqualTo("application/atom+xml;charset=utf-8");
    assertThat(response.body()).isEqualTo(Representations.feed(atom, question).toBytes());
    HttpResponse<byte[]> again = get("/example/feed.atom",
        "If-None-Match", header(response, "ETag"));
    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
  }

  @Test
  void the_readmes_controller_serves_rss_by_path_and_a_stream_by_negotiation() throws Exception {
    HttpResponse<byte[]> rssByPath = get(PATH + "/feed.rss");
    assertThat(rssByPath.statusCode()).isEqualTo(200);
    assertThat(header(rssByPath, "ETag"))
        .isEqualTo(Representations.feed(rss, question).entityTag().toString());
    assertThat(rssByPath.body()).isEqualTo(Representations.feed(rss, question).toBytes());

    HttpResponse<byte[]> latest = get("/answers/latest", "Accept", "application/atom+xml");
    assertThat(latest.statusCode()).isEqualTo(200);
    assertThat(header(latest, "Content-Type")).isEqualTo("application/atom+xml;charset=UTF-8");
    assertThat(new String(latest.body(), StandardCharsets.UTF_8).split("<entry>", -1))
        .hasSize(question.answers().size() + 1);
  }

  @Test
  void with_compression_on_a_streamed_feed_asked_for_with_gzip_is_gzipped() throws Exception {
    HttpResponse<byte[]> plain = get("/answers?count=50", "Accept", "application/rss+xml");
    HttpResponse<byte[]> gzipped = get("/answers?count=50", "Accept", "application/rss+xml",
        "Accept-Encoding", "gzip");
    assertThat(gzipped.statusCode()).isEqualTo(200);
    assertThat(header(gzipped, "Content-Encoding")).isEqualTo("gzip");
    assertThat(gunzip(gzipped.body())).isEqualTo(plain.body());
    assertThat(gzipped.body().length).isLessThan(plain.body().length / 4);
  }

  @Test
  void tomcat_does_not_compress_a_response_with_a_strong_etag() throws Exception {
    // RFC 9110 8.8.3: a strong tag names one sequence of bytes, so Tomcat (since bug 63932)
    // sends such a response as it is rather than gzip it under the same tag.
    HttpResponse<byte[]> response = get(PATH, "Accept", "application/rss+xml",
        "Accept-Encoding", "gzip");
    assertThat(header(response, "ETag")).startsWith("\"");
    assertThat(header(response, "Content-Encoding")).isNull();
    assertThat(response.body()).isEqualTo(Representations.feed(rss, question).toBytes());
  }

  @Test
  void a_stream_of_answers_is_a_feed_written_as_it_is_pulled() throws Exception {
    HttpResponse<byte[]> response = get("/answers?count=300", "Accept", "application/rss+xml");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(header(response, "Content-Type")).isEqualTo("application/rss+xml;charset=UTF-8");
    assertThat(header(response, "Content-Length")).isNull(); // chunked: never buffered
    String feed = new String(response.body(), StandardCharsets.UTF_8);
    assertThat(feed.split("<item>", -1)).hasSize(301);
    assertThat(feed).endsWith("</rss>\n");

    HttpResponse<byte[]> json = get("/answers?count=3", "Accept", "application/feed+json");
    assertThat(header(json, "Content-Type")).isEqualTo("application/feed+json");
    assertThat(new String(json.body(), StandardCharsets.UTF_8))
        .contains("\"title\":\"Generated answer 2\"");
  }

  @Test
  void an_answer_inside_the_applications_own_record_is_the_roundtable_json() throws Exception {
    HttpResponse<byte[]> response = get("/example/note");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(header(response, "Content-Type")).isEqualTo("application/json");
    String answer = new String(RoundtableJson.defaults().toBytes(question.answers().get(0)),
        StandardCharsets.UTF_8);
    assertThat(new String(response.body(), StandardCharsets.UTF_8))
        .isEqualTo("{\"text\":\"kept for later\",\"answer\":" + answer + "}");
  }

  @Test
  void an_unknown_question_is_a_404_problem_detail_without_a_stack_trace() throws Exception {
    HttpResponse<byte[]> response = get("/questions/no-such-question", "Accept",
        "application/rss+xml, application/problem+json");
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(header(response, "Content-Type")).isEqualTo("application/problem+json");
    String body = new String(response.body(), StandardCharsets.UTF_8);
    assertThat(body).contains("\"status\":404", "\"title\":\"Not Found\"",
        "\"detail\":\"No question has the id \\\"no-such-question\\\".\"",
        "\"instance\":\"/questions/no-such-question\"");
    assertThat(body).doesNotContain("Exception", "trace", "\tat ");
  }

  private HttpResponse<byte[]> get(String path, String... headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
    if (headers.length > 0) {
      request.headers(headers);
    }
    return send(request);
  }

  private static HttpResponse<byte[]> send(HttpRequest.Builder request) throws Exception {
    return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private static String header(HttpResponse<?> response, String name) {
    return response.headers().firstValue(name).orElse(null);
  }

  private static byte[] gunzip(byte[] bytes) throws IOException {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
      return in.readAllBytes();
    }
  }
}
