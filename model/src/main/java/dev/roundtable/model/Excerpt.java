package dev.roundtable.model;

/**
 * Cuts plain text to a length on a word boundary, with an ellipsis, for standfirsts and feed
 * summaries.
 *
 * <p>Lengths count Unicode code points, so a surrogate pair (an emoji, say) counts once and is
 * never split. White space runs are folded into one space first. When the text is longer than
 * allowed, the result is the longest run of whole words that fits with the ellipsis (…, one code
 * point), minus trailing separators such as commas and dashes. A first word longer than the
 * whole allowance gives the ellipsis alone: a word is never cut.
 *
 * <p>Only the start of a long text is folded: the excerpt is decided by its first
 * {@code maxLength + 1} code points after folding.
 */
public final class Excerpt {
  /** The ellipsis that ends a shortened excerpt. */
  public static final String ELLIPSIS = "…";

  private Excerpt() {}

  /**
   * Cuts {@code text} to at most {@code maxLength} code points.
   *
   * @param text plain text
   * @param maxLength the longest result in code points, ellipsis included; at least 1
   * @return the text with white space folded, whole when it fits, else cut with an ellipsis
   * @throws IllegalArgumentException when {@code maxLength} is less than 1
   * @throws NullPointerException when {@code text} is {@code null}
   */
  public static String of(CharSequence text, int maxLength) {
    requireLength(maxLength);
    if (text instanceof String && fitsFolded((String) text, maxLength)) {
      return (String) text;
    }
    Folder folder = new Folder(maxLength, text.length());
    folder.add(text);
    return folder.excerpt();
  }

  static void requireLength(int maxLength) {
    if (maxLength < 1) {
      throw new IllegalArgumentException("maxLength must be at least 1, was " + maxLength);
    }
  }

  /** Whether {@code s} is folded already and at most {@code maxLength} long: its own excerpt. */
  private static boolean fitsFolded(String s, int maxLength) {
    int length = s.length();
    if (length == 0 || length > 2 * maxLength) {
      return length == 0;
    }
    int count = length; // less one for each surrogate pair
    boolean afterSpace = true; // a leading space is not folded text
    for (int i = 0; i < length; i++) {
      char c = s.charAt(i);
      if (c > ' ') {
        if (c >= 0x80) {
          if (Character.isHighSurrogate(c) && i + 1 < length
              && Character.isLowSurrogate(s.charAt(i + 1))) {
            i++; // no supplementary code point is white space
            count--;
          } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            return false;
          }
        }
        afterSpace = false;
      } else if (c == ' ') {
        if (afterSpace) {
          return false;
        }
        afterSpace = true;
      } else if (isAsciiWhitespace(c)) {
        return false;
      } else {
        afterSpace = false;
      }
    }
    return !afterSpace && count <= maxLength;
  }

  /** {@link Character#isWhitespace} or {@link Character#isSpaceChar} for a char below 0x80. */
  private static boolean isAsciiWhitespace(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F);
  }

  /** Folds every run of white space (including Unicode spaces) into one space, and trims. */
  static String foldWhitespace(CharSequence text) {
    Folder folder = new Folder(Integer.MAX_VALUE - 1, text.length());
    folder.add(text);
    return folder.out.toString();
  }

  private static boolean isTrailingSeparator(char c) {
    return c == ' ' || c == ',' || c == ';' || c == ':' || c == '-' || c == '–' || c == '—';
  }

  /** Folds text given in pieces; keeps the first maxLength + 1 code points, all an excerpt uses. */
  static final class Folder {
    private final int maxLength;
    private final StringBuilder out;
    private int count;
    private boolean pendingSpace;

    Folder(int maxLength, int sizeHint) {
      this.maxLength = maxLength;
      this.out = new StringBuilder((int) Math.min(sizeHint, 2L * maxLength + 2));
    }

    /** Whether more text could still change the excerpt. */
    boolean wantsMore() {
      return count <= maxLength;
    }

    /** Adds the next piece of text; does nothing once {@link #wantsMore()} is false. */
    void add(CharSequence text) {
      int length = text.length();
      for (int i = 0; i < length && count <= maxLength; ) {
        char c = text.charAt(i);
        int cp;
        boolean space;
        if (c < 0x80) {
          cp = c;
          i++;
          space = isAsciiWhitespace(c);
        } else {
          cp = Character.codePointAt(text, i);
          i += Character.charCount(cp);
          space = Character.isWhitespace(cp) || Character.isSpaceChar(cp);
        }
        if (space) {
          pendingSpace = out.length() > 0;
        } else {
          if (pendingSpace) {
            out.append(' ');
            pendingSpace = false;
            if (++count > maxLength) {
              return;
            }
          }
          out.appendCodePoint(cp);
          count++;
        }
      }
    }

    /** The excerpt of all the text added. */
    String excerpt() {
      String folded = out.toString();
      if (count <= maxLength) {
        return folded;
      }
      int end = folded.offsetByCodePoints(0, maxLength - 1);
      int cut = folded.charAt(end) == ' ' ? end : Math.max(0, folded.lastIndexOf(' ', end - 1));
      while (cut > 0 && isTrailingSeparator(folded.charAt(cut - 1))) {
        cut--;
      }
      return folded.substring(0, cut) + ELLIPSIS;
    }
  }
}
