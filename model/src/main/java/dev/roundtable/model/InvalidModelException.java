package dev.roundtable.model;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a model object would break one of the model's rules. It names the field, as a path
 * from the object being built (for example {@code answers[2].contributor.name}), and the rule
 * that was broken, so that no invalid object can ever be constructed.
 *
 * <p>An object checks all its fields before it gives up: when it breaks several rules, the
 * exception names the first and {@link #violations()} lists them all, so that a reader can
 * report every problem of a document in one pass.
 *
 * <p>Readers of external formats use {@link #pathSegments()} to translate the path into their
 * own terms, for instance a JSON Pointer.
 */
public final class InvalidModelException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** Segments of the path; array indices are kept as {@link Integer}s. */
  private final List<Object> segments;
  /** What the value must be, in words: the message without the path. */
  private final String rule;
  /** The other rules the same object broke, each with its own path; empty for one rule. */
  @SuppressWarnings("serial") // an unmodifiable list of serializable exceptions
  private final List<InvalidModelException> others;

  private InvalidModelException(List<Object> segments, String rule,
      List<InvalidModelException> others) {
    super(describe(segments) + ": " + rule + also(others));
    this.segments = List.copyOf(segments);
    this.rule = rule;
    this.others = List.copyOf(others);
  }

  /** One exception for every rule an object broke: the first, carrying the others. */
  static InvalidModelException all(List<InvalidModelException> violations) {
    InvalidModelException first = violations.get(0);
    if (violations.size() == 1) {
      return first;
    }
    return new InvalidModelException(first.segments, first.rule,
        violations.subList(1, violations.size()));
  }

  private static String also(List<InvalidModelException> others) {
    return others.isEmpty() ? "" : others.stream().map(Throwable::getMessage)
        .collect(Collectors.joining("; ", " (and " + others.size() + " more: ", ")"));
  }

  /** An exception for a field (named as in the JSON format) and a rule, "must not be blank". */
  static InvalidModelException of(String field, String rule) {
    return new InvalidModelException(List.of(field), rule, List.of());
  }

  /** An exception for an element of a list field. */
  static InvalidModelException of(String field, int index, String rule) {
    return new InvalidModelException(List.of(field, index), rule, List.of());
  }

  /**
   * Returns a copy of this exception whose path is prefixed by a parent field, for example
   * {@code contributor} so that {@code name} becomes {@code contributor.name}.
   *
   * @param field the parent field's name
   * @return a new exception with the longer path
   */
  public InvalidModelException within(String field) {
    return prefixed(List.of(field));
  }

  /**
   * Returns a copy of this exception whose path is prefixed by an element of a parent list, so
   * that {@code id} becomes {@code answers[2].id}.
   *
   * @param field the parent list field's name
   * @param index the index of the element in that list
   * @return a new exception with the longer path
   */
  public InvalidModelException within(String field, int index) {
    return prefixed(List.of(field, index));
  }

  private InvalidModelException prefixed(List<Object> prefix) {
    List<Object> longer = new ArrayList<>(prefix);
    longer.addAll(segments);
    return new InvalidModelException(
        longer, rule, others.stream().map(other -> other.prefixed(prefix)).toList());
  }

  /**
   * Every rule the object broke, this one first, each as an exception with its own
   * {@linkplain #field() field} and {@linkplain #rule() rule} (and no others of its own).
   *
   * @return an unmodifiable list, never empty
   */
  public List<InvalidModelException> violations() {
    if (others.isEmpty()) {
      return List.of(this);
    }
    List<InvalidModelException> all = new ArrayList<>(others.size() + 1);
    all.add(new InvalidModelException(segments, rule, List.of()));
    all.addAll(others);
    return List.copyOf(all);
  }

  /** {@return the field's path, dotted, with indices: {@code answers[2].contributor.name}} */
  public String field() {
    return describe(segments);
  }

  /**
   * The field's path as segments: names of fields and, for list elements, their decimal index.
   * {@code answers[2].id} gives {@code ["answers", "2", "id"]}, which maps directly onto a JSON
   * Pointer.
   *
   * @return an unmodifiable list of path segments
   */
  public List<String> pathSegments() {
    return segments.stream().map(Object::toString).toList();
  }

  /** {@return the rule broken, in words, without the field: {@code "must not be blank"}} */
  public String rule() {
    return rule;
  }

  private static String describe(List<Object> segments) {
    StringBuilder path = new StringBuilder();
    for (Object segment : segments) {
      if (segment instanceof Integer) {
        path.append('[').append(segment).append(']');
      } else {
        if (path.length() > 0) {
          path.append('.');
        }
        path.append(segment);
      }
    }
    return path.toString();
  }
}
