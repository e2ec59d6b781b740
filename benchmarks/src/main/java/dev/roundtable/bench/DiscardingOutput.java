package dev.roundtable.bench;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** An output stream that counts bytes and drops them; not thread-safe (one per thread). */
final class DiscardingOutput extends OutputStream {
  private long bytes;
  /** The last text's bytes, kept so that the compiler cannot drop the encoding. */
  private byte[] last;

  @Override
  public void write(int b) {
    bytes++;
  }

  @Override
  public void write(byte[] b, int off, int len) {
    bytes += len;
  }

  /**
   * Encodes a text to UTF-8 with {@link String#getBytes} and counts the bytes: the floor's
   * whole work for each text.
   *
   * @param text the text
   */
  void encode(String text) {
    last = text.getBytes(StandardCharsets.UTF_8);
    bytes += last.length;
  }

  /**
   * The bytes written since the last call, then starts counting again.
   *
   * @return the count
   */
  long take() {
    long n = bytes;
    bytes = 0;
    return n;
  }
}
