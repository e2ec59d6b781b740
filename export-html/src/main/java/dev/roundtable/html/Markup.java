package dev.roundtable.html;

import java.io.IOException;
import java.io.Writer;
import java.nio.CharBuffer;
import java.util.Arrays;

/**
 * Writes markup: tags, classes, escaped attributes and escaped text. It collects characters in
 * its own array and hands them on in chunks of at most {@link #CHUNK} characters when writing to
 * an {@link Appendable} (so output streams as it is made), or keeps them all when making a
 * {@code String}. One per rendering; not thread-safe. Element and attribute names are constants
 * of the exporter, never input.
 */
final class Markup {
  /** Characters collected before they are handed to the target. */
  static final int CHUNK = 8192;

  final HtmlOptions options;
  private final Appendable target;
  private char[] buf;
  private int pos;

  /** Markup written to {@code target}; call {@link #flush()} at the end. */
  Markup(Appendable target, HtmlOptions options) {
    this.target = target;
    this.options = options;
    this.buf = SpareBuffer.take(CHUNK);
  }

  /** Markup kept for {@link #toString()}, starting with room for {@code capacity}. */
  Markup(int capacity, HtmlOptions options) {
    this.target = null;
    this.options = options;
    this.buf = SpareBuffer.take(Math.max(64, capacity));
  }

  /** Hands the buffer back for the thread's next rendering; this markup is done. */
  private void release() {
    SpareBuffer.release(buf);
    buf = null;
  }

  /** Makes room for {@code n} more characters. */
  private void ensure(int n) throws IOException {
    if (pos + n <= buf.length) {
      return;
    }
    if (target != null) {
      flushBuffer();
      if (n <= buf.length) {
        return;
      }
    }
    buf = Arrays.copyOf(buf, Math.max(buf.length * 2, pos + n));
  }

  private void flushBuffer() throws IOException {
    if (pos == 0) {
      return;
    }
    if (target instanceof StringBuilder) {
      ((StringBuilder) target).append(buf, 0, pos);
    } else if (target instanceof Writer) {
      ((Writer) target).write(buf, 0, pos);
    } else {
      target.append(CharBuffer.wrap(buf, 0, pos));
    }
    pos = 0;
  }

  /** Hands what is collected to the target. */
  void flush() throws IOException {
    if (target != null) {
      flushBuffer();
    }
  }

  /** Hands the rest to the target, at the end of a rendering; this markup is then done. */
  void finish() throws IOException {
    flush();
    release();
  }

  /** What was written, at the end of a rendering without target; this markup is then done. */
  String finishString() {
    String s = new String(buf, 0, pos);
    release();
    return s;
  }

  /** What was written, when there is no target. */
  @Override
  public String toString() {
    return new String(buf, 0, pos);
  }

  /**
   * A {@link Writer} that writes into this markup as is, unescaped: for content that is safe by
   * construction, such as script-safe JSON-LD. Flushing and closing it do nothing.
   */
  Writer asWriter() {
    return new Writer() {
      @Override
      public void write(char[] chars, int off, int len) throws IOException {
        ensure(len);
        System.arraycopy(chars, off, buf, pos, len);
        pos += len;
      }

      @Override
      public void write(String s, int off, int len) throws IOException {
        ensure(len);
        s.getChars(off, off + len, buf, pos);
        pos += len;
      }

      @Override
      public void flush() {
        // the markup hands its characters on when it is flushed itself
      }

      @Override
      public void close() {
        // the markup is not the writer's to close
      }
    };
  }

  /** Writes constant markup as is. */
  Markup raw(String markup) throws IOException {
    int n = markup.length();
    ensure(n);
    markup.getChars(0, n, buf, pos);
    pos += n;
    return this;
  }

  /** Writes one constant character as is. */
  Markup raw(char c) throws IOException {
    ensure(1);
    buf[pos++] = c;
    return this;
  }

  /** Writes a number of at least 0 in decimal, padded with zeros to {@code width} digits. */
  Markup digits(int value, int width) throws IOException {
    int n = 1;
    for (int v = value; v >= 10; v /= 10) {
      n++;
    }
    n = Math.max(n, width);
    ensure(n);
    for (int i = pos + n - 1; i >= pos; i--) {
      buf[i] = (char) ('0' + value % 10);
      value /= 10;
    }
    pos += n;
    return this;
  }

  /** Writes escaped text; the same escaping serves double-quoted attribute values. */
  Markup text(CharSequence text) throws IOException {
    int length = text.length();
    int from = 0;
    while (from < length) {
      int room = (buf.length - pos) / HtmlEscaper.MAX_GROWTH - 1;
      if (room < Math.min(length - from, 64)) {
        ensure((Math.min(length - from, CHUNK) + 1) * HtmlEscaper.MAX_GROWTH);
        room = (buf.length - pos) / HtmlEscaper.MAX_GROWTH - 1;
      }
      int to = Math.min(length, from + room);
      if (to < length && Character.isHighSurrogate(text.charAt(to - 1))
          && Character.isLowSurrogate(text.charAt(to))) {
        to++; // never split a surrogate pair
      }
      pos = HtmlEscaper.escapeInto(text, from, to, buf, pos);
      from = to;
    }
    return this;
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
