package dev.roundtable.bench;

import dev.roundtable.rss.RssFeedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Locale;

/**
 * The feeds' scale check: streams N generated answers (each built when pulled) into an RSS feed
 * on a discarding stream and prints one line,
 * {@code answers=N seconds=S answers_per_s=R peak_heap_mb=M}, where the peak heap is the sum of
 * the heap pools' peak usage ({@link MemoryPoolMXBean#getPeakUsage()}). Run it with a small heap
 * to show that memory does not grow with N:
 * {@code java -Xmx64m -cp benchmarks/target/benchmarks.jar dev.roundtable.bench.FeedScale 1000000}.
 */
public final class FeedScale {
  private FeedScale() {}

  /**
   * Runs the check.
   *
   * @param args the number of answers (default 1,000,000)
   * @throws IOException never: the stream discards
   */
  public static void main(String[] args) throws IOException {
    long n = args.length > 0 ? Long.parseLong(args[0].replace("_", "")) : 1_000_000L;
    if (n < 0 || n > Integer.MAX_VALUE) {
      System.err.println("usage: FeedScale [answers, 0 to " + Integer.MAX_VALUE + "]");
      System.exit(2);
    }
    RssFeedWriter writer = RssFeedWriter.of(FeedAnswers.channel("rss"));
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
    OutputStream discard = OutputStream.nullOutputStream();
    long start = System.nanoTime();
    writer.write(FeedAnswers.stream(n), discard);
    double seconds = (System.nanoTime() - start) / 1e9;
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.println(String.format(Locale.ROOT,
        "answers=%d seconds=%.2f answers_per_s=%.0f peak_heap_mb=%.1f",
        n, seconds, n / seconds, peak / (1024.0 * 1024.0)));
  }
}
