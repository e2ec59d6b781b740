package dev.roundtable.text;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The character target of a {@link Utf8Output}: decodes the writer's bytes, takes the texts
 * and markup the writer hands on as characters ({@link #append}: never encoded to be decoded
 * again), and appends them all in order to an {@code Appendable} at each {@link #emit()} (the
 * writer's drain, and whenever {@value #EMIT_AT} characters wait), or keeps them for
 * {@link #text()}; the bytes of a character split across two writes wait until the rest comes. Runs of ASCII are found eight
 * bytes at a time and, when long, become Latin-1 strings (a copy: JDK strings of Latin-1 are
 * bytes); other characters are decoded here when well-formed, and by the JDK's decoder
 * (malformed bytes as U+FFFD) from the first that is not.
 */
final class CharTarget extends OutputStream implements StringEscape.Sink {
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long HIGH_BITS = 0x8080808080808080L;
  /** ASCII runs at least this long are kept or appended as Latin-1 strings of their own. */
  private static final int LONG_RUN = 32;
  /** Characters waiting to be emitted are emitted once there are this many. */
  private static final int EMIT_AT = 8192;

  private final Appendable out;
  private CharsetDecoder decoder;
  private final byte[] pending = new byte[4];
  private int pendingCount;
  private char[] chars;
  private int count;

  /** What is kept when there is no {@code Appendable}: a string per write. */
  private final List<String> kept = new ArrayList<>();

  /** A target that appends to {@code out} at each write, or keeps the text when it is null. */
  CharTarget(Appendable out) {
    this.out = out;
    this.chars = new char[1024];
  }

  /** Whether the text is kept, for {@link #text()}, rather than appended. */
  boolean keeps() {
    return out == null;
  }

  /**
   * The text kept so far, when there is no {@code Appendable}: the strings of the writes joined
   * (which fills the result without clearing it first, unlike one large array of characters).
   */
  String text() {
    if (count > 0) {
      kept.add(new String(chars, 0, count));
      count = 0;
    }
    return kept.size() == 1 ? kept.get(0) : String.join("", kept);
  }

  /**
   * Appends text given as characters, after what was written before it: a long string is kept
   * (or appended) as it is, a short one joins the characters waiting to be emitted.
   */
  void append(String s) throws IOException {
    int n = s.length();
    if (n >= LONG_RUN) {
      emit();
      add(s);
      return;
    }
    put(s, 0, n);
  }

  /**
   * Appends a text escaped by a context's policy: copied whole first and scanned in the copy
   * (most text needs nothing), escaped from the first character that may need care on.
   */
  void appendEscaped(String s, Context context) throws IOException {
    int n = s.length();
    room(n);
    s.getChars(0, n, chars, count);
    long[] care = context.care;
    char[] c = chars;
    int start = count;
    int end = start + n;
    for (int j = start; j < end; j++) {
      char ch = c[j];
      if ((care[ch >>> 6] & 1L << ch) != 0) {
        count = j;
        StringEscape.escapeInto(s, j - start, context, this);
        return;
      }
    }
    count = end;
    if (count >= EMIT_AT) {
      emit();
    }
  }

  @Override
  public void put(String s, int from, int to) throws IOException {
    int n = to - from;
    room(n);
    s.getChars(from, to, chars, count);
    count += n;
    if (count >= EMIT_AT) {
      emit();
    }
  }

  /** Appends one character, after what was written before it. */
  void append(char ch) throws IOException {
    room(1);
    chars[count++] = ch;
    if (count >= EMIT_AT) {
      emit();
    }
  }

  @Override
  public void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    Objects.checkFromIndexSize(off, len, b.length);
    int end = off + len;
    int i = off;
    if (pendingCount > 0) {
      int need = Math.min(Math.max(sequenceLength(pending[0]) - pendingCount, 1), len);
      byte[] joined = new byte[pendingCount + need];
      System.arraycopy(pending, 0, joined, 0, pendingCount);
      System.arraycopy(b, off, joined, pendingCount, need);
      pendingCount = 0;
      slow(joined, 0, joined.length);
      if (pendingCount > need) {
        emit();
        return; // all of b is still part of one unfinished character
      }
      i += need - pendingCount; // what the decoder left unfinished comes from b: read it again
      pendingCount = 0;
    }
    room(end - i); // UTF-8 never has fewer bytes than UTF-16 has units
    char[] c = chars;
    while (i < end) {
      int start = i;
      while (i + 8 <= end && ((long) LONGS.get(b, i) & HIGH_BITS) == 0) {
        i += 8;
      }
      while (i < end && b[i] >= 0) {
        i++;
      }
      if (i - start >= LONG_RUN) { // a Latin-1 string: copied, never decoded or widened here
        emit();
        add(new String(b, start, i - start, StandardCharsets.ISO_8859_1));
      } else {
        for (int k = start; k < i; k++) {
          c[count++] = (char) b[k];
        }
      }
      if (i < end) {
        int n = sequenceLength(b[i]);
        if (n == 0 || !continues(b, i, Math.min(n, end - i))) {
          slow(b, i, end - i);
          break;
        }
        if (i + n > end) {
          pendingCount = end - i;
          System.arraycopy(b, i, pending, 0, pendingCount);
          break;
        }
        int cp = Utf8Output.decode(b, i, n);
        if (n == 4) {
          c[count++] = Character.highSurrogate(cp);
          c[count++] = Character.lowSurrogate(cp);
        } else {
          c[count++] = (char) cp;
        }
        i += n;
      }
    }
    if (count >= EMIT_AT) {
      emit();
    }
  }

  /** The length of the sequence a well-formed lead byte starts; 0 for any other byte. */
  private static int sequenceLength(byte lead) {
    int b = lead & 0xFF;
    return b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
  }

  /** Whether the {@code n - 1} bytes after a lead at {@code i} continue it well-formed. */
  private static boolean continues(byte[] b, int i, int n) {
    int lead = b[i] & 0xFF;
    for (int k = 1; k < n; k++) {
      int c = b[i + k] & 0xFF;
      int low = 0x80;
      int high = 0xBF;
      if (k == 1) { // no overlong form, no surrogate, nothing above U+10FFFF
        low = lead == 0xE0 ? 0xA0 : lead == 0xF0 ? 0x90 : 0x80;
        high = lead == 0xED ? 0x9F : lead == 0xF4 ? 0x8F : 0xBF;
      }
      if (c < low || c > high) {
        return false;
      }
    }
    return true;
  }

  /** Makes room for {@code n} more characters. */
  private void room(int n) {
    if (chars.length - count < n) {
      chars = Arrays.copyOf(chars, Math.max(count + n, chars.length * 2));
    }
  }

  /** Appends the characters decoded or given, or keeps them. */
  void emit() throws IOException {
    if (count == 0) {
      return;
    }
    if (out == null) {
      kept.add(new String(chars, 0, count));
    } else if (out instanceof Writer) {
      ((Writer) out).write(chars, 0, count);
    } else if (out instanceof StringBuilder) {
      ((StringBuilder) out).append(chars, 0, count);
    } else {
      out.append(CharBuffer.wrap(chars, 0, count));
    }
    count = 0;
  }

  /** Appends a string, or keeps it. */
  private void add(String text) throws IOException {
    if (out == null) {
      kept.add(text);
    } else {
      out.append(text);
    }
  }

  /** Decodes bytes that are not all well-formed with the JDK's decoder, as U+FFFD where bad. */
  private void slow(byte[] b, int off, int len) {
    if (decoder == null) {
      decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE);
    }
    room(len);
    ByteBuffer in = ByteBuffer.wrap(b, off, len);
    CharBuffer decoded = CharBuffer.wrap(chars, count, chars.length - count);
    decoder.decode(in, decoded, false);
    count = decoded.position();
    pendingCount = in.remaining(); // at most three bytes of an unfinished character
    in.get(pending, 0, pendingCount);
  }
}
