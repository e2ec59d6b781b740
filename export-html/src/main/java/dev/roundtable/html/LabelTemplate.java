package dev.roundtable.html;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A label with placeholders such as {@code {question}}, parsed once: at render time literal text
 * is escaped and each placeholder is written by a {@link Slot}. A full stop right after a
 * placeholder whose value already ends a sentence ({@code "AOL, Inc."}, {@code "...a mentor?"})
 * is left out, so no label reads {@code "Inc.."}.
 */
final class LabelTemplate {
  /** Writes the value of one placeholder, given by its name. */
  @FunctionalInterface
  interface Slot {
    void write(String name, Markup m) throws IOException;

    /** The plain text of a placeholder's value, as far as punctuation after it cares. */
    default String value(String name) {
      return "";
    }
  }

  /** The placeholders: the question's text, the series' name, a byline. */
  static final String QUESTION = "question";
  static final String SERIES = "series";
  static final String BYLINE = "byline";
  /** Characters that end a sentence, after which a label's own full stop is dropped. */
  private static final String SENTENCE_ENDS = ".?!\u2026";

  /** Literal text and placeholder names, alternating, starting with a literal. */
  private final String[] parts;

  private LabelTemplate(String[] parts) {
    this.parts = parts;
  }

  /** Parses a template; a placeholder not in {@code names} is an IllegalArgumentException. */
  private static LabelTemplate parse(String template, String field, String... names) {
    Objects.requireNonNull(template, field);
    List<String> parts = new ArrayList<>();
    int from = 0;
    while (true) {
      int open = template.indexOf('{', from);
      int close = open < 0 ? -1 : template.indexOf('}', open);
      if (open < 0 || close < 0) {
        parts.add(template.substring(from));
        return new LabelTemplate(parts.toArray(new String[0]));
      }
      parts.add(template.substring(from, open));
      parts.add(placeholder(template.substring(open + 1, close), field, names));
      from = close + 1;
    }
  }

  /** The related links' heading, for a question with or without a series. */
  static LabelTemplate relatedLinks(String template, boolean inSeries) {
    return inSeries ? parse(template, "relatedLinksInSeries", SERIES, QUESTION)
        : parse(template, "relatedLinks", QUESTION);
  }

  /** The intro line. */
  static LabelTemplate intro(String template) {
    return parse(template, "intro", QUESTION, BYLINE);
  }

  private static String placeholder(String name, String field, String... names) {
    for (String allowed : names) {
      if (allowed.equals(name)) {
        return allowed;
      }
    }
    throw new IllegalArgumentException(field + " label has an unknown placeholder {" + name
        + "}; it may use {" + String.join("}, {", names) + "}");
  }

  /** Writes the template: literals escaped (as the markup's options say), placeholders by slot. */
  void write(Markup m, Slot slot) throws IOException {
    boolean sentenceEnded = false;
    for (int i = 0; i < parts.length; i++) {
      if ((i & 1) == 0) {
        String literal = parts[i];
        m.text(sentenceEnded && literal.startsWith(".") ? literal.substring(1) : literal);
      } else {
        slot.write(parts[i], m);
        String value = slot.value(parts[i]).strip();
        sentenceEnded = !value.isEmpty()
            && SENTENCE_ENDS.indexOf(value.charAt(value.length() - 1)) >= 0;
      }
    }
  }
}
