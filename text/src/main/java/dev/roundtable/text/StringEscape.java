package dev.roundtable.text;

/**
 * {@link Context#escape(CharSequence)}: a context's policy applied to a string, for a string.
 * Going through {@link Utf8Output} would encode the text to bytes and decode it back, several
 * times the work for the short texts a caller escapes one at a time; this loop reads the same
 * tables ({@link Context#replacement}), and GeneratedTextTest holds both loops to the policy
 * read one code point at a time.
 */
final class StringEscape {
  private StringEscape() {}

  static String escape(String s, Context context) {
    int n = s.length();
    StringBuilder out = null;
    int run = 0; // the start of what is copied as it is
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      String replacement;
      int width = 1;
      if (c < 0x80) {
        replacement = context.replacement(c);
        if (replacement == null) {
          continue;
        }
        if (c == '\r' && context.foldsCarriageReturns() && i + 1 < n && s.charAt(i + 1) == '\n') {
          replacement = ""; // CR LF: the line feed stays
        }
      } else if (c < 0xA0 || c == 0x2028 || c == 0x2029 || (c >= 0xD800 && c <= 0xDFFF)
          || c >= 0xFDD0) { // where a replacement may be: C1, separators, surrogates, U+FDD0 on
        int cp = s.codePointAt(i); // a lone surrogate stands for itself
        width = Character.charCount(cp);
        replacement = context.replacement(cp);
        if (replacement == null) {
          i += width - 1;
          continue;
        }
      } else {
        continue;
      }
      if (out == null) {
        out = new StringBuilder(2 * n + 16); // room for a few escapes per character
      }
      out.append(s, run, i).append(replacement);
      i += width - 1;
      run = i + 1;
    }
    return out == null ? s : out.append(s, run, n).toString();
  }
}
