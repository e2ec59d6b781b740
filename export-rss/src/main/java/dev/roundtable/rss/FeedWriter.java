package dev.roundtable.rss;

import dev.roundtable.model.Answer;
import dev.roundtable.model.Question;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A feed format: writes a sequence of answers as one feed of a {@link Channel}. Implementations
 * are immutable and thread-safe; make one per channel and reuse it.
 *
 * <p><b>Streaming.</b> The writer pulls answers one at a time from the iterator, iterable or
 * stream and writes each before pulling the next, so memory stays constant however many answers
 * there are (a database cursor can feed a million). Streamed answers are expected <em>newest
 * first</em>, as feeds list them: the first answer's date is the feed's date
 * ({@code lastBuildDate}, Atom {@code updated}) unless the channel's {@link Channel#updated()
 * updated} is later, and it is never taken from the clock (an empty Atom feed needs the
 * channel's). The channel's {@link Channel#limit() limit} stops the pulling.
 * {@link #write(Question, OutputStream)} sorts a question's answers newest first itself.
 *
 * <p><b>Failures.</b> An exception thrown by the answers' iterator (a database error, say)
 * propagates as is, and the output written so far is incomplete: write into a buffer or a
 * temporary file when a partial feed must never be served.
 *
 * <p><b>Output.</b> UTF-8, deterministic (the same answers give the same bytes, so a hash of
 * them is a valid ETag), well-formed for any text the model accepts: characters XML cannot carry
 * are dropped. The caller's stream is flushed, never closed.
 */
public sealed interface FeedWriter permits RssFeedWriter, AtomFeedWriter, JsonFeedWriter {

  /** Newest first: by publication date, latest first, then by id for a stable order. */
  Comparator<Answer> NEWEST_FIRST =
      Comparator.comparing(Answer::publishedAt).reversed().thenComparing(Answer::id);

  /** {@return the channel this writer writes} */
  Channel channel();

  /** {@return the media type to serve the feed with, no parameters: {@code application/rss+xml}} */
  String mediaType();

  /**
   * Writes a feed of the answers, pulling them one by one.
   *
   * @param answers the answers, newest first; none may be {@code null}
   * @param out where the UTF-8 bytes go; flushed, not closed
   * @throws IOException when writing to {@code out} fails
   * @throws IllegalArgumentException when an answer is {@code null} or its item id is an
   *     earlier item's (answers sharing a URL), naming the answer's index; an
   *     {@link InvalidChannelException} naming {@code updated}, before anything is written, when
   *     an Atom feed has no entries and the channel no {@link Channel#updated() date}
   */
  void write(Iterator<? extends Answer> answers, OutputStream out) throws IOException;

  /**
   * Writes a feed of the answers, pulling them one by one.
   *
   * @param answers the answers, newest first
   * @param out where the UTF-8 bytes go; flushed, not closed
   * @throws IOException when writing to {@code out} fails
   */
  default void write(Iterable<? extends Answer> answers, OutputStream out) throws IOException {
    write(Objects.requireNonNull(answers, "answers").iterator(), out);
  }

  /**
   * Writes a feed of the answers in the stream, pulling them one by one. The stream is not
   * closed.
   *
   * @param answers the answers, newest first
   * @param out where the UTF-8 bytes go; flushed, not closed
   * @throws IOException when writing to {@code out} fails
   */
  default void write(Stream<? extends Answer> answers, OutputStream out) throws IOException {
    write(Objects.requireNonNull(answers, "answers").iterator(), out);
  }

  /**
   * Writes a feed of a question's answers, newest first (see {@link #NEWEST_FIRST}). The
   * question's {@code askedAt} counts as a date of the feed (see {@link Channel#updated()}), so
   * a question without answers still has one when it was asked at a known time.
   *
   * @param question the question
   * @param out where the UTF-8 bytes go; flushed, not closed
   * @throws IOException when writing to {@code out} fails
   */
  default void write(Question question, OutputStream out) throws IOException {
    datedBy(question).write(newestFirst(question), out);
  }

  /**
   * The feed of the answers as bytes, for caching and ETags.
   *
   * @param answers the answers, newest first
   * @return the UTF-8 bytes
   */
  default byte[] toBytes(Iterable<? extends Answer> answers) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);
    try {
      write(answers, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
    }
    return bytes.toByteArray();
  }

  /**
   * The feed of the answers as a string.
   *
   * @param answers the answers, newest first
   * @return the feed
   */
  default String toString(Iterable<? extends Answer> answers) {
    return new String(toBytes(answers), StandardCharsets.UTF_8);
  }

  /**
   * The feed of a question's answers, newest first, as a string.
   *
   * @param question the question
   * @return the feed
   */
  default String toString(Question question) {
    return datedBy(question).toString(newestFirst(question));
  }

  /** This writer, or one whose channel is dated no earlier than when the question was asked. */
  private FeedWriter datedBy(Question question) {
    Instant asked = Objects.requireNonNull(question, "question").askedAt().orElse(null);
    Instant updated = channel().updated().orElse(null);
    if (asked == null || (updated != null && !asked.isAfter(updated))) {
      return this;
    }
    Channel dated = channel().toBuilder().updated(asked).build();
    if (this instanceof RssFeedWriter) {
      return RssFeedWriter.of(dated);
    }
    return this instanceof AtomFeedWriter ? AtomFeedWriter.of(dated) : JsonFeedWriter.of(dated);
  }

  /**
   * A question's answers sorted newest first.
   *
   * @param question the question
   * @return a new list
   */
  static List<Answer> newestFirst(Question question) {
    List<Answer> sorted = new ArrayList<>(Objects.requireNonNull(question, "question").answers());
    sorted.sort(NEWEST_FIRST);
    return sorted;
  }
}
