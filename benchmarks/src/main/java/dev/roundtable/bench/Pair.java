package dev.roundtable.bench;

import java.util.Objects;
import java.util.Optional;

/**
 * Roundtable, one peer and the floor doing the same work in the same run: methods
 * {@code roundtable<Work>}, {@code <peer><Work>} and {@code floor<Work>} of one benchmark class
 * with the same parameters and thread count. A work that no peer does (JSON Feed: ROME has no
 * writer for it) is still compared with its floor, without a peer.
 *
 * @param work the shared suffix, e.g. {@code WriteRss1000}
 * @param peerName the peer's prefix, e.g. {@code rome}; empty without a peer
 * @param roundtable Roundtable's measurement
 * @param peer the peer's measurement, or {@code null} when no peer does the work
 * @param floor the floor's measurement ({@link FloorTexts}), or {@code null} when there is none
 */
record Pair(String work, String peerName, Measurement roundtable, Measurement peer,
    Measurement floor) {

  Pair {
    Objects.requireNonNull(work, "work");
    Objects.requireNonNull(peerName, "peerName");
    Objects.requireNonNull(roundtable, "roundtable");
    if (peer == null && floor == null) {
      throw new IllegalArgumentException(work + ": neither a peer nor a floor");
    }
  }

  /**
   * How many times faster Roundtable is than the peer (above 1: Roundtable is faster), with
   * bounds from both confidence intervals.
   *
   * @return the speed ratio, empty without a peer
   */
  Optional<Ratio> speedup() {
    return peer == null ? Optional.empty() : Optional.of(faster(roundtable, peer));
  }

  /**
   * Roundtable's throughput as a share of the floor's: 1 is as fast as encoding the texts
   * alone, 0.5 takes twice as long.
   *
   * @return the share, empty without a floor
   */
  Optional<Ratio> ofFloor() {
    return floor == null ? Optional.empty() : Optional.of(faster(roundtable, floor));
  }

  /**
   * How many times less CPU time per operation Roundtable takes than the peer (above 1:
   * Roundtable takes less): the ratio that holds better when other work shares the machine.
   *
   * @return the CPU time ratio, empty without a peer or without CPU times
   */
  Optional<Ratio> cpuSpeedup() {
    return lessCpu(roundtable, peer);
  }

  /**
   * The floor's CPU time per operation over Roundtable's: 1 takes as little as encoding the
   * texts alone, 0.5 twice as much.
   *
   * @return the share, empty without a floor or without CPU times
   */
  Optional<Ratio> cpuOfFloor() {
    return lessCpu(roundtable, floor);
  }

  private static Optional<Ratio> lessCpu(Measurement a, Measurement b) {
    if (b == null || Double.isNaN(a.cpuNanos()) || Double.isNaN(b.cpuNanos())) {
      return Optional.empty();
    }
    return Optional.of(Ratio.of(b.cpuNanos(), b.cpuError(), a.cpuNanos(), a.cpuError()));
  }

  /** How many times faster {@code a} is than {@code b}, in throughput or time per operation. */
  static Ratio faster(Measurement a, Measurement b) {
    if (a.higherIsFaster()) {
      return Ratio.of(a.score(), a.error(), b.score(), b.error());
    }
    return Ratio.of(b.score(), b.error(), a.score(), a.error());
  }
}
