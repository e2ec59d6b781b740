package dev.roundtable.text;

/**
 * Eight bytes of UTF-8 at once, as a {@code long}: whether any may need {@link Utf8Output}'s
 * attention in an output context, so that its loop skips words of plain ASCII in one step. A
 * byte is flagged when it is not ASCII, a control, DEL, or one of {@code " # & ' < = > ?}: a
 * superset of what every context but {@link Context#JSON_IN_SCRIPT} (which escapes {@code \})
 * marks, so the loop uses it only for the contexts whose marked bytes it covers ({@link
 * #covers}). The tests work on the low seven bits of every byte, where adding a constant below
 * 0x80 cannot carry into the next byte, so every byte is judged on its own.
 */
final class PlainWords {
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGHS = 0x8080808080808080L;
  private static final long LOWS = 0x7F7F7F7F7F7F7F7FL;

  private PlainWords() {}

  /** The high bit of each byte of {@code v} that may need attention; 0 when none does. */
  static long flags(long v) {
    long low = v & LOWS;
    long notControl = low + 0x60 * ONES; // high bit set from 0x20 on
    long notQuoteOrAmpersand = ((low | 0x05 * ONES) ^ '\'' * ONES) + LOWS; // " # & ' give 0
    long notAngleOrQuestion = ((low | 0x03 * ONES) ^ '?' * ONES) + LOWS; // < = > ? give 0
    long deleteOrWide = (low + ONES) | v; // high bit set for 0x7F and from 0x80 on
    return ~(notControl & notQuoteOrAmpersand & notAngleOrQuestion & ~deleteOrWide) & HIGHS;
  }

  /** Whether every byte that {@link #flags} passes is copied as it is under these actions. */
  static boolean covers(byte[] actions) {
    for (int b = 0; b < 0x80; b++) {
      long word = b * ONES;
      if (flags(word) == 0 && actions[b] != Utf8Output.COPY) {
        return false;
      }
    }
    return true;
  }
}
