package dev.roundtable.json.internal;

import dev.roundtable.json.internal.Field.Kind;

/** The fields of an image object, in the order they are written. */
enum ImageField implements Field {
  URL("url", true, Kind.WEB_URL),
  ALT("alt", true, Kind.TEXT),
  CREDIT("credit", false, Kind.TEXT),
  WIDTH("width", false, Kind.INTEGER),
  HEIGHT("height", false, Kind.INTEGER),
  CROPS("crops", false, Kind.ARRAY);

  static final FieldTable<ImageField> TABLE = new FieldTable<>(values(), "an image");
  private final Spec spec;

  ImageField(String json, boolean required, Kind kind) {
    spec = new Spec(json, required, kind);
  }

  @Override
  public Spec spec() {
    return spec;
  }
}
