package dev.roundtable.html;

import dev.roundtable.html.internal.Utf8;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/**
 * {@link Markup} as UTF-8 bytes, collected in a byte array and handed to an {@link OutputStream}
 * in chunks of at most {@link #CHUNK} bytes: text is escaped and encoded in one step, with no
 * {@code Writer} and no character buffer in between.
 */
final class Utf8Markup extends Markup {
  private final OutputStream target;
  private byte[] buf;
  private int pos;
  /** Where text is copied before it is escaped; see {@link Utf8Escaping#escapeUtf8}. */
  private char[] chars;

  /** Markup written to {@code target}; call {@link #finish()} at the end. */
  Utf8Markup(OutputStream target, HtmlOptions options) {
    super(options);
    this.target = target;
    this.buf = SpareBuffer.takeBytes(CHUNK);
    this.chars = SpareBuffer.take(CHUNK + 2);
  }

  @Override
  void ensure(int n) throws IOException {
    if (pos + n <= buf.length) {
      return;
    }
    flush();
    if (n > buf.length) {
      buf = new byte[n];
    }
  }

  @Override
  void flush() throws IOException {
    if (pos > 0) {
      target.write(buf, 0, pos);
      pos = 0;
    }
  }

  @Override
  void finish() throws IOException {
    flush();
    SpareBuffer.releaseBytes(buf);
    SpareBuffer.release(chars);
    buf = null;
    chars = null;
  }

  @Override
  Writer asWriter() {
    return new Writer() {
      /** A high surrogate whose low half has not come yet; 0 when none. */
      private char pendingHigh;

      @Override
      public void write(char[] chars, int off, int len) throws IOException {
        for (int i = off; i < off + len; i++) {
          write(chars[i]);
        }
      }

      @Override
      public void write(String s, int off, int len) throws IOException {
        for (int i = off; i < off + len; i++) {
          write(s.charAt(i));
        }
      }

      @Override
      public void write(int c) throws IOException {
        char ch = (char) c;
        ensure(4);
        if (pendingHigh != 0) {
          char high = pendingHigh;
          pendingHigh = 0;
          if (Character.isLowSurrogate(ch)) {
            pos = Utf8.encode(Character.toCodePoint(high, ch), buf, pos);
            return;
          }
          pos = Utf8.encode('\uFFFD', buf, pos);
        }
        if (Character.isHighSurrogate(ch)) {
          pendingHigh = ch;
        } else {
          pos = Utf8.encode(Character.isLowSurrogate(ch) ? '\uFFFD' : ch, buf, pos);
        }
      }

      @Override
      public void flush() {
        // the markup hands its bytes on when it is flushed itself
      }

      @Override
      public void close() {
        // the markup is not the writer's to close
      }
    };
  }

  @Override
  Utf8Markup raw(String markup) throws IOException {
    int n = markup.length();
    if (pos + n <= buf.length) { // most markup is ASCII: one byte a character
      byte[] b = buf;
      int p = pos;
      int i = 0;
      for (; i < n; i++) {
        char c = markup.charAt(i);
        if (c >= 0x80) {
          break;
        }
        b[p + i] = (byte) c;
      }
      pos = p + i;
      if (i == n) {
        return this;
      }
      return encode(markup, i);
    }
    return encode(markup, 0);
  }

  /** Writes {@code markup} from index {@code i} on, encoding what is not ASCII. */
  private Utf8Markup encode(String markup, int i) throws IOException {
    int n = markup.length();
    ensure((n - i) * 3);
    byte[] b = buf;
    int p = pos;
    for (; i < n; i++) {
      char c = markup.charAt(i);
      if (c < 0x80) {
        b[p++] = (byte) c;
      } else {
        int cp = c;
        if (Character.isHighSurrogate(c) && i + 1 < n
            && Character.isLowSurrogate(markup.charAt(i + 1))) {
          cp = Character.toCodePoint(c, markup.charAt(++i));
        } else if (Character.isSurrogate(c)) {
          cp = 0xFFFD;
        }
        p = Utf8.encode(cp, b, p);
      }
    }
    pos = p;
    return this;
  }

  @Override
  Utf8Markup raw(char c) throws IOException {
    ensure(1);
    buf[pos++] = (byte) c;
    return this;
  }

  @Override
  Utf8Markup digits(int value, int width) throws IOException {
    int n = digitCount(value, width);
    ensure(n);
    for (int i = pos + n - 1; i >= pos; i--) {
      buf[i] = (byte) ('0' + value % 10);
      value /= 10;
    }
    pos += n;
    return this;
  }

  @Override
  int room() {
    return buf.length - pos;
  }

  @Override
  void escape(CharSequence text, int from, int to) {
    if (to - from > chars.length) {
      chars = new char[to - from];
    }
    if (text instanceof String) {
      pos = Utf8Escaping.escapeUtf8((String) text, from, to, buf, pos, options.xmlCompatible(),
          chars);
      return;
    }
    for (int i = from; i < to; i++) {
      chars[i - from] = text.charAt(i);
    }
    pos = Utf8Escaping.escapeUtf8(text, chars, from, to, buf, pos, options.xmlCompatible());
  }
}
