package dev.roundtable.rss;

import dev.roundtable.model.Image;
import java.io.IOException;

/**
 * An answer's image as Media RSS ({@code http://search.yahoo.com/mrss/}), the one way RSS items
 * and Atom entries carry it: {@code media:content url medium="image"} with {@code width} and
 * {@code height} when known, {@code media:description type="plain"} (the alt text, when it shows
 * something) and {@code media:credit} (the credit as plain text, without a {@code role}: the
 * model's credit is a phrase such as "Photograph by Maya Myers", not an EBU role's holder, and it
 * may credit an illustrator or an agency). No {@code media:title}: the model's image has none.
 */
final class MediaRss {
  /** The namespace declaration for the root element, with the leading space. */
  static final String NAMESPACE = " xmlns:media=\"http://search.yahoo.com/mrss/\"";

  private MediaRss() {}

  /** Writes the image's {@code media:content} element and a line break. */
  static void write(XmlOutput xml, Image image) throws IOException {
    xml.raw("<media:content").attribute("url", Href.of(image.url())).raw(" medium=\"image\"");
    if (image.width().isPresent()) {
      xml.attribute("width", Integer.toString(image.width().getAsInt()));
    }
    if (image.height().isPresent()) {
      xml.attribute("height", Integer.toString(image.height().getAsInt()));
    }
    boolean alt = Item.shows(image.alt());
    String credit = image.credit().filter(Item::shows).orElse(null);
    if (!alt && credit == null) {
      xml.raw("/>\n");
      return;
    }
    xml.raw(">");
    if (alt) {
      xml.raw("<media:description type=\"plain\">").text(image.alt()).raw("</media:description>");
    }
    if (credit != null) {
      xml.element("media:credit", credit);
    }
    xml.raw("</media:content>\n");
  }
}
