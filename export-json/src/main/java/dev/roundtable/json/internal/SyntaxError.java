package dev.roundtable.json.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import dev.roundtable.model.Quoting;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * A syntax error in the project's words. Told from what the parser's public API gives (the
 * kind of exception, the token being decoded at the end of the input, whether the parser is in
 * an array, an object or at the root) and from the input around the error's location (a word
 * the parser took for a literal, an escape or character in a string, a number): never from the
 * parser's own message, whose wording changes between releases.
 */
final class SyntaxError {
  private final InputAtHand text;
  private final long at;
  private final JsonStreamContext context;

  private SyntaxError(InputAtHand text, long at, JsonStreamContext context) {
    this.text = text;
    this.at = at;
    this.context = context;
  }

  /** One sentence, in words a user knows, for what a parser (or {@code null}) threw. */
  static String message(IOException e, JsonParser p, InputAtHand text, JsonLocation location) {
    long offset = location == null ? -1
        : text.bytes() ? location.getByteOffset() : location.getCharOffset();
    JsonStreamContext context = p == null ? null : p.getParsingContext();
    SyntaxError error = new SyntaxError(offset < 0 ? InputAtHand.NONE : text, offset, context);
    if (e instanceof JsonEOFException) {
      return error.endInside(((JsonEOFException) e).getTokenBeingDecoded());
    }
    return error.message();
  }

  private String endInside(JsonToken token) {
    if (token == null) {
      return end();
    }
    return switch (token) {
      case VALUE_STRING -> "the document ends inside a string";
      case FIELD_NAME -> "the document ends inside a property name";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the document ends inside a number";
      default -> end();
    };
  }

  private String end() {
    if (context != null && context.inArray()) {
      return "the document ends before the array is closed with ']'";
    }
    if (context != null && context.inObject()) {
      return "the document ends before the object is closed with '}'";
    }
    int last = previous(at);
    return isNumberPart(last) ? "the document ends inside a number"
        : "the document ends inside a value";
  }

  private String message() {
    int c = text.codePointAt(at);
    int before = text.at(at - 1);
    String inString = inString(c, before);
    if (inString != null) {
      return inString;
    }
    String word = word();
    if (word != null) {
      return misspelt(word);
    }
    if (c == InputAtHand.END) {
      return end();
    }
    if (c == InputAtHand.UNKNOWN) {
      return "is not well-formed JSON here";
    }
    if (c == '/' || c == '#') {
      return "comments are not allowed in JSON";
    }
    if (c == 0xFEFF) {
      return "a byte order mark (U+FEFF) is not allowed here";
    }
    String number = number();
    if (number != null) {
      return number;
    }
    return structure(c);
  }

  private String misspelt(String word) {
    if (context != null && context.inRoot() && context.getCurrentIndex() > 0) {
      return "has more content after the end of the document";
    }
    String bare = word.startsWith("-") || word.startsWith("+") ? word.substring(1) : word;
    if (bare.equals("NaN") || bare.equals("Infinity")) {
      return "NaN and Infinity are not numbers in JSON";
    }
    return quoted(word) + " is not a value: the only words JSON knows are true, false and null";
  }

  private String structure(int c) {
    int previous = previous(at);
    boolean inArray = context != null && context.inArray();
    boolean inObject = context != null && context.inObject();
    if (!inArray && !inObject) {
      return previous >= 0 || context != null && context.getCurrentIndex() > 0
          ? "has more content after the end of the document" : value(c, previous);
    }
    if (c == ']' && inObject) {
      return "']' closes an object: expected '}'";
    }
    if (c == '}' && inArray) {
      return "'}' closes an array: expected ']'";
    }
    if (inArray) {
      return previous == '[' || previous == ',' ? value(c, previous)
          : "a ',' or ']' is missing before " + describe(c);
    }
    if (previous == '{' || previous == ',') {
      if (c == '}') {
        return "a property name is missing before '}' (trailing comma?)";
      }
      if (c == ',') {
        return "a property name is missing before ','";
      }
      return c == '\'' ? "a name must be in double quotes, not single quotes"
          : "a name must be in double quotes";
    }
    if (previous == ':') {
      return value(c, previous);
    }
    if (previous == '"' && afterName()) {
      return "a ':' is missing after the property name";
    }
    return "a ',' or '}' is missing before " + describe(c);
  }

  private String value(int c, int previous) {
    if (c == ']' || c == '}' || c == ',') {
      return "a value is missing before " + describe(c)
          + (previous == ',' && c != ',' ? " (trailing comma?)" : "");
    }
    if (c == '\'') {
      return "a string must be in double quotes, not single quotes";
    }
    return describe(c) + " cannot start a value";
  }

  /** Whether the string that ends just before the error is a property name. */
  private boolean afterName() {
    long close = at - 1;
    while (isSpace(text.at(close))) {
      close--;
    }
    for (long i = close - 1; i >= 0; i--) {
      int unit = text.at(i);
      if (unit < 0) {
        return false;
      }
      if (unit == '"') {
        long slashes = 0;
        while (text.at(i - 1 - slashes) == '\\') {
          slashes++;
        }
        if (slashes % 2 == 0) {
          int before = previous(i);
          return before == '{' || before == ',';
        }
      }
    }
    return false;
  }

  /** The unit before an offset, white space skipped; {@link InputAtHand#UNKNOWN} at the start. */
  private int previous(long offset) {
    long i = offset - 1;
    while (isSpace(text.at(i))) {
      i--;
    }
    return text.at(i);
  }

  private static boolean isSpace(int unit) {
    return unit == ' ' || unit == '\t' || unit == '\n' || unit == '\r';
  }

  /** A word the parser took for a literal ({@code tru}, {@code NaN}), ending at the error. */
  private String word() {
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
    // with byte input, each unit is a byte: ISO-8859-1 gives the bytes back to decode as UTF-8
    return text.bytes() ? new String(word.toString().getBytes(StandardCharsets.ISO_8859_1),
        StandardCharsets.UTF_8) : word.toString();
  }

  private static boolean isWordPart(int unit) {
    return unit >= 0x80 || unit == '_' || unit == '$'
        || (unit >= 0 && Character.isLetterOrDigit(unit));
  }

  /** What is wrong with the escape or character at the error in a string, or {@code null}. */
  private String inString(int c, int before) {
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
  private String number() {
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

  private static boolean isNumberPart(int unit) {
    return isDigit(unit) || unit == '.' || unit == 'e' || unit == 'E' || unit == '+'
        || unit == '-';
  }

  private static boolean isDigit(int unit) {
    return unit >= '0' && unit <= '9';
  }

  private static String describe(int c) {
    return quoted(new String(Character.toChars(c)));
  }

  private static String quoted(String s) {
    return "'" + Quoting.printable(s) + "'";
  }

  private static String printable(int c) {
    return Quoting.printable(new String(Character.toChars(c)));
  }
}
