package dev.roundtable.json.internal;

import dev.roundtable.json.internal.Field.Kind;

/** The fields of a crop object, one of an image's crops, in the order they are written. */
enum CropField implements Field {
  RATIO("ratio", true, Kind.TEXT),
  URL("url", true, Kind.WEB_URL),
  WIDTH("width", true, Kind.INTEGER),
  HEIGHT("height", true, Kind.INTEGER);

  static final FieldTable<CropField> TABLE = new FieldTable<>(values(), "a crop");
  private final Spec spec;

  CropField(String json, boolean required, Kind kind) {
    spec = new Spec(json, required, kind);
  }

  @Override
  public Spec spec() {
    return spec;
  }
}
