package dev.roundtable.model;

import java.util.Arrays;
import java.util.List;

/**
 * A paragraph of running text.
 *
 * @param content the paragraph's inlines, at least one
 */
public record Paragraph(List<Inline> content) implements Block {
  /**
   * Validates and copies the content.
   *
   * @param content the paragraph's inlines, at least one
   * @throws InvalidModelException (field {@code content}) when the content breaks a rule
   */
  public Paragraph {
    content = Rules.inlines(content, "content", "must not be empty");
  }

  /**
   * A paragraph of plain text.
   *
   * @param text the text
   * @return the paragraph
   */
  public static Paragraph of(String text) {
    return new Paragraph(Rules.plain(text));
  }

  /**
   * A paragraph of the given inlines.
   *
   * @param content the inlines, at least one
   * @return the paragraph
   */
  public static Paragraph of(Inline... content) {
    return new Paragraph(Arrays.asList(Rules.required(content, "content")));
  }

  /**
   * Whether this paragraph is a single piece of plain text, which the JSON format writes as a
   * bare string.
   *
   * @return {@code true} when the only inline is a {@link Text}
   */
  public boolean isPlainText() {
    return content.size() == 1 && content.get(0) instanceof Text;
  }

  @Override
  public void appendPlainText(StringBuilder out) {
    Inline.appendPlainText(content, out);
  }

  @Override
  public String toString() {
    return "Paragraph[" + Rules.abbreviate(content) + "]";
  }
}
