package dev.roundtable.json.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import dev.roundtable.model.InvalidModelException;
import dev.roundtable.model.Url;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The reader's groundwork: typed values from the current token, each wrong value reported as a
 * problem at its JSON Pointer and location and skipped, so that reading goes on and finds every
 * problem. Pointers come from the parser's own context, computed only when there is a problem.
 */
class TokenReader {
  final JsonParser p;
  final ProblemList problems;
  final boolean strict;

  TokenReader(JsonParser p, ProblemList problems, boolean strict) {
    this.p = p;
    this.problems = problems;
    this.strict = strict;
  }

  /** The pointer of the current value (or, just after an object or array, of that container). */
  final String pointer() {
    JsonStreamContext context = p.getParsingContext();
    JsonToken t = p.currentToken();
    if ((t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY)
        && context.getParent() != null) {
      context = context.getParent();
    }
    return context.pathAsPointer().toString();
  }

  final JsonLocation here() {
    return p.currentTokenLocation();
  }

  /** Reports a problem with the current value and skips it. */
  final void wrong(String message) throws IOException {
    problems.add(pointer(), here(), message);
    p.skipChildren();
  }

  /** Reports a problem with the current value and skips it; returns {@code null}. */
  final <T> T wrongType(String expected) throws IOException {
    wrong("must be " + expected + ", was " + describe(p.currentToken()));
    return null;
  }

  static String describe(JsonToken token) {
    if (token == null) {
      return "nothing";
    }
    return switch (token) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> token.asString();
    };
  }

  /**
   * The current token's text, decoded now (jackson-core decodes strings lazily): where that
   * breaks a limit of the parser, {@link ProblemList#decodingText()} tells the limit is a string's.
   */
  final String decodedText() throws IOException {
    problems.decodingText(true);
    String text = p.getText();
    problems.decodingText(false);
    return text;
  }

  /** Names for a message, {@code a, b or c}; at least one. */
  static String choices(List<String> names) {
    int last = names.size() - 1;
    return last == 0 ? names.get(0)
        : String.join(", ", names.subList(0, last)) + " or " + names.get(last);
  }

  /** A string value, or {@code null} after reporting a problem. */
  final String string() throws IOException {
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      return decodedText();
    }
    return wrongType("a string");
  }

  /** A web URL (http or https), or {@code null} after reporting a problem. */
  final Url webUrl() throws IOException {
    return url(false);
  }

  /** A link target (http, https or mailto), or {@code null} after reporting a problem. */
  final Url linkTarget() throws IOException {
    return url(true);
  }

  private Url url(boolean link) throws IOException {
    String text = string();
    if (text == null) {
      return null;
    }
    try {
      return link ? Url.linkTarget(text) : Url.of(text);
    } catch (InvalidModelException e) {
      problems.add(pointer(), here(), e.rule());
      return null;
    }
  }

  /** Hands a string value to a model builder; a rule it breaks is a problem at the value. */
  final void checked(Consumer<String> builder) throws IOException {
    String text = string();
    if (text != null) {
      try {
        builder.accept(text);
      } catch (InvalidModelException e) {
        problems.add(pointer(), here(), e.rule());
      }
    }
  }

  /** An RFC 3339 timestamp with offset, or {@code null} after reporting a problem. */
  final Instant timestamp() throws IOException {
    String text = string();
    if (text == null) {
      return null;
    }
    try {
      return Rfc3339.parse(text);
    } catch (IllegalArgumentException e) {
      problems.add(pointer(), here(), e.getMessage());
      return null;
    }
  }

  /** An integer that fits in an {@code int}, or {@code null} after reporting a problem. */
  final Integer integer() throws IOException {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      return wrongType("an integer");
    }
    problems.decodingText(true); // a long number is decoded from its text
    boolean fits = p.getNumberType() == JsonParser.NumberType.INT;
    problems.decodingText(false);
    if (!fits) {
      wrong("must be an integer no larger than " + Integer.MAX_VALUE + ", was " + decodedText());
      return null;
    }
    return p.getIntValue();
  }

  /** A boolean, or {@code null} after reporting a problem. */
  final Boolean bool() throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
      return t == JsonToken.VALUE_TRUE;
    }
    return wrongType("true or false");
  }

  /** An array of strings, or {@code null} after reporting problems. */
  final List<String> strings() throws IOException {
    if (!startArray()) {
      return null;
    }
    int before = problems.count();
    List<String> out = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      out.add(string());
    }
    return problems.count() == before ? out : null;
  }

  /** Whether the current token starts an object; reports a problem when it does not. */
  final boolean startObject() throws IOException {
    if (p.currentToken() == JsonToken.START_OBJECT) {
      return true;
    }
    wrongType("an object");
    return false;
  }

  /** Whether the current token starts an array; reports a problem when it does not. */
  final boolean startArray() throws IOException {
    if (p.currentToken() == JsonToken.START_ARRAY) {
      return true;
    }
    wrongType("an array");
    return false;
  }
}
