package dev.roundtable.rss;

import dev.roundtable.model.Body;
import dev.roundtable.text.Context;
import dev.roundtable.text.Utf8Output;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The elements and attributes of RSS and Atom, written through the text module's
 * {@link Utf8Output}: markup is trusted ASCII from this package, every value is escaped by the
 * engine's policy ({@link Context#XML_TEXT}, {@link Context#XML_ATTRIBUTE}, and
 * {@link Context#HTML_IN_XML} for RSS titles and descriptions, which readers render as HTML).
 * Not thread-safe: one per document being written.
 */
final class XmlOutput {
  private final Utf8Output out;

  XmlOutput(OutputStream target) {
    this.out = Utf8Output.over(target);
  }

  /** Writes trusted markup as it is. */
  XmlOutput raw(String markup) throws IOException {
    out.raw(markup);
    return this;
  }

  /** Writes escaped character data. */
  XmlOutput text(CharSequence value) throws IOException {
    out.text(value, Context.XML_TEXT);
    return this;
  }

  /** Writes a line feed. */
  XmlOutput line() throws IOException {
    out.raw('\n');
    return this;
  }

  /** Writes {@code <name>text</name>} with the text escaped. */
  XmlOutput element(String name, CharSequence value) throws IOException {
    return element(name, value, Context.XML_TEXT);
  }

  /** The same for an element readers render as HTML: escaped as HTML, then as XML, never markup. */
  XmlOutput htmlElement(String name, CharSequence value) throws IOException {
    return element(name, value, Context.HTML_IN_XML);
  }

  private XmlOutput element(String name, CharSequence value, Context context)
      throws IOException {
    out.raw('<').raw(name).raw('>').text(value, context).raw("</").raw(name).raw('>');
    return this;
  }

  /** Writes {@code  name="value"} with the value escaped; the start tag must be open. */
  XmlOutput attribute(String name, CharSequence value) throws IOException {
    out.raw(' ').raw(name).raw("=\"").text(value, Context.XML_ATTRIBUTE).raw('"');
    return this;
  }

  /** Writes the body as HTML in one CDATA section, in which the engine splits every {@code ]]>}. */
  XmlOutput cdata(Body body) throws IOException {
    out.startCdata();
    BodyHtml.writeBody(body, out);
    out.endCdata();
    return this;
  }

  /** Hands everything written on and flushes the target. */
  void flush() throws IOException {
    out.flush();
  }
}
