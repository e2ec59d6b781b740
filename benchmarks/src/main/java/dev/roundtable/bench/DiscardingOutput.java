package dev.roundtable.bench;

import java.io.OutputStream;

/** An output stream that counts bytes and drops them; not thread-safe (one per thread). */
final class DiscardingOutput extends OutputStream {
  private long bytes;

  @Override
  public void write(int b) {
    bytes++;
  }

  @Override
  public void write(byte[] b, int off, int len) {
    bytes += len;
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
