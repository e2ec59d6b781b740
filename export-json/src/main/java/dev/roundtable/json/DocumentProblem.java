package dev.roundtable.json;

import dev.roundtable.model.Quoting;
import java.util.Objects;

/**
 * One thing wrong with a Roundtable JSON document: where it is, as a JSON Pointer and, when
 * known, a line and column, and what is wrong, in words.
 *
 * <p>A problem always prints as one safe line: values from the input are quoted with
 * {@link Quoting#quote}, and any control, bidirectional, separator or other
 * {@linkplain Quoting#isUnsafe unsafe} character left in the pointer (a hostile property name)
 * or the message is written as a {@code \}{@code uXXXX} escape when the problem is created.
 *
 * @param pointer the RFC 6901 JSON Pointer of the offending value ({@code ""} for the whole
 *     document), e.g. {@code /questions/0/answers/2/url}; for a missing field, the pointer the
 *     field would have
 * @param line the 1-based line of the input, or 0 when unknown
 * @param column the 1-based column of the input, or 0 when unknown
 * @param message what is wrong, e.g. {@code must not be blank}
 */
public record DocumentProblem(String pointer, int line, int column, String message) {
  /**
   * Checks that pointer and message are present and the location is not negative, and makes
   * both {@linkplain Quoting#printable printable}.
   *
   * @param pointer the JSON Pointer
   * @param line the line, or 0
   * @param column the column, or 0
   * @param message what is wrong
   */
  public DocumentProblem {
    pointer = Quoting.printable(Objects.requireNonNull(pointer, "pointer"));
    message = Quoting.printable(Objects.requireNonNull(message, "message"));
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("line and column must not be negative");
    }
  }

  /**
   * The problem as one line: {@code LINE:COLUMN: POINTER: message}, or {@code POINTER: message}
   * when the location is unknown. The root's pointer is the empty string, so a problem with the
   * whole document reads {@code 1:1: : must be a JSON object}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    String where = pointer + ": " + message;
    return line > 0 ? line + ":" + column + ": " + where : where;
  }
}
