package dev.roundtable.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A quotation, with an optional citation of its source. Immutable. */
public final class Quote implements Block {
  private final List<Inline> content;
  private final String cite;

  /**
   * Creates a quotation.
   *
   * @param content the quoted inlines, at least one
   * @param cite who or what is quoted, or {@code null}; not blank when given
   * @throws InvalidModelException when a rule is broken
   */
  public Quote(List<? extends Inline> content, String cite) {
    Violations v = new Violations();
    this.content = v.check(() -> Rules.inlines(content, "content", "must not be empty"));
    this.cite = v.check(() -> Rules.optionalNotBlank(cite, "cite", Rules.MAX_LINE_LENGTH));
    v.throwIfAny();
  }

  /**
   * A quotation of plain text without citation.
   *
   * @param text the quoted text
   * @return the quotation
   */
  public static Quote of(String text) {
    return new Quote(Rules.plain(text), null);
  }

  /** {@return the quoted inlines: an unmodifiable list, never empty} */
  public List<Inline> content() {
    return content;
  }

  /** {@return who or what is quoted, if given} */
  public Optional<String> cite() {
    return Optional.ofNullable(cite);
  }

  @Override
  public void appendPlainText(StringBuilder out) {
    Inline.appendPlainText(content, out);
    if (cite != null) {
      out.append(" (").append(cite).append(')');
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Quote o && o.content.equals(content)
        && Objects.equals(o.cite, cite);
  }

  @Override
  public int hashCode() {
    return Objects.hash(content, cite);
  }

  @Override
  public String toString() {
    return "Quote[" + Rules.abbreviate(content)
        + (cite == null ? "" : ", cite=" + Rules.abbreviate(cite)) + "]";
  }
}
