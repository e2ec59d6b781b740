package dev.roundtable.json.internal;

import dev.roundtable.model.Quoting;
import java.nio.charset.StandardCharsets;

/**
 * The token around a syntax error's offset, looked at in the input: a word the parser took for
 * a literal, an escape or character in a string, a number. Each check gives the problem's
 * message, or {@code null} when the token is not of its kind or not at fault.
 */
final class Lexeme {
  private final InputAtHand text;
  private final long at;

  Lexeme(InputAtHand text, long at) {
    this.text = text;
    this.at = at;
  }

  /** A word the parser took for a literal ({@code tru}, {@code NaN}), ending at the error. */
  String word() {
    long start = at;
    while (isWordPart(text.at(start - 1))) {
      start--;
    }
    int first = text.at(start);
    if (start == at || !(Character.isLetter(first) || first >= 0x80)
        || text.at(start - 1) == '"' || text.at(start - 1) == '\\') {
      return null;
    }
    int sign = text.at(start - 1);
    if (sign == '-' || sign == '+') {
      start--;
    }
    StringBuilder word = new StringBuilder();
    for (long i = start; i < at && word.length() < 40; i++) {
      word.append((char) text.at(i));
    }
    return text.bytes() ? new String(latin1(word), StandardCharsets.UTF_8)
        : word.toString();
  }

  private static byte[] latin1(CharSequence units) {
    byte[] bytes = new byte[units.length()];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) units.charAt(i);
    }
    return bytes;
  }

  private static boolean isWordPart(int unit) {
    return unit >= 0x80 || unit == '_' || unit == '$'
        || (unit >= 0 && Character.isLetterOrDigit(unit));
  }

  String inString(int c, int before) {
    if (before == '\\' && text.at(at - 2) != '\\') {
      return "'\\" + printable(c) + "' is not an escape: JSON knows \\\" \\\\ \\/ \\b \\f \\n \\r"
          + " \\t and \\u followed by four hex digits";
    }
    for (int back = 1; back <= 4; back++) {
      if (text.at(at - back) == 'u' && text.at(at - back - 1) == '\\') {
        return "a \\u escape needs four hex digits, not " + describe(c);
      }
      if (!isHex(text.at(at - back))) {
        break;
      }
    }
    if (c >= 0 && c < 0x20) {
      return "the control character " + String.format("U+%04X", c)
          + " must be escaped inside a string";
    }
    return null;
  }

  private static boolean isHex(int unit) {
    return unit >= 0 && Character.digit(unit, 16) >= 0 && unit < 0x80;
  }

  /** What is wrong with the number around the error, or {@code null} if there is none. */
  String number() {
    long start = at;
    while (isNumberPart(text.at(start - 1))) {
      start--;
    }
    long i = start;
    int c = text.at(i);
    if (c == '+') {
      return "a number cannot start with '+'";
    }
    if (c == '-') {
      c = text.at(++i);
      if (!isDigit(c)) {
        return start < at || isNumberPart(c) ? "a '-' must be followed by a digit" : null;
      }
    }
    if (!isDigit(c)) {
      return null;
    }
    if (c == '0' && isDigit(text.at(i + 1))) {
      return "a number cannot have a leading zero";
    }
    while (isDigit(text.at(i))) {
      i++;
    }
    if (text.at(i) == '.') {
      if (!isDigit(text.at(++i))) {
        return "a decimal point must be followed by a digit";
      }
      while (isDigit(text.at(i))) {
        i++;
      }
    }
    if (text.at(i) == 'e' || text.at(i) == 'E') {
      int sign = text.at(++i);
      if (!isDigit(sign == '+' || sign == '-' ? text.at(++i) : sign)) {
        return "an exponent must have digits";
      }
    }
    return null;
  }

  static boolean isNumberPart(int unit) {
    return isDigit(unit) || unit == '.' || unit == 'e' || unit == 'E' || unit == '+'
        || unit == '-';
  }

  private static boolean isDigit(int unit) {
    return unit >= '0' && unit <= '9';
  }

  static String describe(int c) {
    return quoted(new String(Character.toChars(c)));
  }

  static String quoted(String s) {
    return "'" + Quoting.printable(s) + "'";
  }

  private static String printable(int c) {
    return Quoting.printable(new String(Character.toChars(c)));
  }
}
