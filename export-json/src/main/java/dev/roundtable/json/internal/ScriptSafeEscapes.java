package dev.roundtable.json.internal;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.roundtable.text.Context;

/**
 * Escapes that make JSON safe inside an HTML {@code <script>} element: {@code <}, {@code >} and
 * {@code &} become {@code \u003c}, {@code \u003e} and {@code \u0026}, so no text can close the
 * script or open a comment, and U+2028 and U+2029 become {@code \u2028} and {@code \u2029}, which
 * older JavaScript parsers took for line ends. Quotes, backslashes and control characters are
 * escaped as JSON requires.
 *
 * <p>Characters that HTML forbids in a document (DEL, the C1 controls U+0080 to U+009F, the
 * noncharacters U+FDD0 to U+FDEF, U+FFFE and U+FFFF) are written as JSON {@code \\u} escapes too, and
 * so is every surrogate, one UTF-16 unit at a time (a pair stays a valid JSON escape of its
 * character), so that supplementary noncharacters such as U+1FFFE never appear raw either. The
 * output thus holds no character the Nu Html Checker reports as a forbidden code point, and
 * parsing it gives back exactly the text that was written.
 */
public final class ScriptSafeEscapes extends CharacterEscapes {
  private static final long serialVersionUID = 1L;

  private static final SerializedString LT = new SerializedString("\\u003c");
  private static final SerializedString GT = new SerializedString("\\u003e");
  private static final SerializedString AMP = new SerializedString("\\u0026");
  private static final SerializedString LINE_SEPARATOR = new SerializedString("\\u2028");
  private static final SerializedString PARAGRAPH_SEPARATOR = new SerializedString("\\u2029");

  private final int[] ascii;

  /** The escapes. */
  public ScriptSafeEscapes() {
    ascii = standardAsciiEscapesForJSON();
    ascii['<'] = ESCAPE_CUSTOM;
    ascii['>'] = ESCAPE_CUSTOM;
    ascii['&'] = ESCAPE_CUSTOM;
    ascii[0x7F] = ESCAPE_STANDARD;
  }

  @Override
  public int[] getEscapeCodesForAscii() {
    return ascii.clone();
  }

  @Override
  public SerializableString getEscapeSequence(int ch) {
    switch (ch) {
      case '<':
        return LT;
      case '>':
        return GT;
      case '&':
        return AMP;
      case 0x2028:
        return LINE_SEPARATOR;
      case 0x2029:
        return PARAGRAPH_SEPARATOR;
      default:
        return Context.isForbidden(ch) ? new SerializedString(String.format("\\u%04X", ch)) : null;
    }
  }
}
