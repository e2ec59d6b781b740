package dev.roundtable.model;

/**
 * Inline code, shown in a monospaced font. Plain text like {@link Text}.
 *
 * @param text the code: not empty, no U+0000, no lone surrogates
 */
public record Code(String text) implements Inline {
  /**
   * Validates the text.
   *
   * @param text the code, not empty
   * @throws InvalidModelException (field {@code text}) when the text breaks a rule
   */
  public Code {
    Rules.nonEmptyText(text, "text", Rules.MAX_TEXT_LENGTH);
  }

  @Override
  public void appendPlainText(StringBuilder out) {
    out.append(text);
  }

  @Override
  public String toString() {
    return "Code[" + Rules.abbreviate(text) + "]";
  }
}
