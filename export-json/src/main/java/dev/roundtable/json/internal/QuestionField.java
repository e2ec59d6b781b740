package dev.roundtable.json.internal;

import dev.roundtable.json.internal.Field.Kind;

/** The fields of a question object, in the order they are written. */
enum QuestionField implements Field {
  ID("id", true, Kind.TEXT),
  TEXT("text", true, Kind.TEXT),
  URL("url", false, Kind.WEB_URL),
  SERIES("series", false, Kind.OBJECT),
  TOPICS("topics", false, Kind.ARRAY),
  ASKED_AT("askedAt", false, Kind.TIMESTAMP),
  ANSWERS("answers", false, Kind.ARRAY);

  static final FieldTable<QuestionField> TABLE = new FieldTable<>(values(), "a question");
  private final Spec spec;

  QuestionField(String json, boolean required, Kind kind) {
    spec = new Spec(json, required, kind);
  }

  @Override
  public Spec spec() {
    return spec;
  }
}
