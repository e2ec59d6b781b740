package dev.roundtable.model;

import java.util.List;

/**
 * Emphasised content, usually shown in italics.
 *
 * @param content the emphasised inlines, at least one
 */
public record Emphasis(List<Inline> content) implements Inline {
  /**
   * Validates and copies the content.
   *
   * @param content the emphasised inlines, at least one
   * @throws InvalidModelException (field {@code content}) when the content breaks a rule
   */
  public Emphasis {
    content = Rules.inlines(content, "content", "must not be empty");
  }

  /**
   * Shorthand for plain text content.
   *
   * @param text the text
   * @return the inline
   */
  public static Emphasis of(String text) {
    return new Emphasis(Rules.plain(text));
  }

  @Override
  public void appendPlainText(StringBuilder out) {
    Inline.appendPlainText(content, out);
  }

  @Override
  public String toString() {
    return "Emphasis[" + Rules.abbreviate(content) + "]";
  }
}
