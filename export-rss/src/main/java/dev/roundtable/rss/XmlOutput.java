package dev.roundtable.rss;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.CharBuffer;
import java.time.Instant;
import java.util.Objects;

/**
 * A small streaming XML writer shared by RSS and Atom: UTF-8 straight into a byte buffer, no
 * tree, no {@code Writer} in between. Markup (element and attribute names) is trusted ASCII from
 * this package; every value goes through one escaping routine.
 *
 * <p>Escaping uses the XML escapes and numeric references only, never an HTML entity: {@code &}
 * is written {@code &#x26;} and {@code <} is written {@code &#x3C;} as the RSS Best Practices
 * Profile recommends, {@code >} is {@code &gt;} (so {@code ]]>} is harmless), {@code "} in
 * attributes is {@code &quot;}, and carriage returns (and, in attributes, tabs and line feeds)
 * are numeric references so that a parser gives back exactly the text written. Characters
 * {@link FeedCharacters} does not carry are dropped.
 *
 * <p>Not thread-safe: one instance per document being written.
 */
final class XmlOutput {
  private static final int BUFFER_SIZE = 16 * 1024;
  /** Markup up to this length is copied char by char, which beats a bulk copy's set-up. */
  private static final int SHORT = 24;
  /** What a value is written as: escaped text, an escaped attribute value, or CDATA. */
  private static final int TEXT = 0;
  private static final int ATTRIBUTE = 1;
  private static final int CDATA = 2;
  /** Bits 0x20 to 0x3F of the ASCII characters escaped in text: {@code & < >}. */
  private static final int TEXT_SPECIALS = 1 << ('&' - 0x20) | 1 << ('<' - 0x20) | 1 << ('>' - 0x20);
  /** The same for attribute values, which also escape {@code "}. */
  private static final int ATTRIBUTE_SPECIALS = TEXT_SPECIALS | 1 << ('"' - 0x20);

  private final OutputStream out;
  private final byte[] buffer = new byte[BUFFER_SIZE];
  private int position;
  /** A high surrogate waiting for its low half, across appends; 0 when none. */
  private char pendingHigh;
  /** In a CDATA section: whether one is open, and how many ']' end what was written so far. */
  private boolean cdataOpen;
  private int cdataBrackets;
  private final Appendable text = new Sink(TEXT);
  private final Appendable cdata = new Sink(CDATA);
  private final OutputStream cdataBytes = new CdataBytes();
  /** Where characters of a {@code CharSequence} are copied in chunks, to be read as an array. */
  private final char[] chunk = new char[1024];
  /** Where dates and numbers are formatted before they are copied. */
  private final char[] scratch = new char[FeedDates.RFC_822_LENGTH];

  XmlOutput(OutputStream out) {
    this.out = out;
  }

  /**
   * Writes trusted ASCII markup as is: a short string char by char, a longer one with {@link
   * String#getBytes(int, int, byte[], int)}, which keeps the low eight bits of each character
   * (for ASCII, its UTF-8 encoding) and copies an ASCII string's bytes in one go.
   */
  @SuppressWarnings("deprecation")
  XmlOutput raw(String ascii) throws IOException {
    int length = ascii.length();
    if (length <= SHORT && length <= buffer.length - position) {
      byte[] b = buffer;
      int p = position;
      for (int i = 0; i < length; i++) {
        b[p + i] = (byte) ascii.charAt(i);
      }
      position = p + length;
      return this;
    }
    for (int from = 0; from < length; ) {
      if (position == buffer.length) {
        flushBuffer();
      }
      int n = Math.min(length - from, buffer.length - position);
      ascii.getBytes(from, from + n, buffer, position);
      position += n;
      from += n;
    }
    return this;
  }

  /** Writes constant markup encoded already (see {@link Tag}). */
  XmlOutput raw(byte[] markup) throws IOException {
    int length = markup.length;
    if (buffer.length - position < length) {
      flushBuffer();
      if (length > buffer.length) {
        out.write(markup);
        return this;
      }
    }
    System.arraycopy(markup, 0, buffer, position, length);
    position += length;
    return this;
  }

  /** Writes {@code <name>text</name>} and a line feed, with the text escaped. */
  XmlOutput line(Tag tag, CharSequence value) throws IOException {
    raw(tag.start);
    text(value);
    return raw(tag.endLine);
  }

  /** Writes {@code <name>}. */
  XmlOutput start(String name) throws IOException {
    byteOut('<');
    raw(name);
    byteOut('>');
    return this;
  }

  /** Writes {@code </name>}. */
  XmlOutput end(String name) throws IOException {
    byteOut('<');
    byteOut('/');
    raw(name);
    byteOut('>');
    return this;
  }

  /** Writes {@code <name>text</name>} with the text escaped. */
  XmlOutput element(String name, CharSequence value) throws IOException {
    start(name);
    text(value);
    return end(name);
  }

  /** Writes the instant in RFC 822 (see {@link FeedDates}). */
  XmlOutput rfc822(Instant instant) throws IOException {
    FeedDates.rfc822(instant, scratch);
    return ascii(scratch, FeedDates.RFC_822_LENGTH);
  }

  /** Writes the instant in RFC 3339 (see {@link FeedDates}). */
  XmlOutput rfc3339(Instant instant) throws IOException {
    FeedDates.rfc3339(instant, scratch);
    return ascii(scratch, FeedDates.RFC_3339_LENGTH);
  }

  /** Writes {@code <name>number</name>}. */
  XmlOutput element(String name, int number) throws IOException {
    start(name);
    number(number);
    return end(name);
  }

  /** Writes {@code  name="number"}; the start tag must be open. */
  XmlOutput attribute(String name, int number) throws IOException {
    byteOut(' ');
    raw(name);
    byteOut('=');
    byteOut('"');
    number(number);
    byteOut('"');
    return this;
  }

  /** Writes a number in decimal. */
  private void number(int number) throws IOException {
    if (number < 0) {
      raw(Integer.toString(number));
      return;
    }
    int at = scratch.length;
    do {
      scratch[--at] = (char) ('0' + number % 10);
      number /= 10;
    } while (number > 0);
    System.arraycopy(scratch, at, scratch, 0, scratch.length - at);
    ascii(scratch, scratch.length - at);
  }

  /** Writes {@code a[0, length)}, trusted ASCII, as is. */
  private XmlOutput ascii(char[] a, int length) throws IOException {
    if (buffer.length - position < length) {
      flushBuffer();
    }
    byte[] b = buffer;
    int p = position;
    for (int i = 0; i < length; i++) {
      b[p + i] = (byte) a[i];
    }
    position = p + length;
    return this;
  }

  /** Writes {@code  name="value"} with the value escaped; the start tag must be open. */
  XmlOutput attribute(String name, CharSequence value) throws IOException {
    byteOut(' ');
    raw(name);
    byteOut('=');
    byteOut('"');
    escape(value, true);
    byteOut('"');
    return this;
  }

  /** Writes escaped character data. */
  XmlOutput text(CharSequence value) throws IOException {
    escape(value, false);
    return this;
  }

  /**
   * An {@link Appendable} whose characters become escaped character data, for producers that
   * write into an {@code Appendable} (an HTML escaper, say). Surrogate pairs may be split across
   * calls.
   */
  Appendable textAppender() {
    return text;
  }

  /**
   * An {@link Appendable} whose characters go into CDATA sections, opened when the first
   * character arrives; {@link #endCdata()} closes the last one. {@code ]]>} is split across two
   * sections, and a carriage return is written as {@code &#13;} between sections, so that a
   * parser reads back exactly the characters appended (minus those dropped).
   */
  Appendable cdataAppender() {
    return cdata;
  }

  /**
   * An {@link OutputStream} whose bytes go into a CDATA section as they are, opened when the
   * first byte arrives; {@link #endCdata()} closes it. Only for UTF-8 HTML from an {@link
   * dev.roundtable.html.HtmlOptions#xmlCompatible() XML-compatible} {@code HtmlExporter}, which
   * guarantees what the section needs: only characters that {@link FeedCharacters} carries, no
   * carriage return and never {@code ]]>} (the feeds' generated-input tests check it end to
   * end). Flushing and closing it do nothing.
   */
  OutputStream cdataStream() {
    return cdataBytes;
  }

  /** Closes the open CDATA section, if any, and forgets a dangling high surrogate. */
  void endCdata() throws IOException {
    pendingHigh = 0;
    if (cdataOpen) {
      raw("]]>");
      cdataOpen = false;
    }
    cdataBrackets = 0;
  }

  /** Writes the buffer out and flushes the stream. */
  void flush() throws IOException {
    flushBuffer();
    out.flush();
  }

  private void escape(CharSequence value, boolean attribute) throws IOException {
    pendingHigh = 0;
    chars(value, 0, value.length(), attribute ? ATTRIBUTE : TEXT);
    pendingHigh = 0;
  }

  /** Characters {@code start} to {@code end} of {@code s}, in a mode, read as arrays. */
  private void chars(CharSequence s, int start, int end, int mode) throws IOException {
    Objects.checkFromToIndex(start, end, s.length());
    if (s instanceof CharBuffer && ((CharBuffer) s).hasArray()) {
      CharBuffer buf = (CharBuffer) s;
      int base = buf.arrayOffset() + buf.position();
      chars(buf.array(), base + start, base + end, mode);
      return;
    }
    for (int from = start; from < end; ) {
      int n = Math.min(end - from, chunk.length);
      if (s instanceof String) {
        ((String) s).getChars(from, from + n, chunk, 0);
      } else if (s instanceof StringBuilder) {
        ((StringBuilder) s).getChars(from, from + n, chunk, 0);
      } else {
        for (int k = 0; k < n; k++) {
          chunk[k] = s.charAt(from + k);
        }
      }
      chars(chunk, 0, n, mode);
      from += n;
    }
  }

  /**
   * Characters {@code i} to {@code end} of {@code a}, in a mode: runs of ASCII that need nothing
   * are copied straight into the buffer; every other unit goes through {@link #escapedChar} or
   * {@link #cdataChar}, which pair surrogates, drop, escape and encode.
   */
  private void chars(char[] a, int i, int end, int mode) throws IOException {
    while (i < end) {
      if (pendingHigh == 0 && (mode != CDATA || (cdataOpen && cdataBrackets == 0))) {
        int n = Math.min(end - i, buffer.length - position);
        int copied = mode == CDATA ? plainCdata(a, i, n) : plainText(a, i, n, mode == ATTRIBUTE);
        position += copied;
        i += copied;
        if (i == end) {
          return;
        }
        if (copied == n) {
          flushBuffer();
          continue;
        }
      }
      char c = a[i++];
      if (mode == CDATA) {
        cdataChar(c);
      } else {
        escapedChar(c, mode == ATTRIBUTE);
      }
    }
  }

  /**
   * Copies up to {@code n} characters from {@code a[from]} into the buffer, stopping before the
   * first that is not printable ASCII or is {@code ]}; returns how many were copied.
   */
  private int plainCdata(char[] a, int from, int n) {
    byte[] b = buffer;
    int p = position;
    int k = 0;
    for (; k < n; k++) {
      char c = a[from + k];
      if (c < 0x20 || c >= 0x7F || c == ']') {
        break;
      }
      b[p + k] = (byte) c;
    }
    return k;
  }

  /**
   * Copies up to {@code n} characters from {@code a[from]} into the buffer, stopping before the
   * first that is not printable ASCII or needs escaping ({@code &}, {@code <}, {@code >}, and in
   * attributes {@code "}); returns how many were copied.
   */
  private int plainText(char[] a, int from, int n, boolean attribute) {
    byte[] b = buffer;
    int p = position;
    int special = attribute ? ATTRIBUTE_SPECIALS : TEXT_SPECIALS;
    int k = 0;
    for (; k < n; k++) {
      char c = a[from + k];
      if (c >= 0x7F || (c < 0x40 && (c < 0x20 || ((special >>> (c - 0x20)) & 1) != 0))) {
        break;
      }
      b[p + k] = (byte) c;
    }
    return k;
  }

  /** One UTF-16 unit of text or attribute content, surrogates paired through pendingHigh. */
  private void escapedChar(char c, boolean attribute) throws IOException {
    int cp = pairUp(c);
    if (cp < 0) {
      return;
    }
    switch (cp) {
      case '&':
        raw("&#x26;");
        break;
      case '<':
        raw("&#x3C;");
        break;
      case '>':
        raw("&gt;");
        break;
      case '"':
        raw(attribute ? "&quot;" : "\"");
        break;
      case '\r':
        raw("&#13;");
        break;
      case '\n':
        raw(attribute ? "&#10;" : "\n");
        break;
      case '\t':
        raw(attribute ? "&#9;" : "\t");
        break;
      default:
        codePoint(cp);
    }
  }

  private void cdataChar(char c) throws IOException {
    if (c >= 0x20 && c < 0x7F && c != ']' && c != '>' && cdataOpen && pendingHigh == 0) {
      cdataBrackets = 0;
      byteOut(c);
      return;
    }
    int cp = pairUp(c);
    if (cp < 0) {
      return;
    }
    if (cp == '\r') {
      if (cdataOpen) {
        raw("]]>");
        cdataOpen = false;
      }
      cdataBrackets = 0;
      raw("&#13;");
      return;
    }
    if (!cdataOpen) {
      raw("<![CDATA[");
      cdataOpen = true;
      cdataBrackets = 0;
    }
    if (cp == '>' && cdataBrackets >= 2) {
      raw("]]><![CDATA[");
    }
    cdataBrackets = cp == ']' ? Math.min(cdataBrackets + 1, 2) : 0;
    codePoint(cp);
  }

  /**
   * Pairs surrogates and filters: returns the code point to write, or -1 when the unit is held
   * (a high surrogate waiting for its partner) or dropped.
   */
  private int pairUp(char c) {
    if (pendingHigh != 0) {
      char high = pendingHigh;
      pendingHigh = 0;
      if (Character.isLowSurrogate(c)) {
        int cp = Character.toCodePoint(high, c);
        return FeedCharacters.isCarried(cp) ? cp : -1;
      }
    }
    if (Character.isHighSurrogate(c)) {
      pendingHigh = c;
      return -1;
    }
    return FeedCharacters.isCarried(c) ? c : -1;
  }

  private void codePoint(int cp) throws IOException {
    if (buffer.length - position < 4) {
      flushBuffer();
    }
    byte[] b = buffer;
    if (cp < 0x80) {
      b[position++] = (byte) cp;
    } else if (cp < 0x800) {
      b[position++] = (byte) (0xC0 | (cp >> 6));
      b[position++] = (byte) (0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      b[position++] = (byte) (0xE0 | (cp >> 12));
      b[position++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
      b[position++] = (byte) (0x80 | (cp & 0x3F));
    } else {
      b[position++] = (byte) (0xF0 | (cp >> 18));
      b[position++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
      b[position++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
      b[position++] = (byte) (0x80 | (cp & 0x3F));
    }
  }

  private void byteOut(char ascii) throws IOException {
    if (position == buffer.length) {
      flushBuffer();
    }
    buffer[position++] = (byte) ascii;
  }

  private void flushBuffer() throws IOException {
    if (position > 0) {
      out.write(buffer, 0, position);
      position = 0;
    }
  }

  /** The stream of {@link #cdataStream()}. */
  private final class CdataBytes extends OutputStream {
    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      Objects.checkFromIndexSize(off, len, b.length);
      if (len == 0) {
        return;
      }
      if (!cdataOpen) {
        raw("<![CDATA[");
        cdataOpen = true;
      }
      cdataBrackets = 0;
      while (len > 0) {
        if (position == buffer.length) {
          flushBuffer();
        }
        int n = Math.min(len, buffer.length - position);
        System.arraycopy(b, off, buffer, position, n);
        position += n;
        off += n;
        len -= n;
      }
    }
  }

  /**
   * Adapts the escaping routines to {@link Appendable}; a {@link Writer} so that producers which
   * know writers hand over their arrays and strings (no wrapping). Flushing and closing do nothing.
   */
  private final class Sink extends Writer {
    private final int mode;

    Sink(int mode) {
      this.mode = mode;
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
      Objects.checkFromIndexSize(off, len, cbuf.length);
      chars(cbuf, off, off + len, mode);
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
      chars(str, off, off + len, mode);
    }

    @Override
    public void write(int c) throws IOException {
      append((char) c);
    }

    @Override
    public Writer append(CharSequence csq) throws IOException {
      CharSequence s = csq == null ? "null" : csq;
      chars(s, 0, s.length(), mode);
      return this;
    }

    @Override
    public Writer append(CharSequence csq, int start, int end) throws IOException {
      CharSequence s = csq == null ? "null" : csq;
      chars(s, start, end, mode);
      return this;
    }

    @Override
    public Writer append(char c) throws IOException {
      if (mode == CDATA) {
        cdataChar(c);
      } else if (c >= 0x20 && c < 0x7F && c != '&' && c != '<' && c != '>' && pendingHigh == 0) {
        byteOut(c);
      } else {
        escapedChar(c, false);
      }
      return this;
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}
