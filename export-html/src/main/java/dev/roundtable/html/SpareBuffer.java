package dev.roundtable.html;

import java.lang.ref.SoftReference;

/**
 * Per thread, the character buffer and the byte buffer of the last rendering or escaping, handed
 * to the next one on that thread: a page's worth of characters is not allocated and zeroed again
 * for every fragment. A buffer is taken while in use, so it is never shared, not even by a
 * rendering nested in another. Softly held, and only up to {@link #MAX} characters or bytes.
 * Taking and handing back allocate nothing once a thread has its buffers.
 */
final class SpareBuffer {
  /** The largest buffer kept for reuse, in characters or bytes. */
  static final int MAX = 1 << 17;

  private static final ThreadLocal<Spare<char[]>> CHARS = ThreadLocal.withInitial(Spare::new);
  private static final ThreadLocal<Spare<byte[]>> BYTES = ThreadLocal.withInitial(Spare::new);

  private SpareBuffer() {}

  /** The thread's spare buffer when it holds at least {@code capacity}, else a new one. */
  static char[] take(int capacity) {
    char[] spare = CHARS.get().take();
    return spare != null && spare.length >= capacity ? spare : new char[capacity];
  }

  /** Keeps {@code buffer}, no longer used, for the thread's next {@link #take}. */
  static void release(char[] buffer) {
    CHARS.get().release(buffer, buffer.length);
  }

  /** The thread's spare byte buffer when it holds at least {@code capacity}, else a new one. */
  static byte[] takeBytes(int capacity) {
    byte[] spare = BYTES.get().take();
    return spare != null && spare.length >= capacity ? spare : new byte[capacity];
  }

  /** Keeps {@code buffer}, no longer used, for the thread's next {@link #takeBytes}. */
  static void releaseBytes(byte[] buffer) {
    BYTES.get().release(buffer, buffer.length);
  }

  /** One thread's spare buffer of one kind: softly held, and whether it is taken. */
  private static final class Spare<T> {
    private SoftReference<T> ref;
    private boolean taken;

    /** The buffer, now taken; {@code null} when it is taken already or was collected. */
    T take() {
      T buffer = taken || ref == null ? null : ref.get();
      taken |= buffer != null;
      return buffer;
    }

    /**
     * Hands back the buffer taken, or offers another: kept, up to {@link #MAX}, when none is
     * held, when the one held is taken (it stays with whoever took it, and is not handed out
     * again), or when it is at least as large as the one held.
     */
    void release(T buffer, int length) {
      T held = ref == null ? null : ref.get();
      if (buffer == held) {
        taken = false;
      } else if (length <= MAX && (held == null || taken || length >= length(held))) {
        ref = new SoftReference<>(buffer);
        taken = false;
      }
    }

    private static int length(Object buffer) {
      return buffer instanceof char[] ? ((char[]) buffer).length : ((byte[]) buffer).length;
    }
  }
}
