package dev.roundtable.text;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The character target of a {@link Utf8Output}: decodes the writer's bytes and appends them,
 * keeping the bytes of a character split across two writes until the rest comes.
 */
final class CharTarget extends OutputStream {
  private final Appendable out;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPLACE)
      .onUnmappableCharacter(CodingErrorAction.REPLACE);
  private final byte[] pending = new byte[4];
  private int pendingCount;
  private CharBuffer chars = CharBuffer.allocate(1024);

  CharTarget(Appendable out) {
    this.out = out;
  }

  @Override
  public void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    ByteBuffer in;
    if (pendingCount == 0) {
      in = ByteBuffer.wrap(b, off, len);
    } else {
      byte[] joined = new byte[pendingCount + len];
      System.arraycopy(pending, 0, joined, 0, pendingCount);
      System.arraycopy(b, off, joined, pendingCount, len);
      in = ByteBuffer.wrap(joined);
    }
    if (chars.capacity() < in.remaining()) {
      chars = CharBuffer.allocate(in.remaining());
    }
    chars.clear();
    decoder.decode(in, chars, false);
    chars.flip();
    out.append(chars);
    pendingCount = in.remaining(); // at most three bytes of an unfinished character
    in.get(pending, 0, pendingCount);
  }
}
