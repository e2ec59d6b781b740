package dev.roundtable.json.internal;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * A field of one of the format's object types, as its table (an enum per type, constants in the
 * order the writer writes them) declares it: its name in JSON, whether it is required and what
 * kind of value it holds. The reader, the writer and the schema test all take the fields from
 * these tables.
 */
interface Field {
  /** The kind of a field's value, as the JSON Schema describes it. */
  enum Kind {
    /** A string of text (an id, a line, plain text). */
    TEXT,
    /** An absolute http or https URL. */
    WEB_URL,
    /** An absolute http, https or mailto URL. */
    LINK_TARGET,
    /** An RFC 3339 timestamp with offset. */
    TIMESTAMP,
    INTEGER,
    BOOLEAN,
    /** An object of another type. */
    OBJECT,
    ARRAY
  }

  /**
   * What a table says of one field: its name in JSON, whether an object of its type must have
   * it, its kind of value, and the name quoted once for the writer.
   */
  record Spec(String json, boolean required, Kind kind, SerializableString serialized) {
    Spec(String json, boolean required, Kind kind) {
      this(json, required, kind, serialized(json));
    }

    /** A name or value quoted once, in both of jackson-core's forms. */
    static SerializableString serialized(String text) {
      SerializedString s = new SerializedString(text);
      s.asQuotedUTF8();
      s.asQuotedChars();
      return s;
    }
  }

  /** What the table says of this field. */
  Spec spec();
}
