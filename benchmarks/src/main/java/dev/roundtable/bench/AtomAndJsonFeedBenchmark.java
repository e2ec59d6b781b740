package dev.roundtable.bench;

import com.rometools.rome.io.FeedException;
import dev.roundtable.model.Answer;
import dev.roundtable.rss.AtomFeedWriter;
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
 * Atom 1.0 and JSON Feed 1.1 of 1,000 answers with the full body of every answer (Atom
 * {@code content}, JSON Feed {@code content_html}), written in UTF-8 into a discarding sink by
 * Roundtable, by ROME for Atom ({@link RomeFeed}; ROME writes no JSON Feed, so that work has no
 * peer) and by the floor ({@link FloorTexts#atom}, {@link FloorTexts#jsonFeed}), as
 * {@link FeedBenchmark} does for RSS; on {@code copies} and {@code realistic} (its scripts one by
 * one with {@code benchmarks/run --corpus}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 4, time = 500, timeUnit = TimeUnit.MILLISECONDS)
public class AtomAndJsonFeedBenchmark {
  /** The corpus ({@link Corpus#named}). */
  @Param({"copies", "realistic"})
  public String corpus;

  private final DiscardingOutput floor = new DiscardingOutput();
  private List<Answer> answers;
  private Channel atomChannel;
  private Channel jsonChannel;
  private AtomFeedWriter atom;
  private JsonFeedWriter jsonFeed;

  /** Builds the corpus's 1,000 answers and the writers, once per trial. */
  @Setup
  public void setUp() {
    Corpus c = Corpus.named(corpus);
    answers = c.answers();
    atomChannel = c.channel("atom");
    jsonChannel = c.channel("json");
    atom = AtomFeedWriter.of(atomChannel);
    jsonFeed = JsonFeedWriter.of(jsonChannel);
  }

  /**
   * Roundtable: Atom 1.0 of 1,000 answers.
   *
   * @return the bytes written
   * @throws IOException never: the sink discards
   */
  @Benchmark
  public long roundtableWriteAtom1000() throws IOException {
    return FeedBenchmark.write(atom, answers);
  }

  /**
   * ROME: the same feed built as a SyndFeed and written as Atom 1.0 in UTF-8.
   *
   * @return the bytes written
   * @throws FeedException when ROME fails
   * @throws IOException never: the sink discards
   */
  @Benchmark
  public long romeWriteAtom1000() throws FeedException, IOException {
    return RomeFeed.write(atomChannel, answers, "atom_1.0");
  }

  /**
   * The floor of the Atom feed: its texts to UTF-8 once.
   *
   * @return the bytes encoded
   */
  @Benchmark
  public long floorWriteAtom1000() {
    FloorTexts.atom(atomChannel, answers, floor::encode);
    return floor.take();
  }

  /**
   * Roundtable: JSON Feed 1.1 of 1,000 answers.
   *
   * @return the bytes written
   * @throws IOException never: the sink discards
   */
  @Benchmark
  public long roundtableWriteJsonFeed1000() throws IOException {
    return FeedBenchmark.write(jsonFeed, answers);
  }

  /**
   * The floor of the JSON Feed: its texts to UTF-8 once.
   *
   * @return the bytes encoded
   */
  @Benchmark
  public long floorWriteJsonFeed1000() {
    FloorTexts.jsonFeed(jsonChannel, answers, floor::encode);
    return floor.take();
  }
}
