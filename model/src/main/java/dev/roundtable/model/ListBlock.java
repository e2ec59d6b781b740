package dev.roundtable.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A bulleted or numbered list. Each item is a run of inlines.
 *
 * @param ordered {@code true} for a numbered list, {@code false} for bullets
 * @param items the items, at least one, each with at least one inline
 */
public record ListBlock(boolean ordered, List<List<Inline>> items) implements Block {
  /**
   * Validates and deeply copies the items.
   *
   * @param ordered {@code true} for a numbered list
   * @param items the items, at least one, each with at least one inline
   * @throws InvalidModelException (field {@code items}) when an item breaks a rule
   */
  public ListBlock {
    Rules.required(items, "items");
    if (items.isEmpty()) {
      throw InvalidModelException.of("items", "must have at least one item");
    }
    Violations v = new Violations();
    List<List<Inline>> copy = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      try {
        copy.add(Rules.inlines(items.get(i), "content", "must not be empty"));
      } catch (InvalidModelException e) {
        v.add(InvalidModelException.of("items", i, e.rule()));
      }
    }
    v.throwIfAny();
    items = List.copyOf(copy);
  }

  /**
   * A list of plain-text items.
   *
   * @param ordered {@code true} for a numbered list
   * @param items the items' texts, at least one
   * @return the list
   */
  public static ListBlock of(boolean ordered, String... items) {
    return new ListBlock(
        ordered, Rules.elements(Arrays.asList(items), "items", item -> List.of(new Text(item))));
  }

  @Override
  public void appendPlainText(StringBuilder out) {
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) {
        out.append('\n');
      }
      Inline.appendPlainText(items.get(i), out);
    }
  }

  @Override
  public String toString() {
    return "ListBlock[" + (ordered ? "ordered, " : "") + items.size()
        + (items.size() == 1 ? " item]" : " items]");
  }
}
