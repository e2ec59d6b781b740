package dev.roundtable.json.internal;

import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.CharTypes;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.core.json.UTF8JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * jackson-core's UTF-8 generator with a faster way to write the common string: one that jackson
 * would not escape at all (no control character, quotation mark, backslash or surrogate). Such a
 * string is encoded by {@link String#getBytes} (a bulk copy for Latin-1 strings), checked eight
 * bytes at a time by {@link PlainUtf8} and copied into the output as a block, instead of being
 * encoded and checked one character at a time. Any string that needs an escape, any very short or
 * very long string, and every string when the generator escapes more than plain JSON requires
 * (character escapes, non-ASCII escaping, another quote character, escaped slashes) takes
 * jackson-core's own path, so the output is always byte-identical to its.
 */
final class BulkStringGenerator extends UTF8JsonGenerator {
  /**
   * Shorter strings take jackson-core's own loop, which needs no temporary array (a threshold
   * chosen, not tuned).
   */
  static final int MIN_BULK_LENGTH = 8;
  /** Above this length jackson-core's segmented path avoids a large temporary array. */
  static final int MAX_BULK_LENGTH = 1 << 16;

  private static final int[] PLAIN_ESCAPES = CharTypes.get7BitOutputEscapes();

  BulkStringGenerator(IOContext context, int features, ObjectCodec codec, OutputStream out,
      char quote) {
    super(context, features, codec, out, quote);
  }

  @Override
  public void writeString(String text) throws IOException {
    if (text == null || text.length() < MIN_BULK_LENGTH || text.length() > MAX_BULK_LENGTH
        || !copiesPlainStrings()) {
      super.writeString(text);
      return;
    }
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    if (PlainUtf8.isPlain(text, utf8)) {
      writeRawUTF8String(utf8, 0, utf8.length);
    } else {
      super.writeString(text);
    }
  }

  /**
   * Whether plain strings are copied in bulk: only when strings get exactly the escapes that JSON
   * requires, between {@code "} quotes, as with jackson-core's defaults.
   */
  boolean copiesPlainStrings() {
    return _outputEscapes == PLAIN_ESCAPES && _characterEscapes == null
        && _maximumNonEscapedChar == 0 && _quoteChar == '"';
  }
}
