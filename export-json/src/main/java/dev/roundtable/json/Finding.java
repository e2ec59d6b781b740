package dev.roundtable.json;

import dev.roundtable.model.Quoting;
import java.util.Objects;

/**
 * One thing {@link RichResults} found in a document: where, as a JSON Pointer into the
 * Roundtable JSON document and, when known, its line and column; how bad; which rule; and what
 * to do, in words.
 *
 * @param pointer the RFC 6901 JSON Pointer of the field to change; for a missing field, the
 *     pointer it would have, e.g. {@code /questions/0/answers/2/image}
 * @param line the 1-based line of the document, or 0 when unknown
 * @param column the 1-based column, or 0 when unknown
 * @param severity {@link Severity#ERROR} for a documented requirement, else a recommendation
 * @param rule the rule's short name, e.g. {@code image-pixels}
 * @param message what is wrong and why it matters
 */
public record Finding(String pointer, int line, int column, Severity severity, String rule,
    String message) {
  /** How much a finding matters. */
  public enum Severity {
    /**
     * Breaks a documented requirement: the page loses its rich result, or its link preview
     * loses what the protocol requires.
     */
    ERROR,
    /** Goes against a documented recommendation: the page may show less than it could. */
    WARNING;

    /** {@return the severity as the command line prints it: {@code error} or {@code warning}} */
    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * Checks the fields, and makes pointer and message {@linkplain Quoting#printable printable}.
   *
   * @param pointer the JSON Pointer
   * @param line the line, or 0
   * @param column the column, or 0
   * @param severity how bad
   * @param rule the rule's name
   * @param message what is wrong
   */
  public Finding {
    pointer = Quoting.printable(Objects.requireNonNull(pointer, "pointer"));
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(rule, "rule");
    message = Quoting.printable(Objects.requireNonNull(message, "message"));
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("line and column must not be negative");
    }
  }

  /** {@return this finding at a line and column of the document} */
  Finding at(int line, int column) {
    return new Finding(pointer, line, column, severity, rule, message);
  }

  /**
   * The finding as one line: {@code LINE:COLUMN: POINTER: severity: message [rule]}, without the
   * location when it is unknown.
   *
   * @return the text
   */
  @Override
  public String toString() {
    String what = pointer + ": " + severity.label() + ": " + message + " [" + rule + "]";
    return line > 0 ? line + ":" + column + ": " + what : what;
  }
}
