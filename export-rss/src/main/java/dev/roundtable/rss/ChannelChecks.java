package dev.roundtable.rss;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Runs every rule of a channel's fields and keeps each broken one, so that one
 * {@link InvalidChannelException} names them all. Not thread-safe: one per build.
 */
final class ChannelChecks {
  private final List<InvalidChannelException.Problem> problems = new ArrayList<>();

  /** The checked value, or {@code null} (and the problem kept) when it breaks its rule. */
  <T> T check(Supplier<T> rule) {
    try {
      return rule.get();
    } catch (InvalidChannelException e) {
      problems.addAll(e.problems());
      return null;
    }
  }

  /** Throws one exception with every problem kept, if there is any. */
  void throwIfAny() {
    if (!problems.isEmpty()) {
      throw new InvalidChannelException(problems);
    }
  }
}
