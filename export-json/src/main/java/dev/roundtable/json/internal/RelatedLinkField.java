package dev.roundtable.json.internal;

import dev.roundtable.json.internal.Field.Kind;

/** The fields of a related link object, in the order they are written. */
enum RelatedLinkField implements Field {
  TITLE("title", true, Kind.TEXT),
  URL("url", true, Kind.WEB_URL),
  CONTRIBUTOR("contributor", false, Kind.OBJECT);

  static final FieldTable<RelatedLinkField> TABLE = new FieldTable<>(values(), "a related link");
  private final Spec spec;

  RelatedLinkField(String json, boolean required, Kind kind) {
    spec = new Spec(json, required, kind);
  }

  @Override
  public Spec spec() {
    return spec;
  }
}
