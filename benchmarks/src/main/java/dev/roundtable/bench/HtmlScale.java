package dev.roundtable.bench;

import dev.roundtable.html.HtmlExporter;
import dev.roundtable.html.HtmlOptions;
import dev.roundtable.model.Answer;
import dev.roundtable.model.Question;
import java.io.IOException;
import java.util.Locale;

/**
 * Writes the HTML page fragments of one question with N answers to a discarding stream, as
 * {@code roundtable render --format page} does (the question index, then each answer's intro and
 * article, all with their JSON-LD), and prints
 * {@code answers=N seconds=S answers_per_s=R peak_heap_mb=M model_heap_mb=D output_mb=O
 * bytes_per_answer=B runs=K}.
 *
 * <p>The answers are copies of the bundled example's featured answer (as in {@link JsonScale}),
 * each with its own id and URL, so every answer's "Read all answers" list is derived from the
 * others. Linear output shows as flat {@code bytes_per_answer}, linear time as flat answers per
 * second. Timed by {@link TimedWrites}, as {@link JsonScale} is. Run by {@link Scaling} through
 * {@link ScaleChild}, in a fresh JVM per size.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dev.roundtable.bench.HtmlScale 100000</pre>
 */
public final class HtmlScale {
  private HtmlScale() {}

  /**
   * Runs one size.
   *
   * @param args the number of answers
   * @throws IOException never: the output discards
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1 || !args[0].matches("[1-9][0-9]{0,8}")) {
      System.err.println("usage: HtmlScale ANSWERS   (1 to 999999999)");
      System.exit(2);
    }
    int answers = Integer.parseInt(args[0]);
    Question question = FeedAnswers.question(answers);
    HtmlOptions options = HtmlOptions.builder().metadata(HtmlOptions.Metadata.JSON_LD).build();
    HtmlExporter fragments = HtmlExporter.of(options);
    HtmlExporter index = HtmlExporter.of(options.toBuilder().headingLevel(1).build());
    double modelMb = HeapPeak.retainedMb();
    HeapPeak.reset();
    TimedWrites.Result timing = TimedWrites.run(out -> {
      index.index(question).writeTo(out);
      for (Answer answer : question.answers()) {
        fragments.intro(question, answer).writeTo(out);
        fragments.answer(question, answer).writeTo(out);
      }
    });
    double peak = HeapPeak.peakMb();
    System.out.println(ScaleRun.line(answers, timing.medianSeconds(), peak)
        + String.format(Locale.ROOT, " model_heap_mb=%.1f output_mb=%.1f bytes_per_answer=%d"
            + " runs=%d", modelMb, timing.bytes() / (1024.0 * 1024.0), timing.bytes() / answers,
            timing.runs()));
  }
}
