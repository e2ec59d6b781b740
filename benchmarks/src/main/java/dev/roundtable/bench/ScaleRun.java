package dev.roundtable.bench;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One scaling run's result line, as printed by {@code FeedScale}, {@link JsonScale} and
 * {@link HtmlScale}:
 * {@code answers=N seconds=S answers_per_s=R peak_heap_mb=M}, optionally followed by more
 * {@code key=value} fields (e.g. {@code model_heap_mb}).
 *
 * @param workload what ran, e.g. {@code RSS feed}
 * @param answers how many answers were written
 * @param seconds how long writing took
 * @param answersPerSecond answers written per second
 * @param peakHeapMb peak heap use in MiB while writing
 * @param extra the other fields of the line, in order
 */
record ScaleRun(String workload, long answers, double seconds, double answersPerSecond,
    double peakHeapMb, Map<String, String> extra) {

  ScaleRun {
    extra = Collections.unmodifiableMap(new LinkedHashMap<>(extra));
  }

  /**
   * Reads a result line.
   *
   * @param workload the workload's name
   * @param line one line of output
   * @return the run, or empty when the line is not a result line
   */
  static Optional<ScaleRun> parse(String workload, String line) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (String token : line.trim().split("\\s+")) {
      int eq = token.indexOf('=');
      if (eq <= 0) {
        return Optional.empty();
      }
      fields.put(token.substring(0, eq), token.substring(eq + 1));
    }
    try {
      long answers = Long.parseLong(fields.remove("answers"));
      double seconds = Double.parseDouble(fields.remove("seconds"));
      double rate = Double.parseDouble(fields.remove("answers_per_s"));
      double heap = Double.parseDouble(fields.remove("peak_heap_mb"));
      return Optional.of(new ScaleRun(workload, answers, seconds, rate, heap, fields));
    } catch (NullPointerException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  /**
   * The result line for these figures, as the scaling mains print it.
   *
   * @param answers how many answers were written
   * @param seconds how long writing took
   * @param peakHeapMb peak heap use in MiB while writing
   * @return the line
   */
  static String line(long answers, double seconds, double peakHeapMb) {
    return String.format(java.util.Locale.ROOT,
        "answers=%d seconds=%.3f answers_per_s=%.0f peak_heap_mb=%.1f",
        answers, seconds, answers / seconds, peakHeapMb);
  }
}
