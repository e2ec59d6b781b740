package dev.roundtable.bench;

/**
 * Roundtable and one peer doing the same work in the same run: methods
 * {@code roundtable<Work>} and {@code <peer><Work>} of one benchmark class with the same
 * parameters and thread count.
 *
 * @param work the shared suffix, e.g. {@code WriteRss1000}
 * @param peerName the peer's prefix, e.g. {@code rome}
 * @param roundtable Roundtable's measurement
 * @param peer the peer's measurement
 */
record Pair(String work, String peerName, Measurement roundtable, Measurement peer) {

  /**
   * How many times faster Roundtable is than the peer (above 1: Roundtable is faster), with
   * bounds from both confidence intervals.
   *
   * @return the speed ratio
   */
  Ratio speedup() {
    if (roundtable.higherIsFaster()) {
      return Ratio.of(roundtable.score(), roundtable.error(), peer.score(), peer.error());
    }
    return Ratio.of(peer.score(), peer.error(), roundtable.score(), roundtable.error());
  }
}
