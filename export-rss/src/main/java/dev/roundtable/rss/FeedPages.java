package dev.roundtable.rss;

import dev.roundtable.model.Answer;
import dev.roundtable.model.Url;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.function.IntFunction;

/**
 * A paged feed (RFC 5005 section 3): a feed of N answers, newest first, cut into pages of
 * {@code pageSize}; page 1 holds the newest. Each page is a feed document of its writer's
 * format whose self link is the page's URL, with {@code first} and {@code last} links, and
 * {@code previous} (newer) and {@code next} (older) where they exist: Atom
 * {@code <link rel href/>}, RSS {@code <atom:link rel href/>}, JSON Feed {@code next_url} (its one
 * paging field). Page 1's URL is the channel's self URL; the others come from the caller's
 * function. The channel's {@link Channel#limit() limit} is replaced by the page size. Immutable
 * and thread-safe.
 *
 * <p><b>Streaming.</b> {@link #write} pulls the answers before the page one by one and drops
 * them, then streams the page's through the writer: nothing is held but the answer being
 * written, and nothing after the page is pulled. The answers must be newest first
 * ({@link FeedWriter#NEWEST_FIRST}: publication time, latest first, then id); one out of that
 * order is an {@link IllegalArgumentException} naming its index and id.
 */
public final class FeedPages {
  private final FeedWriter writer;
  private final int pageSize;
  private final IntFunction<Url> pageUrl;

  private FeedPages(FeedWriter writer, int pageSize, IntFunction<Url> pageUrl) {
    this.writer = Objects.requireNonNull(writer, "writer");
    this.pageSize = atLeastOne(pageSize);
    this.pageUrl = Objects.requireNonNull(pageUrl, "pageUrl");
  }

  /**
   * Pages of a feed.
   *
   * @param writer the format and channel (whose self URL is page 1's)
   * @param pageSize the most answers a page holds, at least 1
   * @param pageUrl the URL of page k, for k from 2 (say {@code k -> Url.of(base + "feed-" + k +
   *     ".xml")}); asked only when a link is written
   * @return the pages
   * @throws IllegalArgumentException starting {@code pageSize: } when it is below 1
   */
  public static FeedPages of(FeedWriter writer, int pageSize, IntFunction<Url> pageUrl) {
    return new FeedPages(writer, pageSize, pageUrl);
  }

  /** {@return the most answers a page holds} */
  public int pageSize() {
    return pageSize;
  }

  /**
   * The number of the last page.
   *
   * @param answers how many answers the feed has
   * @return at least 1: a feed without answers is one empty page
   * @throws IllegalArgumentException when {@code answers} is negative or makes more than
   *     {@link Integer#MAX_VALUE} pages
   */
  public int lastPage(long answers) {
    count(answers);
    long pages = Math.max(1, (answers + pageSize - 1) / pageSize);
    if (pages > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("answers: " + answers + " make more than "
          + Integer.MAX_VALUE + " pages of " + pageSize);
    }
    return (int) pages;
  }

  /**
   * The URL of a page.
   *
   * @param page at least 1
   * @return the channel's self URL for page 1, else the caller's function's
   */
  public Url url(int page) {
    if (page < 1) {
      throw new IllegalArgumentException("page: must be at least 1, was " + page);
    }
    return page == 1 ? writer.channel().selfUrl() : webUrl(pageUrl.apply(page), "page", page);
  }

  /**
   * Writes one page.
   *
   * @param page the page's number, 1 to {@link #lastPage(long) lastPage(answerCount)}
   * @param answerCount how many answers the whole feed has (the last page depends on it)
   * @param newestFirst all the feed's answers, newest first, from the newest
   * @param out where the UTF-8 bytes go; flushed, not closed
   * @throws IOException when writing to {@code out} fails
   * @throws IllegalArgumentException starting {@code page: } when the page is out of range,
   *     {@code answers: } when they end before the page, {@code answers[i]: } when answer i is
   *     out of order or {@code null}
   */
  public void write(int page, long answerCount, Iterator<? extends Answer> newestFirst,
      OutputStream out) throws IOException {
    int last = lastPage(answerCount);
    if (page < 1 || page > last) {
      throw new IllegalArgumentException("page: must be from 1 to " + last + " (" + answerCount
          + " answers in pages of " + pageSize + "), was " + page);
    }
    OrderedAnswers answers =
        new OrderedAnswers(newestFirst, FeedWriter.NEWEST_FIRST, "newest first");
    long before = (long) (page - 1) * pageSize;
    if (!answers.skip(before) || (page > 1 && !answers.hasNext())) {
      throw new IllegalArgumentException("answers: they end after " + answers.pulled()
          + ", but page " + page + " starts after answer " + before + " of the " + answerCount
          + " said");
    }
    FeedLinks links = FeedLinks.NONE.with("first", url(1));
    if (page > 1) {
      links = links.with("previous", url(page - 1));
    }
    if (page < last) {
      links = links.with("next", url(page + 1));
    }
    links = links.with("last", url(last));
    Channel channel = writer.channel().toBuilder().selfUrl(url(page)).limit(pageSize).build();
    links.write(writer, channel, answers, out);
  }

  /**
   * One page of a list of answers as bytes.
   *
   * @param page the page's number
   * @param newestFirst all the feed's answers, newest first
   * @return the UTF-8 bytes
   */
  public byte[] toBytes(int page, List<? extends Answer> newestFirst) {
    return bytes(out -> write(page, newestFirst.size(), newestFirst.iterator(), out));
  }

  /** What writes a document, for {@link #bytes}. */
  @FunctionalInterface
  interface Document {
    void writeTo(OutputStream out) throws IOException;
  }

  /** A document written to a buffer. */
  static byte[] bytes(Document document) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);
    try {
      document.writeTo(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
    }
    return bytes.toByteArray();
  }

  /** A count of answers, as pages and archives take it: never negative. */
  static long count(long answers) {
    if (answers < 0) {
      throw new IllegalArgumentException("answers: must be at least 0, was " + answers);
    }
    return answers;
  }

  static int atLeastOne(int pageSize) {
    if (pageSize < 1) {
      throw new IllegalArgumentException("pageSize: must be at least 1, was " + pageSize);
    }
    return pageSize;
  }

  /** The caller's URL for a page or archive, which must be an http(s) URL. */
  static Url webUrl(Url url, String what, int number) {
    if (url == null || !url.isWeb()) {
      throw new IllegalArgumentException(what + ": the URL of " + what + " " + number
          + " must be an http or https URL, was " + url);
    }
    return url;
  }
}
