package dev.roundtable.json.internal;

import java.nio.charset.StandardCharsets;

/**
 * The input the parser reads, as far as it is still at hand when the parser fails: the unit
 * (byte or character, as the parser counts offsets) at an offset. Only looked at after a syntax
 * error, to say in words what is wrong there; reading well-formed input never calls it.
 */
@FunctionalInterface
interface InputAtHand {
  /** The unit at an offset is not at hand. */
  int UNKNOWN = -1;
  /** The offset is at or after the end of the input. */
  int END = -2;
  /** Nothing at hand. */
  InputAtHand NONE = offset -> UNKNOWN;

  /** The byte (0-255) or character at an offset, {@link #END} or {@link #UNKNOWN}. */
  int at(long offset);

  /** Whether offsets count UTF-8 bytes (otherwise UTF-16 characters). */
  default boolean bytes() {
    return false;
  }

  /** The code point starting at an offset, or {@link #END} or {@link #UNKNOWN}. */
  default int codePointAt(long offset) {
    int unit = at(offset);
    if (unit < 0x80) {
      return unit;
    }
    if (bytes()) {
      int length = unit >= 0xF0 ? 4 : unit >= 0xE0 ? 3 : 2;
      byte[] sequence = new byte[length];
      for (int i = 0; i < length; i++) {
        int b = at(offset + i);
        if (b < 0) {
          return UNKNOWN;
        }
        sequence[i] = (byte) b;
      }
      return new String(sequence, StandardCharsets.UTF_8).codePointAt(0);
    }
    int next = at(offset + 1);
    return Character.isHighSurrogate((char) unit) && next >= 0
        && Character.isLowSurrogate((char) next) ? Character.toCodePoint((char) unit, (char) next)
        : unit;
  }

  /** Characters in memory. */
  static InputAtHand of(CharSequence text) {
    return offset -> offset < 0 ? UNKNOWN
        : offset >= text.length() ? END : text.charAt((int) offset);
  }

  /** UTF-8 bytes in memory; other encodings are not looked into. */
  static InputAtHand of(byte[] json, ByteEncoding encoding) {
    if (encoding != ByteEncoding.UTF_8) {
      return NONE;
    }
    return new InputAtHand() {
      @Override
      public int at(long offset) {
        return offset < 0 ? UNKNOWN : offset >= json.length ? END : json[(int) offset] & 0xFF;
      }

      @Override
      public boolean bytes() {
        return true;
      }
    };
  }
}
