package dev.roundtable.rss;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundtable.model.Answer;
import dev.roundtable.model.MentoringExample;
import dev.roundtable.model.Url;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reviewed golden files of the new channel-level elements, on the bundled example: page 2
 * of 3 (pages of 3) and archive 1 with a WebSub hub, and the subscription document, in RSS,
 * Atom and JSON Feed. Each was checked with the W3C validator (its Python source, run offline)
 * with no error and no warning before it was recorded.
 */
class PagedGoldenTest {
  private static final String HUB = "https://pubsubhubbub.appspot.com/";
  private static final List<Answer> NEWEST_FIRST = FeedWriter.newestFirst(
      MentoringExample.question());

  private static FeedWriter writer(String extension) {
    Channel channel = Fixtures.channel(extension).toBuilder().hub(HUB).build();
    return switch (extension) {
      case "rss" -> RssFeedWriter.of(channel);
      case "atom" -> AtomFeedWriter.of(channel);
      default -> JsonFeedWriter.of(channel);
    };
  }

  private static Url url(String name) {
    return Url.of(MentoringExample.BASE + name);
  }

  static Stream<Arguments> documents() {
    List<Answer> oldestFirst = new ArrayList<>(NEWEST_FIRST);
    oldestFirst.sort(FeedArchives.OLDEST_FIRST);
    List<Arguments> all = new ArrayList<>();
    for (String ext : List.of("rss", "atom", "json")) {
      FeedPages pages = FeedPages.of(writer(ext), 3, k -> url("feed-" + k + "." + ext));
      FeedArchives archives = FeedArchives.of(writer(ext), 3,
          k -> url("archive-" + k + "." + ext));
      all.add(Arguments.of("mentoring.page-2." + ext + (ext.equals("json") ? "" : ".xml"),
          (Supplier<byte[]>) () -> pages.toBytes(2, NEWEST_FIRST)));
      all.add(Arguments.of("mentoring.archive-1." + ext + (ext.equals("json") ? "" : ".xml"),
          (Supplier<byte[]>) () -> archives.archiveBytes(1, oldestFirst)));
      all.add(Arguments.of("mentoring.current." + ext + (ext.equals("json") ? "" : ".xml"),
          (Supplier<byte[]>) () -> archives.currentBytes(NEWEST_FIRST)));
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void matchesTheReviewedGoldenFile(String golden, Supplier<byte[]> document) {
    String written = new String(document.get(), StandardCharsets.UTF_8);
    // -Droundtable.writeGoldens=true records the files again, to be reviewed and validated
    if (Boolean.getBoolean("roundtable.writeGoldens")) {
      try {
        java.nio.file.Files.writeString(java.nio.file.Path.of(
            "src/test/resources/dev/roundtable/rss/" + golden), written);
      } catch (java.io.IOException e) {
        throw new AssertionError(e);
      }
    }
    assertThat(written).isEqualTo(Fixtures.resource(golden));
  }
}
