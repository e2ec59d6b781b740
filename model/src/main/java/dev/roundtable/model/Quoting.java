package dev.roundtable.model;

/**
 * How a value given by a user appears in an error message: the one quoting of the model, its
 * readers and exporters, so that a message printed to a terminal or written to a log shows what
 * is really there and stays one honest line.
 *
 * <p>A character that could rewrite a terminal, reorder the text around it, start a new line or
 * hide itself is written as a {@code \}{@code uXXXX} escape (a supplementary one as its two
 * surrogates): C0 and C1 controls and DEL, invisible format characters (bidirectional controls
 * such as U+202E and U+2066 to U+2069, U+200E, U+200F, U+061C, zero-width characters, the byte
 * order mark), line and paragraph separators and every white space but the space, lone
 * surrogates and noncharacters. Everything else, right-to-left letters and emoji included, is
 * kept as it is.
 *
 * <p>For example, a URL ending in an escape character and {@code [2J} (which clears a terminal)
 * is quoted as {@code "https://example.com/}<code>&#92;</code>{@code u001B[2J"}.
 */
public final class Quoting {
  /** Longest part of a value quoted, in UTF-16 units; a longer value is cut and ends in "…". */
  public static final int MAX_QUOTED_LENGTH = 60;

  private Quoting() {}

  /**
   * A value for an error message: between double quotes, shortened to
   * {@value #MAX_QUOTED_LENGTH} UTF-16 units (never between the two halves of a pair), with
   * every unsafe character escaped as described above, and the quotation mark and backslash as
   * {@code \"} and {@code \\}, so that the quoted text reads back as a JSON string.
   *
   * @param value the value, or {@code null}
   * @return the quoted value, or {@code null} (four letters, unquoted) for {@code null}
   */
  public static String quote(String value) {
    if (value == null) {
      return "null";
    }
    String shortened = shorten(value, MAX_QUOTED_LENGTH);
    StringBuilder out = new StringBuilder(shortened.length() + 8).append('"');
    append(out, shortened, true);
    if (shortened.length() < value.length()) {
      out.append('…');
    }
    return out.append('"').toString();
  }

  /**
   * Text from elsewhere (a parser's own message, a path of property names) made safe to print:
   * every unsafe character escaped as described above, nothing shortened and nothing else
   * changed. Text without unsafe characters comes back as it is, so applying this twice changes
   * nothing more.
   *
   * @param text the text
   * @return the printable text
   */
  public static String printable(String text) {
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (isUnsafe(cp)) {
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, i);
        append(out, text.substring(i), false);
        return out.toString();
      }
      i += Character.charCount(cp);
    }
    return text;
  }

  /**
   * Whether a code point is written as an escape: a control, format or separator character,
   * white space other than the space, a surrogate code point (a lone surrogate) or a
   * noncharacter.
   *
   * @param cp a code point
   * @return {@code true} when it never appears in a message as it is
   */
  public static boolean isUnsafe(int cp) {
    if (cp < 0x7F) {
      return cp < 0x20;
    }
    if (cp <= 0x9F || CodePoints.isNoncharacter(cp)) {
      return true;
    }
    return switch (Character.getType(cp)) {
      case Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
          Character.SPACE_SEPARATOR, Character.SURROGATE, Character.CONTROL -> true;
      default -> false;
    };
  }

  /** The text cut to at most {@code max} units, never between the halves of a pair. */
  static String shorten(String value, int max) {
    if (value.length() <= max) {
      return value;
    }
    int end = Character.isHighSurrogate(value.charAt(max - 1))
        && Character.isLowSurrogate(value.charAt(max)) ? max - 1 : max;
    return value.substring(0, end);
  }

  private static void append(StringBuilder out, String text, boolean quoted) {
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int units = Character.charCount(cp);
      if (quoted && (cp == '"' || cp == '\\')) {
        out.append('\\').append((char) cp);
      } else if (isUnsafe(cp)) {
        for (int k = i; k < i + units; k++) {
          out.append(String.format("\\u%04X", (int) text.charAt(k)));
        }
      } else {
        out.append(text, i, i + units);
      }
      i += units;
    }
  }
}
