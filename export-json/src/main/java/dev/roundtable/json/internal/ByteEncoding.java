package dev.roundtable.json.internal;

import java.util.HexFormat;

/**
 * The encodings jackson-core reads bytes in, told apart by the first four bytes as it does
 * (RFC 4627: a byte order mark, or the zero bytes around the first ASCII character), and what
 * well-formed text is in each. jackson-core decodes UTF-8 leniently (overlong forms, encoded
 * surrogates) and UTF-16 through a decoder that replaces ill-formed units with U+FFFD, so the
 * reader checks the bytes itself before the parser sees them.
 */
enum ByteEncoding {
  /** UTF-8, with or without a byte order mark. */
  UTF_8("UTF-8", 1),
  UTF_16BE("UTF-16", 2),
  UTF_16LE("UTF-16", 2),
  UTF_32BE("UTF-32", 4),
  UTF_32LE("UTF-32", 4),
  /** A byte order that jackson-core refuses itself (UCS-4 2143 and 3412). */
  REFUSED("", 1);

  private final String label;
  private final int unit;

  ByteEncoding(String label, int unit) {
    this.label = label;
    this.unit = unit;
  }

  /** The encoding of input whose first {@code n} bytes (four, or fewer in all) are these. */
  static ByteEncoding of(byte[] b, int n) {
    if (n < 2) {
      return UTF_8;
    }
    int first = (b[0] & 0xFF) << 8 | (b[1] & 0xFF);
    if (n < 4) {
      return (first & 0xFF00) == 0 ? UTF_16BE : (first & 0xFF) == 0 ? UTF_16LE : UTF_8;
    }
    int quad = first << 16 | (b[2] & 0xFF) << 8 | (b[3] & 0xFF);
    if (quad == 0x0000FEFF || (quad >>> 8) == 0) {
      return UTF_32BE;
    }
    if (quad == 0xFFFE0000 || (quad & 0x00FFFFFF) == 0) {
      return UTF_32LE;
    }
    if (quad == 0x0000FFFE || quad == 0xFEFF0000 || (quad & ~0x00FF0000) == 0
        || (quad & ~0x0000FF00) == 0) {
      return REFUSED;
    }
    if (first == 0xFEFF || (first & 0xFF00) == 0) {
      return UTF_16BE;
    }
    return first == 0xFFFE || (first & 0xFF) == 0 ? UTF_16LE : UTF_8;
  }

  /** The encoding's name in messages, e.g. {@code UTF-16}. */
  String label() {
    return label;
  }

  /** Whether the reader checks input in this encoding (jackson-core refuses the others). */
  boolean isChecked() {
    return this != REFUSED;
  }

  /** The length of the byte order mark that starts {@code b}, which jackson-core skips. */
  int byteOrderMark(byte[] b, int n) {
    if (this == UTF_8) {
      return n >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF
          ? 3 : 0;
    }
    if (n < unit || this == REFUSED) {
      return 0;
    }
    return codeUnit(b, 0) == 0xFEFF ? unit : 0;
  }

  /**
   * Where well-formed text stops: the offset of the first code unit (or UTF-8 sequence) that is
   * ill-formed or does not end before {@code to}, or {@code to} when everything is whole.
   * {@code from} is where a unit starts.
   */
  int wellFormedUpTo(byte[] b, int from, int to) {
    return switch (this) {
      case UTF_8 -> WellFormedUtf8.wellFormedUpTo(b, from, to);
      case UTF_16BE, UTF_16LE -> utf16UpTo(b, from, to);
      case UTF_32BE, UTF_32LE -> utf32UpTo(b, from, to);
      case REFUSED -> to;
    };
  }

  private int utf16UpTo(byte[] b, int from, int to) {
    int i = from;
    while (i + 1 < to) {
      int u = codeUnit(b, i);
      if (u >= 0xD800 && u <= 0xDBFF) {
        if (i + 3 >= to) {
          return i;
        }
        int next = codeUnit(b, i + 2);
        if (next < 0xDC00 || next > 0xDFFF) {
          return i;
        }
        i += 4;
      } else if (u >= 0xDC00 && u <= 0xDFFF) {
        return i;
      } else {
        i += 2;
      }
    }
    return i;
  }

  private int utf32UpTo(byte[] b, int from, int to) {
    int i = from;
    while (i + 3 < to) {
      int u = codeUnit(b, i);
      if (u < 0 || u > 0x10FFFF || (u >= 0xD800 && u <= 0xDFFF)) {
        return i;
      }
      i += 4;
    }
    return i;
  }

  /** The code unit (for UTF-32, the code point) at {@code i}. */
  private int codeUnit(byte[] b, int i) {
    return switch (this) {
      case UTF_16BE -> (b[i] & 0xFF) << 8 | (b[i + 1] & 0xFF);
      case UTF_16LE -> (b[i + 1] & 0xFF) << 8 | (b[i] & 0xFF);
      case UTF_32BE -> b[i] << 24 | (b[i + 1] & 0xFF) << 16 | (b[i + 2] & 0xFF) << 8
          | (b[i + 3] & 0xFF);
      default -> b[i + 3] << 24 | (b[i + 2] & 0xFF) << 16 | (b[i + 1] & 0xFF) << 8
          | (b[i] & 0xFF);
    };
  }

  /**
   * Whether the bytes from {@code at} to {@code to} start well-formed text that more bytes could
   * complete: part of a unit, or a high surrogate waiting for its low one.
   */
  boolean isCutShort(byte[] b, int at, int to) {
    return switch (this) {
      case UTF_8 -> WellFormedUtf8.isCutShort(b, at, to);
      case UTF_16BE, UTF_16LE -> to - at < 2
          || (to - at < 4 && codeUnit(b, at) >= 0xD800 && codeUnit(b, at) <= 0xDBFF);
      default -> to - at < 4;
    };
  }

  /** What is wrong with the ill-formed unit at {@code at}, in words, with its bytes. */
  String describe(byte[] b, int at, int to) {
    if (this == UTF_8) {
      return WellFormedUtf8.describe(b, at, to);
    }
    String reason;
    int length = unit;
    if (to - at < unit) {
      reason = "a code unit cut short";
      length = to - at;
    } else if (unit == 4) {
      reason = (codeUnit(b, at) & 0xFFFFF800) == 0xD800 ? "a surrogate code point"
          : "a code point beyond U+10FFFF";
    } else {
      reason = codeUnit(b, at) >= 0xDC00 ? "a low surrogate without a high one"
          : "a high surrogate without a low one";
    }
    return withBytes(reason, b, at, at + length);
  }

  /** A reason followed by the bytes it is about, e.g. {@code a sequence cut short (E2 82)}. */
  static String withBytes(String reason, byte[] b, int from, int to) {
    return reason + " (" + HexFormat.ofDelimiter(" ").withUpperCase().formatHex(b, from, to) + ")";
  }
}
