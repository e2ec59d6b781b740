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
    if (maxLength < 1) {
      throw new IllegalArgumentException("maxLength must be at least 1, was " + maxLength);
    }
    String folded = foldWhitespace(text);
    if (folded.codePointCount(0, folded.length()) <= maxLength) {
      return folded;
    }
    int end = folded.offsetByCodePoints(0, maxLength - 1);
    int cut;
    if (folded.charAt(end) == ' ') {
      cut = end;
    } else {
      cut = folded.lastIndexOf(' ', end - 1);
      if (cut < 0) {
        cut = 0;
      }
    }
    while (cut > 0 && isTrailingSeparator(folded.charAt(cut - 1))) {
      cut--;
    }
    return folded.substring(0, cut) + ELLIPSIS;
  }

  /** Folds every run of white space (including Unicode spaces) into one space, and trims. */
  static String foldWhitespace(CharSequence text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean pendingSpace = false;
    for (int i = 0; i < text.length(); ) {
      int cp = Character.codePointAt(text, i);
      i += Character.charCount(cp);
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
        pendingSpace = out.length() > 0;
      } else {
        if (pendingSpace) {
          out.append(' ');
          pendingSpace = false;
        }
        out.appendCodePoint(cp);
      }
    }
    return out.toString();
  }

  private static boolean isTrailingSeparator(char c) {
    return c == ' ' || c == ',' || c == ';' || c == ':' || c == '-' || c == '–' || c == '—';
  }
}
