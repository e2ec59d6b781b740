package dev.roundtable.bench;

import dev.roundtable.json.RoundtableJson;
import dev.roundtable.model.Answer;
import dev.roundtable.model.Document;
import dev.roundtable.model.MentoringExample;
import dev.roundtable.rss.RssFeedWriter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One exporter instance shared by one and by two threads: total throughput must grow with the
 * threads, since exporters are immutable and take no locks while writing. The suite reports the
 * two-thread to one-thread ratio; on two idle cores 2.0 is perfect scaling, and other load on
 * the machine lowers it.
 *
 * <p>Each operation writes an RSS feed, or a Roundtable JSON document, of 100 answers (copies of
 * the bundled example's featured answer, as in the {@code copies} corpus of {@link Corpus}) into
 * the thread's own discarding stream.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 4, time = 500, timeUnit = TimeUnit.MILLISECONDS)
public class ConcurrencyBenchmark {
  private static final int ANSWERS = 100;

  private RssFeedWriter rss;
  private RoundtableJson json;
  private List<Answer> answers;
  private Document document;

  /** The thread's own output. */
  @State(Scope.Thread)
  public static class Sink {
    final DiscardingOutput out = new DiscardingOutput();
  }

  /** Builds the shared writers and the answers, once for all threads. */
  @Setup
  public void setUp() {
    answers = new ArrayList<>(ANSWERS);
    for (int i = 0; i < ANSWERS; i++) {
      answers.add(FeedAnswers.answer(i));
    }
    rss = RssFeedWriter.of(FeedAnswers.channel("rss"));
    json = RoundtableJson.defaults();
    document = new Document(List.of(
        MentoringExample.question().toBuilder().answers(answers).build()));
  }

  /**
   * One thread writing RSS feeds with the shared writer.
   *
   * @param sink the thread's output
   * @return bytes written, consumed by JMH
   * @throws IOException never: the sink discards
   */
  @Benchmark
  @Threads(1)
  public long roundtableWriteRssThreads1(Sink sink) throws IOException {
    rss.write(answers, sink.out);
    return sink.out.take();
  }

  /**
   * Two threads writing RSS feeds with the same shared writer.
   *
   * @param sink the thread's output
   * @return bytes written, consumed by JMH
   * @throws IOException never: the sink discards
   */
  @Benchmark
  @Threads(2)
  public long roundtableWriteRssThreads2(Sink sink) throws IOException {
    rss.write(answers, sink.out);
    return sink.out.take();
  }

  /**
   * One thread writing JSON documents with the shared writer.
   *
   * @param sink the thread's output
   * @return bytes written, consumed by JMH
   * @throws IOException never: the sink discards
   */
  @Benchmark
  @Threads(1)
  public long roundtableWriteJsonThreads1(Sink sink) throws IOException {
    json.write(document, sink.out);
    return sink.out.take();
  }

  /**
   * Two threads writing JSON documents with the same shared writer.
   *
   * @param sink the thread's output
   * @return bytes written, consumed by JMH
   * @throws IOException never: the sink discards
   */
  @Benchmark
  @Threads(2)
  public long roundtableWriteJsonThreads2(Sink sink) throws IOException {
    json.write(document, sink.out);
    return sink.out.take();
  }
}
