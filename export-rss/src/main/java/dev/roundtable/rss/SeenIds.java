package dev.roundtable.rss;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * The ids of the items of one feed written so far, to refuse an id that repeats (a stream of
 * answers has no document that rejected duplicates). Each id is kept as a 64-bit fingerprint in
 * an open-addressing table of {@code long}s, about 11 to 21 bytes an item (16 MiB for a million),
 * never the strings: a million items stream with a 64 MiB heap. Two different ids are taken for
 * the same with a chance of about n²/2⁶⁵ for n items (one in 3·10¹³ for a thousand, one in
 * 4·10⁷ for a million). Not thread-safe: one per write.
 */
final class SeenIds {
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  /** Grow when more than three quarters of the slots are taken. */
  private static final int LOAD_NUMERATOR = 3;
  private static final int LOAD_DENOMINATOR = 4;

  /** Fingerprints; 0 marks an empty slot (a fingerprint of 0 is stored as 1). */
  private long[] slots = new long[64];
  private int size;

  /**
   * Records an id.
   *
   * @param id the id
   * @return {@code false} when an earlier id had the same fingerprint
   */
  boolean add(String id) {
    long fingerprint = fingerprint(id);
    int mask = slots.length - 1;
    for (int i = (int) fingerprint & mask; ; i = (i + 1) & mask) {
      long slot = slots[i];
      if (slot == 0) {
        slots[i] = fingerprint;
        if (++size * LOAD_DENOMINATOR > slots.length * LOAD_NUMERATOR) {
          grow();
        }
        return true;
      }
      if (slot == fingerprint) {
        return false;
      }
    }
  }

  private void grow() {
    long[] old = slots;
    slots = new long[old.length * 2];
    int mask = slots.length - 1;
    for (long fingerprint : old) {
      if (fingerprint != 0) {
        int i = (int) fingerprint & mask;
        while (slots[i] != 0) {
          i = (i + 1) & mask;
        }
        slots[i] = fingerprint;
      }
    }
  }

  /**
   * A 64-bit hash of the id's bytes, eight at a time (MurmurHash3's x64 block mix and finalizer
   * on one lane), and its length; never 0. Ids are ASCII (URLs written in ASCII, percent-encoded
   * {@code tag:} URIs), so their ISO 8859-1 bytes, a plain copy of a compact string's, are the
   * whole id.
   */
  static long fingerprint(String id) {
    byte[] b = id.getBytes(StandardCharsets.ISO_8859_1);
    int n = b.length;
    long h = 0x9E3779B97F4A7C15L ^ n;
    int i = 0;
    for (; i + 8 <= n; i += 8) {
      h = block(h, (long) LONGS.get(b, i));
    }
    long tail = 0;
    for (int shift = 0; i < n; i++, shift += 8) {
      tail |= (b[i] & 0xFFL) << shift;
    }
    h = block(h, tail);
    h ^= h >>> 33;
    h *= 0xFF51AFD7ED558CCDL;
    h ^= h >>> 33;
    h *= 0xC4CEB9FE1A85EC53L;
    h ^= h >>> 33;
    return h == 0 ? 1 : h;
  }

  private static long block(long h, long k) {
    k *= 0x87C37B91114253D5L;
    k = Long.rotateLeft(k, 31);
    k *= 0x4CF5AD432745937FL;
    h ^= k;
    return Long.rotateLeft(h, 27) * 5 + 0x52DCE729;
  }
}
