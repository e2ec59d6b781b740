package dev.roundtable.bench;

import com.rometools.rome.io.FeedException;
import dev.roundtable.model.Answer;
import dev.roundtable.rss.Channel;
import dev.roundtable.rss.FeedWriter;
import dev.roundtable.rss.RssFeedWriter;
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
 * An RSS 2.0 feed of 1,000 answers with the full body of every answer ({@code content:encoded}),
 * written in UTF-8 into a discarding sink by
 * Roundtable's streaming writers, by ROME 2.x as its docs recommend ({@link RomeFeed}: building
 * the {@code SyndFeed} is part of ROME's work, as it is of ours; written through an
 * {@link OutputStreamWriter}, as a servlet's writer would), and by the floor: the texts the
 * Roundtable feed carries ({@link FloorTexts}), each encoded to UTF-8 once, no markup, no
 * escaping. On every corpus, scripts one by one too; Atom and the JSON Feed (which ROME does not
 * write) are {@link AtomAndJsonFeedBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 4, time = 500, timeUnit = TimeUnit.MILLISECONDS)
public class FeedBenchmark {
  /** The corpus ({@link Corpus#named}). */
  @Param({"copies", "realistic", "english", "latin", "cyrillic", "cjk"})
  public String corpus;

  private final DiscardingOutput floor = new DiscardingOutput();
  private List<Answer> answers;
  private Channel rssChannel;
  private RssFeedWriter rss;

  /** Builds the corpus's 1,000 answers and the writer, once per trial. */
  @Setup
  public void setUp() {
    Corpus c = Corpus.named(corpus);
    answers = c.answers();
    rssChannel = c.channel("rss");
    rss = RssFeedWriter.of(rssChannel);
  }

  /**
   * Roundtable: RSS 2.0 of 1,000 answers.
   *
   * @return the bytes written, so that the work is not dead code
   * @throws IOException never: the sink discards
   */
  @Benchmark
  public long roundtableWriteRss1000() throws IOException {
    return write(rss, answers);
  }

  /**
   * ROME: the same feed built as a SyndFeed and written as RSS 2.0 in UTF-8.
   *
   * @return the bytes written
   * @throws FeedException when ROME fails
   * @throws IOException never: the sink discards
   */
  @Benchmark
  public long romeWriteRss1000() throws FeedException, IOException {
    return RomeFeed.write(rssChannel, answers, "rss_2.0");
  }

  /**
   * The floor of the RSS feed: its texts to UTF-8 once.
   *
   * @return the bytes encoded
   */
  @Benchmark
  public long floorWriteRss1000() {
    FloorTexts.rss(rssChannel, answers, floor::encode);
    return floor.take();
  }

  /** The bytes of a Roundtable feed of the answers, written into a discarding sink. */
  static long write(FeedWriter feed, List<Answer> answers) throws IOException {
    DiscardingOutput out = new DiscardingOutput();
    feed.write(answers, out);
    return out.take();
  }
}
