package dev.roundtable.bench;

import dev.roundtable.model.Answer;
import dev.roundtable.rss.Channel;
import dev.roundtable.rss.JsonFeedWriter;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A JSON Feed 1.1 of 1,000 answers with the full body of every answer ({@code content_html}),
 * written by Roundtable in UTF-8 into a discarding sink, against its floor: the texts the feed
 * carries ({@link FloorTexts#jsonFeed}) encoded to UTF-8 once. ROME writes no JSON Feed, so
 * there is no peer.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class JsonFeedBenchmark {
  /** The corpus ({@link Corpus#named}). */
  @Param({"copies", "realistic"})
  public String corpus;

  private final DiscardingOutput floor = new DiscardingOutput();
  private List<Answer> answers;
  private Channel channel;
  private JsonFeedWriter writer;

  /** Builds the corpus's 1,000 answers and the writer, once per trial. */
  @Setup
  public void setUp() {
    Corpus c = Corpus.named(corpus);
    answers = c.answers();
    channel = c.channel("json");
    writer = JsonFeedWriter.of(channel);
  }

  /**
   * Roundtable: JSON Feed 1.1 of 1,000 answers.
   *
   * @return the bytes written
   * @throws IOException never: the sink discards
   */
  @Benchmark
  public long roundtableWriteJsonFeed1000() throws IOException {
    return FeedBenchmark.write(writer, answers);
  }

  /**
   * The floor of the JSON Feed: its texts to UTF-8 once.
   *
   * @return the bytes encoded
   */
  @Benchmark
  public long floorWriteJsonFeed1000() {
    FloorTexts.jsonFeed(channel, answers, floor::encode);
    return floor.take();
  }
}
