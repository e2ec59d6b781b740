package dev.roundtable.json.internal;

import dev.roundtable.json.internal.Field.Kind;

/** The fields of a series object, in the order they are written. */
enum SeriesField implements Field {
  NAME("name", true, Kind.TEXT),
  DESCRIPTION("description", false, Kind.TEXT),
  URL("url", false, Kind.WEB_URL),
  PUBLISHER("publisher", false, Kind.OBJECT);

  static final FieldTable<SeriesField> TABLE = new FieldTable<>(values(), "a series");
  private final Spec spec;

  SeriesField(String json, boolean required, Kind kind) {
    spec = new Spec(json, required, kind);
  }

  @Override
  public Spec spec() {
    return spec;
  }
}
