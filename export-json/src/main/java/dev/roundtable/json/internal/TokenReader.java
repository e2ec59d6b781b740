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
import java.util.function.Supplier;

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
    switch (token) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_STRING:
        return "a string";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "a number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "a boolean";
      case VALUE_NULL:
        return "null";
      default:
        return token.asString();
    }
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

  /**
   * Hands a string value to a model builder, which checks it: a rule it breaks is a problem at
   * the value.
   */
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

  /**
   * The next field of the object being read that its table knows, with its value current;
   * {@code null} at the object's end. Other fields are skipped (and reported in strict mode).
   *
   * @param previous the field read last, or {@code null} at the object's start
   */
  final <F extends Enum<F> & Field> F next(FieldTable<F> table, F previous) throws IOException {
    return expect(table, table.after(previous));
  }

  /**
   * As {@link #next}, with the field most likely next, whose name the parser then matches
   * without looking it up (the writer's order is the table's).
   */
  final <F extends Enum<F> & Field> F expect(FieldTable<F> table, F expected)
      throws IOException {
    while (true) {
      F field;
      if (expected != null && p.nextFieldName(expected.spec().serialized())) {
        field = expected;
      } else if (expected != null) {
        if (p.currentToken() != JsonToken.FIELD_NAME) {
          return null;
        }
        field = table.get(p.currentName());
      } else {
        String name = p.nextFieldName();
        if (name == null) {
          return null;
        }
        field = table.get(name);
      }
      p.nextToken();
      if (field != null) {
        return field;
      }
      if (strict) {
        problems.add(pointer(), here(), "is not a property of " + table.what() + " (strict mode)");
      }
      p.skipChildren();
    }
  }

  /**
   * Marks a field as seen; reports a field given twice. Call with the field's value current.
   *
   * @return the fields seen so far (a bit per ordinal), this one included
   */
  final int once(int seen, Enum<?> field) {
    int bit = 1 << field.ordinal();
    if ((seen & bit) != 0) {
      problems.add(pointer(), here(), "appears more than once in the same object");
    }
    return seen | bit;
  }

  /** Reports each required field missing from the object that just ended, in table order. */
  final <F extends Enum<F> & Field> void missing(int seen, List<F> fields,
      JsonLocation objectStart) {
    for (F f : fields) {
      if (f.spec().required() && (seen & 1 << f.ordinal()) == 0) {
        problems.add(pointer() + "/" + f.spec().json(), objectStart, "is required");
      }
    }
  }

  /**
   * Builds the model object of the object that just ended, unless a problem was found in it
   * since {@code before}; reports every rule of the model it breaks at the field the rule names.
   *
   * @return the object, or {@code null} when it has a problem
   */
  final <T> T build(int before, JsonLocation start, Supplier<T> make) {
    if (problems.count() == before) {
      try {
        return make.get();
      } catch (InvalidModelException e) {
        broken(e, pointer(), start, before);
        return null;
      }
    }
    // Something inside the object is wrong already: still check the object's own fields with
    // what could be read, so that a blank text beside a bad answer is reported in the same pass.
    try {
      make.get();
    } catch (InvalidModelException e) {
      broken(e, pointer(), start, before);
    } catch (ProblemList.Stop stop) {
      throw stop;
    } catch (RuntimeException incomplete) {
      // the parts that could not be read leave the object unbuildable: nothing more to report
    }
    return null;
  }

  /**
   * Reports each rule of the model broken by the object that just ended, at the field it
   * names, unless a problem found since {@code before} concerns that field (or the list it is
   * in) already: a field that could not be read leaves a gap that breaks rules of its own.
   */
  final void broken(InvalidModelException e, String objectPointer, JsonLocation objectStart,
      int before) {
    for (InvalidModelException violation : e.violations()) {
      List<String> path = violation.pathSegments();
      String field = objectPointer + '/' + escape(path.get(0));
      if (!problems.anySince(before, field)) {
        StringBuilder pointer = new StringBuilder(field);
        for (String segment : path.subList(1, path.size())) {
          pointer.append('/').append(escape(segment));
        }
        problems.add(pointer.toString(), objectStart, violation.rule());
      }
    }
  }

  private static String escape(String segment) {
    return segment.replace("~", "~0").replace("/", "~1");
  }
}
