package dev.roundtable.model;

/** A line break inside a block; its plain text is a newline. */
public record LineBreak() implements Inline {
  /** The one line break; all line breaks are equal. */
  public static final LineBreak INSTANCE = new LineBreak();

  @Override
  public void appendPlainText(StringBuilder out) {
    out.append('\n');
  }
}
