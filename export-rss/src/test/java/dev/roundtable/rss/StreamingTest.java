package dev.roundtable.rss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roundtable.model.Answer;
import dev.roundtable.model.Contributor;
import dev.roundtable.model.MentoringExample;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** How writers consume answers: one at a time, up to the limit, writing as they go. */
class StreamingTest {
  static Stream<FeedWriter> writers() {
    return Stream.of(RssFeedWriter.of(Fixtures.channel("rss")),
        AtomFeedWriter.of(Fixtures.channel("atom")), JsonFeedWriter.of(Fixtures.channel("json")));
  }

  static Answer answer(int i) {
    return Answer.builder().id("a" + i).headline("Answer " + i)
        .publishedAt(Instant.parse("2020-01-01T00:00:00Z").minusSeconds(60L * i))
        .contributor(Contributor.named("Panellist " + i)).body("Body of answer " + i).build();
  }

  /** An iterator that records how many bytes had been written when each answer was pulled. */
  static final class Recording implements Iterator<Answer> {
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final List<Integer> bytesAtPull = new ArrayList<>();
    final int size;
    int pulled;

    Recording(int size) {
      this.size = size;
    }

    @Override
    public boolean hasNext() {
      return pulled < size;
    }

    @Override
    public Answer next() {
      bytesAtPull.add(out.size());
      return answer(pulled++);
    }
  }

  @ParameterizedTest
  @MethodSource("writers")
  void writesEachAnswerBeforePullingTheNext(FeedWriter writer) throws IOException {
    Recording answers = new Recording(3000);
    writer.write(answers, answers.out);
    assertThat(answers.pulled).isEqualTo(3000);
    // with a 16 KiB buffer, bytes reach the stream while answers are still being pulled
    assertThat(answers.bytesAtPull.get(2999)).isGreaterThan(answers.out.size() / 2);
  }

  @ParameterizedTest
  @MethodSource("writers")
  void stopsPullingAtTheChannelsLimit(FeedWriter writer) throws IOException {
    FeedWriter limited = rebuild(writer, writer.channel().toBuilder().limit(2).build());
    Recording answers = new Recording(1_000_000);
    limited.write(answers, answers.out);
    assertThat(answers.pulled).isEqualTo(2);
    String feed = answers.out.toString(StandardCharsets.UTF_8);
    assertThat(feed).contains("Answer 0", "Answer 1").doesNotContain("Answer 2");
  }

  @ParameterizedTest
  @MethodSource("writers")
  void acceptsIterablesStreamsAndQuestionsAlike(FeedWriter writer) throws IOException {
    List<Answer> answers = FeedWriter.newestFirst(MentoringExample.question());
    ByteArrayOutputStream fromStream = new ByteArrayOutputStream();
    writer.write(answers.stream(), fromStream);
    ByteArrayOutputStream fromQuestion = new ByteArrayOutputStream();
    writer.write(MentoringExample.question(), fromQuestion);
    assertThat(fromStream.toByteArray()).isEqualTo(writer.toBytes(answers))
        .isEqualTo(fromQuestion.toByteArray());
    assertThat(writer.toString(MentoringExample.question()))
        .isEqualTo(fromQuestion.toString(StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @MethodSource("writers")
  void writesTheSameBytesEveryTime(FeedWriter writer) {
    List<Answer> answers = FeedWriter.newestFirst(MentoringExample.question());
    assertThat(writer.toBytes(answers)).isEqualTo(writer.toBytes(new ArrayList<>(answers)));
  }

  @ParameterizedTest
  @MethodSource("writers")
  void namesTheNullAnswer(FeedWriter writer) {
    List<Answer> answers = Arrays.asList(answer(0), answer(1), null);
    assertThatThrownBy(() -> writer.toBytes(answers))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("answers[2]: must not be null");
  }

  @ParameterizedTest
  @MethodSource("writers")
  void flushesButNeverClosesTheCallersStream(FeedWriter writer) throws IOException {
    AtomicBoolean closed = new AtomicBoolean();
    AtomicBoolean flushed = new AtomicBoolean();
    OutputStream out = new OutputStream() {
      @Override
      public void write(int b) {}

      @Override
      public void flush() {
        flushed.set(true);
      }

      @Override
      public void close() {
        closed.set(true);
      }
    };
    writer.write(List.of(answer(0)), out);
    assertThat(flushed).isTrue();
    assertThat(closed).isFalse();
  }

  @ParameterizedTest
  @MethodSource("writers")
  void writesTheSameFeedFromManyThreadsAtOnce(FeedWriter writer) throws Exception {
    List<Answer> answers = FeedWriter.newestFirst(MentoringExample.question());
    byte[] expected = writer.toBytes(answers);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<byte[]>> results = new ArrayList<>();
      for (int i = 0; i < 32; i++) {
        results.add(pool.submit(() -> writer.toBytes(answers)));
      }
      for (Future<byte[]> result : results) {
        assertThat(result.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void leavesTheDateOutOfAnEmptyRssFeedRatherThanTakeTheClock() {
    String rss = RssFeedWriter.of(Fixtures.channel("rss")).toString(List.<Answer>of());
    assertThat(rss).doesNotContain("lastBuildDate").doesNotContain("<item>");
    assertThat(Fixtures.parseRome(rss.getBytes(StandardCharsets.UTF_8)).getEntries()).isEmpty();
  }

  @Test
  void datesTheFeedWithTheFirstAnswersLastModification() {
    Answer updated = answer(0).toBuilder().updatedAt(Instant.parse("2021-03-04T05:06:07Z"))
        .build();
    String rss = RssFeedWriter.of(Fixtures.channel("rss")).toString(List.of(updated, answer(1)));
    String atom = AtomFeedWriter.of(Fixtures.channel("atom")).toString(List.of(updated));
    assertThat(rss).contains("<lastBuildDate>Thu, 04 Mar 2021 05:06:07 +0000</lastBuildDate>");
    assertThat(atom).contains("<updated>2021-03-04T05:06:07Z</updated>\n<link");
  }

  @Test
  void sortsAQuestionsAnswersNewestFirstThenById() {
    Answer older = answer(5);
    Answer a = answer(1).toBuilder().id("b").build();
    Answer b = answer(1).toBuilder().id("a").build();
    List<Answer> sorted = FeedWriter.newestFirst(MentoringExample.question().toBuilder()
        .answers(List.of(older, a, b)).build());
    assertThat(sorted).extracting(Answer::id).containsExactly("a", "b", "a5");
  }

  private static FeedWriter rebuild(FeedWriter writer, Channel channel) {
    if (writer instanceof RssFeedWriter) {
      return RssFeedWriter.of(channel);
    }
    return writer instanceof AtomFeedWriter ? AtomFeedWriter.of(channel)
        : JsonFeedWriter.of(channel);
  }
}
