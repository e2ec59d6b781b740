package dev.roundtable.html;

import dev.roundtable.text.Context;
import dev.roundtable.text.Utf8Output;
import java.io.IOException;

/**
 * Writes markup through the text module's one writer: tags and attribute names as they are,
 * every text escaped by {@link Context#HTML} ({@link Context#XHTML} when the options ask for
 * {@linkplain HtmlOptions#xmlCompatible() XML-compatible} output). One per rendering; not
 * thread-safe. Element and attribute names are constants of the exporter, never input.
 */
final class Markup {
  final HtmlOptions options;
  private final Utf8Output out;
  private final Context context;

  Markup(Utf8Output out, HtmlOptions options) {
    this.out = out;
    this.options = options;
    this.context = options.xmlCompatible() ? Context.XHTML : Context.HTML;
  }

  /** Writes constant markup (or text escaped already) as it is. */
  Markup raw(String markup) throws IOException {
    out.raw(markup);
    return this;
  }

  /** Writes constant markup (or text escaped already) in UTF-8, as it is. */
  Markup raw(byte[] markup) throws IOException {
    out.raw(markup);
    return this;
  }

  /** Writes one constant ASCII character as it is. */
  Markup raw(char c) throws IOException {
    out.raw(c);
    return this;
  }

  /** Writes escaped text; the same escaping serves double-quoted attribute values. */
  Markup text(CharSequence text) throws IOException {
    out.text(text, context);
    return this;
  }

  /** Starts a tag: {@code <name}; finish it with {@link #close()}. */
  Markup start(String name) throws IOException {
    return raw('<').raw(name);
  }

  /** Starts the tag of a kind of element, with its class: {@code <p class="rt-byline"}. */
  Markup start(Kind kind) throws IOException {
    out.raw(options.startTag(kind));
    return this;
  }

  /** Writes the end tag of a kind of element. */
  Markup end(Kind kind) throws IOException {
    out.raw(options.endTag(kind));
    return this;
  }

  /** Writes an attribute with an escaped, double-quoted value. */
  Markup attr(String name, CharSequence value) throws IOException {
    raw(' ').raw(name).raw("=\"");
    text(value);
    return raw('"');
  }

  /** Writes an attribute whose value is known to need no escaping (a number, a keyword). */
  Markup rawAttr(String name, String value) throws IOException {
    return raw(' ').raw(name).raw("=\"").raw(value).raw('"');
  }

  /** Writes the {@code lang} attribute when one is configured. */
  Markup lang() throws IOException {
    return options.lang().isEmpty() ? this : rawAttr("lang", options.lang());
  }

  /** Writes {@code itemprop} when {@code on}. */
  Markup itemprop(boolean on, String property) throws IOException {
    return on ? rawAttr("itemprop", property) : this;
  }

  /** Writes {@code itemscope itemtype="..."} when {@code on}. */
  Markup itemscope(boolean on, String type) throws IOException {
    return on ? raw(" itemscope").rawAttr("itemtype", type) : this;
  }

  /** Whether the options ask for microdata. */
  boolean microdata() {
    return options.metadata() == HtmlOptions.Metadata.MICRODATA;
  }

  /** Ends a start tag: {@code >}. */
  Markup close() throws IOException {
    return raw('>');
  }

  /** Writes an end tag: {@code </name>}. */
  Markup end(String name) throws IOException {
    return raw("</").raw(name).raw('>');
  }

  /** Writes a link's {@code rel} and {@code target} as configured, for web links only. */
  Markup linkAttributes(boolean web) throws IOException {
    if (web) {
      if (!options.rel().isEmpty()) {
        rawAttr("rel", options.rel());
      }
      if (!options.target().isEmpty()) {
        rawAttr("target", options.target());
      }
    }
    return this;
  }
}
