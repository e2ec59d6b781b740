package dev.roundtable.rss;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
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
final class XmlOutput extends Utf8Buffer {
  /** Bits 0x20 to 0x3F of the ASCII characters escaped in text: {@code & < >}. */
  private static final int TEXT_SPECIALS = 1 << ('&' - 0x20) | 1 << ('<' - 0x20) | 1 << ('>' - 0x20);
  /** The same for attribute values, which also escape {@code "}. */
  private static final int ATTRIBUTE_SPECIALS = TEXT_SPECIALS | 1 << ('"' - 0x20);
  /** Strings at least this long are escaped by way of their UTF-8 bytes (see PlainBytes). */
  private static final int BULK = 16;
  private static final Ascii HTML_AMPERSAND = Ascii.of("&#x26;amp;");
  private static final Ascii HTML_LESS_THAN = Ascii.of("&#x26;lt;");
  private static final Ascii HTML_GREATER_THAN = Ascii.of("&#x26;gt;");
  private static final Ascii HTML_QUOTE = Ascii.of("&#x26;quot;");
  private static final Ascii HTML_APOSTROPHE = Ascii.of("&#x26;#39;");
  private static final Ascii CDATA_START = Ascii.of("<![CDATA[");
  private static final Ascii CDATA_END = Ascii.of("]]>");

  /** A high surrogate waiting for its low half, across appends; 0 when none. */
  private char pendingHigh;
  /** Whether a CDATA section is open. */
  private boolean cdataOpen;
  private final Appendable text = new XmlTextSink(this);
  private final OutputStream cdataBytes = new CdataStream(this);
  /** Where characters of a {@code CharSequence} are copied in chunks, to be read as an array. */
  private final char[] chunk = new char[1024];
  /** Where dates are formatted before they are copied. */
  private final char[] date = new char[FeedDates.RFC_822_LENGTH];

  XmlOutput(OutputStream out) {
    super(out);
  }

  /** Writes trusted ASCII markup as is. */
  XmlOutput raw(String ascii) throws IOException {
    ascii(ascii);
    return this;
  }

  /** Writes constant markup encoded already. */
  XmlOutput raw(Ascii markup) throws IOException {
    words(markup);
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
    ascii(name);
    byteOut('>');
    return this;
  }

  /** Writes {@code </name>}. */
  XmlOutput end(String name) throws IOException {
    byteOut('<');
    byteOut('/');
    ascii(name);
    byteOut('>');
    return this;
  }

  /** Writes {@code <name>text</name>} with the text escaped. */
  XmlOutput element(String name, CharSequence value) throws IOException {
    start(name);
    text(value);
    return end(name);
  }

  /**
   * Writes {@code <name>text</name>} for an element that readers render as HTML: the plain text
   * is escaped as HTML ({@link BodyHtml#escapeText}), then as XML, so that an HTML parser finds
   * exactly the text in it and never markup.
   */
  XmlOutput htmlElement(String name, String value) throws IOException {
    start(name);
    BodyHtml.escapeText(value, this);
    return end(name);
  }

  /** {@link #htmlElement} for an element of every item, followed by a line feed. */
  XmlOutput htmlLine(Tag tag, String value) throws IOException {
    raw(tag.start);
    BodyHtml.escapeText(value, this);
    return raw(tag.endLine);
  }

  /** Writes {@code <name>number</name>}. */
  XmlOutput element(String name, int number) throws IOException {
    start(name);
    number(number);
    return end(name);
  }

  /** Writes the instant in RFC 822 (see {@link FeedDates}). */
  XmlOutput rfc822(Instant instant) throws IOException {
    FeedDates.rfc822(instant, date);
    ascii(date, FeedDates.RFC_822_LENGTH);
    return this;
  }

  /** Writes the instant in RFC 3339 (see {@link FeedDates}). */
  XmlOutput rfc3339(Instant instant) throws IOException {
    FeedDates.rfc3339(instant, date);
    ascii(date, FeedDates.RFC_3339_LENGTH);
    return this;
  }

  /** Writes {@code  name="value"} with the value escaped; the start tag must be open. */
  XmlOutput attribute(String name, CharSequence value) throws IOException {
    attributeName(name);
    escape(value, true);
    byteOut('"');
    return this;
  }

  /** Writes {@code  name="number"}; the start tag must be open. */
  XmlOutput attribute(String name, int number) throws IOException {
    attributeName(name);
    number(number);
    byteOut('"');
    return this;
  }

  private void attributeName(String name) throws IOException {
    byteOut(' ');
    ascii(name);
    byteOut('=');
    byteOut('"');
  }

  /** Writes escaped character data. */
  XmlOutput text(CharSequence value) throws IOException {
    escape(value, false);
    return this;
  }

  /**
   * Writes the longest start of {@code s} that text escaped as HTML and then as XML can take
   * byte by byte, for text that goes through both: runs that need nothing (see
   * {@link PlainBytes}), HTML's five escapes as {@code HtmlEscaper} writes them, escaped again
   * for XML ({@code &} is {@code &#x26;amp;}, {@code '} is {@code &#x26;#39;}), and the ASCII
   * that PlainBytes flags but neither needs. Stops at the first character beyond ASCII or
   * control other than tab and line feed, where HTML's own rules (line ends, forbidden
   * characters) begin; returns its index, or the length when it wrote everything.
   */
  int htmlPrefix(String s) throws IOException {
    if (s.length() < BULK) {
      return 0;
    }
    byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
    int b = 0;
    while (true) {
      int run = PlainBytes.run(utf8, b, utf8.length);
      bytes(utf8, b, b + run);
      b += run;
      if (b == utf8.length) {
        return s.length(); // all ASCII: as many characters as bytes
      }
      switch (utf8[b]) {
        case '&':
          words(HTML_AMPERSAND);
          break;
        case '<':
          words(HTML_LESS_THAN);
          break;
        case '>':
          words(HTML_GREATER_THAN);
          break;
        case '"':
          words(HTML_QUOTE);
          break;
        case '\'':
          words(HTML_APOSTROPHE);
          break;
        case '#':
        case '=':
        case '\t':
        case '\n':
          byteOut((char) utf8[b]);
          break;
        case '?':
          if (s.charAt(b) != '?') {
            return b; // a lone surrogate, which getBytes wrote as "?"
          }
          byteOut('?');
          break;
        default:
          return b; // beyond ASCII (as many characters as bytes before it) or a control
      }
      b++;
    }
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

  /** Opens a CDATA section unless one is open. */
  void startCdata() throws IOException {
    if (!cdataOpen) {
      raw(CDATA_START);
      cdataOpen = true;
    }
  }

  /** Whether no high surrogate waits for its low half. */
  boolean paired() {
    return pendingHigh == 0;
  }

  /** Closes the open CDATA section, if any. */
  void endCdata() throws IOException {
    if (cdataOpen) {
      raw(CDATA_END);
      cdataOpen = false;
    }
  }

  private void escape(CharSequence value, boolean attribute) throws IOException {
    pendingHigh = 0;
    chars(value, 0, value.length(), attribute);
    pendingHigh = 0;
  }

  /**
   * Characters {@code start} to {@code end} of {@code s}: a long string by way of its UTF-8
   * bytes ({@link #bulk}), anything else read as arrays.
   */
  void chars(CharSequence s, int start, int end, boolean attribute) throws IOException {
    Objects.checkFromToIndex(start, end, s.length());
    if (s instanceof String && end - start >= BULK && pendingHigh == 0) {
      start = bulk((String) s, start, end, attribute);
    }
    if (s instanceof CharBuffer && ((CharBuffer) s).hasArray()) {
      CharBuffer buf = (CharBuffer) s;
      int base = buf.arrayOffset() + buf.position();
      chars(buf.array(), base + start, base + end, attribute);
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
      chars(chunk, 0, n, attribute);
      from += n;
    }
  }

  /**
   * Escapes {@code s[from, to)} from its UTF-8 encoding (a fast copy for ASCII text): runs that
   * need nothing, found by {@link PlainBytes}, are copied as they are, and the ASCII characters
   * between them escaped one at a time, up to the first character that is not ASCII, where byte
   * and character indexes part. Returns the index of that character, or {@code to}.
   */
  private int bulk(String s, int from, int to, boolean attribute) throws IOException {
    byte[] utf8 = (from == 0 && to == s.length() ? s : s.substring(from, to))
        .getBytes(StandardCharsets.UTF_8);
    int b = 0;
    while (true) {
      int run = PlainBytes.run(utf8, b, utf8.length);
      bytes(utf8, b, b + run);
      b += run;
      if (b == utf8.length || utf8[b] < 0) {
        return from + b;
      }
      char c = s.charAt(from + b);
      if (!Character.isSurrogate(c)) { // a lone surrogate, which getBytes wrote as "?", is dropped
        escapedChar(c, attribute);
      }
      b++;
    }
  }

  /**
   * Characters {@code i} to {@code end} of {@code a}: runs of ASCII that need nothing are copied
   * straight into the buffer; every other unit goes through {@link #escapedChar}, which pairs
   * surrogates, drops, escapes and encodes.
   */
  void chars(char[] a, int i, int end, boolean attribute) throws IOException {
    while (i < end) {
      if (pendingHigh == 0) {
        int n = Math.min(end - i, buffer.length - position);
        int copied = plainText(a, i, n, attribute);
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
      escapedChar(a[i++], attribute);
    }
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
  void escapedChar(char c, boolean attribute) throws IOException {
    int cp = pairUp(c);
    if (cp < 0) {
      return;
    }
    switch (cp) {
      case '&':
        ascii("&#x26;");
        break;
      case '<':
        ascii("&#x3C;");
        break;
      case '>':
        ascii("&gt;");
        break;
      case '"':
        ascii(attribute ? "&quot;" : "\"");
        break;
      case '\r':
        ascii("&#13;");
        break;
      case '\n':
        ascii(attribute ? "&#10;" : "\n");
        break;
      case '\t':
        ascii(attribute ? "&#9;" : "\t");
        break;
      default:
        codePoint(cp);
    }
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
}
