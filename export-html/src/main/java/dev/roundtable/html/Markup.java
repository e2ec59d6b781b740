package dev.roundtable.html;

import java.io.IOException;

/**
 * Writes markup straight to an {@link Appendable}: tags, classes, escaped attributes and
 * escaped text. One per rendering; not thread-safe. Element and attribute names are constants
 * of the exporter, never input.
 */
final class Markup {
  final Appendable out;
  final HtmlOptions options;

  Markup(Appendable out, HtmlOptions options) {
    this.out = out;
    this.options = options;
  }

  /** Writes constant markup as is. */
  Markup raw(String markup) throws IOException {
    out.append(markup);
    return this;
  }

  /** Writes escaped text. */
  Markup text(CharSequence text) throws IOException {
    HtmlEscaper.escapeText(text, out);
    return this;
  }

  /** Starts a tag: {@code <name}; finish it with {@link #close()}. */
  Markup start(String name) throws IOException {
    out.append('<').append(name);
    return this;
  }

  /** Starts a tag with the class of its kind: {@code <name class="rt-kind"}. */
  Markup start(String name, String kind) throws IOException {
    out.append('<').append(name).append(" class=\"").append(options.classPrefix()).append(kind)
        .append('"');
    return this;
  }

  /** Writes an attribute with an escaped, double-quoted value. */
  Markup attr(String name, CharSequence value) throws IOException {
    out.append(' ').append(name).append("=\"");
    HtmlEscaper.escapeAttribute(value, out);
    out.append('"');
    return this;
  }

  /** Writes an attribute whose value is known to need no escaping (a number, a keyword). */
  Markup rawAttr(String name, String value) throws IOException {
    out.append(' ').append(name).append("=\"").append(value).append('"');
    return this;
  }

  /** Writes the {@code lang} attribute when one is configured. */
  Markup lang() throws IOException {
    if (!options.lang().isEmpty()) {
      rawAttr("lang", options.lang());
    }
    return this;
  }

  /** Writes {@code itemprop} when {@code on}. */
  Markup itemprop(boolean on, String property) throws IOException {
    return on ? rawAttr("itemprop", property) : this;
  }

  /** Writes {@code itemscope itemtype="..."} when {@code on}. */
  Markup itemscope(boolean on, String type) throws IOException {
    if (on) {
      out.append(" itemscope");
      rawAttr("itemtype", type);
    }
    return this;
  }

  /** Whether the options ask for microdata. */
  boolean microdata() {
    return options.metadata() == HtmlOptions.Metadata.MICRODATA;
  }

  /** Ends a start tag: {@code >}. */
  Markup close() throws IOException {
    out.append('>');
    return this;
  }

  /** Writes an end tag: {@code </name>}. */
  Markup end(String name) throws IOException {
    out.append("</").append(name).append('>');
    return this;
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
