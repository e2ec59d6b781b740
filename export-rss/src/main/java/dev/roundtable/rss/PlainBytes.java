package dev.roundtable.rss;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * TEMPORARY copy (issue 13, i13-html branch): export-html no longer exports its internal
 * package; the rss rewrite removes this class.
 *
 * <p>Finds runs of UTF-8 bytes that HTML text takes as they are: printable ASCII other than
 * {@code & < > " '} and {@code ?} (which {@code String.getBytes} writes for a lone surrogate, so
 * the caller must look at the character). Eight bytes are looked at in one step, as a
 * {@code long}, with per-byte tests on the whole word in the manner of "Bit Twiddling Hacks":
 * text that needs no escaping, which is most text, is checked several times faster than
 * character by character.
 *
 * <p>A step may flag a few bytes that need nothing ({@code #}, {@code =}, tab, line feed); it
 * never misses one that needs escaping. The caller escapes the flagged byte the slow way and
 * looks again from the next.
 */
final class PlainBytes {
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGHS = 0x8080808080808080L;
  private static final long LOWS = 0x7F7F7F7F7F7F7F7FL;

  /** Whether each byte value passes, for the bytes after the last whole step. */
  private static final boolean[] PLAIN = new boolean[256];

  static {
    for (int b = 0x20; b < 0x7F; b++) {
      PLAIN[b] = b != '&' && b != '<' && b != '>' && b != '"' && b != '\'' && b != '?';
    }
  }

  private PlainBytes() {}

  /**
   * How many bytes from {@code from} on need no escaping.
   *
   * @param utf8 UTF-8 bytes
   * @param from where to start
   * @param to where to stop
   * @return the length of the run, {@code to - from} when all pass
   */
  static int run(byte[] utf8, int from, int to) {
    int i = from;
    for (; i + 8 <= to; i += 8) {
      long flags = flags((long) LONGS.get(utf8, i));
      if (flags != 0) {
        return i - from + (Long.numberOfTrailingZeros(flags) >>> 3);
      }
    }
    while (i < to && PLAIN[utf8[i] & 0xFF]) {
      i++;
    }
    return i - from;
  }

  /**
   * The high bit of each byte of {@code v} that may need escaping: not ASCII, below a space,
   * DEL, one of {@code " # & '} ({@code b | 0x05} is {@code '}) or one of {@code < = > ?}
   * ({@code b | 0x03} is {@code ?}). Each test works on the low seven bits of every byte, where
   * adding a constant below 0x80 cannot carry into the next byte, so every byte is judged on its
   * own.
   */
  private static long flags(long v) {
    long low = v & LOWS;
    long notControl = low + 0x60 * ONES; // high bit set from 0x20 on
    long notQuoteOrAmpersand = ((low | 0x05 * ONES) ^ '\'' * ONES) + LOWS; // set unless zero
    long notAngleOrQuestion = ((low | 0x03 * ONES) ^ '?' * ONES) + LOWS;
    long deleteOrWide = (low + ONES) | v; // set for 0x7F and for every byte from 0x80 on
    return ~(notControl & notQuoteOrAmpersand & notAngleOrQuestion & ~deleteOrWide) & HIGHS;
  }
}
