package dev.roundtable.imports;

import dev.roundtable.model.Quoting;
import java.util.Objects;

/**
 * Something an importer could not keep as it was, and where: an image, a thematic break, raw
 * HTML, a link target the model refuses, a heading level it has not.
 *
 * @param line the line of the input it was on, from 1; 0 when not known
 * @param message what was dropped, in words starting with {@code dropped}; a control,
 *     bidirectional or other {@linkplain Quoting#isUnsafe unsafe} character in it is written as
 *     a {@code \}{@code uXXXX} escape when the drop is made; for example
 *     {@code dropped an image ('A chart'): its description kept as text}
 */
public record Drop(int line, String message) {
  /**
   * Checks the fields.
   *
   * @param line the line, from 1, or 0 when not known
   * @param message what was dropped
   * @throws IllegalArgumentException when the line is negative
   */
  public Drop {
    if (line < 0) {
      throw new IllegalArgumentException("line must be 0 or more, was " + line);
    }
    // one safe line, as the reader's problems and the lint's findings
    message = Quoting.printable(Objects.requireNonNull(message, "message"));
  }

  /**
   * The drop as {@code LINE: message}, or {@code message} when the line is not known.
   *
   * @return the drop in words
   */
  @Override
  public String toString() {
    return line > 0 ? line + ": " + message : message;
  }
}
