package dev.roundtable.json.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;

/**
 * Which of the parser's {@link StreamReadConstraints} the input broke, told from the parser's
 * state when it threw (never from its message): the nesting it is in, how far it has read, and
 * what it was decoding.
 */
final class ReadLimits {
  private ReadLimits() {}

  /**
   * The problem's message for a broken limit.
   *
   * @param p the parser that threw a {@code StreamConstraintsException}
   * @param decodingText whether it threw while decoding a token's text (a string's limit)
   * @return the message, naming the limit
   */
  static String exceeded(JsonParser p, boolean decodingText) {
    StreamReadConstraints limits = p.streamReadConstraints();
    JsonStreamContext context = p.getParsingContext();
    JsonLocation at = p.currentLocation();
    if (context.getNestingDepth() > limits.getMaxNestingDepth()) {
      return "nests deeper than the limit of " + limits.getMaxNestingDepth()
          + " levels of arrays and objects";
    }
    // the parser checks the length read so far before each read of more input
    if (Math.max(at.getByteOffset(), at.getCharOffset()) > limits.getMaxDocumentLength()) {
      return "is longer than the limit of " + limits.getMaxDocumentLength() + " bytes";
    }
    if (decodingText) {
      return "has a string longer than the limit of " + limits.getMaxStringLength()
          + " characters";
    }
    // a name is read before its token is current; a number after its name, or in an array
    if (context.inObject() && p.currentToken() != JsonToken.FIELD_NAME) {
      return "has a property name longer than the limit of " + limits.getMaxNameLength()
          + " characters";
    }
    return "has a number longer than the limit of " + limits.getMaxNumberLength() + " digits";
  }
}
