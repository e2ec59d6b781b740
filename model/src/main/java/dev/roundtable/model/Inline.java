package dev.roundtable.model;

import java.util.List;

/**
 * A piece of running text inside a block: plain {@link Text}, {@link Emphasis}, {@link Strong},
 * {@link Code}, a {@link Link} or a {@link LineBreak}. Text is always plain text: markup in a
 * string is just characters.
 */
public sealed interface Inline permits Text, Emphasis, Strong, Code, Link, LineBreak {

  /** How deeply inlines may nest (emphasis in strong in a link ...), so no exporter overflows. */
  int MAX_DEPTH = 32;

  /**
   * Appends this inline's plain text to {@code out}: text as is, a line break as a newline.
   *
   * @param out where the text goes
   */
  void appendPlainText(StringBuilder out);

  /**
   * Validates and copies inline content: no {@code null} element, nesting within
   * {@link #MAX_DEPTH}. Used by the model's own constructors.
   *
   * @param content the inlines
   * @param field the field's name, for errors
   * @return an unmodifiable copy
   * @throws InvalidModelException when the content is {@code null}, holds {@code null} or nests
   *     too deeply
   */
  static List<Inline> content(List<? extends Inline> content, String field) {
    List<Inline> copy = Rules.list(Rules.required(content, field), field);
    if (depth(copy) > MAX_DEPTH) {
      throw InvalidModelException.of(field, "nests inlines deeper than " + MAX_DEPTH + " levels");
    }
    return copy;
  }

  /**
   * The nesting depth of inline content: 1 for plain text, 2 for text in emphasis, and so on.
   *
   * @param content the inlines
   * @return the depth; 0 for no content
   */
  static int depth(List<Inline> content) {
    int max = 0;
    for (Inline inline : content) {
      int d = 1;
      if (inline instanceof Emphasis) {
        d += depth(((Emphasis) inline).content());
      } else if (inline instanceof Strong) {
        d += depth(((Strong) inline).content());
      } else if (inline instanceof Link) {
        d += depth(((Link) inline).content());
      }
      max = Math.max(max, d);
    }
    return max;
  }

  /**
   * Appends the plain text of a list of inlines.
   *
   * @param content the inlines
   * @param out where the text goes
   */
  static void appendPlainText(List<Inline> content, StringBuilder out) {
    for (Inline inline : content) {
      inline.appendPlainText(out);
    }
  }

  /**
   * Converts shorthand strings to {@link Text} inlines.
   *
   * @param texts the texts, each not empty
   * @return an unmodifiable list of text inlines
   * @throws InvalidModelException (field {@code content[i].text}) when a text breaks a rule
   */
  static List<Inline> texts(String... texts) {
    Inline[] inlines = new Inline[texts.length];
    for (int i = 0; i < texts.length; i++) {
      try {
        inlines[i] = new Text(texts[i]);
      } catch (InvalidModelException e) {
        throw e.within("content", i);
      }
    }
    return List.of(inlines);
  }
}
