package dev.roundtable.html;

import java.io.IOException;

/**
 * The {@code id} attributes of an answer's article, which its related-links {@code <nav>} is
 * named by ({@code aria-labelledby}): the class prefix, the element's kind and the answer's id,
 * {@code rt-headline-jenni-luke}. Stable (the same answer gives the same ids on every rendering)
 * and unique on a page that shows each answer's article once, whatever the answer's id holds:
 * ASCII letters, digits, {@code -} and {@code _} are kept, every other code point is written as
 * {@code .} and its hexadecimal number and {@code .} ({@code "a b"} gives {@code a.20.b}), so no
 * id has white space, no two answer ids give the same id, and the escaper never rewrites one.
 */
final class AnswerIds {
  /** The kind of the article's headline, which names the article. */
  static final String HEADLINE = "headline-";
  /** The kind of the related links' heading, which names their nav with the headline. */
  static final String RELATED_HEADING = "related-heading-";

  private AnswerIds() {}

  /** Writes the id of an element of the answer's article: prefix, kind and answer id. */
  static Markup write(String kind, String answerId, Markup m) throws IOException {
    m.raw(m.options.classPrefix()).raw(kind);
    int n = answerId.length();
    int i = 0;
    while (i < n && kept(answerId.charAt(i))) {
      i++;
    }
    if (i == n) {
      return m.raw(answerId);
    }
    m.raw(answerId.substring(0, i));
    while (i < n) {
      int cp = answerId.codePointAt(i);
      if (kept(cp)) {
        m.raw((char) cp);
      } else {
        m.raw('.').raw(Integer.toHexString(cp)).raw('.');
      }
      i += Character.charCount(cp);
    }
    return m;
  }

  /** Writes an attribute holding the id of an element of the answer's article. */
  static Markup attr(String name, String kind, String answerId, Markup m) throws IOException {
    m.raw(' ').raw(name).raw("=\"");
    return write(kind, answerId, m).raw('"');
  }

  private static boolean kept(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'
        || c == '_';
  }
}
