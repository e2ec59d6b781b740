package dev.roundtable.http;

import dev.roundtable.html.Fragment;
import dev.roundtable.json.JsonLd;
import dev.roundtable.json.RoundtableJson;
import dev.roundtable.model.Answer;
import dev.roundtable.model.Document;
import dev.roundtable.model.Question;
import dev.roundtable.rss.FeedWriter;
import java.time.Instant;
import java.util.Iterator;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The exporters' calls as HTTP {@link Representation}s, each with its media type, a strong
 * entity tag that is exact (it changes whenever the bytes change, and only then for a given
 * library version) and its {@code Last-Modified}: the newest publication or update time of
 * the answers (and when the question was asked; for a feed, the channel's
 * {@link dev.roundtable.rss.Channel#updated() updated} too), to the second.
 *
 * <p><b>How the tag is computed.</b> A feed of a question's answers gets its tag from its
 * inputs, without rendering: SHA-256 over the library version, the format, every channel field
 * and the question's Roundtable JSON (which is lossless), so a request whose
 * {@code If-None-Match} matches is answered 304 without writing the feed. The other exporters'
 * options ({@link JsonLd}, {@link dev.roundtable.html.HtmlOptions}'s structured data) cannot all
 * be read through their public API, so those representations take the SHA-256 of their rendered
 * bytes, rendered once and kept by the representation; they are small, and exact by
 * construction. Roundtable JSON too: its bytes are its inputs.
 *
 * <p><b>Media types.</b> XML and HTML carry {@code charset=utf-8}; the JSON types do not, as
 * JSON has no charset parameter (RFC 8259 §11: it is always UTF-8).
 */
public final class Representations {
  /** {@code text/html; charset=utf-8}. */
  public static final String TEXT_HTML = "text/html; charset=utf-8";
  /** {@code application/json}. */
  public static final String APPLICATION_JSON = "application/json";

  private static final RoundtableJson PRETTY = RoundtableJson.builder().pretty(true).build();

  private Representations() {}

  /**
   * A feed of a question's answers, newest first, as {@code writer.write(question, out)} writes
   * it: RSS ({@code application/rss+xml; charset=utf-8}), Atom
   * ({@code application/atom+xml; charset=utf-8}) or JSON Feed ({@code application/feed+json}).
   * Its tag comes from the inputs, without rendering.
   *
   * @param writer the feed format with its channel
   * @param question the question
   * @return the representation
   */
  public static Representation feed(FeedWriter writer, Question question) {
    Objects.requireNonNull(writer, "writer");
    Objects.requireNonNull(question, "question");
    Instant modified = FeedInputs.later(FeedInputs.newest(question),
        writer.channel().updated().orElse(null));
    return Representation.ofInputs(feedType(writer), modified,
        out -> writer.write(question, out), () -> FeedInputs.tag(writer, question));
  }

  /**
   * A streamed feed of answers pulled from a source that cannot be read twice cheaply (a
   * database cursor), never buffered. Its tag and date cannot come from the answers without
   * consuming them, so the caller gives them: e.g. a tag made of the query's newest
   * {@code updated_at} and row count, or a version bumped on every change. The tag must change
   * whenever the feed's bytes would, the channel included.
   *
   * @param writer the feed format with its channel
   * @param newestFirst gives a new iterator over the answers, newest first, each time the body
   *     is written (never called for a 304 or a {@code HEAD})
   * @param tag the feed's strong entity tag
   * @param lastModified the newest answer's date, or {@code null} when unknown
   * @return the representation
   */
  public static Representation feed(FeedWriter writer,
      Supplier<? extends Iterator<? extends Answer>> newestFirst, EntityTag tag,
      Instant lastModified) {
    Objects.requireNonNull(writer, "writer");
    Objects.requireNonNull(newestFirst, "newestFirst");
    return Representation.streamed(feedType(writer), tag, lastModified,
        out -> writer.write(newestFirst.get(), out));
  }

  /**
   * A document in the Roundtable JSON format, {@code application/json}.
   *
   * @param document the document
   * @param pretty whether to indent it
   * @return the representation
   */
  public static Representation json(Document document, boolean pretty) {
    Objects.requireNonNull(document, "document");
    return Representation.of(APPLICATION_JSON, FeedInputs.newest(document),
        out -> roundtableJson(pretty).write(document, out));
  }

  /**
   * One question (with its answers) in the Roundtable JSON format, {@code application/json}.
   *
   * @param question the question
   * @param pretty whether to indent it
   * @return the representation
   */
  public static Representation json(Question question, boolean pretty) {
    Objects.requireNonNull(question, "question");
    return Representation.of(APPLICATION_JSON, FeedInputs.newest(question),
        out -> roundtableJson(pretty).write(question, out));
  }

  /**
   * One answer in the Roundtable JSON format, {@code application/json}.
   *
   * @param answer the answer
   * @param pretty whether to indent it
   * @return the representation
   */
  public static Representation json(Answer answer, boolean pretty) {
    Objects.requireNonNull(answer, "answer");
    return Representation.of(APPLICATION_JSON,
        FeedInputs.later(answer.publishedAt(), answer.updatedAt().orElse(null)),
        out -> roundtableJson(pretty).write(answer, out));
  }

  /**
   * The schema.org JSON-LD of a question's page, {@code application/ld+json}.
   *
   * @param jsonLd the JSON-LD writer with its options
   * @param question the question
   * @return the representation
   */
  public static Representation jsonLd(JsonLd jsonLd, Question question) {
    Objects.requireNonNull(jsonLd, "jsonLd");
    Objects.requireNonNull(question, "question");
    return Representation.of(JsonLd.MEDIA_TYPE, FeedInputs.newest(question),
        out -> utf8(jsonLd.questionPage(question), out));
  }

  /**
   * The schema.org JSON-LD of an answer's page, {@code application/ld+json}.
   *
   * @param jsonLd the JSON-LD writer with its options
   * @param question the question
   * @param answer one of its answers
   * @return the representation
   * @throws IllegalArgumentException when the answer is not one of the question's
   */
  public static Representation jsonLd(JsonLd jsonLd, Question question, Answer answer) {
    Objects.requireNonNull(jsonLd, "jsonLd");
    if (!question.answers().contains(answer)) {
      throw new IllegalArgumentException(
          "answer: \"" + answer.id() + "\" is not an answer of question \"" + question.id() + "\"");
    }
    return Representation.of(JsonLd.MEDIA_TYPE, FeedInputs.newest(question),
        out -> utf8(jsonLd.answerPage(question, answer), out));
  }

  /**
   * An HTML fragment or page made by an {@link dev.roundtable.html.HtmlExporter} from a
   * question ({@code html.answer(question, answer)}, {@code html.index(question)}...),
   * {@code text/html; charset=utf-8}, dated by the question.
   *
   * @param html the fragment
   * @param question the question it was made from, for {@code Last-Modified}
   * @return the representation
   */
  public static Representation html(Fragment html, Question question) {
    Objects.requireNonNull(html, "html");
    return Representation.of(TEXT_HTML, FeedInputs.newest(question), html::writeTo);
  }

  private static String feedType(FeedWriter writer) {
    String type = writer.mediaType();
    return type.endsWith("+xml") ? type + "; charset=utf-8" : type;
  }

  private static RoundtableJson roundtableJson(boolean pretty) {
    return pretty ? PRETTY : RoundtableJson.defaults();
  }

  private static void utf8(String text, java.io.OutputStream out) throws java.io.IOException {
    out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }
}
