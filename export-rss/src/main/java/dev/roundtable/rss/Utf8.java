package dev.roundtable.rss;

/**
 * TEMPORARY copy (issue 13, i13-html branch): export-html no longer exports its internal
 * package; the rss rewrite removes this class.
 *
 * <p>UTF-8 encoding of one code point into a byte array: the one encoder of the HTML and feed
 * writers, which write bytes themselves instead of going through a {@code Writer}.
 */
final class Utf8 {
  private Utf8() {}

  /**
   * Writes a code point as UTF-8.
   *
   * @param cp a code point, not a surrogate
   * @param b where to write; room for four bytes from {@code p} is enough
   * @param p where to start
   * @return the index after the last byte written
   */
  static int encode(int cp, byte[] b, int p) {
    if (cp < 0x80) {
      b[p] = (byte) cp;
      return p + 1;
    }
    if (cp < 0x800) {
      b[p] = (byte) (0xC0 | (cp >> 6));
      b[p + 1] = (byte) (0x80 | (cp & 0x3F));
      return p + 2;
    }
    if (cp < 0x10000) {
      b[p] = (byte) (0xE0 | (cp >> 12));
      b[p + 1] = (byte) (0x80 | ((cp >> 6) & 0x3F));
      b[p + 2] = (byte) (0x80 | (cp & 0x3F));
      return p + 3;
    }
    b[p] = (byte) (0xF0 | (cp >> 18));
    b[p + 1] = (byte) (0x80 | ((cp >> 12) & 0x3F));
    b[p + 2] = (byte) (0x80 | ((cp >> 6) & 0x3F));
    b[p + 3] = (byte) (0x80 | (cp & 0x3F));
    return p + 4;
  }
}
