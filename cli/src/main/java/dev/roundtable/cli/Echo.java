package dev.roundtable.cli;

/**
 * How the command shows text it did not write itself (option values, ids, file names, messages
 * of picocli, the reader and the system) on a terminal: control characters (C0, DEL, C1),
 * format characters (bidirectional controls, zero-width characters), line and paragraph
 * separators, white space other than the space, and lone surrogates are written as
 * {@code \}{@code uXXXX}, as the model's URL errors do. Such a value can then neither rewrite the
 * terminal nor forge another {@code INPUT:LINE:COLUMN} line, and a message stays one line.
 *
 * <p>The model's own quoting ({@code Url.quote}) is not public API, so the command has this
 * one, used for everything it prints.
 */
final class Echo {
  private Echo() {}

  /**
   * A value in a message, between single quotes and escaped: {@code 'x\u001B[2J'}.
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
    int first = 0;
    while (first < text.length() && !unsafe(text, first)) {
      first += Character.charCount(text.codePointAt(first));
    }
    if (first == text.length()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
    for (int i = first; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int length = Character.charCount(cp);
      if (unsafe(text, i)) {
        for (int j = i; j < i + length; j++) {
          out.append(String.format("\\u%04X", (int) text.charAt(j)));
        }
      } else {
        out.appendCodePoint(cp);
      }
      i += length;
    }
    return out.toString();
  }

  /** Whether the code point at {@code index} must not reach a terminal as it is. */
  private static boolean unsafe(String text, int index) {
    int cp = text.codePointAt(index);
    if (cp == ' ') {
      return false;
    }
    int type = Character.getType(cp);
    return Character.isISOControl(cp) || type == Character.FORMAT
        || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
        || type == Character.SPACE_SEPARATOR || type == Character.SURROGATE
        || Character.isWhitespace(cp);
  }
}
