package dev.roundtable.html;

import java.io.IOException;
import java.io.Writer;
import java.nio.CharBuffer;
import java.util.Arrays;

/**
 * {@link Markup} as characters: collected in its own array and handed on in chunks of at most
 * {@link #CHUNK} characters when writing to an {@link Appendable} (so output streams as it is
 * made), or kept whole when making a {@code String}.
 */
final class CharMarkup extends Markup {
  private final Appendable target;
  private char[] buf;
  private int pos;

  /** Markup written to {@code target}; call {@link #flush()} at the end. */
  CharMarkup(Appendable target, HtmlOptions options) {
    super(options);
    this.target = target;
    this.buf = SpareBuffer.take(CHUNK);
  }

  /** Markup kept for {@link #toString()}, starting with room for {@code capacity}. */
  CharMarkup(int capacity, HtmlOptions options) {
    super(options);
    this.target = null;
    this.buf = SpareBuffer.take(Math.max(64, capacity));
  }

  /** Hands the buffer back for the thread's next rendering; this markup is done. */
  private void release() {
    SpareBuffer.release(buf);
    buf = null;
  }

  @Override
  void ensure(int n) throws IOException {
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

  @Override
  void flush() throws IOException {
    if (target != null) {
      flushBuffer();
    }
  }

  @Override
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

  @Override
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

  @Override
  CharMarkup raw(String markup) throws IOException {
    int n = markup.length();
    ensure(n);
    markup.getChars(0, n, buf, pos);
    pos += n;
    return this;
  }

  @Override
  CharMarkup raw(char c) throws IOException {
    ensure(1);
    buf[pos++] = c;
    return this;
  }

  @Override
  CharMarkup digits(int value, int width) throws IOException {
    int n = digitCount(value, width);
    ensure(n);
    for (int i = pos + n - 1; i >= pos; i--) {
      buf[i] = (char) ('0' + value % 10);
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
    int start = pos;
    pos = HtmlEscaper.escapeInto(text, from, to, buf, pos);
    if (options.xmlCompatible()) {
      pos = HtmlEscaper.dropReplacementCharacters(buf, start, pos);
    }
  }
}
