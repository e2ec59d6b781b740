package dev.roundtable.cli;

import dev.roundtable.model.Quoting;

/**
 * How the command shows text it did not write itself (option values, ids, file names, messages
 * of picocli, the reader and the system) on a terminal: through the model's one quoting rule,
 * {@link Quoting#printable}, so that no value can rewrite the terminal or forge another
 * {@code INPUT:LINE:COLUMN} line, and a message stays one line. The command quotes values in
 * single quotes, as picocli's own messages do.
 */
final class Echo {
  private Echo() {}

  /**
   * A value in a message, between single quotes and escaped: <code>'x&#92;u001B[2J'</code>.
   *
   * @param value what the user (or a document) gave
   * @return the quoted value
   */
  static String quote(String value) {
    return "'" + escape(value) + "'";
  }

  /**
   * Text with every character that could change the terminal or break the line escaped; text
   * without any comes back as it is, and escaping twice changes nothing more.
   *
   * @param text a line, or part of one
   * @return the text, safe to print as (part of) one line
   */
  static String escape(String text) {
    return Quoting.printable(text);
  }
}
