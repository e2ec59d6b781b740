package dev.roundtable.json.internal;

import java.io.IOException;
import java.io.InputStream;

/**
 * A stream that passes on the well-formed text of its source (UTF-8, or the UTF-16 or UTF-32
 * that jackson-core finds by the first bytes) and ends just before the first ill-formed
 * sequence, remembering where and why ({@link #malformation()}). The parser reading it
 * therefore sees well-formed text, cut where the source stops being well-formed, and the reader
 * reports the cut as the problem it is. Bytes are checked once, as they go by, a buffer at a
 * time; a sequence split between two reads of the source waits for the rest.
 */
final class WellFormedInput extends InputStream implements InputAtHand {
  private static final int BUFFER = 8000;

  private final InputStream in;
  private final byte[] buffer = new byte[BUFFER];
  /** The next byte to pass on. */
  private int position;
  /** The end of the checked bytes; from there to {@link #end}, an incomplete sequence. */
  private int checked;
  /** The end of the bytes read. */
  private int end;
  /** The offset in the source of {@code buffer[0]}. */
  private long base;
  /** How the source is read; known once the first four bytes are. */
  private ByteEncoding encoding;
  private int byteOrderMark;
  private boolean finished;
  /** Whether this stream has told its reader that it ended. */
  private boolean ended;
  private Malformation malformation;

  WellFormedInput(InputStream in) {
    this.in = in;
  }

  /**
   * Where the source stops being well-formed once its reader has read every byte before the
   * ill-formed one and asked for more; {@code null} until then, or when it is well-formed.
   */
  Malformation malformation() {
    return ended ? malformation : null;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    while (position == checked) {
      if (finished || !fill()) {
        ended = true;
        return -1;
      }
    }
    int n = Math.min(len, checked - position);
    System.arraycopy(buffer, position, b, off, n);
    position += n;
    return n;
  }

  /** Reads more of the source and checks it; {@code false} once nothing more is passed on. */
  private boolean fill() throws IOException {
    int pending = end - checked;
    System.arraycopy(buffer, checked, buffer, 0, pending);
    base += checked;
    position = 0;
    checked = 0;
    end = pending;
    int read = in.read(buffer, end, buffer.length - end);
    while (encoding == null && read >= 0 && end + read < 4) {
      end += read;
      read = in.read(buffer, end, buffer.length - end);
    }
    if (read > 0) {
      end += read;
    }
    if (encoding == null) {
      encoding = ByteEncoding.of(buffer, Math.min(end, 4));
      byteOrderMark = encoding.byteOrderMark(buffer, end);
    }
    checked = encoding.isChecked() ? encoding.wellFormedUpTo(buffer, 0, end) : end;
    if (checked < end && (read < 0 || !encoding.isCutShort(buffer, checked, end))) {
      finished = true;
      malformation = new Malformation(base + checked, encoding.label(),
          encoding.describe(buffer, checked, end));
      if (base + checked <= byteOrderMark) {
        checked = 0; // nothing but a byte order mark: no parser would know the encoding from it
      }
    } else if (read < 0) {
      finished = true;
    }
    return checked > 0 || !finished;
  }

  /** The byte at an offset of the source, while it is still in the buffer (UTF-8 only). */
  @Override
  public int at(long offset) {
    long i = offset - base;
    if (encoding != ByteEncoding.UTF_8 || i < 0) {
      return UNKNOWN;
    }
    if (i < checked) {
      return buffer[(int) i] & 0xFF;
    }
    return finished ? END : UNKNOWN;
  }

  @Override
  public boolean bytes() {
    return true;
  }

  @Override
  public int available() throws IOException {
    return checked - position;
  }

  @Override
  public void close() {
    // the caller's stream stays open: the reader never closes it
  }
}
