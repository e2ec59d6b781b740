package dev.roundtable.model;

import java.util.List;

/**
 * A heading inside a body, at level 2 to 6 (level 1 belongs to the page, the answer's headline
 * to level 2 or below).
 *
 * @param level the level, 2 to 6
 * @param content the heading's inlines, at least one
 */
public record Heading(int level, List<Inline> content) implements Block {
  /** Lowest heading level allowed in a body. */
  public static final int MIN_LEVEL = 2;
  /** Highest heading level allowed in a body. */
  public static final int MAX_LEVEL = 6;

  /**
   * Validates the level and copies the content.
   *
   * @param level the level, 2 to 6
   * @param content the heading's inlines, at least one
   * @throws InvalidModelException when a field breaks a rule
   */
  public Heading {
    Violations v = new Violations();
    if (level < MIN_LEVEL || level > MAX_LEVEL) {
      v.add(InvalidModelException.of(
          "level", "must be from " + MIN_LEVEL + " to " + MAX_LEVEL + ", was " + level));
    }
    List<Inline> given = content;
    content = v.check(
        () -> Rules.visible(Rules.inlines(given, "content", "must not be empty"), "content"));
    v.throwIfAny();
  }

  /**
   * A heading of plain text.
   *
   * @param level the level, 2 to 6
   * @param text the text
   * @return the heading
   */
  public static Heading of(int level, String text) {
    return new Heading(level, Rules.plain(text));
  }

  @Override
  public void appendPlainText(StringBuilder out) {
    Inline.appendPlainText(content, out);
  }

  @Override
  public String toString() {
    return "Heading[" + level + ", " + Rules.abbreviate(content) + "]";
  }
}
