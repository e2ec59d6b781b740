package dev.roundtable.rss;

import dev.roundtable.model.Answer;
import dev.roundtable.model.Url;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/** Channels, URLs and answers for the paged and archived feeds' tests. */
final class Pages {
  static final String BASE = "https://example.com/insider/";

  private Pages() {}

  /** The example's channel served at {@code feed.<extension>}, in that format. */
  static FeedWriter writer(String format) {
    Channel channel = Fixtures.channel(format);
    return switch (format) {
      case "atom" -> AtomFeedWriter.of(channel);
      case "json" -> JsonFeedWriter.of(channel);
      default -> RssFeedWriter.of(channel);
    };
  }

  /** Page k at {@code feed-k.<format>}. */
  static Url pageUrl(String format, int page) {
    return Url.of(BASE + "feed-" + page + "." + format);
  }

  /** Archive k at {@code archive/k.<format>}. */
  static Url archiveUrl(String format, int archive) {
    return Url.of(BASE + "archive/" + archive + "." + format);
  }

  static FeedPages pages(String format, int pageSize) {
    return FeedPages.of(writer(format), pageSize, k -> pageUrl(format, k));
  }

  static FeedArchives archives(String format, int pageSize) {
    return FeedArchives.of(writer(format), pageSize, k -> archiveUrl(format, k));
  }

  /** Answers 0 to n-1 newest first ({@link StreamingTest#answer}: a minute apart). */
  static List<Answer> newestFirst(int n) {
    return IntStream.range(0, n).mapToObj(StreamingTest::answer).toList();
  }

  /** The same answers oldest first. */
  static List<Answer> oldestFirst(int n) {
    List<Answer> answers = new ArrayList<>(newestFirst(n));
    java.util.Collections.reverse(answers);
    return answers;
  }
}
