package dev.roundtable.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roundtable.html.HtmlExporter;
import dev.roundtable.json.JsonLd;
import dev.roundtable.json.RoundtableJson;
import dev.roundtable.model.Answer;
import dev.roundtable.model.MentoringExample;
import dev.roundtable.model.Question;
import dev.roundtable.rss.AtomFeedWriter;
import dev.roundtable.rss.Channel;
import dev.roundtable.rss.JsonFeedWriter;
import dev.roundtable.rss.RssFeedWriter;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class RepresentationsTest {
  private static final Channel CHANNEL = Channel.builder().title("Insider")
      .link("https://example.com/insider/").description("Answers from the panel.")
      .selfUrl("https://example.com/insider/feed").language("en")
      .baseUrl(MentoringExample.BASE).build();
  private final Question question = MentoringExample.question();

  @Test
  void each_exporter_call_has_its_media_type() {
    Answer answer = question.answers().get(0);
    assertThat(Representations.feed(RssFeedWriter.of(CHANNEL), question).mediaType())
        .isEqualTo("application/rss+xml; charset=utf-8");
    assertThat(Representations.feed(AtomFeedWriter.of(CHANNEL), question).mediaType())
        .isEqualTo("application/atom+xml; charset=utf-8");
    assertThat(Representations.feed(JsonFeedWriter.of(CHANNEL), question).mediaType())
        .isEqualTo("application/feed+json");
    assertThat(Representations.jsonLd(JsonLd.defaults(), question, answer).mediaType())
        .isEqualTo("application/ld+json");
    assertThat(Representations.json(answer, false).mediaType()).isEqualTo("application/json");
    assertThat(Representations.html(HtmlExporter.defaults().index(question), question)
        .mediaType()).isEqualTo("text/html; charset=utf-8");
  }

  @Test
  void the_body_is_what_the_exporter_writes() throws Exception {
    Representation feed = Representations.feed(RssFeedWriter.of(CHANNEL), question);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    feed.writeTo(out);
    assertThat(out.toByteArray())
        .isEqualTo(RssFeedWriter.of(CHANNEL).toString(question).getBytes("UTF-8"));
    assertThat(Representations.json(question, true).toBytes())
        .isEqualTo(RoundtableJson.builder().pretty(true).build().toBytes(question));
    assertThat(feed.contentLength()).isEqualTo(out.size());
  }

  @Test
  void last_modified_is_the_newest_answer_time_to_the_second() {
    Instant newest = question.answers().stream()
        .flatMap(a -> Stream.concat(Stream.of(a.publishedAt()), a.updatedAt().stream()))
        .max(Instant::compareTo).orElseThrow();
    Answer later = question.answers().get(0).toBuilder()
        .updatedAt(newest.plusMillis(86_400_750)).build();
    Question updated = question.toBuilder()
        .answers(List.of(later, question.answers().get(1))).build();
    assertThat(Representations.json(question, false).lastModified()).contains(newest);
    assertThat(Representations.json(updated, false).lastModified())
        .contains(newest.plusSeconds(86_400));
  }

  @Test
  void a_feed_tag_is_computed_without_rendering_the_feed() {
    Representation feed = Representations.feed(AtomFeedWriter.of(CHANNEL), question);
    assertThat(feed.entityTag().weak()).isFalse();
    assertThat(feed.entityTag().opaque()).matches("[A-Za-z0-9_-]{43}");
    assertThat(feed.isRendered()).isFalse();
    Representation html = Representations.html(HtmlExporter.defaults().index(question), question);
    html.entityTag();
    assertThat(html.isRendered()).isTrue(); // its tag comes from its bytes
  }

  @Test
  void varying_by_a_field_keeps_the_tag_and_lists_it_once() {
    Representation json = Representations.json(question, false);
    Representation varied = json.varyingBy("Accept").varyingBy("accept", "Accept-Language");
    assertThat(varied.vary()).containsExactly("Accept", "Accept-Language");
    assertThat(varied.entityTag()).isEqualTo(json.entityTag());
    assertThat(json.vary()).isEmpty();
    assertThatThrownBy(() -> json.varyingBy("Accept, Cookie"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("vary");
  }

  @Test
  void a_streamed_feed_is_never_buffered_and_needs_a_strong_tag() {
    Representation streamed = Representations.feed(RssFeedWriter.of(CHANNEL),
        () -> question.answers().iterator(), EntityTag.strong("v7"), null);
    assertThat(streamed.streamed()).isTrue();
    assertThat(streamed.entityTag()).isEqualTo(EntityTag.strong("v7"));
    assertThat(streamed.lastModified()).isEmpty();
    assertThatThrownBy(streamed::toBytes).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> Representations.feed(RssFeedWriter.of(CHANNEL),
        () -> question.answers().iterator(), new EntityTag("v7", true), null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tag");
  }

  @Test
  void json_ld_of_an_answer_of_another_question_is_refused_before_rendering() {
    Answer stranger = question.answers().get(0).toBuilder().id("someone-else").build();
    assertThatThrownBy(() -> Representations.jsonLd(JsonLd.defaults(), question, stranger))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("someone-else");
  }

  /** FeedInputs reads every channel field: a new one must be added there, or tags go stale. */
  @Test
  void the_feed_tag_covers_every_field_of_the_channel() {
    Set<String> accessors = Arrays.stream(Channel.class.getDeclaredMethods())
        .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()))
        .filter(m -> m.getParameterCount() == 0).map(Method::getName)
        .collect(Collectors.toSet());
    assertThat(accessors).containsExactlyInAnyOrder("title", "link", "description", "selfUrl",
        "language", "baseUrl", "limit", "generator", "ttl", "image", "summaryLength", "updated",
        "hubs", "toBuilder", "toString");
  }
}
