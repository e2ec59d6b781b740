package dev.roundtable.rss;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Constant ASCII markup, encoded once and padded with zeros to whole eight-byte words, so that
 * {@link Utf8Buffer} copies it a word at a time (tags are short: a bulk copy's set-up costs more
 * than the copy).
 */
final class Ascii {
  /** The bytes, then zeros up to a multiple of eight. */
  final byte[] words;
  /** How many of {@link #words} are the markup. */
  final int length;

  private Ascii(String markup) {
    byte[] bytes = markup.getBytes(StandardCharsets.US_ASCII);
    this.length = bytes.length;
    this.words = Arrays.copyOf(bytes, (bytes.length + 7) & ~7);
  }

  /** Markup, a constant of this package, in ASCII. */
  static Ascii of(String markup) {
    return new Ascii(markup);
  }
}
