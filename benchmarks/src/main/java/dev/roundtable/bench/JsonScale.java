package dev.roundtable.bench;

import dev.roundtable.json.RoundtableJson;
import dev.roundtable.model.Document;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * Writes one Roundtable JSON document of N answers to a discarding stream and prints
 * {@code answers=N seconds=S answers_per_s=R peak_heap_mb=M model_heap_mb=D output_mb=O runs=K}.
 *
 * <p>The writer's input, a document whose question has N answers (copies of the bundled
 * example's featured answer, as in {@link FeedBenchmark}), is built in memory first and its
 * retained size measured ({@code model_heap_mb}). Then the heap peaks are reset and the document
 * is written as {@link TimedWrites} times it: at least three times and for at least a second;
 * the median time is reported. {@code peak_heap_mb} minus
 * {@code model_heap_mb} is what writing costs, and stays flat because the writer streams.
 * Run by {@link Scaling} through {@link ScaleChild}, in a fresh JVM per size.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dev.roundtable.bench.JsonScale 100000</pre>
 */
public final class JsonScale {
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
    Document document = new Document(List.of(FeedAnswers.question(answers)));
    double modelMb = HeapPeak.retainedMb();
    HeapPeak.reset();
    TimedWrites.Result timing = TimedWrites.run(out -> json.write(document, out));
    double peak = HeapPeak.peakMb();
    System.out.println(ScaleRun.line(answers, timing.medianSeconds(), peak)
        + String.format(Locale.ROOT, " model_heap_mb=%.1f output_mb=%.1f runs=%d", modelMb,
            timing.bytes() / (1024.0 * 1024.0), timing.runs()));
  }
}
