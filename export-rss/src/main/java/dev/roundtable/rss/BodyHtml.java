package dev.roundtable.rss;

import dev.roundtable.html.HtmlExporter;
import dev.roundtable.html.HtmlOptions;
import dev.roundtable.model.Body;
import dev.roundtable.text.Utf8Output;
import java.io.IOException;

/**
 * Where feeds get their HTML, the one seam between the feeds and export-html: the full body
 * from {@link HtmlExporter#writeBody}, {@linkplain HtmlOptions#xmlCompatible() XML-compatible}
 * (the characters a feed does not carry are dropped, not replaced by U+FFFD).
 */
final class BodyHtml {
  private static final HtmlExporter HTML =
      HtmlExporter.of(HtmlOptions.builder().xmlCompatible(true).build());

  private BodyHtml() {}

  /** Writes the body as HTML block elements into the feed's own writer. */
  static void writeBody(Body body, Utf8Output out) throws IOException {
    HTML.body(body).writeTo(out); // into the feed's own buffer (Utf8Output.over)
  }

  /** The body as HTML block elements. */
  static String body(Body body) {
    return HTML.body(body).toString();
  }
}
