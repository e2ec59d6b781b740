package dev.roundtable.json.internal;

import dev.roundtable.json.internal.Field.Kind;

/** The fields of an answer object, in the order they are written. */
enum AnswerField implements Field {
  ID("id", true, Kind.TEXT),
  HEADLINE("headline", true, Kind.TEXT),
  URL("url", false, Kind.WEB_URL),
  PUBLISHED_AT("publishedAt", true, Kind.TIMESTAMP),
  UPDATED_AT("updatedAt", false, Kind.TIMESTAMP),
  CONTRIBUTOR("contributor", true, Kind.OBJECT),
  SUMMARY("summary", false, Kind.TEXT),
  IMAGE("image", false, Kind.OBJECT),
  TOPICS("topics", false, Kind.ARRAY),
  BODY("body", true, Kind.ARRAY),
  RELATED_LINKS("relatedLinks", false, Kind.ARRAY);

  static final FieldTable<AnswerField> TABLE = new FieldTable<>(values(), "an answer");
  private final Spec spec;

  AnswerField(String json, boolean required, Kind kind) {
    spec = new Spec(json, required, kind);
  }

  @Override
  public Spec spec() {
    return spec;
  }
}
