package dev.roundtable.rss;

import dev.roundtable.model.Body;
import java.io.IOException;

/**
 * Where feeds get their HTML: the full body, and plain text escaped as HTML for RSS
 * {@code description}. The one seam between the feeds and the HTML exporter.
 */
final class BodyHtml {
  private BodyHtml() {}

  /** Writes the body as HTML block elements. */
  static void writeBody(Body body, Appendable out) throws IOException {
    out.append(body.plainText()); // interim until HtmlExporter.writeBody lands
  }

  /** Writes plain text escaped as HTML element text. */
  static void escapeText(CharSequence text, Appendable out) throws IOException {
    out.append(text); // interim until HtmlEscaper lands
  }
}
