package dev.roundtable.rss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.roundtable.model.Answer;
import dev.roundtable.model.MentoringExample;
import dev.roundtable.model.Question;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The feed's own date (RSS {@code lastBuildDate}, Atom {@code updated}): the latest of the
 * channel's {@code updated}, the question's {@code askedAt} (when a question is written) and the
 * newest answer's last modification; never the epoch, never the clock.
 */
class FeedUpdatedTest {
  private static final Instant CHANGED = Instant.parse("2016-02-03T04:05:06Z");
  private static final Question UNANSWERED = MentoringExample.question().toBuilder()
      .answers(List.of()).askedAt(Instant.parse("2015-04-30T09:00:00Z")).build();

  private static Channel channel(String format) {
    return Fixtures.channel(format);
  }

  @Test
  void refusesAnEmptyAtomFeedWithoutADateNamingTheChannelOption() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AtomFeedWriter atom = AtomFeedWriter.of(channel("atom"));
    assertThatThrownBy(() -> atom.write(List.<Answer>of(), out))
        .isInstanceOfSatisfying(InvalidChannelException.class,
            e -> assertThat(e.field()).isEqualTo("updated"))
        .hasMessageContaining("Channel.Builder.updated(Instant)");
    assertThat(out.size()).as("nothing written").isZero();
    Question undated = UNANSWERED.toBuilder().askedAt(null).build();
    assertThatThrownBy(() -> atom.toString(undated)).isInstanceOf(InvalidChannelException.class);
  }

  @Test
  void datesAnEmptyFeedWithTheChannelsUpdated() {
    Channel atom = channel("atom").toBuilder().updated(CHANGED).build();
    Channel rss = channel("rss").toBuilder().updated(CHANGED).build();
    assertThat(AtomFeedWriter.of(atom).toString(List.<Answer>of()))
        .contains("<updated>2016-02-03T04:05:06Z</updated>").doesNotContain("1970");
    assertThat(RssFeedWriter.of(rss).toString(List.<Answer>of()))
        .contains("<lastBuildDate>Wed, 03 Feb 2016 04:05:06 +0000</lastBuildDate>");
  }

  @Test
  void datesAQuestionWithoutAnswersWhenItWasAsked() {
    assertThat(AtomFeedWriter.of(channel("atom")).toString(UNANSWERED))
        .contains("<updated>2015-04-30T09:00:00Z</updated>");
    assertThat(RssFeedWriter.of(channel("rss")).toString(UNANSWERED))
        .contains("<lastBuildDate>Thu, 30 Apr 2015 09:00:00 +0000</lastBuildDate>");
  }

  @Test
  void takesTheLatestOfTheChannelsDateAndTheNewestAnswersDate() {
    Answer newest = FeedWriter.newestFirst(MentoringExample.question()).get(0);
    Channel before = channel("atom").toBuilder().updated(newest.lastModified().minusSeconds(1))
        .build();
    Channel after = channel("atom").toBuilder().updated(CHANGED).build();
    assertThat(AtomFeedWriter.of(before).toString(List.of(newest)))
        .contains("<updated>2015-05-07T18:15:00Z</updated>\n<link");
    assertThat(AtomFeedWriter.of(after).toString(List.of(newest)))
        .contains("<updated>2016-02-03T04:05:06Z</updated>\n<link");
  }

  @Test
  void keepsJsonFeedWithoutAFeedDate() throws IOException {
    assertThat(new ObjectMapper().readTree(
        JsonFeedWriter.of(channel("json")).toBytes(List.<Answer>of())).fieldNames())
        .toIterable().containsExactly("version", "title", "home_page_url", "feed_url",
            "description", "language", "icon", "items");
  }

  @Test
  void refusesDatesThatFeedsCannotWrite() {
    for (Instant outside : List.of(Instant.parse("0000-12-31T23:59:59Z"),
        Instant.parse("+10000-01-01T00:00:00Z"))) {
      assertThatThrownBy(() -> channel("atom").toBuilder().updated(outside).build())
          .isInstanceOfSatisfying(InvalidChannelException.class,
              e -> assertThat(e.field()).isEqualTo("updated"));
    }
  }
}
