package dev.roundtable.text;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Scans of UTF-8 bytes eight at a time, for {@link Utf8Output}: the runs that every context
 * writes as they are (printable ASCII other than {@code " & ' < > ? \}, {@code ?} because
 * {@link String#getBytes} writes a lone surrogate as one), which {@link Utf8Output#text} skips
 * before it looks at bytes one by one, and the {@code ]} that may end a CDATA section. A word is read as a {@code long} and judged with per-byte tests on its low seven
 * bits, where adding a constant below 0x80 cannot carry into the next byte, in the manner of
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
   * The high bit of each byte of {@code v} that may need care: beyond ASCII, below a space,
   * DEL, one of {@code " # & '} ({@code b | 0x05} is {@code '}), one of {@code < = > ?}
   * ({@code b | 0x03} is {@code ?}) or {@code \}.
   */
  static long flags(long v) {
    long low = v & LOWS;
    long notControl = low + 0x60 * ONES; // high bit set from 0x20 on
    long notQuoteOrAmpersand = ((low | 0x05 * ONES) ^ '\'' * ONES) + LOWS; // set unless zero
    long notAngleOrQuestion = ((low | 0x03 * ONES) ^ '?' * ONES) + LOWS;
    long notBackslash = (low ^ '\\' * ONES) + LOWS;
    long deleteOrWide = (low + ONES) | v; // set for 0x7F and for every byte from 0x80 on
    return ~(notControl & notQuoteOrAmpersand & notAngleOrQuestion & notBackslash
        & ~deleteOrWide) & HIGHS;
  }
}
