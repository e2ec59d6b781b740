package dev.roundtable.json.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Checks bytes against the definition of well-formed UTF-8 (Unicode, table 3-7; RFC 3629):
 * the shortest form only (no overlong {@code C0 BC} for {@code <}), no surrogate code point
 * ({@code ED A0 80} to {@code ED BF BF}), nothing beyond U+10FFFF, no byte that never appears
 * in UTF-8, every sequence complete. jackson-core decodes UTF-8 leniently, so the reader checks
 * the bytes first, in one pass: sixteen ASCII bytes at a time, the common two- and three-byte
 * sequences inline.
 *
 * <p>A sequence is ill-formed from its first byte, as the JDK's strict decoder reports it: the
 * offset of a problem is the offset where decoding with
 * {@code StandardCharsets.UTF_8.newDecoder()} stops with a malformed input.
 */
final class WellFormedUtf8 {
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long HIGH_BITS = 0x8080808080808080L;

  private WellFormedUtf8() {}

  /**
   * Where well-formed UTF-8 stops: the offset of the first byte of the first sequence that is
   * ill-formed or does not end before {@code to}, or {@code to} when every sequence is whole.
   */
  static int wellFormedUpTo(byte[] b, int from, int to) {
    int i = from;
    while (i < to) {
      int lead = b[i];
      if (lead >= 0) {
        i++;
        // ASCII, the bulk of JSON, sixteen bytes at a time
        while (i + 2 * Long.BYTES <= to
            && (((long) LONGS.get(b, i) | (long) LONGS.get(b, i + Long.BYTES)) & HIGH_BITS) == 0) {
          i += 2 * Long.BYTES;
        }
      } else if (lead >= (byte) 0xC2 && lead <= (byte) 0xDF && i + 1 < to
          && (b[i + 1] & 0xC0) == 0x80) {
        i += 2; // two bytes: every lead from C2 takes every continuation byte
      } else if (lead >= (byte) 0xE1 && lead <= (byte) 0xEF && lead != (byte) 0xED
          && i + 2 < to && ((b[i + 1] & 0xC0) | (b[i + 2] & 0xC0) << 8) == 0x8080) {
        i += 3; // three bytes, but for E0 (overlong) and ED (surrogates), which sequence() judges
      } else {
        int n = sequence(b, i, to);
        if (n <= 0) {
          return i;
        }
        i += n;
      }
    }
    return to;
  }

  /**
   * The length of the well-formed multi-byte sequence at {@code i}; 0 when it is ill-formed,
   * -1 when it is well-formed so far but cut short by {@code to}.
   */
  private static int sequence(byte[] b, int i, int to) {
    int lead = b[i] & 0xFF;
    int length;
    int low = 0x80;
    int high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
      length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
      length = 3;
      low = lead == 0xE0 ? 0xA0 : 0x80;
      high = lead == 0xED ? 0x9F : 0xBF;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
      length = 4;
      low = lead == 0xF0 ? 0x90 : 0x80;
      high = lead == 0xF4 ? 0x8F : 0xBF;
    } else {
      return 0;
    }
    for (int k = 1; k < length; k++) {
      if (i + k >= to) {
        return -1;
      }
      int c = b[i + k] & 0xFF;
      if (c < (k == 1 ? low : 0x80) || c > (k == 1 ? high : 0xBF)) {
        return 0;
      }
    }
    return length;
  }

  /** Whether the bytes from {@code at} to {@code to} start a sequence more bytes can complete. */
  static boolean isCutShort(byte[] b, int at, int to) {
    return at < to && sequence(b, at, to) < 0;
  }

  /**
   * What is wrong with the ill-formed sequence at {@code at}, the input ending at {@code to}, in
   * words, with its bytes: e.g. {@code an overlong encoding of U+003C (C0 BC)}.
   */
  static String describe(byte[] b, int at, int to) {
    int lead = b[at] & 0xFF;
    int second = at + 1 < to ? b[at + 1] & 0xFF : -1;
    int length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    String reason;
    if (lead < 0xC0) {
      reason = "a continuation byte without a lead byte";
      length = 1;
    } else if (lead > 0xF4) {
      reason = lead >= 0xF8 ? "a byte that never appears in UTF-8" : "a code point beyond U+10FFFF";
      length = 1;
    } else if (lead == 0xC0 || lead == 0xC1 || (lead == 0xE0 && second >= 0x80 && second < 0xA0)
        || (lead == 0xF0 && second >= 0x80 && second < 0x90)) {
      reason = "an overlong encoding" + overlongOf(b, at, to, length);
    } else if (lead == 0xED && second >= 0xA0 && second <= 0xBF) {
      reason = "a surrogate (U+D800 to U+DFFF) encoded in UTF-8";
    } else if (lead == 0xF4 && second >= 0x90 && second <= 0xBF) {
      reason = "a code point beyond U+10FFFF";
    } else {
      reason = "a sequence cut short";
      length = 1;
      while (length < 4 && at + length < to && (b[at + length] & 0xC0) == 0x80) {
        length++;
      }
    }
    return ByteEncoding.withBytes(reason, b, at, Math.min(to, at + length));
  }

  /** " of U+XXXX": the code point an overlong sequence stands for, when it is complete. */
  private static String overlongOf(byte[] b, int at, int to, int length) {
    if (at + length > to) {
      return "";
    }
    int cp = b[at] & (0x7F >> length);
    for (int k = 1; k < length; k++) {
      if ((b[at + k] & 0xC0) != 0x80) {
        return "";
      }
      cp = cp << 6 | (b[at + k] & 0x3F);
    }
    return String.format(" of U+%04X", cp);
  }
}
