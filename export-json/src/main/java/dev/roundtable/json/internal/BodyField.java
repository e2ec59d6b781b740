package dev.roundtable.json.internal;

import dev.roundtable.json.internal.Field.Kind;

/**
 * The fields of block and inline objects. Which of them an object has, and in which order (after
 * {@code type}, always first), its {@link BodyType} says.
 */
enum BodyField implements Field {
  TYPE("type", true, Kind.TEXT),
  CONTENT("content", true, Kind.ARRAY),
  LEVEL("level", true, Kind.INTEGER),
  CITE("cite", false, Kind.TEXT),
  ORDERED("ordered", false, Kind.BOOLEAN),
  ITEMS("items", true, Kind.ARRAY),
  TEXT("text", true, Kind.TEXT),
  HREF("href", true, Kind.LINK_TARGET);

  /** The fields a block object can have. */
  static final FieldTable<BodyField> BLOCK = new FieldTable<>(
      new BodyField[] {TYPE, CONTENT, LEVEL, CITE, ORDERED, ITEMS}, "a block");
  /** The fields an inline object can have. */
  static final FieldTable<BodyField> INLINE = new FieldTable<>(
      new BodyField[] {TYPE, CONTENT, TEXT, HREF}, "an inline");

  private final Spec spec;

  BodyField(String json, boolean required, Kind kind) {
    spec = new Spec(json, required, kind);
  }

  @Override
  public Spec spec() {
    return spec;
  }
}
