package dev.roundtable.html;

import dev.roundtable.text.Context;
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
 *       U+007F&ndash;U+009F; the noncharacters U+FDD0&ndash;U+FDEF and
 *       U+<i>x</i>FFFE/U+<i>x</i>FFFF
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
  static final byte COPY = 0;
  /** Marks a carriage return, normalized to LF. */
  static final byte CR = 6;
  /** Marks a forbidden control character. */
  static final byte FORBIDDEN = 7;
  /** Marks a form feed, written as a space. */
  private static final byte FORM_FEED = 8;

  /** What replaces a marked character; indexed by its mark. */
  static final String[] REPLACEMENTS = {
    null, "&amp;", "&lt;", "&gt;", "&quot;", "&#39;", "\n", "\uFFFD", " "
  };

  /** The mark of every character below U+00A0. */
  static final byte[] MARKS = new byte[0xA0];
  /** How many characters each character below U+00A0 becomes, at most. */
  private static final byte[] LENGTHS = new byte[0xA0];

  static {
    for (int c = 0; c < 0xA0; c++) {
      MARKS[c] = Context.isForbidden(c) ? FORBIDDEN : COPY;
    }
    MARKS['\f'] = FORM_FEED;
    MARKS['\r'] = CR;
    MARKS['&'] = 1;
    MARKS['<'] = 2;
    MARKS['>'] = 3;
    MARKS['"'] = 4;
    MARKS['\''] = 5;
    for (int c = 0; c < 0xA0; c++) {
      LENGTHS[c] = (byte) (MARKS[c] == COPY ? 1 : REPLACEMENTS[MARKS[c]].length());
    }
  }

  /**
   * For every UTF-16 unit, whether it may need escaping: marked below U+00A0, a surrogate (safe
   * only in a valid pair, which {@link #escapeRuns} checks) or a noncharacter. One read per
   * character in the scan of text that mostly needs none.
   */
  private static final boolean[] MAY_NEED_ESCAPING = new boolean[Character.MAX_VALUE + 1];

  static {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      MAY_NEED_ESCAPING[c] = c < 0xA0 ? MARKS[c] != COPY : Context.isForbidden(c);
    }
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

  /** Longest input escaped into one exactly sized array; longer ones go through a builder. */
  private static final int ARRAY_LIMIT = 1 << 16;

  private static String escapeToString(CharSequence s) {
    if (s == null) {
      return "";
    }
    int length = s.length();
    int first = firstUnsafe(s);
    if (first == length) {
      return s.toString();
    }
    if (s instanceof String && length <= ARRAY_LIMIT) {
      return escapeToArray((String) s, first);
    }
    StringBuilder out = new StringBuilder(length + 16);
    try {
      escape(s, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // never: StringBuilder does not throw
    }
    return out.toString();
  }

  /**
   * Escapes into an array: for a short string the thread's spare buffer, sized for the worst
   * case (no sizing pass), else an array sized exactly by a first pass.
   */
  private static String escapeToArray(String s, int first) {
    int length = s.length();
    if (length < SpareBuffer.MAX / MAX_GROWTH) {
      char[] out = SpareBuffer.take(length * MAX_GROWTH + 1);
      s.getChars(0, first, out, 0);
      int n = escapeRuns(s, first, length, out, first); // the character at first needs it
      String escaped = new String(out, 0, n);
      SpareBuffer.release(out);
      return escaped;
    }
    int size = first;
    for (int i = first; i < length; i++) { // an upper bound of the escaped length
      char c = s.charAt(i);
      size += c < 0xA0 ? LENGTHS[c] : 1;
    }
    char[] out = new char[size];
    s.getChars(0, first, out, 0);
    int n = escapeInto(s, first, length, out, first);
    return new String(out, 0, n);
  }

  /** The most characters one input character becomes ({@code "} as {@code &quot;}). */
  static final int MAX_GROWTH = 6;

  /**
   * Escapes {@code s[from, to)} into {@code out} from index {@code n}, copying character by
   * character: for the short strings of a page the fastest way. {@code out} must have room for
   * {@code (to - from) * MAX_GROWTH + 1} characters: a surrogate pair that starts at
   * {@code to - 1} is copied whole. Returns the index after the last character written.
   */
  static int escapeInto(CharSequence s, int from, int to, char[] out, int n) {
    if (s instanceof String) {
      return copyThenEscape((String) s, from, to, out, n);
    }
    int length = s.length();
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < 0xA0) {
        byte mark = MARKS[c];
        if (mark == COPY) {
          out[n++] = c;
        } else if (mark != CR || i + 1 >= length || s.charAt(i + 1) != '\n') {
          String replacement = REPLACEMENTS[mark];
          replacement.getChars(0, replacement.length(), out, n);
          n += replacement.length();
        }
      } else if (c < Character.MIN_SURROGATE) {
        out[n++] = c;
      } else if (isSafeHigh(s, i, c)) {
        out[n++] = c;
        if (c <= Character.MAX_SURROGATE) {
          out[n++] = s.charAt(++i);
        }
      } else {
        out[n++] = '\uFFFD';
        if (Character.isHighSurrogate(c) && i + 1 < length
            && Character.isLowSurrogate(s.charAt(i + 1))) {
          i++;
        }
      }
    }
    return n;
  }

  /**
   * Like {@link #escapeInto} for a {@code String}: copies it whole in one call (most text on a
   * page needs no escaping), then scans the copy, where a character is one array read; from the
   * first character that may need escaping on, escapes with {@link #escapeRuns}, overwriting the
   * rest of the copy.
   */
  private static int copyThenEscape(String s, int from, int to, char[] out, int n) {
    s.getChars(from, to, out, n);
    int end = n + (to - from);
    for (int j = n; j < end; j++) {
      if (MAY_NEED_ESCAPING[out[j]]) {
        return escapeRuns(s, from + (j - n), to, out, j);
      }
    }
    return end;
  }

  /**
   * Like {@link #escapeInto} for a {@code String}: runs of safe characters are found first and
   * copied with one {@link String#getChars} each, which beats a copy per character on prose.
   */
  private static int escapeRuns(String s, int from, int to, char[] out, int n) {
    int length = s.length();
    int run = from;
    int i = from;
    for (; i < to; i++) {
      char c = s.charAt(i);
      if (c < 0xA0 ? MARKS[c] == COPY : c < Character.MIN_SURROGATE) {
        continue;
      }
      if (c >= Character.MIN_SURROGATE && isSafeHigh(s, i, c)) {
        if (c <= Character.MAX_SURROGATE) {
          i++;
        }
        continue;
      }
      n = copy(s, run, i, out, n);
      if (c < 0xA0) {
        n = replace(s, i, MARKS[c], out, n);
      } else {
        out[n++] = '\uFFFD';
        if (Character.isHighSurrogate(c) && i + 1 < length
            && Character.isLowSurrogate(s.charAt(i + 1))) {
          i++;
        }
      }
      run = i + 1;
    }
    // i is past "to" when the last character was a whole surrogate pair
    return copy(s, run, i, out, n);
  }

  /** Copies {@code s[from, to)}: short runs character by character, long ones in bulk. */
  private static int copy(String s, int from, int to, char[] out, int n) {
    if (to - from < 8) {
      for (int j = from; j < to; j++) {
        out[n++] = s.charAt(j);
      }
      return n;
    }
    s.getChars(from, to, out, n);
    return n + (to - from);
  }

  /** Writes the replacement of the marked character at {@code i}. */
  private static int replace(String s, int i, byte mark, char[] out, int n) {
    switch (mark) {
      case 1: // &amp;
        out[n] = '&';
        out[n + 1] = 'a';
        out[n + 2] = 'm';
        out[n + 3] = 'p';
        out[n + 4] = ';';
        return n + 5;
      case 2: // &lt;
        out[n] = '&';
        out[n + 1] = 'l';
        out[n + 2] = 't';
        out[n + 3] = ';';
        return n + 4;
      case 3: // &gt;
        out[n] = '&';
        out[n + 1] = 'g';
        out[n + 2] = 't';
        out[n + 3] = ';';
        return n + 4;
      case 4: // &quot;
        out[n] = '&';
        out[n + 1] = 'q';
        out[n + 2] = 'u';
        out[n + 3] = 'o';
        out[n + 4] = 't';
        out[n + 5] = ';';
        return n + 6;
      case 5: // &#39;
        out[n] = '&';
        out[n + 1] = '#';
        out[n + 2] = '3';
        out[n + 3] = '9';
        out[n + 4] = ';';
        return n + 5;
      case CR:
        if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
          return n; // CR LF: the LF is kept
        }
        out[n] = '\n';
        return n + 1;
      default:
        String replacement = REPLACEMENTS[mark];
        replacement.getChars(0, replacement.length(), out, n);
        return n + replacement.length();
    }
  }

  /**
   * Removes every U+FFFD from {@code out[from, to)}, moving the rest down; returns the new end.
   * Applied to what {@link #escapeInto} wrote, it turns replaced characters into dropped ones,
   * as {@linkplain HtmlOptions#xmlCompatible() XML-compatible} output wants.
   */
  static int dropReplacementCharacters(char[] out, int from, int to) {
    int n = from;
    for (int i = from; i < to; i++) {
      char c = out[i];
      if (c != '\uFFFD') {
        out[n++] = c;
      }
    }
    return n;
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
  static boolean isSafeHigh(CharSequence s, int i, char c) {
    if (c <= Character.MAX_SURROGATE) {
      if (c >= Character.MIN_LOW_SURROGATE || i + 1 >= s.length()) {
        return false;
      }
      char low = s.charAt(i + 1);
      return Character.isLowSurrogate(low)
          && !Context.isForbidden(Character.toCodePoint(c, low));
    }
    return !Context.isForbidden(c);
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
