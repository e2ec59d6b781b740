package dev.roundtable.rss;

import dev.roundtable.model.Answer;
import dev.roundtable.model.Url;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.function.IntFunction;

/**
 * An archived feed (RFC 5005 section 4): the subscription document (the channel's self URL)
 * with the newest answers, and archive documents of {@code pageSize} answers each that never
 * change once full.
 *
 * <p><b>Keying.</b> Archives are numbered from the oldest answer: archive 1 holds the
 * {@code pageSize} oldest answers, archive k the k-th {@code pageSize} of them, oldest first
 * by publication time, then id. A new answer (published after every archived one) therefore
 * never moves an archived answer: it only changes the subscription document, until enough
 * answers have come to fill the next archive. An archive is written only when full: there are
 * {@code answers / pageSize} of them. An archive is its answers' document only: its date is its
 * newest answer's last modification (never the channel's {@link Channel#updated() date}), it
 * lists its answers newest first, and its links depend only on its number.
 *
 * <p><b>Updates.</b> An answer edited after it was archived stays in its archive (it is keyed by
 * publication, not by modification), and that archive's item changes with it: its
 * {@code updated} date and text are the answer's as given. So an edit changes the one archive
 * that holds the answer, and no other: readers that fetch archives get the corrected text, and
 * the archive's entries stay the same set, as RFC 5005 asks. (Keeping an archive's bytes
 * through edits would need the answer as first published, which the model does not keep.)
 *
 * <p><b>Links.</b> Archive k has {@code <fh:archive/>}, {@code current} (the subscription
 * document), {@code prev-archive} (archive k-1) when k &gt; 1, and {@code next-archive}
 * (archive k+1) always, even while archive k+1 is not full, so that its bytes do not change
 * when k+1 fills: until then, serve the subscription document at k+1's URL. The subscription
 * document has {@code prev-archive}, to the newest full archive, when there is one. JSON Feed
 * has {@code next_url} only: it points to the older document ({@code prev-archive}), and
 * nothing marks a JSON Feed archive as one.
 *
 * <p><b>Streaming.</b> {@link #writeArchive} takes the answers oldest first
 * ({@link #writeCurrent} newest first, as every feed), checks their order (an answer out of
 * order is an {@link IllegalArgumentException} naming its index and id), drops those before the
 * archive and holds the archive's {@code pageSize} answers, to write them newest first; nothing
 * after the archive is pulled. Immutable and thread-safe.
 */
public final class FeedArchives {
  /**
   * The order archives are cut in, and {@link #writeArchive} takes the answers in: oldest
   * first, by publication date, earliest first, then by id.
   */
  public static final Comparator<Answer> OLDEST_FIRST =
      Comparator.comparing(Answer::publishedAt).thenComparing(Answer::id);

  private final FeedWriter writer;
  private final int pageSize;
  private final IntFunction<Url> archiveUrl;

  private FeedArchives(FeedWriter writer, int pageSize, IntFunction<Url> archiveUrl) {
    this.writer = Objects.requireNonNull(writer, "writer");
    this.pageSize = FeedPages.atLeastOne(pageSize);
    this.archiveUrl = Objects.requireNonNull(archiveUrl, "archiveUrl");
  }

  /**
   * An archived feed.
   *
   * @param writer the format and the channel (whose self URL is the subscription document's)
   * @param pageSize how many answers an archive holds, at least 1
   * @param archiveUrl the URL of archive k, for k from 1
   * @return the archived feed
   * @throws IllegalArgumentException starting {@code pageSize: } when it is below 1
   */
  public static FeedArchives of(FeedWriter writer, int pageSize, IntFunction<Url> archiveUrl) {
    return new FeedArchives(writer, pageSize, archiveUrl);
  }

  /** {@return how many answers an archive holds} */
  public int pageSize() {
    return pageSize;
  }

  /**
   * How many archives are full.
   *
   * @param answers how many answers the feed has
   * @return {@code answers / pageSize}
   */
  public long archiveCount(long answers) {
    return FeedPages.count(answers) / pageSize;
  }

  /**
   * The URL of an archive.
   *
   * @param archive at least 1
   * @return the caller's function's URL
   */
  public Url url(int archive) {
    if (archive < 1) {
      throw new IllegalArgumentException("archive: must be at least 1, was " + archive);
    }
    return FeedPages.webUrl(archiveUrl.apply(archive), "archive", archive);
  }

  /**
   * Writes a full archive.
   *
   * @param archive its number, from 1 (the oldest answers)
   * @param oldestFirst all the feed's answers, oldest first, from the oldest
   * @param out where the UTF-8 bytes go; flushed, not closed
   * @throws IOException when writing to {@code out} fails
   * @throws IllegalArgumentException starting {@code archive: } when it is below 1 or not full,
   *     {@code answers[i]: } when answer i is out of order or {@code null}
   */
  public void writeArchive(int archive, Iterator<? extends Answer> oldestFirst,
      OutputStream out) throws IOException {
    Url self = url(archive);
    OrderedAnswers answers =
        new OrderedAnswers(oldestFirst, OLDEST_FIRST, "oldest first");
    answers.skip((long) (archive - 1) * pageSize);
    List<Answer> page = new ArrayList<>(Math.min(pageSize, 1024));
    while (page.size() < pageSize && answers.hasNext()) {
      page.add(answers.next());
    }
    if (page.size() < pageSize) {
      throw new IllegalArgumentException("archive: " + archive + " is not full: the answers"
          + " end after " + answers.pulled() + ", and archive " + archive + " holds answers "
          + ((long) (archive - 1) * pageSize + 1) + " to " + (long) archive * pageSize
          + " (oldest first); newer answers are in the subscription document only");
    }
    page.sort(FeedWriter.NEWEST_FIRST);
    FeedLinks links = FeedLinks.NONE.with("current", writer.channel().selfUrl());
    if (archive > 1) {
      links = links.with("prev-archive", url(archive - 1));
    }
    links = links.with("next-archive", url(archive + 1)).archive();
    Channel channel = writer.channel().toBuilder().selfUrl(self).updated(null)
        .limit(pageSize).build();
    links.write(writer, channel, page.iterator(), out);
  }

  /**
   * Writes the subscription document: the channel's feed of the newest answers (up to its
   * {@link Channel#limit() limit}, or all), with {@code prev-archive} to the newest full
   * archive. Give the channel a limit no lower than {@code pageSize - 1}, so that no answer
   * is in neither an archive nor the subscription document.
   *
   * @param answerCount how many answers the feed has (the newest archive depends on it)
   * @param newestFirst the answers, newest first
   * @param out where the UTF-8 bytes go; flushed, not closed
   * @throws IOException when writing to {@code out} fails
   */
  public void writeCurrent(long answerCount, Iterator<? extends Answer> newestFirst,
      OutputStream out) throws IOException {
    long archives = archiveCount(answerCount);
    FeedLinks links = FeedLinks.NONE;
    if (archives > 0) {
      links = links.with("prev-archive", url((int) Math.min(archives, Integer.MAX_VALUE)));
    }
    links.write(writer, writer.channel(),
        new OrderedAnswers(newestFirst, FeedWriter.NEWEST_FIRST, "newest first"), out);
  }

  /**
   * A full archive of a list of answers as bytes.
   *
   * @param archive its number, from 1
   * @param oldestFirst all the feed's answers, oldest first
   * @return the UTF-8 bytes
   */
  public byte[] archiveBytes(int archive, List<? extends Answer> oldestFirst) {
    return FeedPages.bytes(out -> writeArchive(archive, oldestFirst.iterator(), out));
  }

  /**
   * The subscription document of a list of answers as bytes.
   *
   * @param newestFirst all the feed's answers, newest first
   * @return the UTF-8 bytes
   */
  public byte[] currentBytes(List<? extends Answer> newestFirst) {
    return FeedPages.bytes(out -> writeCurrent(newestFirst.size(), newestFirst.iterator(), out));
  }
}
