package dev.roundtable.model;

import java.util.Arrays;
import java.util.List;

/**
 * The text of an answer: structured rich text made of {@link Block}s, never raw HTML.
 *
 * @param blocks the blocks, at least one
 */
public record Body(List<Block> blocks) {
  /**
   * Validates and copies the blocks.
   *
   * @param blocks the blocks, at least one, none {@code null}
   * @throws InvalidModelException (field {@code body}) when there is no block or one is {@code null}
   */
  public Body {
    blocks = Rules.list(blocks, "body");
    if (blocks.isEmpty()) {
      throw InvalidModelException.of("body", "must have at least one block");
    }
  }

  /**
   * A body of plain-text paragraphs: {@code Body.of("para one", "para two")}.
   *
   * @param paragraphs the paragraphs' texts, at least one
   * @return the body
   * @throws InvalidModelException when there is no paragraph or a text breaks a rule
   */
  public static Body of(String... paragraphs) {
    List<String> texts = Arrays.asList(Rules.required(paragraphs, "body"));
    return new Body(Rules.elements(texts, "body", Paragraph::of));
  }

  /**
   * A body of the given blocks.
   *
   * @param blocks the blocks, at least one
   * @return the body
   */
  public static Body of(Block... blocks) {
    return new Body(Arrays.asList(Rules.required(blocks, "body")));
  }

  /**
   * The body as plain text: blocks separated by a blank line, list items by a newline, line
   * breaks as newlines. For feeds' summaries and search indexes.
   *
   * @return the plain text
   */
  public String plainText() {
    StringBuilder out = new StringBuilder();
    for (Block block : blocks) {
      if (out.length() > 0) {
        out.append("\n\n");
      }
      block.appendPlainText(out);
    }
    return out.toString();
  }

  /**
   * An excerpt of the body's plain text, cut on a word boundary; see {@link Excerpt#of}.
   *
   * @param maxLength the longest excerpt, in Unicode code points, ellipsis included
   * @return the excerpt
   */
  public String excerpt(int maxLength) {
    Excerpt.requireLength(maxLength);
    if (blocks.size() == 1 && blocks.get(0) instanceof Paragraph p && p.isPlainText()) {
      return Excerpt.of(((Text) p.content().get(0)).text(), maxLength);
    }
    // block by block, stopping once the excerpt is decided: a long body is not flattened whole
    Excerpt.Folder folder = new Excerpt.Folder(maxLength, 256);
    StringBuilder block = new StringBuilder(256);
    for (int i = 0; i < blocks.size() && folder.wantsMore(); i++) {
      if (i > 0) {
        folder.add("\n\n");
      }
      block.setLength(0);
      blocks.get(i).appendPlainText(block);
      folder.add(block);
    }
    return folder.excerpt();
  }

  @Override
  public String toString() {
    return "Body[" + blocks.size() + (blocks.size() == 1 ? " block]" : " blocks]");
  }
}
