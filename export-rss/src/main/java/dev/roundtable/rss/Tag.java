package dev.roundtable.rss;

import java.nio.charset.StandardCharsets;

/**
 * An element the feed writers write for every item, with its start tag and its end tag (and line
 * end) encoded once, so that each is copied into the output in one go.
 */
final class Tag {
  /** {@code <name>}. */
  final byte[] start;
  /** {@code </name>} and a line feed. */
  final byte[] endLine;
  /** {@code </name>}. */
  final byte[] end;

  private Tag(String name) {
    this.start = ascii("<" + name + ">");
    this.endLine = ascii("</" + name + ">\n");
    this.end = ascii("</" + name + ">");
  }

  /** The tags of an element; {@code name} is a constant of this package, in ASCII. */
  static Tag of(String name) {
    return new Tag(name);
  }

  /** Constant markup, in ASCII, encoded. */
  static byte[] ascii(String markup) {
    return markup.getBytes(StandardCharsets.US_ASCII);
  }
}
