package dev.roundtable.rss;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.roundtable.model.Answer;
import dev.roundtable.model.AspectRatio;
import dev.roundtable.model.Contributor;
import dev.roundtable.model.Crop;
import dev.roundtable.model.Image;
import dev.roundtable.model.Url;
import dev.roundtable.text.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes JSON Feed 1.1 documents with Jackson's streaming generator (jackson-core only, no
 * object mapping). Immutable and thread-safe.
 *
 * <p>The feed has {@code version}, {@code title}, {@code home_page_url}, {@code feed_url},
 * {@code description}, {@code language}, {@code hubs} (the channel's WebSub hubs, type
 * {@code WebSub}, when it has any) and {@code icon} (the channel's image). Each item has
 * {@code id}, {@code url} (when known), {@code title}, {@code content_html} (the full body),
 * {@code summary} (plain text), {@code image}, {@code banner_image} (the image's 16:9 crop, when
 * it has one: readers show a banner wide, above the item), {@code date_published},
 * {@code date_modified} (when the answer was updated), {@code authors} (name, url, avatar) and
 * {@code tags}. Text drops the same characters as the XML feeds, so the three formats carry the
 * same text. See
 * {@link FeedWriter} for streaming, ordering and determinism.
 */
public final class JsonFeedWriter implements FeedWriter {
  /** The JSON Feed version this writer writes. */
  public static final String VERSION = "https://jsonfeed.org/version/1.1";

  private static final JsonFactory JSON = JsonFactory.builder()
      .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
      .build()
      .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  private final Channel channel;

  private JsonFeedWriter(Channel channel) {
    this.channel = Objects.requireNonNull(channel, "channel");
  }

  /**
   * A writer for a channel.
   *
   * @param channel the channel
   * @return the writer
   */
  public static JsonFeedWriter of(Channel channel) {
    return new JsonFeedWriter(channel);
  }

  @Override
  public Channel channel() {
    return channel;
  }

  /** {@return {@code application/feed+json}} */
  @Override
  public String mediaType() {
    return "application/feed+json";
  }

  @Override
  public void write(Iterator<? extends Answer> answers, OutputStream out) throws IOException {
    write(answers, out, FeedLinks.NONE);
  }

  /** Writes the feed with its {@code next_url} when paged or archived (RFC 5005). */
  void write(Iterator<? extends Answer> answers, OutputStream out, FeedLinks links)
      throws IOException {
    ItemIterator items = new ItemIterator(channel, answers);
    BodyHtml.Utf8Body html = new BodyHtml.Utf8Body();
    try (JsonGenerator json = JSON.createGenerator(Objects.requireNonNull(out, "out"))) {
      json.writeStartObject();
      json.writeStringField("version", VERSION);
      text(json, "title", channel.title());
      json.writeStringField("home_page_url", Href.of(channel.link()));
      json.writeStringField("feed_url", Href.of(channel.selfUrl()));
      links.json(json);
      text(json, "description", channel.description());
      json.writeStringField("language", channel.language());
      if (!channel.hubs().isEmpty()) {
        json.writeArrayFieldStart("hubs");
        for (Url hub : channel.hubs()) {
          json.writeStartObject();
          json.writeStringField("type", "WebSub");
          json.writeStringField("url", Href.of(hub));
          json.writeEndObject();
        }
        json.writeEndArray();
      }
      if (channel.image().isPresent()) {
        json.writeStringField("icon", Href.of(channel.image().get().url()));
      }
      json.writeArrayFieldStart("items");
      while (items.hasNext()) {
        writeItem(json, items.next(), html);
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    out.flush();
  }

  private static void writeItem(JsonGenerator json, Item item, BodyHtml.Utf8Body html)
      throws IOException {
    Answer answer = item.answer();
    json.writeStartObject();
    text(json, "id", item.id());
    if (item.link() != null) {
      json.writeStringField("url", item.link());
    }
    text(json, "title", answer.headline());
    // the HTML is XML-compatible already (BodyHtml): its UTF-8 goes to the generator as it is
    html.of(answer.body());
    json.writeFieldName("content_html");
    json.writeUTF8String(html.bytes(), 0, html.size());
    text(json, "summary", item.summary());
    if (answer.image().isPresent()) {
      Image image = answer.image().get();
      json.writeStringField("image", Href.of(image.url()));
      Optional<Crop> wide = image.crop(AspectRatio.WIDE);
      if (wide.isPresent()) {
        json.writeStringField("banner_image", Href.of(wide.get().url()));
      }
    }
    json.writeStringField("date_published", FeedDates.rfc3339(answer.publishedAt()));
    if (answer.updatedAt().isPresent()) {
      json.writeStringField("date_modified", FeedDates.rfc3339(answer.updatedAt().get()));
    }
    Contributor contributor = answer.contributor();
    json.writeArrayFieldStart("authors");
    json.writeStartObject();
    text(json, "name", answer.byline().name());
    if (contributor.url().isPresent()) {
      json.writeStringField("url", Href.of(contributor.url().get()));
    }
    if (contributor.imageUrl().isPresent()) {
      json.writeStringField("avatar", Href.of(contributor.imageUrl().get()));
    }
    json.writeEndObject();
    json.writeEndArray();
    if (!answer.topics().isEmpty()) {
      json.writeArrayFieldStart("tags");
      for (String topic : answer.topics()) {
        if (Item.shows(topic)) {
          json.writeString(Context.XML_TEXT.strip(topic));
        }
      }
      json.writeEndArray();
    }
    json.writeEndObject();
  }

  private static void text(JsonGenerator json, String name, CharSequence value)
      throws IOException {
    json.writeStringField(name, Context.XML_TEXT.strip(value));
  }
}
