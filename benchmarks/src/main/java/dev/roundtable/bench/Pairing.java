package dev.roundtable.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what the suite compares, from the method names alone.
 *
 * <p>Pairs: in one benchmark class, {@code roundtable<Work>} is paired with every other method
 * {@code <peer><Work>} measured with the same parameters and thread count, where {@code <peer>}
 * starts with a lower-case letter and {@code <Work>} with an upper-case letter or a digit. When
 * several Roundtable suffixes end a peer's method name, the longest wins, so
 * {@code romeParseWriteRss} goes with {@code roundtableParseWriteRss}, not with
 * {@code roundtableWriteRss}. The method {@code floor<Work>} is no peer: it is the floor of
 * every pair of that work ({@link Pair#floor()}), and a work with a floor and no peer is a pair
 * of its own, without a peer.
 *
 * <p>Thread scaling: in one benchmark class, {@code <work>Threads1} is compared with every
 * {@code <work>Threads<N>} of the same parameters.
 */
final class Pairing {
  static final String ROUNDTABLE = "roundtable";
  static final String FLOOR = "floor";
  private static final Pattern THREADS = Pattern.compile("(.+)Threads(\\d+)");

  private Pairing() {}

  /**
   * Every Roundtable-versus-peer pair in the measurements, in measurement order.
   *
   * @param measurements the results of one run
   * @return the pairs
   */
  static List<Pair> pairs(List<Measurement> measurements) {
    List<Pair> pairs = new ArrayList<>();
    for (Measurement rt : measurements) {
      Optional<String> work = work(rt.method());
      if (work.isEmpty()) {
        continue;
      }
      Measurement floor = measurements.stream()
          .filter(m -> sameSetting(rt, m) && m.method().equals(FLOOR + work.get()))
          .findFirst().orElse(null);
      int before = pairs.size();
      for (Measurement other : measurements) {
        if (other != rt && other != floor && sameSetting(rt, other)
            && work.get().equals(longestWork(other, measurements).orElse(null))) {
          String peer = other.method().substring(0,
              other.method().length() - work.get().length());
          pairs.add(new Pair(work.get(), peer, rt, other, floor));
        }
      }
      if (pairs.size() == before && floor != null) {
        pairs.add(new Pair(work.get(), "", rt, null, floor));
      }
    }
    return List.copyOf(pairs);
  }

  /**
   * Every one-thread-versus-N-threads comparison in the measurements, in measurement order.
   *
   * @param measurements the results of one run
   * @return the comparisons
   */
  static List<ThreadScaling> threadScalings(List<Measurement> measurements) {
    List<ThreadScaling> out = new ArrayList<>();
    for (Measurement single : measurements) {
      Matcher s = THREADS.matcher(single.method());
      if (!s.matches() || !s.group(2).equals("1")) {
        continue;
      }
      measurements.stream()
          .filter(m -> m != single && m.benchmark().equals(single.benchmark())
              && m.params().equals(single.params()) && m.threads() > single.threads())
          .filter(m -> {
            Matcher t = THREADS.matcher(m.method());
            return t.matches() && t.group(1).equals(s.group(1));
          })
          .sorted(Comparator.comparingInt(Measurement::threads))
          .forEach(m -> out.add(new ThreadScaling(s.group(1), single, m)));
    }
    return List.copyOf(out);
  }

  /**
   * The measurements that are in no pair and no thread comparison, so the report can say so.
   *
   * @param measurements the results of one run
   * @return the measurements compared with nothing
   */
  static List<Measurement> unpaired(List<Measurement> measurements) {
    List<Measurement> used = new ArrayList<>();
    for (Pair p : pairs(measurements)) {
      used.add(p.roundtable());
      used.add(p.peer());
      used.add(p.floor());
    }
    for (ThreadScaling t : threadScalings(measurements)) {
      used.add(t.single());
      used.add(t.multi());
    }
    return measurements.stream().filter(m -> used.stream().noneMatch(u -> u == m)).toList();
  }

  /** {@code WriteRss1000} for {@code roundtableWriteRss1000}; empty for other methods. */
  private static Optional<String> work(String method) {
    if (method.length() > ROUNDTABLE.length() && method.startsWith(ROUNDTABLE)
        && startsWork(method.charAt(ROUNDTABLE.length()))) {
      return Optional.of(method.substring(ROUNDTABLE.length()));
    }
    return Optional.empty();
  }

  /** The longest Roundtable work of the same class that ends the peer's method name. */
  private static Optional<String> longestWork(Measurement peer, List<Measurement> all) {
    String method = peer.method();
    if (method.startsWith(ROUNDTABLE) || !Character.isLowerCase(method.charAt(0))) {
      return Optional.empty();
    }
    return all.stream()
        .filter(m -> m.benchmark().equals(peer.benchmark()))
        .map(m -> work(m.method()))
        .flatMap(Optional::stream)
        .filter(w -> method.length() > w.length() && method.endsWith(w))
        .max(Comparator.comparingInt(String::length));
  }

  private static boolean sameSetting(Measurement a, Measurement b) {
    return a.benchmark().equals(b.benchmark()) && a.params().equals(b.params())
        && a.threads() == b.threads() && Objects.equals(a.unit(), b.unit());
  }

  private static boolean startsWork(char c) {
    return Character.isUpperCase(c) || Character.isDigit(c);
  }
}
