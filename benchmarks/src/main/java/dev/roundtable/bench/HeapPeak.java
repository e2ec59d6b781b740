package dev.roundtable.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;

/** Peak heap use, from the heap memory pools' peak usage, which {@link #reset()} restarts. */
final class HeapPeak {
  private static final double MIB = 1024.0 * 1024.0;

  private HeapPeak() {}

  /** Collects garbage, then restarts every heap pool's peak at its current use. */
  static void reset() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  /**
   * The sum of the heap pools' peak use since the last {@link #reset()}, in MiB.
   *
   * @return the peak
   */
  static double peakMb() {
    long bytes = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        MemoryUsage peak = pool.getPeakUsage();
        bytes += peak == null ? 0 : peak.getUsed();
      }
    }
    return bytes / MIB;
  }

  /**
   * Heap in use right after a collection, in MiB: roughly what is still reachable.
   *
   * @return the retained heap
   */
  static double retainedMb() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / MIB;
  }
}
