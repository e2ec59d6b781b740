package dev.roundtable.bench;

/**
 * The same work measured with one thread and with more threads sharing one exporter: methods
 * {@code <work>Threads1} and {@code <work>Threads<N>} of one benchmark class.
 *
 * @param work the method name without its {@code Threads<N>} suffix
 * @param single the one-thread measurement
 * @param multi the measurement with {@code multi.threads()} threads
 */
record ThreadScaling(String work, Measurement single, Measurement multi) {

  /**
   * Total throughput with {@code multi.threads()} threads divided by throughput with one: 2.0
   * is perfect scaling on two threads, 1.0 is none.
   *
   * @return the scaling ratio
   */
  Ratio speedup() {
    if (single.higherIsFaster()) {
      return Ratio.of(multi.score(), multi.error(), single.score(), single.error());
    }
    // Time per operation per thread: total throughput is threads / time.
    double threads = multi.threads();
    return Ratio.of(threads * single.score(), threads * single.error(),
        multi.score(), multi.error());
  }
}
