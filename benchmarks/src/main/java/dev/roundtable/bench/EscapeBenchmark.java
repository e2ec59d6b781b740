package dev.roundtable.bench;

import dev.roundtable.text.Context;
import dev.roundtable.model.Answer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.commons.text.StringEscapeUtils;
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
 * Escaping the texts of the corpus's 1,000 answers (every text an HTML page shows:
 * {@link FloorTexts#escaped}) for HTML and writing them in UTF-8 into a discarding sink:
 * {@link Context#HTML} against Commons Text's {@code StringEscapeUtils.escapeHtml4}, both through
 * their public API, which returns a {@code String} that is then encoded; and the floor, the
 * same texts encoded to UTF-8 once without escaping. Commons Text also turns every Latin-1
 * letter, curly quote and dash into a named entity, as {@code escapeHtml4} does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 4, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Fork(1)
public class EscapeBenchmark {
  /** The corpus ({@link Corpus#named}). */
  @Param({"copies", "realistic", "english", "latin", "cyrillic", "cjk"})
  public String corpus;

  private final DiscardingOutput out = new DiscardingOutput();
  private List<String> texts;

  /** Collects the corpus's texts, once per trial. */
  @Setup
  public void setUp() {
    texts = new ArrayList<>();
    for (Answer answer : Corpus.named(corpus).answers()) {
      FloorTexts.escaped(answer, texts::add);
    }
  }

  /**
   * Roundtable: every text escaped and encoded.
   *
   * @return the bytes written
   */
  @Benchmark
  public long roundtableEscape() {
    for (String text : texts) {
      out.encode(Context.HTML.escape(text));
    }
    return out.take();
  }

  /**
   * Commons Text: every text escaped and encoded.
   *
   * @return the bytes written
   */
  @Benchmark
  public long commonsTextEscape() {
    for (String text : texts) {
      out.encode(StringEscapeUtils.escapeHtml4(text));
    }
    return out.take();
  }

  /**
   * The floor: every text encoded, not escaped.
   *
   * @return the bytes written
   */
  @Benchmark
  public long floorEscape() {
    for (String text : texts) {
      out.encode(text);
    }
    return out.take();
  }

  /** The texts, for tests. */
  List<String> texts() {
    return texts;
  }
}
