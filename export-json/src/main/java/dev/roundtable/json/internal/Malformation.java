package dev.roundtable.json.internal;

/**
 * Where byte input stops being well-formed text, and what is wrong there.
 *
 * @param offset the offset of the first byte of the ill-formed sequence or code unit, from the
 *     start of the input (a byte order mark included)
 * @param encoding the input's encoding, e.g. {@code UTF-8}
 * @param reason what is wrong, in words, with the bytes
 */
record Malformation(long offset, String encoding, String reason) {
  /** The problem's message. */
  String message() {
    return "is not valid " + encoding + " at byte " + offset + ": " + reason;
  }
}
