package dev.roundtable.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Thrown when a model object would break one of the model's rules. It names the field, as a path
 * from the object being built (for example {@code answers[2].contributor.name}), and the rule
 * that was broken, so that no invalid object can ever be constructed.
 *
 * <p>Readers of external formats use {@link #pathSegments()} to translate the path into their
 * own terms, for instance a JSON Pointer.
 */
public final class InvalidModelException extends IllegalArgumentException {
  /** Version of the serialized form. */
  private static final long serialVersionUID = 1L;

  /** Segments of the path; array indices are kept as {@link Integer}s. */
  private final List<Object> segments;
  /** The rule that was broken, in words. */
  private final String rule;

  private InvalidModelException(List<Object> segments, String rule) {
    super(describe(segments) + ": " + rule);
    this.segments = List.copyOf(segments);
    this.rule = rule;
  }

  /**
   * Creates an exception for one field.
   *
   * @param field the field's name (as it appears in the JSON format)
   * @param rule the rule that was broken, in words, e.g. {@code "must not be blank"}
   * @return the exception, to be thrown
   */
  static InvalidModelException of(String field, String rule) {
    return new InvalidModelException(List.of(field), rule);
  }

  /**
   * Creates an exception for an element of a list field.
   *
   * @param field the list field's name
   * @param index the element's index
   * @param rule the rule that was broken
   * @return the exception, to be thrown
   */
  static InvalidModelException of(String field, int index, String rule) {
    return new InvalidModelException(List.of(field, index), rule);
  }

  /**
   * Returns a copy of this exception whose path is prefixed by a parent field, for example
   * {@code contributor} so that {@code name} becomes {@code contributor.name}.
   *
   * @param field the parent field's name
   * @return a new exception with the longer path
   */
  public InvalidModelException within(String field) {
    List<Object> longer = new ArrayList<>(segments.size() + 1);
    longer.add(field);
    longer.addAll(segments);
    return new InvalidModelException(longer, rule);
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
    List<Object> longer = new ArrayList<>(segments.size() + 2);
    longer.add(field);
    longer.add(index);
    longer.addAll(segments);
    return new InvalidModelException(longer, rule);
  }

  /**
   * The field's path, e.g. {@code answers[2].contributor.name}.
   *
   * @return the path in dotted notation with indices in brackets
   */
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
    List<String> out = new ArrayList<>(segments.size());
    for (Object segment : segments) {
      out.add(segment.toString());
    }
    return List.copyOf(out);
  }

  /**
   * The rule that was broken, without the field, e.g. {@code "must not be blank"}.
   *
   * @return the rule in words
   */
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
