package dev.roundtable.rss;

import dev.roundtable.text.Context;
import dev.roundtable.html.HtmlExporter;
import dev.roundtable.html.HtmlOptions;
import dev.roundtable.model.Body;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Where feeds get their HTML, the one seam between the feeds and export-html: the full body
 * from {@link HtmlExporter#writeBody}, {@linkplain HtmlOptions#xmlCompatible() XML-compatible}
 * (the characters a feed does not carry are dropped, not replaced by U+FFFD), and plain text
 * escaped by {@link Context#HTML} for RSS {@code description} (which readers treat as HTML).
 */
final class BodyHtml {
  private static final HtmlExporter HTML =
      HtmlExporter.of(HtmlOptions.builder().xmlCompatible(true).build());

  private BodyHtml() {}

  /** Writes the body as HTML block elements. */
  static void writeBody(Body body, Appendable out) throws IOException {
    HTML.body(body).writeTo(out);
  }

  /**
   * Writes the body as HTML block elements in UTF-8: only characters a feed carries, no
   * carriage return, never {@code ]]>}.
   */
  static void writeBody(Body body, OutputStream out) throws IOException {
    HTML.body(body).writeTo(out);
  }

  /**
   * Writes plain text escaped as HTML element text by {@link Context#HTML}, and that escaped as
   * XML character data. The ASCII start of a long text is escaped both ways in one pass over
   * its bytes ({@link XmlOutput#htmlPrefix}); the rest, from the first character where HTML's
   * own rules begin, goes through {@link Context#HTML} (XmlBulkEscapingTest checks that both
   * ways write the same bytes).
   */
  static void escapeText(String text, XmlOutput xml) throws IOException {
    int done = xml.htmlPrefix(text);
    if (done < text.length()) {
      Context.HTML.escape(done == 0 ? text : text.substring(done), xml.textAppender());
    }
  }
}
