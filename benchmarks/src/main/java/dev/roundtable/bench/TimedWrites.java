package dev.roundtable.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Times one scaling run's write: repeated at least three times and for at least a second (so
 * small sizes are not one noisy millisecond), into a {@link DiscardingOutput}; the median
 * counts. Used by {@link JsonScale} and {@link HtmlScale}.
 */
final class TimedWrites {
  private static final int MIN_RUNS = 3;
  private static final int MAX_RUNS = 1_000;
  private static final double MIN_SECONDS = 1.0;

  private TimedWrites() {}

  /** One write of the whole workload. */
  @FunctionalInterface
  interface Write {
    void to(DiscardingOutput out) throws IOException;
  }

  /**
   * The timing of a workload.
   *
   * @param medianSeconds the median time of one write
   * @param bytes how many bytes one write wrote
   * @param runs how many writes were timed
   */
  record Result(double medianSeconds, long bytes, int runs) {}

  /** Writes the workload until there are enough timings. */
  static Result run(Write write) throws IOException {
    DiscardingOutput out = new DiscardingOutput();
    List<Double> seconds = new ArrayList<>();
    long bytes = 0;
    double total = 0;
    while (seconds.size() < MIN_RUNS || total < MIN_SECONDS && seconds.size() < MAX_RUNS) {
      long start = System.nanoTime();
      write.to(out);
      double elapsed = (System.nanoTime() - start) / 1e9;
      seconds.add(elapsed);
      total += elapsed;
      bytes = out.take();
    }
    Collections.sort(seconds);
    return new Result(seconds.get(seconds.size() / 2), bytes, seconds.size());
  }
}
