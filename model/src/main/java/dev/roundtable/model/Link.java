package dev.roundtable.model;

import java.util.List;

/**
 * A hyperlink in running text. Its target is an absolute {@code http}, {@code https} or
 * {@code mailto} URL; its content is what the reader sees.
 *
 * @param href the target
 * @param content the link text, at least one inline
 */
public record Link(Url href, List<Inline> content) implements Inline {
  /**
   * Validates and copies the content.
   *
   * @param href the target
   * @param content the link text, at least one inline
   * @throws InvalidModelException when a field breaks a rule
   */
  public Link {
    Violations v = new Violations();
    v.check(() -> Rules.required(href, "href"));
    List<Inline> given = content;
    String empty = "must not be empty: a link needs visible text";
    content = v.check(() -> Rules.visible(Rules.inlines(given, "content", empty), "content"));
    v.throwIfAny();
  }

  /**
   * A link whose visible text is plain text.
   *
   * @param href the target URL's text (http, https or mailto)
   * @param text the visible text
   * @return the link
   * @throws InvalidModelException when the URL or the text breaks a rule
   */
  public static Link of(String href, String text) {
    return new Link(Url.linkTarget(href), Rules.plain(text));
  }

  @Override
  public void appendPlainText(StringBuilder out) {
    Inline.appendPlainText(content, out);
  }

  @Override
  public String toString() {
    return "Link[" + Rules.abbreviate(href.toString()) + ", " + Rules.abbreviate(content) + "]";
  }
}
