package dev.roundtable.json.internal;

import dev.roundtable.json.internal.Field.Kind;

/** The fields of a contributor object, in the order they are written. */
enum ContributorField implements Field {
  NAME("name", true, Kind.TEXT),
  ROLE("role", false, Kind.TEXT),
  ORGANIZATION("organization", false, Kind.TEXT),
  AFFILIATION("affiliation", false, Kind.TEXT),
  URL("url", false, Kind.WEB_URL),
  /** The portrait's URL: the shorthand of an {@link #IMAGE} with only its URL. */
  IMAGE_URL("imageUrl", false, Kind.WEB_URL),
  IMAGE("image", false, Kind.OBJECT),
  SAME_AS("sameAs", false, Kind.ARRAY),
  FEDIVERSE("fediverse", false, Kind.TEXT);

  static final FieldTable<ContributorField> TABLE = new FieldTable<>(values(), "a contributor");
  private final Spec spec;

  ContributorField(String json, boolean required, Kind kind) {
    spec = new Spec(json, required, kind);
  }

  @Override
  public Spec spec() {
    return spec;
  }
}
