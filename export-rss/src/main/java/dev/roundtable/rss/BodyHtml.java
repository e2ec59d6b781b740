package dev.roundtable.rss;

import dev.roundtable.html.HtmlExporter;
import dev.roundtable.html.HtmlOptions;
import dev.roundtable.model.Body;
import dev.roundtable.text.Utf8Output;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * Where feeds get their HTML, the one seam between the feeds and export-html: the full body
 * from {@link HtmlExporter#body}, {@linkplain HtmlOptions#xmlCompatible() XML-compatible}
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

  /**
   * Bodies as HTML in UTF-8, for a writer whose library escapes the text (the JSON Feed's
   * generator takes the bytes as they are, {@code JsonGenerator.writeUTF8String}): no String is
   * made of the HTML. One per feed being written; each body replaces the last.
   */
  static final class Utf8Body extends ByteArrayOutputStream {
    private final Utf8Output out = new Utf8Output(this);

    /** Writes the body's HTML in place of the last one; it is the first {@link #size()} bytes. */
    Utf8Body of(Body body) throws IOException {
      reset();
      writeBody(body, out);
      out.drain();
      return this;
    }

    /** The buffer, whose first {@link #size()} bytes are the body's HTML. */
    byte[] bytes() {
      return buf;
    }
  }
}
