package dev.roundtable.rss;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import dev.roundtable.model.Answer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every page, archive and subscription document of seven answers breaks no rule of the W3C
 * Feed Validation Service (FeedValidatorRules for the feed, FeedHistoryRules for the RFC 5005
 * links and {@code fh:archive}), and ROME reads each with its entries and links.
 */
class PagedFeedValidityTest {
  private static final List<Answer> NEWEST_FIRST = Pages.newestFirst(7);
  private static final List<Answer> OLDEST_FIRST = Pages.oldestFirst(7);

  static void valid(String format, byte[] xml, String selfUrl, int entries) {
    String what = format + " " + selfUrl + ":\n" + new String(xml, StandardCharsets.UTF_8);
    List<String> problems = format.equals("rss") ? FeedValidatorRules.rss(xml, selfUrl, false)
        : FeedValidatorRules.atom(xml, selfUrl, false);
    assertThat(problems).as(what).isEmpty();
    assertThat(FeedHistoryRules.of(xml, selfUrl)).as(what).isEmpty();
    SyndFeed rome = Fixtures.parseRome(xml);
    assertThat(rome.getEntries()).as(what).hasSize(entries);
  }

  @ParameterizedTest
  @ValueSource(strings = {"rss", "atom"})
  void everyPageIsValidAndReadable(String format) {
    FeedPages pages = Pages.pages(format, 3);
    for (int page = 1; page <= 3; page++) {
      valid(format, pages.toBytes(page, NEWEST_FIRST), pages.url(page).toString(),
          page < 3 ? 3 : 1);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"rss", "atom"})
  void everyArchiveAndTheSubscriptionDocumentAreValidAndReadable(String format) {
    FeedArchives archives = Pages.archives(format, 3);
    for (int archive = 1; archive <= 2; archive++) {
      valid(format, archives.archiveBytes(archive, OLDEST_FIRST),
          archives.url(archive).toString(), 3);
    }
    valid(format, archives.currentBytes(NEWEST_FIRST), Pages.BASE + "feed." + format, 7);
  }

  @Test
  void romeReadsTheLinksOfAnAtomPage() {
    FeedPages pages = Pages.pages("atom", 3);
    SyndFeed rome = Fixtures.parseRome(pages.toBytes(2, NEWEST_FIRST));
    assertThat(rome.getLinks()).extracting(SyndLink::getRel)
        .contains("self", "first", "previous", "next", "last");
  }
}
