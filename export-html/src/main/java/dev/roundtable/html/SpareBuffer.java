package dev.roundtable.html;

import java.lang.ref.SoftReference;

/**
 * Per thread, the character buffer (and the byte buffer) of the last rendering or escaping,
 * handed to the next one on that thread: a page's worth of characters is not allocated and
 * zeroed again for every fragment. A buffer is taken while in use, so it is never shared, not even by a rendering
 * nested in another. Softly held, and only up to {@link #MAX} characters.
 */
final class SpareBuffer {
  /** The largest buffer kept for reuse, in characters. */
  static final int MAX = 1 << 17;

  private static final ThreadLocal<SoftReference<char[]>> SPARE = new ThreadLocal<>();
  private static final ThreadLocal<SoftReference<byte[]>> SPARE_BYTES = new ThreadLocal<>();

  private SpareBuffer() {}

  /** The thread's spare buffer when it holds at least {@code capacity}, else a new one. */
  static char[] take(int capacity) {
    SoftReference<char[]> ref = SPARE.get();
    char[] spare = ref == null ? null : ref.get();
    if (spare != null && spare.length >= capacity) {
      SPARE.set(null);
      return spare;
    }
    return new char[capacity];
  }

  /** Keeps {@code buffer}, no longer used, for the thread's next {@link #take}. */
  static void release(char[] buffer) {
    if (buffer.length <= MAX) {
      SoftReference<char[]> ref = SPARE.get();
      char[] spare = ref == null ? null : ref.get();
      if (spare == null || spare.length < buffer.length) {
        SPARE.set(new SoftReference<>(buffer));
      }
    }
  }

  /** The thread's spare byte buffer when it holds at least {@code capacity}, else a new one. */
  static byte[] takeBytes(int capacity) {
    SoftReference<byte[]> ref = SPARE_BYTES.get();
    byte[] spare = ref == null ? null : ref.get();
    if (spare != null && spare.length >= capacity) {
      SPARE_BYTES.set(null);
      return spare;
    }
    return new byte[capacity];
  }

  /** Keeps {@code buffer}, no longer used, for the thread's next {@link #takeBytes}. */
  static void releaseBytes(byte[] buffer) {
    if (buffer.length <= MAX) {
      SoftReference<byte[]> ref = SPARE_BYTES.get();
      byte[] spare = ref == null ? null : ref.get();
      if (spare == null || spare.length < buffer.length) {
        SPARE_BYTES.set(new SoftReference<>(buffer));
      }
    }
  }
}
