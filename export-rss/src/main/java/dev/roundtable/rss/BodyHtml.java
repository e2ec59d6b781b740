package dev.roundtable.rss;

import dev.roundtable.html.HtmlEscaper;
import dev.roundtable.html.HtmlExporter;
import dev.roundtable.model.Body;
import java.io.IOException;

/**
 * Where feeds get their HTML, the one seam between the feeds and export-html: the full body
 * from {@link HtmlExporter#writeBody}, and plain text escaped by {@link HtmlEscaper} for RSS
 * {@code description} (which readers treat as HTML).
 */
final class BodyHtml {
  private static final HtmlExporter HTML = HtmlExporter.defaults();

  private BodyHtml() {}

  /** Writes the body as HTML block elements. */
  static void writeBody(Body body, Appendable out) throws IOException {
    HTML.writeBody(body, out);
  }

  /** Writes plain text escaped as HTML element text. */
  static void escapeText(CharSequence text, Appendable out) throws IOException {
    HtmlEscaper.escapeText(text, out);
  }
}
