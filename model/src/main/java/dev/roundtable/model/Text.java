package dev.roundtable.model;

/**
 * Plain text. {@code <b>} in it is three characters, not markup; exporters escape it.
 *
 * @param text the text: not empty, no U+0000, no lone surrogates
 */
public record Text(String text) implements Inline {
  /**
   * Validates the text.
   *
   * @param text the text, not empty
   * @throws InvalidModelException (field {@code text}) when the text breaks a rule
   */
  public Text {
    Rules.nonEmptyText(text, "text", Rules.MAX_TEXT_LENGTH);
  }

  /**
   * Whether a text shows something: a code point that is not white space, a control, a format
   * character or another invisible code point. Every model field that must not be blank
   * requires it; an importer may ask it before it builds a block.
   *
   * @param text a text, or {@code null}
   * @return {@code false} for {@code null}, empty and invisible text
   */
  public static boolean isVisible(CharSequence text) {
    return text != null && text.codePoints().anyMatch(cp -> !CodePoints.isInvisible(cp));
  }

  @Override
  public void appendPlainText(StringBuilder out) {
    out.append(text);
  }

  @Override
  public String toString() {
    return "Text[" + Rules.abbreviate(text) + "]";
  }
}
