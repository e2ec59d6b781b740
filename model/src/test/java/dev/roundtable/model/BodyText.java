package dev.roundtable.model;

/** The text a reader sees in a body, for tests that compare what an exporter or importer keeps. */
public final class BodyText {
  private BodyText() {}

  /** The text a reader sees: a quote's citation without the parentheses of plain text. */
  public static String visibleText(Body body) {
    StringBuilder out = new StringBuilder();
    for (dev.roundtable.model.Block block : body.blocks()) {
      if (block instanceof Quote) {
        ((Quote) block).content().forEach(inline -> inline.appendPlainText(out));
        out.append(' ').append(((Quote) block).cite().orElse(""));
      } else {
        block.appendPlainText(out);
      }
      out.append('\n');
    }
    return out.toString();
  }

  /** The text without any white space: what must survive whatever the markup. */
  public static String withoutSpace(String s) {
    StringBuilder out = new StringBuilder();
    s.codePoints().filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp))
        .forEach(out::appendCodePoint);
    return out.toString();
  }
}
