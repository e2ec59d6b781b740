package dev.roundtable.text;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Scans of UTF-8 bytes eight at a time, for {@link Utf8Output}: the runs that every context
 * writes as they are (printable ASCII other than {@code " & ' < > ? \}, {@code ?} because
 * {@link String#getBytes} writes a lone surrogate as one, and the sequences beyond ASCII that
 * no context checks), which {@link Utf8Output#text} skips before it looks at bytes one by one,
 * and the {@code ]} that may end a CDATA section. A word is read as a {@code long} and judged
 * with per-byte tests on its low seven bits, where adding a constant below 0x80 cannot carry
 * into the next byte, in the manner of
 * "Bit Twiddling Hacks". A step may stop at a plain byte that needs nothing ({@code #},
 * {@code =}, tab, line feed); it never passes one that does.
 */
final class WordScan {
  private static final VarHandle WORDS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGHS = 0x8080808080808080L;
  private static final long LOWS = 0x7F7F7F7F7F7F7F7FL;

  private WordScan() {}

  /**
   * Where the run of plain bytes from {@code from} ends, in whole words.
   *
   * @param utf8 UTF-8 bytes
   * @param from where to start
   * @param to the end of the bytes
   * @return the index of the first byte that may need care, or of the first of the last
   *     bytes that make no whole word
   */
  static int plain(byte[] utf8, int from, int to) {
    int i = from;
    for (; i <= to - 8; i += 8) {
      long flags = flags((long) WORDS.get(utf8, i));
      if (flags != 0) {
        return i + (Long.numberOfTrailingZeros(flags) >>> 3);
      }
    }
    return i;
  }

  /**
   * Where the first {@code ]} from {@code from} is.
   *
   * @param utf8 bytes
   * @param from where to start
   * @param to the end of the bytes
   * @return its index, {@code to} when there is none
   */
  static int bracket(byte[] utf8, int from, int to) {
    int i = from;
    for (; i <= to - 8; i += 8) {
      long v = (long) WORDS.get(utf8, i) ^ (']' * ONES);
      long zeros = (v - ONES) & ~v & HIGHS; // the lowest is the first zero byte, where a ] was
      if (zeros != 0) {
        return i + (Long.numberOfTrailingZeros(zeros) >>> 3);
      }
    }
    while (i < to && utf8[i] != ']') {
      i++;
    }
    return i;
  }

  /**
   * How many UTF-16 characters the well-formed UTF-8 bytes from {@code from} to {@code to}
   * decode to: one for each byte that is not a continuation byte, one more for each lead of
   * four bytes (a surrogate pair). The ends may fall inside sequences: each byte counts alone.
   *
   * @param utf8 UTF-8 bytes
   * @param from where to start
   * @param to where to stop
   * @return the number of characters
   */
  static int chars(byte[] utf8, int from, int to) {
    int n = 0;
    int i = from;
    for (; i <= to - 8; i += 8) {
      long v = (long) WORDS.get(utf8, i);
      long continuation = v & ~(v << 1) & HIGHS; // 10xxxxxx
      long fourLead = v & v << 1 & v << 2 & v << 3 & HIGHS; // 1111xxxx
      n += 8 - Long.bitCount(continuation) + Long.bitCount(fourLead);
    }
    for (; i < to; i++) {
      int b = utf8[i];
      n += ((b & 0xC0) != 0x80 ? 1 : 0) + ((b & 0xF8) == 0xF0 ? 1 : 0);
    }
    return n;
  }

  /**
   * The high bit of each byte of {@code v} that may need care. An ASCII byte does when it is
   * below a space, DEL, one of {@code " # & '} ({@code b | 0x05} is {@code '}), one of
   * {@code < = > ?} ({@code b | 0x03} is {@code ?}) or {@code \}. A byte from 0x80 on does only
   * when it leads a sequence that some context checks: {@code C2} (U+0080 to U+00BF, the C1
   * controls among them), {@code E2} (U+2000 to U+2FFF: U+2028 and U+2029), {@code EF}
   * (U+F000 to U+FFFF: noncharacters) and from {@code F0} on (beyond the BMP); continuation
   * bytes and the other leads pass, so words of Cyrillic, Greek or CJK are skipped too.
   */
  static long flags(long v) {
    long low = v & LOWS;
    long notControl = low + 0x60 * ONES; // high bit set from 0x20 on
    long notQuoteOrAmpersand = ((low | 0x05 * ONES) ^ '\'' * ONES) + LOWS; // set unless zero
    long notAngleOrQuestion = ((low | 0x03 * ONES) ^ '?' * ONES) + LOWS;
    long notBackslash = (low ^ '\\' * ONES) + LOWS;
    long delete = low + ONES; // set for 0x7F
    long ascii = ~(notControl & notQuoteOrAmpersand & notAngleOrQuestion & notBackslash) | delete;
    if ((v & HIGHS) == 0) {
      return ascii & HIGHS; // a word of ASCII, the common case of most texts, in fewer steps
    }
    long checkedLead = ~((low ^ 0x42 * ONES) + LOWS) // C2
        | ~((low ^ 0x62 * ONES) + LOWS) // E2
        | ~((low ^ 0x6F * ONES) + LOWS) // EF
        | low + 0x10 * ONES; // F0 to FF
    return (ascii & ~v | checkedLead & v) & HIGHS;
  }
}
