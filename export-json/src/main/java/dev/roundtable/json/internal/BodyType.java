package dev.roundtable.json.internal;

import static dev.roundtable.json.internal.BodyField.CITE;
import static dev.roundtable.json.internal.BodyField.CONTENT;
import static dev.roundtable.json.internal.BodyField.HREF;
import static dev.roundtable.json.internal.BodyField.ITEMS;
import static dev.roundtable.json.internal.BodyField.LEVEL;
import static dev.roundtable.json.internal.BodyField.ORDERED;

import com.fasterxml.jackson.core.SerializableString;
import java.util.Arrays;
import java.util.List;

/** The types of block and inline objects, each with its fields after {@code type}, in order. */
enum BodyType {
  PARAGRAPH(true, "paragraph", CONTENT),
  HEADING(true, "heading", LEVEL, CONTENT),
  QUOTE(true, "quote", CONTENT, CITE),
  LIST(true, "list", ORDERED, ITEMS),
  TEXT(false, "text", BodyField.TEXT),
  EMPHASIS(false, "emphasis", CONTENT),
  STRONG(false, "strong", CONTENT),
  CODE(false, "code", BodyField.TEXT),
  LINK(false, "link", HREF, CONTENT),
  BREAK(false, "break");

  private static final BodyType[] ALL = values();

  final boolean block;
  final String json;
  final SerializableString serialized;
  final List<BodyField> fields;
  /** The fields an object of this type may have, a bit per ordinal. */
  final int allowed;

  BodyType(boolean block, String json, BodyField... fields) {
    this.block = block;
    this.json = json;
    this.serialized = Field.Spec.serialized(json);
    this.fields = List.of(fields);
    int mask = 1 << BodyField.TYPE.ordinal();
    for (BodyField f : fields) {
      mask |= 1 << f.ordinal();
    }
    this.allowed = mask;
  }

  /** The field written after one in an object of this type, or {@code null}. */
  BodyField after(BodyField previous) {
    int next = fields.indexOf(previous) + 1; // 0 after the type, which is not in the list
    return next < fields.size() ? fields.get(next) : null;
  }

  /** The block (or inline) type of that name, or {@code null}. */
  static BodyType named(String json, boolean block) {
    for (BodyType t : ALL) {
      if (t.block == block && t.json.equals(json)) {
        return t;
      }
    }
    return null;
  }

  /** Block (or inline) type names for a message: {@code paragraph, heading, quote or list}. */
  static String choices(boolean block) {
    return TokenReader.choices(
        Arrays.stream(ALL).filter(t -> t.block == block).map(t -> t.json).toList());
  }
}
