package dev.roundtable.json.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.roundtable.model.InvalidModelException;
import java.io.IOException;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Reads objects by their field tables: which fields are known, expected next, seen twice,
 * missing; and builds the model object of an object, reporting each rule of the model it breaks
 * at the field the rule names.
 */
class FieldReader extends TokenReader {
  FieldReader(JsonParser p, ProblemList problems, boolean strict) {
    super(p, problems, strict);
  }

  /**
   * How one field of an object is read, its value current: the value ({@code null} after a
   * problem, or when the rule keeps it itself), or {@link #BY_KIND} to read it as its kind says.
   */
  @FunctionalInterface
  interface FieldRule<F> {
    Object read(F field) throws IOException;
  }

  /** What a {@link FieldRule} returns for a field read as its kind says. */
  static final Object BY_KIND = new Object();

  /**
   * Reads the object at the current token by its field table, each field by its rule or its
   * kind, and makes the model object from the values (by ordinal) as {@link #build} does;
   * {@code null} when there is a problem in it.
   */
  final <F extends Enum<F> & Field, T> T object(FieldTable<F> table, FieldRule<F> rule,
      Function<Object[], T> make) throws IOException {
    if (!startObject()) {
      return null;
    }
    JsonLocation start = here();
    int before = problems.count();
    int seen = 0;
    Object[] values = new Object[table.fields().size()];
    for (F f = next(table, null); f != null; f = next(table, f)) {
      seen = once(seen, f);
      Object value = rule.read(f);
      values[f.ordinal()] = value == BY_KIND ? byKind(f.spec().kind()) : value;
    }
    if (!table.complete(seen)) {
      missing(seen, table.fields(), start);
    }
    return build(before, start, () -> make.apply(values));
  }

  private Object byKind(Field.Kind kind) throws IOException {
    return switch (kind) {
      case WEB_URL -> webUrl();
      case TIMESTAMP -> timestamp();
      case INTEGER -> integer();
      case ARRAY -> strings();
      default -> string();
    };
  }

  /**
   * The next field that the table knows after {@code previous} (or {@code null} at the start),
   * its value current; {@code null} at the object's end. Others are skipped (and reported in
   * strict mode).
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

  /** Marks a field, its value current, as seen (a bit per ordinal); reports one given twice. */
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
   * Builds the model object of the object that just ended, or {@code null} when a problem was
   * found in it since {@code before}; reports every rule it breaks at the field the rule names.
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
