package dev.roundtable.rss;

import dev.roundtable.model.Answer;
import java.io.IOException;
import java.util.Iterator;
import java.util.stream.IntStream;

/**
 * Writes the last page of a paged feed of N generated answers (newest first) or its last full
 * archive (oldest first), pages of 1000, each answer built only when pulled, into a discarding
 * stream, and prints the answer and byte counts. Run by {@link PagedMemoryTest} in a JVM with a
 * small heap: {@code MillionPages N page|archive FORMAT}.
 */
final class MillionPages {
  static final int PAGE_SIZE = 1000;

  private MillionPages() {}

  /** Answers n-1 down to 0 (MillionAnswers: 0 is the newest), built lazily: oldest first. */
  static Iterator<Answer> oldestFirst(int n) {
    return IntStream.range(0, n).mapToObj(i -> MillionAnswers.answer(n - 1 - i)).iterator();
  }

  /**
   * Writes the page or archive.
   *
   * @param args the number of answers, {@code page} or {@code archive}, and the format (rss,
   *     atom or json)
   * @throws IOException never: the stream discards
   */
  public static void main(String[] args) throws IOException {
    int n = Integer.parseInt(args[0]);
    String format = args[2];
    MillionAnswers.Discarding out = new MillionAnswers.Discarding();
    if (args[1].equals("page")) {
      FeedPages pages = Pages.pages(format, PAGE_SIZE);
      pages.write(pages.lastPage(n), n, MillionAnswers.answers(n), out);
    } else {
      FeedArchives archives = Pages.archives(format, PAGE_SIZE);
      archives.writeArchive((int) archives.archiveCount(n), oldestFirst(n), out);
    }
    System.out.println("answers=" + n + " bytes=" + out.count);
  }
}
