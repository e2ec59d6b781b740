package dev.roundtable.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.roundtable.model.Crop;
import dev.roundtable.model.Image;
import dev.roundtable.model.Url;
import java.io.IOException;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * {@code ImageObject}s: an image (an article's picture, a portrait, a logo) with its url,
 * contentUrl, caption (the text alternative, when not empty), creditText and size; and an
 * article's picture followed by its crops, which Google asks for in 16x9, 4x3 and 1x1.
 */
final class ImageObjects {
  private ImageObjects() {}

  /** An image as an inline {@code ImageObject}, with an {@code @id} unless it is {@code null}. */
  static void image(Image i, String id, JsonGenerator g) throws IOException {
    object(id, i.url(), i, i.width(), i.height(), g);
  }

  /** An image field, an inline {@code ImageObject}, when there is an image. */
  static void optional(String field, Optional<Image> i, JsonGenerator g) throws IOException {
    if (i.isPresent()) {
      g.writeFieldName(field);
      image(i.get(), null, g);
    }
  }

  /**
   * An array field of the image (with its {@code @id}) and then each of its crops, in the
   * image's order, with the image's caption and credit.
   */
  static void withCrops(String field, Image i, String id, JsonGenerator g) throws IOException {
    g.writeArrayFieldStart(field);
    image(i, id, g);
    for (Crop c : i.crops()) {
      object(null, c.url(), i, OptionalInt.of(c.width()), OptionalInt.of(c.height()), g);
    }
    g.writeEndArray();
  }

  private static void object(String id, Url url, Image words, OptionalInt width,
      OptionalInt height, JsonGenerator g) throws IOException {
    Nodes.start(g, "ImageObject", id);
    g.writeStringField("url", url.toString());
    g.writeStringField("contentUrl", url.toString());
    if (!words.alt().isEmpty()) {
      g.writeStringField("caption", words.alt());
    }
    Nodes.optional(g, "creditText", words.credit());
    if (width.isPresent()) {
      g.writeNumberField("width", width.getAsInt());
    }
    if (height.isPresent()) {
      g.writeNumberField("height", height.getAsInt());
    }
    g.writeEndObject();
  }
}
