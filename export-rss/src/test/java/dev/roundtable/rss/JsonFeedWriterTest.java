package dev.roundtable.rss;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.roundtable.html.HtmlExporter;
import dev.roundtable.model.Answer;
import dev.roundtable.model.MentoringExample;
import dev.roundtable.model.Question;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bundled example as JSON Feed 1.1, parsed with Jackson and checked field by field. */
class JsonFeedWriterTest {
  private static final Channel CHANNEL = Fixtures.channel("json");
  private static final Question QUESTION = MentoringExample.question();
  private static final byte[] FEED = JsonFeedWriter.of(CHANNEL).toBytes(
      FeedWriter.newestFirst(QUESTION));

  private static JsonNode feed() throws IOException {
    return new ObjectMapper().readTree(FEED);
  }

  @Test
  void writesTheTopLevelFields() throws IOException {
    JsonNode feed = feed();
    assertThat(feed.get("version").asText()).isEqualTo("https://jsonfeed.org/version/1.1");
    assertThat(feed.get("title").asText()).isEqualTo("MPW Insider");
    assertThat(feed.get("home_page_url").asText()).isEqualTo(MentoringExample.BASE);
    assertThat(feed.get("feed_url").asText()).isEqualTo(CHANNEL.selfUrl().toString());
    assertThat(feed.get("description").asText()).isEqualTo(CHANNEL.description());
    assertThat(feed.get("language").asText()).isEqualTo("en");
    assertThat(feed.get("icon").asText()).isEqualTo("https://example.com/images/insider.png");
  }

  @Test
  void listsEveryAnswerNewestFirst() throws IOException {
    List<String> titles = new ArrayList<>();
    feed().get("items").forEach(item -> titles.add(item.get("title").asText()));
    assertThat(titles).containsExactlyElementsOf(
        FeedWriter.newestFirst(QUESTION).stream().map(Answer::headline).toList());
  }

  @Test
  void writesEveryItemField() throws IOException {
    JsonNode item = feed().get("items").get(0);
    Answer featured = MentoringExample.featured();
    String url = featured.url().orElseThrow().toString();
    assertThat(item.get("id").asText()).isEqualTo(url);
    assertThat(item.get("url").asText()).isEqualTo(url);
    assertThat(item.get("title").asText()).isEqualTo(featured.headline());
    assertThat(item.get("content_html").asText())
        .isEqualTo(HtmlExporter.defaults().body(featured.body()).toString());
    assertThat(item.get("summary").asText())
        .isEqualTo(featured.standfirst(CHANNEL.summaryLength()));
    assertThat(item.get("image").asText()).isEqualTo("https://example.com/images/jenni-luke.jpg");
    assertThat(item.get("date_published").asText()).isEqualTo("2015-05-07T18:15:00Z");
    assertThat(item.has("date_modified")).isFalse();
    JsonNode author = item.get("authors").get(0);
    assertThat(author.get("name").asText()).isEqualTo("Jenni Luke");
    assertThat(author.get("url").asText()).isEqualTo("https://example.com/people/jenni-luke");
    assertThat(item.get("tags")).extracting(JsonNode::asText)
        .containsExactly("Mentoring", "Leadership");
  }

  @Test
  void writesDateModifiedForUpdatedAnswers() throws IOException {
    Answer updated = MentoringExample.featured().toBuilder()
        .updatedAt(Instant.parse("2015-05-08T09:30:00.5Z")).build();
    JsonNode item = new ObjectMapper()
        .readTree(JsonFeedWriter.of(CHANNEL).toBytes(List.of(updated)))
        .get("items").get(0);
    assertThat(item.get("date_modified").asText()).isEqualTo("2015-05-08T09:30:00Z");
  }

  @Test
  void matchesTheReviewedGoldenFile() {
    assertThat(new String(FEED, StandardCharsets.UTF_8))
        .isEqualTo(Fixtures.resource("mentoring.json").strip());
  }
}
