package dev.roundtable.json.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Finds out, eight bytes at a time, whether a string can go into a JSON string as its UTF-8
 * bytes, unchanged, exactly as jackson-core's generator would write it: no character below
 * U+0020, no quotation mark, no backslash and no surrogate (jackson-core writes a surrogate
 * pair as two {@code \\u} escapes, and a lone one as one).
 *
 * <p>In UTF-8, a surrogate pair is the only source of a four-byte sequence (lead byte 0xF0 and
 * above), and {@link String#getBytes} encodes a lone surrogate as {@code ?}; so when the bytes
 * hold a {@code ?}, the string must hold as many question marks as the bytes do.
 */
final class PlainUtf8 {
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGH_BITS = 0x8080808080808080L;
  private static final long SPACES = 0x20 * ONES;
  private static final long QUOTES = '"' * ONES;
  private static final long BACKSLASHES = '\\' * ONES;
  private static final long QUESTION_MARKS = '?' * ONES;

  private PlainUtf8() {}

  /**
   * Whether a string's UTF-8 bytes can be written between quotes as they are.
   *
   * @param text the string
   * @param utf8 {@code text.getBytes(StandardCharsets.UTF_8)}
   * @return {@code true} when the text has no character that jackson-core escapes
   */
  static boolean isPlain(String text, byte[] utf8) {
    int n = utf8.length;
    long questionMarks = 0;
    int i = 0;
    for (; i <= n - Long.BYTES; i += Long.BYTES) {
      long x = (long) LONGS.get(utf8, i);
      if (escaped(x) != 0) {
        return false;
      }
      questionMarks |= zeroByte(x ^ QUESTION_MARKS);
    }
    for (; i < n; i++) {
      int b = utf8[i] & 0xFF;
      if (b < 0x20 || b == '"' || b == '\\' || b >= 0xF0) {
        return false;
      }
      if (b == '?') {
        questionMarks = HIGH_BITS;
      }
    }
    return (questionMarks & HIGH_BITS) == 0 || count(utf8) == count(text);
  }

  /**
   * Not zero when a byte of {@code x} is below 0x20, a quotation mark, a backslash or the lead
   * byte of a four-byte sequence (0xF0 and above; shifts under eight bits move a byte's own bits
   * into its high bit). Each test is exact for "is there such a byte".
   */
  private static long escaped(long x) {
    long control = (x - SPACES) & ~x;
    long fourByteLead = x & x << 1 & x << 2 & x << 3;
    return (control | zeroByte(x ^ QUOTES) | zeroByte(x ^ BACKSLASHES) | fourByteLead)
        & HIGH_BITS;
  }

  /**
   * The high bit set in each byte of {@code x} that is zero, and maybe in bytes above one that
   * is: exact for "is there a zero byte", because a borrow only starts at a zero byte.
   */
  private static long zeroByte(long x) {
    return (x - ONES) & ~x;
  }

  private static int count(byte[] utf8) {
    int count = 0;
    for (byte b : utf8) {
      if (b == '?') {
        count++;
      }
    }
    return count;
  }

  private static int count(String text) {
    int count = 0;
    for (int at = text.indexOf('?'); at >= 0; at = text.indexOf('?', at + 1)) {
      count++;
    }
    return count;
  }
}
