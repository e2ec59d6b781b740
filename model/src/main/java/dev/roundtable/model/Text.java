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
    Rules.text(text, "text", Rules.MAX_TEXT_LENGTH);
    if (text.isEmpty()) {
      throw InvalidModelException.of("text", "must not be empty");
    }
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
