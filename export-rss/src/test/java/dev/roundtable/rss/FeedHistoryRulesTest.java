package dev.roundtable.rss;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** FeedHistoryRules reports what the validator reports: each rule catches its fault. */
class FeedHistoryRulesTest {
  private static final String SELF = "https://example.com/a/2.atom";

  private static byte[] atom(String head, String entry) {
    return ("<feed xmlns=\"http://www.w3.org/2005/Atom\" xmlns:fh=\""
        + FeedHistoryRules.FH_NS + "\">" + head + "<entry>" + entry + "</entry></feed>")
        .getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void anArchiveWithoutArchiveLinksOrCurrentIsIncomplete() {
    assertThat(FeedHistoryRules.of(atom("<fh:archive/>", ""), SELF))
        .containsExactly("ArchiveIncomplete", "MissingCurrentInArchive");
  }

  @Test
  void aPreviousLinkOnTheFirstPageLinksPastTheEnd() {
    assertThat(FeedHistoryRules.of(atom("<link rel=\"first\" href=\"" + SELF + "\"/>"
        + "<link rel=\"previous\" href=\"https://example.com/a/1.atom\"/>", ""), SELF))
        .containsExactly("LinkPastEnd: first is self, with previous");
  }

  @Test
  void pagingLinksInAnEntryAndUnregisteredRelsAreReported() {
    assertThat(FeedHistoryRules.of(atom("<link rel=\"older\" href=\"" + SELF + "\"/>",
        "<link rel=\"next\" href=\"" + SELF + "\"/>"), SELF))
        .containsExactly("FeedHistoryRelInEntry: next", "UnregisteredAtomLinkRel: older");
  }
}
