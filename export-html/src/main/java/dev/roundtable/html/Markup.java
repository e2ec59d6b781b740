package dev.roundtable.html;

import java.io.IOException;
import java.io.Writer;

/**
 * Writes markup: tags, classes, escaped attributes and escaped text. Two kinds: {@link
 * CharMarkup} collects characters (for an {@code Appendable} or a {@code String}) and {@link
 * Utf8Markup} collects UTF-8 bytes (for an {@code OutputStream}), so that a fragment is written
 * by the same code whatever the target. One per rendering; not thread-safe. Element and
 * attribute names are constants of the exporter, never input.
 *
 * <p>When the options ask for {@linkplain HtmlOptions#xmlCompatible() XML-compatible} output,
 * {@link #text} drops the characters XML cannot carry, and U+FFFD, instead of writing U+FFFD.
 */
abstract class Markup {
  /** Characters or bytes collected before they are handed to the target. */
  static final int CHUNK = 8192;

  final HtmlOptions options;

  Markup(HtmlOptions options) {
    this.options = options;
  }

  /** Hands what is collected to the target, if there is one. */
  abstract void flush() throws IOException;

  /** Hands the rest to the target, at the end of a rendering; this markup is then done. */
  abstract void finish() throws IOException;

  /**
   * A {@link Writer} that writes into this markup as is, unescaped: for content that is safe by
   * construction, such as script-safe JSON-LD. Flushing and closing it do nothing.
   */
  abstract Writer asWriter();

  /** Writes constant markup (or text escaped already) as is. */
  abstract Markup raw(String markup) throws IOException;

  /** Writes one constant ASCII character as is. */
  abstract Markup raw(char c) throws IOException;

  /** Writes a number of at least 0 in decimal, padded with zeros to {@code width} digits. */
  abstract Markup digits(int value, int width) throws IOException;

  /** Makes room for {@code n} more characters or bytes, handing on what is collected. */
  abstract void ensure(int n) throws IOException;

  /** How many more characters or bytes fit without {@link #ensure}. */
  abstract int room();

  /**
   * Escapes {@code text[from, to)} into the room made for it: at least
   * {@code (to - from) * HtmlEscaper.MAX_GROWTH + 1}.
   */
  abstract void escape(CharSequence text, int from, int to);

  /**
   * Writes escaped text; the same escaping serves double-quoted attribute values. Long text
   * goes in chunks, never split inside a surrogate pair.
   */
  Markup text(CharSequence text) throws IOException {
    int length = text.length();
    int from = 0;
    while (from < length) {
      int fits = room() / HtmlEscaper.MAX_GROWTH - 1;
      if (fits < Math.min(length - from, 64)) {
        ensure((Math.min(length - from, CHUNK) + 1) * HtmlEscaper.MAX_GROWTH);
        fits = room() / HtmlEscaper.MAX_GROWTH - 1;
      }
      int to = Math.min(length, from + fits);
      if (to < length && Character.isHighSurrogate(text.charAt(to - 1))
          && Character.isLowSurrogate(text.charAt(to))) {
        to++; // never split a surrogate pair
      }
      escape(text, from, to);
      from = to;
    }
    return this;
  }

  /** How many digits {@code value} (at least 0) has when padded to {@code width}. */
  static int digitCount(int value, int width) {
    int n = 1;
    for (int v = value; v >= 10; v /= 10) {
      n++;
    }
    return Math.max(n, width);
  }

  /** Starts a tag: {@code <name}; finish it with {@link #close()}. */
  Markup start(String name) throws IOException {
    return raw('<').raw(name);
  }

  /** Starts the tag of a kind of element, with its class: {@code <p class="rt-byline"}. */
  Markup start(Kind kind) throws IOException {
    return raw(options.startTag(kind));
  }

  /** Writes the end tag of a kind of element. */
  Markup end(Kind kind) throws IOException {
    return raw(options.endTag(kind));
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
