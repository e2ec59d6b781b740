package dev.roundtable.model;

import java.util.List;

/**
 * A piece of running text inside a block: plain {@link Text}, {@link Emphasis}, {@link Strong},
 * {@link Code}, a {@link Link} or a {@link LineBreak}. Text is always plain text: markup in a
 * string is just characters.
 */
public sealed interface Inline permits Text, Emphasis, Strong, Code, Link, LineBreak {

  /** How deeply inlines may nest (emphasis in strong in a link ...), so no exporter overflows. */
  int MAX_DEPTH = 32;

  /**
   * Appends this inline's plain text to {@code out}: text as is, a line break as a newline.
   *
   * @param out where the text goes
   */
  void appendPlainText(StringBuilder out);

  /**
   * The nesting depth of inline content: 1 for plain text, 2 for text in emphasis, and so on.
   *
   * @param content the inlines
   * @return the depth; 0 for no content
   */
  static int depth(List<Inline> content) {
    int max = 0;
    for (Inline inline : content) {
      List<Inline> inner = inline instanceof Emphasis e ? e.content()
          : inline instanceof Strong s ? s.content()
          : inline instanceof Link l ? l.content() : List.of();
      max = Math.max(max, 1 + depth(inner));
    }
    return max;
  }

  /**
   * Appends the plain text of a list of inlines.
   *
   * @param content the inlines
   * @param out where the text goes
   */
  static void appendPlainText(List<Inline> content, StringBuilder out) {
    for (Inline inline : content) {
      inline.appendPlainText(out);
    }
  }
}
