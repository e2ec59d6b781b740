package dev.roundtable.json.internal;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * A reader that remembers, without copying, the last characters it passed on: the parser's own
 * buffer, which holds them until the parser reads more. Enough to look at the input around a
 * syntax error, which is always in what the parser read last.
 */
final class RecentReader extends FilterReader implements InputAtHand {
  private char[] last = new char[0];
  private int from;
  private int count;
  /** The offset in the source of {@code last[from]}. */
  private long base;
  private boolean ended;

  RecentReader(Reader in) {
    super(in);
  }

  @Override
  public int read(char[] buffer, int off, int len) throws IOException {
    int n = in.read(buffer, off, len);
    if (n < 0) {
      ended = true; // what was read last stays at hand: errors at the end look back into it
    } else if (n > 0) {
      base += count;
      last = buffer;
      from = off;
      count = n;
    }
    return n;
  }

  @Override
  public int read() throws IOException {
    char[] one = new char[1];
    return read(one, 0, 1) < 0 ? -1 : one[0];
  }

  @Override
  public void close() {
    // the caller's reader stays open: the reader never closes it
  }

  @Override
  public int at(long offset) {
    long i = offset - base;
    if (i < 0) {
      return UNKNOWN;
    }
    if (i < count) {
      return last[from + (int) i];
    }
    return ended && i == count ? END : UNKNOWN;
  }
}
