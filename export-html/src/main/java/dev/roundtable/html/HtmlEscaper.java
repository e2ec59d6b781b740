package dev.roundtable.html;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * The one HTML escaper of Roundtable: makes any text safe as HTML element text and as a
 * double-quoted attribute value, and valid for the strictest checker.
 *
 * <ul>
 *   <li>{@code &}, {@code <}, {@code >}, {@code "} and {@code '} become {@code &amp;},
 *       {@code &lt;}, {@code &gt;}, {@code &quot;} and {@code &#39;}, in both contexts, so the
 *       result is safe in element text and in attribute values quoted with either quote kind.
 *       Unlike Commons Text's {@code escapeHtml4} the apostrophe is escaped, and no other
 *       character becomes a named entity: the output is meant to be written as UTF-8.</li>
 *   <li>Characters HTML forbids become U+FFFD (the replacement character): C0 controls other
 *       than tab, line feed, form feed and carriage return; DEL and the C1 controls
 *       U+007F&ndash;U+009F; the noncharacters U+FDD0&ndash;U+FDEF and U+<i>x</i>FFFE/U+<i>x</i>FFFF
 *       in every plane; and lone surrogates.</li>
 *   <li>Line ends are normalized as an HTML parser would: CR LF and a lone CR become LF, so the
 *       output holds no CR (which would otherwise vanish or change on parsing).</li>
 *   <li>A form feed, which HTML allows and treats as white space but XML 1.0 forbids, becomes a
 *       space, so the output can also be carried in XML (feeds, XHTML) without loss.</li>
 * </ul>
 *
 * <p>The escaper scans the input once and copies runs of safe characters in one call; it
 * allocates nothing per character. It is stateless and thread-safe.
 */
public final class HtmlEscaper {
  /** Marks a character below U+00A0 that is copied as is. */
  private static final byte COPY = 0;
  /** Marks a carriage return, normalized to LF. */
  private static final byte CR = 6;
  /** Marks a forbidden control character. */
  private static final byte FORBIDDEN = 7;
  /** Marks a form feed, written as a space. */
  private static final byte FORM_FEED = 8;

  /** What replaces a marked character; indexed by its mark. */
  private static final String[] REPLACEMENTS = {
    null, "&amp;", "&lt;", "&gt;", "&quot;", "&#39;", "\n", "\uFFFD", " "
  };

  /** The mark of every character below U+00A0. */
  private static final byte[] MARKS = new byte[0xA0];

  static {
    for (int c = 0; c < 0x20; c++) {
      MARKS[c] = FORBIDDEN;
    }
    for (int c = 0x7F; c < 0xA0; c++) {
      MARKS[c] = FORBIDDEN;
    }
    MARKS['\t'] = COPY;
    MARKS['\n'] = COPY;
    MARKS['\f'] = FORM_FEED;
    MARKS['\r'] = CR;
    MARKS['&'] = 1;
    MARKS['<'] = 2;
    MARKS['>'] = 3;
    MARKS['"'] = 4;
    MARKS['\''] = 5;
  }

  /** The replacement character, written for each forbidden character. */
  private static final String REPLACEMENT_CHARACTER = "\uFFFD";

  private HtmlEscaper() {}

  /**
   * Escapes text for use as HTML element content.
   *
   * @param s the text; {@code null} writes nothing
   * @param out where the escaped text goes
   * @throws IOException when {@code out} fails
   */
  public static void escapeText(CharSequence s, Appendable out) throws IOException {
    escape(s, out);
  }

  /**
   * Escapes text for use as an attribute value between double quotes (it is also safe between
   * single quotes).
   *
   * @param s the text; {@code null} writes nothing
   * @param out where the escaped text goes
   * @throws IOException when {@code out} fails
   */
  public static void escapeAttribute(CharSequence s, Appendable out) throws IOException {
    escape(s, out);
  }

  /**
   * Escapes text for use as HTML element content.
   *
   * @param s the text; {@code null} gives {@code ""}
   * @return the escaped text; {@code s.toString()} itself when nothing needed escaping
   */
  public static String escapeText(CharSequence s) {
    return escapeToString(s);
  }

  /**
   * Escapes text for use as a double-quoted attribute value.
   *
   * @param s the text; {@code null} gives {@code ""}
   * @return the escaped text; {@code s.toString()} itself when nothing needed escaping
   */
  public static String escapeAttribute(CharSequence s) {
    return escapeToString(s);
  }

  private static String escapeToString(CharSequence s) {
    if (s == null) {
      return "";
    }
    int first = firstUnsafe(s);
    if (first == s.length()) {
      return s.toString();
    }
    StringBuilder out = new StringBuilder(s.length() + 16);
    try {
      escape(s, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // never: StringBuilder does not throw
    }
    return out.toString();
  }

  /** The index of the first character that is not copied as is, or the length. */
  private static int firstUnsafe(CharSequence s) {
    int length = s.length();
    for (int i = 0; i < length; i++) {
      char c = s.charAt(i);
      if (c < 0xA0 ? MARKS[c] != COPY : c >= Character.MIN_SURROGATE && !isSafeHigh(s, i, c)) {
        return i;
      }
      if (Character.isHighSurrogate(c)) {
        i++;
      }
    }
    return length;
  }

  /** For a character at or above U+D800: whether it (with its pair) is copied as is. */
  private static boolean isSafeHigh(CharSequence s, int i, char c) {
    if (c <= Character.MAX_SURROGATE) {
      if (c >= Character.MIN_LOW_SURROGATE || i + 1 >= s.length()) {
        return false;
      }
      char low = s.charAt(i + 1);
      // U+xFFFE and U+xFFFF: the high half ends in six one bits, the low half in 0x3FE or 0x3FF
      return Character.isLowSurrogate(low) && ((c & 0x3F) != 0x3F || (low & 0x3FE) != 0x3FE);
    }
    return (c < 0xFDD0 || c > 0xFDEF) && c < 0xFFFE;
  }

  private static void escape(CharSequence s, Appendable out) throws IOException {
    if (s == null) {
      return;
    }
    int length = s.length();
    int run = 0;
    for (int i = 0; i < length; i++) {
      char c = s.charAt(i);
      String replacement;
      int skip = 0;
      if (c < 0xA0) {
        byte mark = MARKS[c];
        if (mark == COPY) {
          continue;
        }
        replacement = REPLACEMENTS[mark];
        if (mark == CR && i + 1 < length && s.charAt(i + 1) == '\n') {
          replacement = null; // CR LF: the LF is kept, the CR dropped
        }
      } else if (c < Character.MIN_SURROGATE) {
        continue;
      } else if (isSafeHigh(s, i, c)) {
        if (c <= Character.MAX_SURROGATE) {
          i++; // a valid surrogate pair: copy both halves
        }
        continue;
      } else {
        replacement = REPLACEMENT_CHARACTER;
        // a paired noncharacter (U+xFFFE/U+xFFFF in a supplementary plane) is replaced whole
        if (Character.isHighSurrogate(c) && i + 1 < length
            && Character.isLowSurrogate(s.charAt(i + 1))) {
          skip = 1;
        }
      }
      if (run < i) {
        copy(s, run, i, out);
      }
      if (replacement != null) {
        out.append(replacement);
      }
      i += skip;
      run = i + 1;
    }
    if (run < length) {
      copy(s, run, length, out);
    }
  }

  /** Copies a run without allocating where the sink allows it. */
  private static void copy(CharSequence s, int start, int end, Appendable out) throws IOException {
    if (out instanceof StringBuilder) {
      ((StringBuilder) out).append(s, start, end);
    } else if (out instanceof Writer && s instanceof String) {
      ((Writer) out).write((String) s, start, end - start);
    } else {
      out.append(s, start, end);
    }
  }
}
