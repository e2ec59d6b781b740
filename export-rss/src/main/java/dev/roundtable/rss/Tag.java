package dev.roundtable.rss;

/**
 * An element the feed writers write for every item, with its start tag and its end tag (and line
 * end) encoded once (see {@link Ascii}).
 */
final class Tag {
  /** {@code <name>}. */
  final Ascii start;
  /** {@code </name>} and a line feed. */
  final Ascii endLine;
  /** {@code </name>}. */
  final Ascii end;

  private Tag(String name) {
    this.start = Ascii.of("<" + name + ">");
    this.endLine = Ascii.of("</" + name + ">\n");
    this.end = Ascii.of("</" + name + ">");
  }

  /** The tags of an element; {@code name} is a constant of this package, in ASCII. */
  static Tag of(String name) {
    return new Tag(name);
  }
}
