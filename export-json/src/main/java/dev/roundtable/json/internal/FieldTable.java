package dev.roundtable.json.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The fields of one object type, looked up by their JSON names.
 *
 * @param <F> the type's field enum
 */
final class FieldTable<F extends Enum<F> & Field> {
  private final Map<String, F> byName = new HashMap<>();
  private final List<F> fields;
  private final String what;
  private final int required;
  /** By ordinal, the field written after that one, or {@code null}. */
  private final Object[] following = new Object[32];

  /** The table of an enum's constants, in written order; {@code what} names the type. */
  FieldTable(F[] fields, String what) {
    this.fields = List.of(fields);
    this.what = what;
    int mask = 0;
    for (F f : fields) {
      byName.put(f.spec().json(), f);
      mask |= f.spec().required() ? 1 << f.ordinal() : 0;
    }
    this.required = mask;
    for (int i = 0; i + 1 < fields.length; i++) {
      following[fields[i].ordinal()] = fields[i + 1];
    }
  }

  /** The field of that name, or {@code null} when the type has none. */
  F get(String json) {
    return byName.get(json);
  }

  /**
   * The field written after {@code previous} ({@code null}: the first; after the last,
   * {@code null}): what the parser matches first, so the writer's order needs no look-ups.
   */
  @SuppressWarnings("unchecked")
  F after(F previous) {
    return previous == null ? fields.get(0) : (F) following[previous.ordinal()];
  }

  /** Whether the fields seen (a bit per ordinal) hold every required one. */
  boolean complete(int seen) {
    return (seen & required) == required;
  }

  /** Every field, in written order. */
  List<F> fields() {
    return fields;
  }

  /** The type in messages, e.g. {@code a question}. */
  String what() {
    return what;
  }
}
