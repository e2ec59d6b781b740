package dev.roundtable.json.internal;

import dev.roundtable.json.internal.Field.Kind;

/** The fields of the document, the root object, in the order they are written. */
enum DocumentField implements Field {
  FORMAT("format", true, Kind.TEXT),
  QUESTIONS("questions", true, Kind.ARRAY);

  static final FieldTable<DocumentField> TABLE = new FieldTable<>(values(), "a document");
  private final Spec spec;

  DocumentField(String json, boolean required, Kind kind) {
    spec = new Spec(json, required, kind);
  }

  @Override
  public Spec spec() {
    return spec;
  }
}
