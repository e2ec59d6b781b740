package dev.roundtable.json.internal;

import dev.roundtable.json.internal.Field.Kind;

/** The fields of a series' publisher object, in the order they are written. */
enum PublisherField implements Field {
  NAME("name", true, Kind.TEXT),
  URL("url", false, Kind.WEB_URL),
  LOGO("logo", false, Kind.OBJECT);

  static final FieldTable<PublisherField> TABLE = new FieldTable<>(values(), "a publisher");
  private final Spec spec;

  PublisherField(String json, boolean required, Kind kind) {
    spec = new Spec(json, required, kind);
  }

  @Override
  public Spec spec() {
    return spec;
  }
}
