package dev.roundtable.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The rules one object breaks, collected while its constructor checks every field, so that
 * the {@link InvalidModelException} it throws lists them all and not only the first.
 */
final class Violations {
  private List<InvalidModelException> found;

  /** Applies a rule to a field: its result, or {@code null} when it is broken (and noted). */
  <T> T check(Supplier<T> rule) {
    try {
      return rule.get();
    } catch (InvalidModelException e) {
      add(e);
      return null;
    }
  }

  /** Notes a broken rule, or each of the rules a part broke. */
  void add(InvalidModelException e) {
    if (found == null) {
      found = new ArrayList<>(2);
    }
    found.addAll(e.violations());
  }

  /** Throws the exception naming every broken rule, if there is one. */
  void throwIfAny() {
    if (found != null) {
      throw InvalidModelException.all(found);
    }
  }
}
