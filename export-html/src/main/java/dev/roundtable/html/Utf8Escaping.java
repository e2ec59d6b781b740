package dev.roundtable.html;

import dev.roundtable.html.internal.PlainBytes;
import dev.roundtable.html.internal.Utf8;
import java.nio.charset.StandardCharsets;

/**
 * {@link HtmlEscaper}'s escaping straight into UTF-8 bytes, for {@link Utf8Markup}: the same
 * characters escaped the same way, encoded as they go. With {@code xml}, what HTML forbids is
 * dropped instead of replaced, and so is U+FFFD ({@link HtmlOptions#xmlCompatible()}).
 */
final class Utf8Escaping {
  private Utf8Escaping() {}

  /** Text at least this long is escaped by way of its UTF-8 bytes (see {@link PlainBytes}). */
  private static final int BULK = 16;

  /**
   * Like {@link #escapeUtf8(CharSequence, char[], int, int, byte[], int, boolean)} for a
   * string, which it copies into {@code chars} itself. Text of at least {@link #BULK}
   * characters is first encoded whole (a fast copy for ASCII text) and its bytes copied over
   * in runs found by {@link PlainBytes}, escaping the ASCII characters between runs one at a
   * time; from the first character that is not ASCII on, where byte and character indexes
   * part, it goes on character by character.
   */
  static int escapeUtf8(String s, int from, int to, byte[] out, int n, boolean xml,
      char[] chars) {
    if (to - from >= BULK) {
      byte[] utf8 = (from == 0 && to == s.length() ? s : s.substring(from, to))
          .getBytes(StandardCharsets.UTF_8);
      int b = 0;
      while (true) {
        int run = PlainBytes.run(utf8, b, utf8.length);
        System.arraycopy(utf8, b, out, n, run);
        n += run;
        b += run;
        if (b == utf8.length) {
          return n;
        }
        if (utf8[b] < 0) {
          break;
        }
        n = escapeUtf8(s, from + b, out, n, xml); // an ASCII unit, or a lone surrogate's "?"
        b++;
      }
      from += b;
    }
    s.getChars(from, to, chars, 0);
    return escapeUtf8(s, chars, from, to, out, n, xml);
  }

  /**
   * Like {@link HtmlEscaper#escapeInto}, but writes UTF-8 bytes: {@code out} must have room for
   * {@code (to - from) * MAX_GROWTH + 1} bytes. With {@code xml}, characters HTML forbids are
   * dropped instead of replaced, and so is U+FFFD itself, so that the output is also valid XML
   * 1.0 content that the W3C Feed Validation Service accepts. Returns the index after the last
   * byte written.
   *
   * <p>{@code chars} holds {@code s[from, to)} from index 0 (copied with one {@code getChars},
   * which is much faster than reading a string character by character): runs of ASCII that need
   * no escaping are copied from it in a tight loop, and each other character is escaped by
   * {@link #escapeUtf8(CharSequence, int, byte[], int, boolean)}.
   */
  static int escapeUtf8(CharSequence s, char[] chars, int from, int to, byte[] out, int n,
      boolean xml) {
    int length = to - from;
    int k = 0;
    while (true) {
      for (; k < length; k++) {
        char c = chars[k];
        if (c >= 0x80 || HtmlEscaper.MARKS[c] != HtmlEscaper.COPY) {
          break;
        }
        out[n++] = (byte) c;
      }
      if (k >= length) {
        return n;
      }
      n = escapeUtf8(s, from + k, out, n, xml);
      k += Character.isHighSurrogate(chars[k]) && from + k + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(from + k + 1)) ? 2 : 1;
    }
  }

  /**
   * Escapes the character at {@code i} of {@code s} into UTF-8 (with its low surrogate when it
   * is a high surrogate followed by one: the caller then skips two units); see
   * {@link #escapeUtf8(CharSequence, char[], int, int, byte[], int, boolean)}. Returns the index
   * after the last byte written.
   */
  static int escapeUtf8(CharSequence s, int i, byte[] out, int n, boolean xml) {
    char c = s.charAt(i);
    if (c < 0x80) {
      byte mark = HtmlEscaper.MARKS[c];
      if (mark == HtmlEscaper.COPY) {
        out[n++] = (byte) c;
      } else if (mark == HtmlEscaper.CR) {
        if (i + 1 >= s.length() || s.charAt(i + 1) != '\n') {
          out[n++] = '\n'; // a lone CR; in CR LF the LF is kept
        }
      } else if (mark == HtmlEscaper.FORBIDDEN) {
        n = xml ? n : Utf8.encode(0xFFFD, out, n);
      } else {
        String replacement = HtmlEscaper.REPLACEMENTS[mark];
        for (int k = 0; k < replacement.length(); k++) {
          out[n++] = (byte) replacement.charAt(k);
        }
      }
    } else if (c < 0xA0) {
      n = xml ? n : Utf8.encode(0xFFFD, out, n); // DEL and the C1 controls
    } else if (c < Character.MIN_SURROGATE) {
      n = Utf8.encode(c, out, n);
    } else if (HtmlEscaper.isSafeHigh(s, i, c)) {
      if (c <= Character.MAX_SURROGATE) {
        n = Utf8.encode(Character.toCodePoint(c, s.charAt(i + 1)), out, n);
      } else if (c != '\uFFFD' || !xml) {
        n = Utf8.encode(c, out, n);
      }
    } else {
      n = xml ? n : Utf8.encode(0xFFFD, out, n); // a paired noncharacter goes whole
    }
    return n;
  }
}
