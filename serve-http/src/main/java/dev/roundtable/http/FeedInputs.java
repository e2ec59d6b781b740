package dev.roundtable.http;

import dev.roundtable.json.RoundtableJson;
import dev.roundtable.model.Answer;
import dev.roundtable.model.Document;
import dev.roundtable.model.Image;
import dev.roundtable.model.Question;
import dev.roundtable.model.Url;
import dev.roundtable.rss.Channel;
import dev.roundtable.rss.FeedWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What a feed's bytes depend on, in a canonical form: the format, every field of the channel
 * (through its public accessors; {@code FeedInputsTest} fails when {@link Channel} gains one this
 * class does not read) and the question's Roundtable JSON, which is lossless. Also the newest
 * date of a model, for {@code Last-Modified}.
 */
final class FeedInputs {
  private FeedInputs() {}

  /** The exact tag of {@code writer.write(question, out)}, without rendering the feed. */
  static EntityTag tag(FeedWriter writer, Question question) {
    TagDigest d = TagDigest.of("feed/question").field(writer.mediaType());
    channel(d, writer.channel());
    return d.field(RoundtableJson.defaults().toBytes(question)).tag();
  }

  private static void channel(TagDigest d, Channel c) {
    d.field(c.title()).field(c.link().toString()).field(c.description())
        .field(c.selfUrl().toString()).field(c.language())
        .field(c.baseUrl().map(Url::toString).orElse(null))
        .field(c.limit().isPresent() ? c.limit().getAsInt() : -1)
        .field(c.generator().orElse(null))
        .field(c.ttl().map(Duration::toString).orElse(null))
        .field(c.summaryLength())
        .field(c.updated().map(Instant::toString).orElse(null));
    // The image as its Roundtable JSON, lossless like the question's: a field the image gains
    // changes the tag without an edit here.
    Optional<Image> image = c.image();
    if (image.isEmpty()) {
      d.absent();
    } else {
      d.field(RoundtableJson.defaults().toBytes(image.get()));
    }
    d.field(c.hubs().size());
    c.hubs().forEach(hub -> d.field(hub.toString()));
  }

  /**
   * The newest date of a question: its answers' publication and update times and when it was
   * asked.
   *
   * @return the newest, or {@code null} when the question has none of them
   */
  static Instant newest(Question question) {
    Instant newest = question.askedAt().orElse(null);
    for (Answer a : question.answers()) {
      newest = later(newest, a.publishedAt());
      newest = later(newest, a.updatedAt().orElse(null));
    }
    return newest;
  }

  /** The newest date of any question of a document, or {@code null}. */
  static Instant newest(Document document) {
    Instant newest = null;
    for (Question q : document.questions()) {
      newest = later(newest, newest(q));
    }
    return newest;
  }

  /** The later of two dates, either possibly {@code null}. */
  static Instant later(Instant a, Instant b) {
    if (a == null) {
      return b;
    }
    return b == null || !b.isAfter(a) ? a : b;
  }
}
