package dev.roundtable.rss;

/**
 * The ids of the items of one feed written so far, to refuse an id that repeats (a stream of
 * answers has no document that rejected duplicates). Each id is kept as a 64-bit fingerprint in
 * an open-addressing table of {@code long}s, about 11 to 21 bytes an item (16 MiB for a million),
 * never the strings: a million items stream with a 64 MiB heap. Two different ids are taken for
 * the same with a chance of about n²/2⁶⁵ for n items (one in 3·10¹³ for a thousand, one in
 * 4·10⁷ for a million). Not thread-safe: one per write.
 */
final class SeenIds {
  /** Fingerprints; 0 marks an empty slot (a fingerprint of 0 is stored as 1). */
  private long[] slots = new long[64];
  private int size;

  /** Records an id; {@code false} when an earlier id had the same fingerprint. */
  boolean add(String id) {
    long fingerprint = fingerprint(id);
    int i = slot(slots, fingerprint);
    if (slots[i] == fingerprint) {
      return false;
    }
    slots[i] = fingerprint;
    if (++size * 4 > slots.length * 3) { // more than three quarters taken
      grow();
    }
    return true;
  }

  /** The slot that holds the fingerprint, else the empty one it goes in (linear probing). */
  private static int slot(long[] table, long fingerprint) {
    int mask = table.length - 1;
    int i = (int) fingerprint & mask;
    while (table[i] != 0 && table[i] != fingerprint) {
      i = (i + 1) & mask;
    }
    return i;
  }

  private void grow() {
    long[] old = slots;
    slots = new long[old.length * 2];
    for (long fingerprint : old) {
      if (fingerprint != 0) {
        slots[slot(slots, fingerprint)] = fingerprint;
      }
    }
  }

  /**
   * A 64-bit hash of the id: FNV-1a over its characters, then MurmurHash3's finalizer, so that
   * the low bits the table indexes by depend on every character; never 0.
   */
  static long fingerprint(String id) {
    long h = 0xCBF29CE484222325L;
    for (int i = 0; i < id.length(); i++) {
      h = (h ^ id.charAt(i)) * 0x100000001B3L;
    }
    h = (h ^ (h >>> 33)) * 0xFF51AFD7ED558CCDL;
    h = (h ^ (h >>> 33)) * 0xC4CEB9FE1A85EC53L;
    h ^= h >>> 33;
    return h == 0 ? 1 : h;
  }
}
