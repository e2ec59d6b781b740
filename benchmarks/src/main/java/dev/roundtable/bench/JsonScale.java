package dev.roundtable.bench;

import dev.roundtable.json.RoundtableJson;
import dev.roundtable.model.Document;
import dev.roundtable.model.MentoringExample;
import dev.roundtable.model.Question;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Writes one Roundtable JSON document of N answers to a discarding stream and prints
 * {@code answers=N seconds=S answers_per_s=R peak_heap_mb=M model_heap_mb=D output_mb=O runs=K}.
 *
 * <p>The writer's input, a document whose question has N answers (copies of the bundled
 * example's featured answer, as in {@link FeedBenchmark}), is built in memory first and its
 * retained size measured ({@code model_heap_mb}). Then the heap peaks are reset and the document
 * is written at least three times and for at least a second (so small sizes are not one
 * noisy millisecond); the median time is reported. {@code peak_heap_mb} minus
 * {@code model_heap_mb} is what writing costs, and stays flat because the writer streams.
 * Run by {@link Scaling} through {@link ScaleChild}, in a fresh JVM per size.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dev.roundtable.bench.JsonScale 100000</pre>
 */
public final class JsonScale {
  /** Timed writes per size: at least 3 and at least a second's worth; the median counts. */
  private static final int MIN_RUNS = 3;
  private static final int MAX_RUNS = 1_000;
  private static final double MIN_SECONDS = 1.0;

  private JsonScale() {}

  /**
   * Runs one size.
   *
   * @param args the number of answers
   * @throws IOException never: the output discards
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1 || !args[0].matches("[1-9][0-9]{0,8}")) {
      System.err.println("usage: JsonScale ANSWERS   (1 to 999999999)");
      System.exit(2);
    }
    int answers = Integer.parseInt(args[0]);
    RoundtableJson json = RoundtableJson.defaults();
    Question.Builder question = MentoringExample.question().toBuilder().answers(List.of());
    for (int i = 0; i < answers; i++) {
      question.answer(FeedAnswers.answer(i));
    }
    Document document = new Document(List.of(question.build()));
    double modelMb = HeapPeak.retainedMb();
    DiscardingOutput out = new DiscardingOutput();
    HeapPeak.reset();
    List<Double> seconds = new ArrayList<>();
    long bytes = 0;
    double total = 0;
    while (seconds.size() < MIN_RUNS || total < MIN_SECONDS && seconds.size() < MAX_RUNS) {
      long start = System.nanoTime();
      json.write(document, out);
      double elapsed = (System.nanoTime() - start) / 1e9;
      seconds.add(elapsed);
      total += elapsed;
      bytes = out.take();
    }
    double peak = HeapPeak.peakMb();
    Collections.sort(seconds);
    System.out.println(ScaleRun.line(answers, seconds.get(seconds.size() / 2), peak)
        + String.format(Locale.ROOT, " model_heap_mb=%.1f output_mb=%.1f runs=%d", modelMb,
            bytes / (1024.0 * 1024.0), seconds.size()));
  }
}
