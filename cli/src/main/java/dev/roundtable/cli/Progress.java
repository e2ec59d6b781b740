package dev.roundtable.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Iterator;

/**
 * Progress of long work on standard error, only when a person watches it: a line rewritten in
 * place at most a few times a second, cleared when the work is done. Silent otherwise.
 */
final class Progress {
  private static final long INTERVAL_NANOS = 200_000_000L;
  private static final Progress SILENT = new Progress(null);

  private final PrintWriter err;
  private long lastShown = System.nanoTime();
  private boolean shown;

  private Progress(PrintWriter err) {
    this.err = err;
  }

  /** Progress on the streams' standard error when it is interactive, otherwise none. */
  static Progress of(Streams streams) {
    return streams.interactive() ? new Progress(streams.err()) : SILENT;
  }

  /** Counts the bytes read from {@code in}, out of {@code total} when known (else -1). */
  InputStream reading(String name, InputStream in, long total) {
    if (err == null) {
      return in;
    }
    return new FilterInputStream(in) {
      private long read;

      @Override
      public int read() throws IOException {
        int b = super.read();
        count(b < 0 ? 0 : 1);
        return b;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        count(Math.max(n, 0));
        return n;
      }

      private void count(int n) {
        read += n;
        show(total > 0
            ? "reading " + name + ": " + Math.min(100, read * 100 / total) + "%"
            : "reading " + name + ": " + read / 1024 + " KiB");
      }
    };
  }

  /** Counts the items taken from {@code items}, out of {@code total}. */
  <T> Iterator<T> writing(String what, Iterator<T> items, int total) {
    if (err == null) {
      return items;
    }
    return new Iterator<>() {
      private int done;

      @Override
      public boolean hasNext() {
        return items.hasNext();
      }

      @Override
      public T next() {
        T item = items.next();
        show("writing " + what + ": " + ++done + " of " + total);
        return item;
      }
    };
  }

  /** Clears the progress line, if one was shown. */
  void done() {
    if (err != null && shown) {
      err.print("\r\033[K");
      err.flush();
      shown = false;
    }
  }

  private void show(String line) {
    long now = System.nanoTime();
    if (now - lastShown >= INTERVAL_NANOS) {
      lastShown = now;
      shown = true;
      err.print("\r\033[K" + line);
      err.flush();
    }
  }
}
