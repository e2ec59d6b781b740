package dev.roundtable.rss;

import static dev.roundtable.rss.Fixtures.ATOM_NS;
import static dev.roundtable.rss.Fixtures.children;
import static dev.roundtable.rss.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.roundtable.model.Answer;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** Archived feeds (RFC 5005 section 4): what each archive holds and how they link. */
class FeedArchivesTest {
  private static final List<Answer> SEVEN = Pages.oldestFirst(7);
  private static final String CURRENT = Pages.BASE + "feed.atom";

  private static String archive(int k) {
    return Pages.archiveUrl("atom", k).toString();
  }

  private static List<String> titles(byte[] feed) {
    return children(Fixtures.parseXml(feed).getDocumentElement(), ATOM_NS, "entry").stream()
        .map(e -> text(e, ATOM_NS, "title")).toList();
  }

  @Test
  void anArchiveIsMarkedAndLinksToTheSubscriptionDocumentAndItsNeighbours() {
    byte[] second = Pages.archives("atom", 3).archiveBytes(2, SEVEN);
    assertThat(FeedHistoryRules.links(second)).containsExactly("self " + archive(2),
        "alternate " + Pages.BASE, "current " + CURRENT, "prev-archive " + archive(1),
        "next-archive " + archive(3));
    Element feed = Fixtures.parseXml(second).getDocumentElement();
    assertThat(children(feed, FeedHistoryRules.FH_NS, "archive")).hasSize(1);
  }

  @Test
  void theFirstArchiveHasNoPrevArchive() {
    assertThat(FeedHistoryRules.links(Pages.archives("atom", 3).archiveBytes(1, SEVEN)))
        .containsExactly("self " + archive(1), "alternate " + Pages.BASE, "current " + CURRENT,
            "next-archive " + archive(2));
  }

  @Test
  void archivesHoldThePageSizeOldestAnswersListedNewestFirst() {
    FeedArchives archives = Pages.archives("atom", 3);
    assertThat(archives.archiveCount(7)).isEqualTo(2);
    assertThat(titles(archives.archiveBytes(1, SEVEN)))
        .containsExactly("Answer 4", "Answer 5", "Answer 6");
    assertThat(titles(archives.archiveBytes(2, SEVEN)))
        .containsExactly("Answer 1", "Answer 2", "Answer 3");
  }

  @Test
  void theSubscriptionDocumentLinksToTheNewestFullArchive() {
    FeedArchives archives = Pages.archives("atom", 3);
    assertThat(FeedHistoryRules.links(archives.currentBytes(Pages.newestFirst(7))))
        .containsExactly("self " + CURRENT, "alternate " + Pages.BASE,
            "prev-archive " + archive(2));
    assertThat(FeedHistoryRules.links(archives.currentBytes(Pages.newestFirst(2))))
        .containsExactly("self " + CURRENT, "alternate " + Pages.BASE);
  }

  @Test
  void jsonFeedArchivesPointNextUrlAtTheOlderArchive() throws IOException {
    FeedArchives archives = Pages.archives("json", 3);
    ObjectMapper mapper = new ObjectMapper();
    JsonNode second = mapper.readTree(archives.archiveBytes(2, SEVEN));
    assertThat(second.get("next_url").asText())
        .isEqualTo(Pages.archiveUrl("json", 1).toString());
    assertThat(mapper.readTree(archives.archiveBytes(1, SEVEN)).has("next_url")).isFalse();
    assertThat(mapper.readTree(archives.currentBytes(Pages.newestFirst(7))).get("next_url")
        .asText()).isEqualTo(Pages.archiveUrl("json", 2).toString());
  }

  @Test
  void refusesAnArchiveThatIsNotFull() {
    assertThatThrownBy(() -> Pages.archives("rss", 3).archiveBytes(3, SEVEN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("archive: 3 is not full: the answers end after 7, and archive"
            + " 3 holds answers 7 to 9");
    assertThatThrownBy(() -> Pages.archives("rss", 3).archiveBytes(0, SEVEN))
        .hasMessage("archive: must be at least 1, was 0");
  }

  @Test
  void namesTheAnswerThatIsOutOfOrder() {
    assertThatThrownBy(() -> Pages.archives("atom", 3).archiveBytes(1, Pages.newestFirst(7)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("answers[1]: answer \"a1\"")
        .hasMessageContaining("comes after \"a0\"").hasMessageContaining("oldest first");
  }

  @Test
  void anEditedAnswerChangesOnlyTheArchiveThatHoldsIt() {
    FeedArchives archives = Pages.archives("atom", 2);
    List<Answer> edited = new ArrayList<>(SEVEN);
    Answer answer = edited.get(3); // archive 2
    edited.set(3, answer.toBuilder().headline("Answer 3, corrected")
        .updatedAt(Instant.parse("2021-06-01T00:00:00Z")).build());
    assertThat(archives.archiveBytes(1, edited)).isEqualTo(archives.archiveBytes(1, SEVEN));
    assertThat(archives.archiveBytes(3, edited)).isEqualTo(archives.archiveBytes(3, SEVEN));
    byte[] second = archives.archiveBytes(2, edited);
    assertThat(second).isNotEqualTo(archives.archiveBytes(2, SEVEN));
    Element feed = Fixtures.parseXml(second).getDocumentElement();
    assertThat(text(feed, ATOM_NS, "updated")).isEqualTo("2021-06-01T00:00:00Z");
    assertThat(titles(second)).containsExactly("Answer 3, corrected", "Answer 4");
  }

  @Test
  void anArchiveIsDatedByItsAnswersNotByTheChannel() {
    Channel dated = Fixtures.channel("atom").toBuilder()
        .updated(Instant.parse("2030-01-01T00:00:00Z")).build();
    FeedArchives archives = FeedArchives.of(AtomFeedWriter.of(dated), 3,
        k -> Pages.archiveUrl("atom", k));
    assertThat(archives.archiveBytes(1, SEVEN))
        .isEqualTo(Pages.archives("atom", 3).archiveBytes(1, SEVEN));
  }
}
