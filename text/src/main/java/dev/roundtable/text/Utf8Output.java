package dev.roundtable.text;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The one writer of Roundtable's output: a buffered UTF-8 stream of markup, which the caller
 * writes as it is ({@link #raw(String)}), and text, which it escapes by a {@link Context}'s
 * policy ({@link #text}). Every exporter writes through it; a character target
 * ({@link #to(Appendable)}) wraps it, not the other way round.
 *
 * <p>A text reaches the byte path once: it is encoded with {@link String#getBytes} and the bytes
 * are copied in runs, the loop stopping only at the bytes the context's table marks and
 * skipping words of plain ASCII eight bytes at a time ({@link WordScan}); the plain ASCII
 * start of a short text is copied without encoding it first. Inside
 * {@link #startCdata() CDATA} the writer itself splits every {@code ]]>}, whoever wrote it.
 *
 * <p>Not thread-safe: one writer per document. {@link #over(OutputStream)} reuses a writer
 * that is already one, so that exporters nest without double buffering.
 */
public final class Utf8Output extends OutputStream {
  // the actions of the byte table; the first three are steps of 1, 2 and 3 bytes that need nothing
  static final byte COPY = 0;
  static final byte LEAD_2 = 1;
  static final byte LEAD_3 = 2;
  static final byte ASCII = 3;
  static final byte CARRIAGE_RETURN = 4;
  static final byte QUESTION_MARK = 5;
  static final byte CHECK = 6;

  private static final int SIZE = 8192;
  /** The buffer of a writer to characters, whose bytes are only bytes written between texts. */
  private static final int CHAR_MODE_SIZE = 256;
  /** Texts up to this long are copied character by character, without encoding them first. */
  private static final int SHORT = 32;
  private static final byte[] CDATA_START = ascii("<![CDATA[");
  private static final byte[] CDATA_END = ascii("]]>");
  private static final byte[] CDATA_SPLIT = ascii("]]><![CDATA[");

  private final OutputStream target;
  private final CharTarget chars; // the target when it takes characters, else null
  private final byte[] buffer;
  private int position;
  private boolean inCdata;
  private int flushedTail; // the last two bytes handed on, for ]]> across a flush

  /**
   * A writer that buffers its bytes for {@code target}.
   *
   * @param target where the bytes go
   */
  public Utf8Output(OutputStream target) {
    this.target = Objects.requireNonNull(target, "target");
    this.chars = target instanceof CharTarget ? (CharTarget) target : null;
    this.buffer = new byte[chars != null ? CHAR_MODE_SIZE : SIZE];
  }

  /**
   * {@code out} itself when it is a {@code Utf8Output}, otherwise a new one over it: how an
   * exporter given a stream joins the writer of the document it is part of.
   *
   * @param out a stream
   * @return a writer whose bytes reach {@code out}
   */
  public static Utf8Output over(OutputStream out) {
    return out instanceof Utf8Output ? (Utf8Output) out : new Utf8Output(out);
  }

  /**
   * A writer whose bytes are decoded and appended to {@code out} at each {@link #drain()}.
   *
   * @param out a character target
   * @return a writer over it
   */
  public static Utf8Output to(Appendable out) {
    return new Utf8Output(new CharTarget(Objects.requireNonNull(out, "out")));
  }

  /**
   * A writer that keeps its text in memory, for {@link #written()}: the way to make a
   * {@code String} of what an exporter writes.
   *
   * @return a new writer
   */
  public static Utf8Output inMemory() {
    return new Utf8Output(new CharTarget(null));
  }

  /**
   * The text written so far, decoded, by a writer made with {@link #inMemory}.
   *
   * @return the text
   * @throws IllegalStateException when the writer writes elsewhere
   */
  public String written() {
    if (!(target instanceof CharTarget) || !((CharTarget) target).keeps()) {
      throw new IllegalStateException("not an in-memory writer");
    }
    try {
      drain();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // never: the target is memory
    }
    return ((CharTarget) target).text();
  }

  /**
   * Writes a text escaped by the context's policy.
   *
   * @param text the text
   * @param context the output context
   * @return this writer
   * @throws IOException when the target fails
   */
  public Utf8Output text(CharSequence text, Context context) throws IOException {
    String s = text.toString();
    if (chars != null && !inCdata) { // characters for characters: not encoded to be decoded
      handOn();
      chars.appendEscaped(s, context);
      return this;
    }
    byte[] actions = context.actions;
    if (s.length() <= SHORT && !inCdata && s.length() <= buffer.length - position) {
      int done = shortText(s, actions);
      if (done == s.length()) {
        return this;
      }
      s = s.substring(done);
    }
    byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
    int n = utf8.length;
    int run = 0;
    int counted = 0; // the bytes before this one are counted in chars
    int chars = 0; // the characters (UTF-16 units) of s before byte counted
    int i = 0;
    while (i < n) {
      byte action = actions[utf8[i] & 0xFF];
      if (action <= LEAD_3) { // COPY (continuation bytes too: a word skipped may end inside a
        // sequence), LEAD_2 or LEAD_3: the character needs nothing, nor may what follows
        i = WordScan.plain(utf8, i + 1 + action, n);
        continue;
      }
      int length = 1;
      byte[] replacement;
      if (action == ASCII) {
        replacement = context.asciiBytes[utf8[i]];
      } else if (action == CARRIAGE_RETURN) {
        replacement = i + 1 < n && utf8[i + 1] == '\n' ? null : context.asciiBytes['\r'];
      } else if (action == QUESTION_MARK) {
        chars += WordScan.chars(utf8, counted, i); // only at a '?', each byte counted once
        counted = i;
        char c = s.charAt(chars);
        if (c == '?') {
          i++;
          continue;
        }
        replacement = bytes(context.replacement(c)); // a lone surrogate, which getBytes made "?"
      } else {
        length = (utf8[i] & 0xF0) == 0xF0 ? 4 : (utf8[i] & 0xE0) == 0xE0 ? 3 : 2;
        String r = context.replacement(decode(utf8, i, length));
        if (r == null) {
          i += length;
          continue;
        }
        replacement = bytes(r);
      }
      put(utf8, run, i - run);
      if (replacement != null) {
        put(replacement, 0, replacement.length);
      }
      i += length;
      run = i;
    }
    put(utf8, run, n - run);
    return this;
  }

  /**
   * Copies the ASCII start of a short text that needs nothing in the context straight into the
   * buffer, without encoding it first; returns how many characters it copied.
   */
  private int shortText(String s, byte[] actions) {
    int length = s.length();
    byte[] b = buffer;
    int p = position;
    int k = 0;
    for (; k < length; k++) {
      char c = s.charAt(k);
      if (c >= 0x80 || actions[c] != COPY) {
        break;
      }
      b[p + k] = (byte) c;
    }
    position = p + k;
    return k;
  }

  /**
   * Writes markup as it is, in UTF-8: the caller vouches that it is well-formed.
   *
   * @param markup tags, attribute names, references
   * @return this writer
   * @throws IOException when the target fails
   */
  public Utf8Output raw(String markup) throws IOException {
    if (chars != null && !inCdata) {
      handOn();
      chars.append(markup);
      return this;
    }
    int n = markup.length();
    if (!inCdata && n <= buffer.length - position) {
      int p = position;
      byte[] b = buffer;
      int i = 0;
      for (; i < n; i++) {
        char c = markup.charAt(i);
        if (c >= 0x80) {
          break;
        }
        b[p + i] = (byte) c;
      }
      if (i == n) {
        position = p + n;
        return this;
      }
    }
    byte[] utf8 = markup.getBytes(StandardCharsets.UTF_8);
    write(utf8, 0, utf8.length);
    return this;
  }

  /**
   * Writes markup already encoded, as it is.
   *
   * @param markup UTF-8 bytes
   * @return this writer
   * @throws IOException when the target fails
   */
  public Utf8Output raw(byte[] markup) throws IOException {
    write(markup, 0, markup.length);
    return this;
  }

  /**
   * Writes one ASCII markup character.
   *
   * @param c a character below U+0080
   * @return this writer
   * @throws IOException when the target fails
   */
  public Utf8Output raw(char c) throws IOException {
    if (c >= 0x80) {
      throw new IllegalArgumentException("not ASCII: U+" + Integer.toHexString(c));
    }
    if (chars != null && !inCdata) {
      handOn();
      chars.append(c);
      return this;
    }
    write(c);
    return this;
  }

  /**
   * Writes a number in decimal digits.
   *
   * @param value the number
   * @return this writer
   * @throws IOException when the target fails
   */
  public Utf8Output number(long value) throws IOException {
    return raw(Long.toString(value));
  }

  /**
   * Opens a CDATA section, unless one is open: from here on every {@code ]]>} is split.
   *
   * @throws IOException when the target fails
   */
  public void startCdata() throws IOException {
    if (!inCdata) {
      put(CDATA_START, 0, CDATA_START.length);
      inCdata = true;
    }
  }

  /**
   * Closes the CDATA section, if one is open.
   *
   * @throws IOException when the target fails
   */
  public void endCdata() throws IOException {
    if (inCdata) {
      inCdata = false;
      put(CDATA_END, 0, CDATA_END.length);
    }
  }

  @Override
  public void write(int b) throws IOException {
    if (inCdata && b == '>' && endsWithBrackets()) {
      put(CDATA_SPLIT, 0, CDATA_SPLIT.length);
    }
    if (position == buffer.length) {
      drain();
    }
    buffer[position++] = (byte) b;
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    Objects.checkFromIndexSize(off, len, b.length);
    if (!inCdata) {
      put(b, off, len);
      return;
    }
    int end = off + len;
    int run = off;
    if (len > 0 && b[off] == '>' && endsWithBrackets()
        || len > 1 && b[off + 1] == '>' && b[off] == ']' && (lastTwo() & 0xFF) == ']') {
      run = b[off] == '>' ? off : off + 1; // the ]] before this write is closed here
      put(b, off, run - off);
      put(CDATA_SPLIT, 0, CDATA_SPLIT.length);
    }
    for (int i = WordScan.bracket(b, off, end); i + 2 < end; i = WordScan.bracket(b, i + 1, end)) {
      if (b[i + 1] == ']' && b[i + 2] == '>') {
        put(b, run, i + 2 - run);
        put(CDATA_SPLIT, 0, CDATA_SPLIT.length);
        run = i + 2;
      }
    }
    put(b, run, end - run);
  }

  /**
   * Hands the buffered bytes to the target, without flushing the target: what an exporter does
   * when it has written its part of a document.
   *
   * @throws IOException when the target fails
   */
  public void drain() throws IOException {
    handOn();
    if (chars != null) {
      chars.emit();
    }
  }

  /** Hands the buffered bytes to the target, where a character target decodes them. */
  private void handOn() throws IOException {
    if (position > 0) {
      flushedTail = lastTwo();
      target.write(buffer, 0, position);
      position = 0;
    }
  }

  /** Hands the buffered bytes to the target and flushes it. */
  @Override
  public void flush() throws IOException {
    drain();
    target.flush();
  }

  /** Hands the buffered bytes to the target and closes it. */
  @Override
  public void close() throws IOException {
    drain();
    target.close();
  }

  private void put(byte[] b, int off, int len) throws IOException {
    if (len <= buffer.length - position) {
      System.arraycopy(b, off, buffer, position, len);
      position += len;
      return;
    }
    drain();
    if (len <= buffer.length) {
      System.arraycopy(b, off, buffer, 0, len);
      position = len;
    } else {
      flushedTail = (b[off + len - 2] & 0xFF) << 8 | (b[off + len - 1] & 0xFF);
      target.write(b, off, len);
    }
  }

  private boolean endsWithBrackets() {
    return lastTwo() == (']' << 8 | ']');
  }

  private int lastTwo() {
    if (position >= 2) {
      return (buffer[position - 2] & 0xFF) << 8 | (buffer[position - 1] & 0xFF);
    }
    return position == 1 ? (flushedTail & 0xFF) << 8 | (buffer[0] & 0xFF) : flushedTail;
  }

  /** The code point of the well-formed sequence of {@code length} bytes at {@code i}. */
  static int decode(byte[] b, int i, int length) {
    switch (length) {
      case 2:
        return (b[i] & 0x1F) << 6 | (b[i + 1] & 0x3F);
      case 3:
        return (b[i] & 0x0F) << 12 | (b[i + 1] & 0x3F) << 6 | (b[i + 2] & 0x3F);
      default:
        return (b[i] & 0x07) << 18 | (b[i + 1] & 0x3F) << 12 | (b[i + 2] & 0x3F) << 6
            | (b[i + 3] & 0x3F);
    }
  }

  private static byte[] bytes(String s) {
    return s == null ? null : s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  /** The action of each byte of UTF-8 input in a context: the table {@link #text} reads. */
  static byte[] actions(Context context) {
    byte[] actions = new byte[256];
    for (int c = 0; c < 0x80; c++) {
      actions[c] = context.replacement(c) == null ? COPY : ASCII;
    }
    if (context.foldsCarriageReturns()) {
      actions['\r'] = CARRIAGE_RETURN;
    }
    if (actions['?'] == COPY) {
      actions['?'] = QUESTION_MARK;
    }
    for (int lead = 0xC2; lead <= 0xF4; lead++) {
      actions[lead] = lead < 0xE0 ? LEAD_2 : lead < 0xF0 ? LEAD_3 : CHECK;
    }
    actions[0xC2] = CHECK; // U+0080 to U+00BF: the C1 controls
    actions[0xE2] = context.carries(0x2028) ? LEAD_3 : CHECK; // U+2028, U+2029
    actions[0xEF] = CHECK; // U+F000 to U+FFFF: noncharacters, U+FFFD
    return actions;
  }
}
