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
    if (n < Long.BYTES) {
      return isPlainByteByByte(text, utf8);
    }
    // As many bytes as characters: all ASCII (or lone surrogates, as '?'), no four-byte lead.
    boolean ascii = n == text.length();
    // Text is rarely not plain: collect the flags of every word and look at them once.
    long escaped = 0;
    long questionMarks = 0;
    for (int i = 0; i < n; i += Long.BYTES) {
      // the last word overlaps the one before when n is not a multiple of 8: no harm
      long x = (long) LONGS.get(utf8, Math.min(i, n - Long.BYTES));
      // below 0x20, quotation mark, backslash: each test exact for "is there such a byte"
      escaped |= (x - SPACES) & ~x | zeroByte(x ^ QUOTES) | zeroByte(x ^ BACKSLASHES);
      questionMarks |= zeroByte(x ^ QUESTION_MARKS);
      if (!ascii) {
        escaped |= fourByteLeads(x);
      }
    }
    return (escaped & HIGH_BITS) == 0
        && ((questionMarks & HIGH_BITS) == 0 || count(utf8) == count(text));
  }

  private static boolean isPlainByteByByte(String text, byte[] utf8) {
    boolean questionMarks = false;
    for (byte b : utf8) {
      int c = b & 0xFF;
      if (c < 0x20 || c == '"' || c == '\\' || c >= 0xF0) {
        return false;
      }
      questionMarks |= c == '?';
    }
    return !questionMarks || count(utf8) == count(text);
  }

  /**
   * The high bit set in each byte of {@code x} that is 0xF0 or above, the lead byte of a
   * four-byte sequence: shifts under eight bits move a byte's own bits into its high bit.
   */
  private static long fourByteLeads(long x) {
    return x & x << 1 & x << 2 & x << 3;
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
