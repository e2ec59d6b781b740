package dev.roundtable.json.internal;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.roundtable.text.Context;

/**
 * Jackson's view of {@link Context#JSON_IN_SCRIPT}, the text module's policy for JSON inside an
 * HTML {@code <script>} element: every ASCII character the policy replaces and Jackson would
 * not escape ({@code < > &}, DEL) is a custom escape with the policy's replacement, and every
 * other character (U+2028, U+2029, the C1 controls, the noncharacters, each surrogate half, one
 * UTF-16 unit at a time, so that a pair stays a valid escape of its character) is escaped as the
 * policy says. Quotes, backslashes and the C0 controls Jackson escapes as JSON requires. The
 * rules are the policy's; this class only hands them to Jackson.
 */
public final class ScriptSafeEscapes extends CharacterEscapes {
  private static final long serialVersionUID = 1L;
  private static final Context POLICY = Context.JSON_IN_SCRIPT;

  /** Jackson's escape code for each ASCII character, with the policy's additions. */
  private final int[] ascii;

  /** The escapes. */
  public ScriptSafeEscapes() {
    ascii = standardAsciiEscapesForJSON();
    for (int c = 0; c < 0x80; c++) {
      if (ascii[c] == 0 && POLICY.replacement(c) != null) {
        ascii[c] = ESCAPE_CUSTOM;
      }
    }
  }

  @Override
  public int[] getEscapeCodesForAscii() {
    return ascii.clone();
  }

  @Override
  public SerializableString getEscapeSequence(int ch) {
    String replacement = POLICY.replacement(ch);
    return replacement == null ? null : new SerializedString(replacement);
  }
}
