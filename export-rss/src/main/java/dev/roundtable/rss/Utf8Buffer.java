package dev.roundtable.rss;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * The byte end of {@link XmlOutput}: a buffer of UTF-8 bytes handed to an {@link OutputStream}
 * when it is full, with the ways of putting trusted bytes into it (constant markup, numbers,
 * code points). Not thread-safe: one instance per document being written.
 */
class Utf8Buffer {
  private static final int BUFFER_SIZE = 16 * 1024;
  /** Markup up to this length is copied char by char, which beats a bulk copy's set-up. */
  private static final int SHORT = 24;
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private final OutputStream out;
  /** The bytes not yet handed on; subclasses write into it from {@link #position}. */
  final byte[] buffer = new byte[BUFFER_SIZE];
  int position;
  /** Where numbers are formatted before they are copied. */
  private final char[] digits = new char[11];

  Utf8Buffer(OutputStream out) {
    this.out = out;
  }

  /**
   * Writes trusted ASCII markup as is: a short string char by char, a longer one with {@link
   * String#getBytes(int, int, byte[], int)}, which keeps the low eight bits of each character
   * (for ASCII, its UTF-8 encoding) and copies an ASCII string's bytes in one go.
   */
  @SuppressWarnings("deprecation")
  final void ascii(String ascii) throws IOException {
    int length = ascii.length();
    if (length <= SHORT && length <= buffer.length - position) {
      byte[] b = buffer;
      int p = position;
      for (int i = 0; i < length; i++) {
        b[p + i] = (byte) ascii.charAt(i);
      }
      position = p + length;
      return;
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
  }

  /** Writes {@code a[0, length)}, trusted ASCII, as is. */
  final void ascii(char[] a, int length) throws IOException {
    if (buffer.length - position < length) {
      flushBuffer();
    }
    byte[] b = buffer;
    int p = position;
    for (int i = 0; i < length; i++) {
      b[p + i] = (byte) a[i];
    }
    position = p + length;
  }

  /**
   * Writes constant markup a word at a time: the zeros that pad it land past the new position,
   * where the next bytes overwrite them.
   */
  final void words(Ascii markup) throws IOException {
    byte[] words = markup.words;
    if (buffer.length - position < words.length) {
      flushBuffer();
    }
    byte[] b = buffer;
    int p = position;
    for (int i = 0; i < words.length; i += 8) {
      LONGS.set(b, p + i, (long) LONGS.get(words, i));
    }
    position = p + markup.length;
  }

  /** Writes {@code bytes[from, to)}, valid UTF-8 that needs nothing, as is. */
  final void bytes(byte[] bytes, int from, int to) throws IOException {
    int length = to - from;
    if (length <= buffer.length - position) {
      System.arraycopy(bytes, from, buffer, position, length);
      position += length;
      return;
    }
    while (from < to) {
      if (position == buffer.length) {
        flushBuffer();
      }
      int n = Math.min(to - from, buffer.length - position);
      System.arraycopy(bytes, from, buffer, position, n);
      position += n;
      from += n;
    }
  }

  /** Writes one ASCII character. */
  final void byteOut(char ascii) throws IOException {
    if (position == buffer.length) {
      flushBuffer();
    }
    buffer[position++] = (byte) ascii;
  }

  /** Writes a number in decimal. */
  final void number(int number) throws IOException {
    if (number < 0) {
      ascii(Integer.toString(number));
      return;
    }
    int at = digits.length;
    do {
      digits[--at] = (char) ('0' + number % 10);
      number /= 10;
    } while (number > 0);
    System.arraycopy(digits, at, digits, 0, digits.length - at);
    ascii(digits, digits.length - at);
  }

  /** Writes a code point (not a surrogate) as UTF-8. */
  final void codePoint(int cp) throws IOException {
    if (buffer.length - position < 4) {
      flushBuffer();
    }
    position = Utf8.encode(cp, buffer, position);
  }

  /** Hands the buffered bytes to the stream. */
  final void flushBuffer() throws IOException {
    if (position > 0) {
      out.write(buffer, 0, position);
      position = 0;
    }
  }

  /** Writes the buffer out and flushes the stream. */
  final void flush() throws IOException {
    flushBuffer();
    out.flush();
  }
}
