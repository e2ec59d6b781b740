package dev.roundtable.text;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.lang.ref.SoftReference;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * The character target of a {@link Utf8Output}: takes the texts and markup the writer hands on
 * as characters ({@link #append}: never encoded to be decoded again), decodes the bytes it is
 * written, and keeps them all in order in one buffer, appended to the {@code Appendable} at each
 * {@link #emit()} (the writer's drain, and whenever {@value #EMIT_AT} characters wait), or kept
 * for {@link #text()}. Bytes are decoded by the JDK ({@code new String(bytes, UTF_8)}: malformed
 * bytes become U+FFFD); the start of a character split across two writes waits for the rest.
 *
 * <p>A target that keeps its text takes the thread's spare buffer and hands it back when the
 * text is made, so that making a fragment's String allocates little more than the String
 * (HtmlBenchmark, -prof gc): the buffer is taken while in use, never shared, softly held, and
 * kept only up to {@value #SPARE_MAX} characters.
 */
final class CharTarget extends OutputStream implements StringEscape.Sink {
  /** Characters waiting for an {@code Appendable} are appended once there are this many. */
  private static final int EMIT_AT = 8192;
  private static final int SPARE_MAX = 1 << 17;
  private static final ThreadLocal<SoftReference<char[]>> SPARE = new ThreadLocal<>();

  private final Appendable out; // null: the text is kept
  private char[] chars;
  private int count;
  private String made; // the text made last, when the buffer was handed back
  private byte[] pending = new byte[0]; // the start of a character split across writes

  /** A target that appends to {@code out}, or keeps the text when it is null. */
  CharTarget(Appendable out) {
    this.out = out;
    this.chars = out == null ? take() : new char[EMIT_AT];
  }

  /** Whether the text is kept, for {@link #text()}, rather than appended. */
  boolean keeps() {
    return out == null;
  }

  /** The text kept so far, when there is no {@code Appendable}. */
  String text() {
    if (chars != null) {
      made = new String(chars, 0, count);
      if (chars.length <= SPARE_MAX) {
        SPARE.set(new SoftReference<>(chars));
      }
      chars = null; // handed back: taken again if more comes
    }
    return made;
  }

  private static char[] take() {
    SoftReference<char[]> spare = SPARE.get();
    char[] buffer = spare == null ? null : spare.get();
    if (buffer == null) {
      return new char[1024];
    }
    SPARE.remove();
    return buffer;
  }

  /** Makes room for {@code n} more characters. */
  private char[] room(int n) {
    if (chars == null) { // more after text(): start again from the text made
      chars = take();
      count = 0;
      room(made.length());
      made.getChars(0, made.length(), chars, 0);
      count = made.length();
    }
    if (chars.length - count < n) {
      chars = Arrays.copyOf(chars, Math.max(count + n, chars.length * 2));
    }
    return chars;
  }

  /** Appends text given as characters, after what was written before it. */
  void append(String s) throws IOException {
    put(s, 0, s.length());
    emitWhenFull();
  }

  /** Appends one character, after what was written before it. */
  void append(char ch) throws IOException {
    room(1)[count++] = ch;
    emitWhenFull();
  }

  /**
   * Appends a text escaped by a context's policy: copied whole first and scanned in the copy
   * (most text needs nothing), escaped from the first character that may need care on.
   */
  void appendEscaped(String s, Context context) throws IOException {
    int n = s.length();
    char[] c = room(n);
    s.getChars(0, n, c, count);
    long[] care = context.care;
    int start = count;
    int end = start + n;
    for (int j = start; j < end; j++) {
      char ch = c[j];
      if ((care[ch >>> 6] & 1L << ch) != 0) {
        count = j;
        StringEscape.escapeInto(s, j - start, context, this);
        emitWhenFull();
        return;
      }
    }
    count = end;
    emitWhenFull();
  }

  @Override
  public void put(String s, int from, int to) {
    int n = to - from;
    s.getChars(from, to, room(n), count);
    count += n;
  }

  @Override
  public void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    Objects.checkFromIndexSize(off, len, b.length);
    if (pending.length > 0) { // rare: a character cut by the writer's buffer
      byte[] joined = Arrays.copyOf(pending, pending.length + len);
      System.arraycopy(b, off, joined, pending.length, len);
      pending = new byte[0];
      write(joined, 0, joined.length);
      return;
    }
    int end = off + len;
    int cut = unfinished(b, off, end);
    String decoded = new String(b, off, cut - off, StandardCharsets.UTF_8);
    put(decoded, 0, decoded.length());
    if (cut < end) {
      pending = Arrays.copyOfRange(b, cut, end);
    }
    emitWhenFull();
  }

  /**
   * Where the bytes stop being decodable now: the start of a character whose first bytes end
   * the write well-formed so far (its rest may come with the next), else {@code end}.
   */
  private static int unfinished(byte[] b, int off, int end) {
    for (int lead = end - 1; lead >= Math.max(off, end - 3); lead--) {
      int first = b[lead] & 0xFF;
      if (first < 0x80) {
        return end;
      }
      if (first < 0xC0) {
        continue; // a continuation byte: its lead is further back
      }
      int length = first >= 0xC2 && first <= 0xDF ? 2 : first >= 0xE0 && first <= 0xEF ? 3
          : first >= 0xF0 && first <= 0xF4 ? 4 : 0;
      return end - lead < length && continues(b, lead, end) ? lead : end;
    }
    return end;
  }

  /**
   * Whether the bytes after a lead at {@code i}, up to {@code end}, may still begin a character,
   * by the rules of the JDK's decoder, which this target must agree with.
   */
  private static boolean continues(byte[] b, int i, int end) {
    int lead = b[i] & 0xFF;
    for (int k = i + 1; k < end; k++) {
      int c = b[k] & 0xFF;
      int low = 0x80;
      int high = 0xBF;
      if (k == i + 1) { // no overlong form, nothing above U+10FFFF (a surrogate, after ED,
        // is ill-formed only when whole: so the JDK's decoder judges it)
        low = lead == 0xE0 ? 0xA0 : lead == 0xF0 ? 0x90 : 0x80;
        high = lead == 0xF4 ? 0x8F : 0xBF;
      }
      if (c < low || c > high) {
        return false;
      }
    }
    return true;
  }

  private void emitWhenFull() throws IOException {
    if (count >= EMIT_AT && out != null) {
      emit();
    }
  }

  /** Appends the characters waiting to the {@code Appendable}; nothing when there is none. */
  void emit() throws IOException {
    if (out == null || count == 0) {
      return;
    }
    if (out instanceof Writer) {
      ((Writer) out).write(chars, 0, count);
    } else if (out instanceof StringBuilder) {
      ((StringBuilder) out).append(chars, 0, count);
    } else {
      out.append(CharBuffer.wrap(chars, 0, count));
    }
    count = 0;
  }
}
