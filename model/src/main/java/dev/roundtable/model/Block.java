package dev.roundtable.model;

/**
 * A block of a {@link Body}: a {@link Paragraph}, a {@link Heading}, a {@link Quote} or a
 * {@link ListBlock}. Bodies are structured rich text, never raw HTML.
 */
public sealed interface Block permits Paragraph, Heading, Quote, ListBlock {

  /**
   * Appends this block's plain text to {@code out}, without surrounding blank lines.
   *
   * @param out where the text goes
   */
  void appendPlainText(StringBuilder out);
}
