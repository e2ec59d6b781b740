package dev.roundtable.model;

import java.util.List;

/**
 * Strongly important content, usually shown in bold.
 *
 * @param content the emphasised inlines, at least one
 */
public record Strong(List<Inline> content) implements Inline {
  /**
   * Validates and copies the content.
   *
   * @param content the strong inlines, at least one
   * @throws InvalidModelException (field {@code content}) when the content breaks a rule
   */
  public Strong {
    content = Rules.inlines(content, "content", "must not be empty");
  }

  /**
   * Shorthand for plain text content.
   *
   * @param text the text
   * @return the inline
   */
  public static Strong of(String text) {
    return new Strong(Rules.plain(text));
  }

  @Override
  public void appendPlainText(StringBuilder out) {
    Inline.appendPlainText(content, out);
  }

  @Override
  public String toString() {
    return "Strong[" + Rules.abbreviate(content) + "]";
  }
}
