package dev.roundtable.text;

import java.io.IOException;

/**
 * {@link Context#escape(CharSequence)}: a context's policy applied to a string, for a string.
 * Going through {@link Utf8Output} would encode the text to bytes and decode it back, several
 * times the work for the short texts a caller escapes one at a time; this loop reads the same
 * tables ({@link Context#replacement}), and GeneratedTextTest holds both loops to the policy
 * read one code point at a time.
 */
final class StringEscape {
  private StringEscape() {}

  /** Where escaped characters go: a string being built, or a writer's character target. */
  interface Sink {
    /** Takes the characters of {@code s} from {@code from} to {@code to}. */
    void put(String s, int from, int to) throws IOException;
  }

  /** A {@link StringBuilder} as a sink. */
  private static final class Builder implements Sink {
    final StringBuilder out;

    Builder(int capacity) {
      out = new StringBuilder(capacity);
    }

    @Override
    public void put(String s, int from, int to) {
      out.append(s, from, to);
    }
  }

  static String escape(String s, Context context) {
    long[] care = context.care;
    int n = s.length();
    int first = 0;
    for (char c; first < n && (care[(c = s.charAt(first)) >>> 6] & 1L << c) == 0; ) {
      first++;
    }
    if (first == n) {
      return s;
    }
    Builder out = new Builder(2 * n + 16); // room for a few escapes per character
    out.put(s, 0, first);
    try {
      return escapeInto(s, first, context, out) ? out.out.toString() : s;
    } catch (IOException e) {
      throw new IllegalStateException(e); // never: a StringBuilder does not fail
    }
  }

  /**
   * Writes {@code s} from {@code from} on into {@code out}, escaped by the context's policy;
   * returns whether anything was replaced.
   */
  static boolean escapeInto(String s, int from, Context context, Sink out) throws IOException {
    long[] care = context.care;
    int n = s.length();
    int run = from; // the start of what is copied as it is
    boolean replaced = false;
    for (int i = from; i < n; i++) {
      char c = s.charAt(i);
      if ((care[c >>> 6] & 1L << c) == 0) { // Context.care: the context replaces nothing here
        continue;
      }
      String replacement;
      int width = 1;
      if (c < 0x80) {
        replacement = context.replacement(c);
        if (c == '\r' && context.foldsCarriageReturns() && i + 1 < n && s.charAt(i + 1) == '\n') {
          replacement = ""; // CR LF: the line feed stays
        }
      } else {
        int cp = s.codePointAt(i); // a lone surrogate stands for itself
        width = Character.charCount(cp);
        replacement = context.replacement(cp);
        if (replacement == null) {
          i += width - 1;
          continue;
        }
      }
      out.put(s, run, i);
      out.put(replacement, 0, replacement.length());
      replaced = true;
      i += width - 1;
      run = i + 1;
    }
    out.put(s, run, n);
    return replaced;
  }
}
