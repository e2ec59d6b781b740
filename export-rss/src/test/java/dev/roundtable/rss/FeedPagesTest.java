package dev.roundtable.rss;

import static dev.roundtable.rss.Fixtures.ATOM_NS;
import static dev.roundtable.rss.Fixtures.children;
import static dev.roundtable.rss.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.roundtable.model.Answer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** Paged feeds (RFC 5005 section 3): which answers a page holds and which links it has. */
class FeedPagesTest {
  private static final List<Answer> SEVEN = Pages.newestFirst(7);

  private static String url(String format, int page) {
    return page == 1 ? Pages.BASE + "feed." + format : Pages.pageUrl(format, page).toString();
  }

  @Test
  void pageTwoOfThreeLinksToTheFirstPreviousNextAndLastPages() {
    byte[] page = Pages.pages("atom", 3).toBytes(2, SEVEN);
    assertThat(FeedHistoryRules.links(page)).containsExactly("self " + url("atom", 2),
        "alternate " + Pages.BASE, "first " + url("atom", 1), "previous " + url("atom", 1),
        "next " + url("atom", 3), "last " + url("atom", 3));
    assertThat(text(Fixtures.parseXml(page).getDocumentElement(), ATOM_NS, "id"))
        .isEqualTo(url("atom", 2));
  }

  @Test
  void theFirstPageHasNoPreviousAndTheLastNoNext() {
    FeedPages pages = Pages.pages("atom", 3);
    assertThat(FeedHistoryRules.links(pages.toBytes(1, SEVEN))).containsExactly(
        "self " + url("atom", 1), "alternate " + Pages.BASE, "first " + url("atom", 1),
        "next " + url("atom", 2), "last " + url("atom", 3));
    assertThat(FeedHistoryRules.links(pages.toBytes(3, SEVEN))).containsExactly(
        "self " + url("atom", 3), "alternate " + Pages.BASE, "first " + url("atom", 1),
        "previous " + url("atom", 2), "last " + url("atom", 3));
  }

  @Test
  void rssPagesCarryTheLinksAsAtomLinksInTheChannel() {
    assertThat(FeedHistoryRules.links(Pages.pages("rss", 3).toBytes(2, SEVEN))).containsExactly(
        "self " + url("rss", 2), "first " + url("rss", 1), "previous " + url("rss", 1),
        "next " + url("rss", 3), "last " + url("rss", 3));
  }

  @Test
  void jsonFeedPagesHaveNextUrlUntilTheLastPage() throws IOException {
    FeedPages pages = Pages.pages("json", 3);
    ObjectMapper mapper = new ObjectMapper();
    JsonNode second = mapper.readTree(pages.toBytes(2, SEVEN));
    assertThat(second.get("feed_url").asText()).isEqualTo(url("json", 2));
    assertThat(second.get("next_url").asText()).isEqualTo(url("json", 3));
    assertThat(mapper.readTree(pages.toBytes(3, SEVEN)).has("next_url")).isFalse();
  }

  @Test
  void everyAnswerIsOnExactlyOnePageNewestFirst() {
    FeedPages pages = Pages.pages("atom", 3);
    List<String> titles = new ArrayList<>();
    for (int page = 1; page <= pages.lastPage(SEVEN.size()); page++) {
      Element feed = Fixtures.parseXml(pages.toBytes(page, SEVEN)).getDocumentElement();
      List<Element> entries = children(feed, ATOM_NS, "entry");
      assertThat(entries).hasSize(page < 3 ? 3 : 1);
      entries.forEach(e -> titles.add(text(e, ATOM_NS, "title")));
    }
    assertThat(titles).containsExactlyElementsOf(SEVEN.stream().map(Answer::headline).toList());
  }

  @Test
  void aFeedWithoutAnswersIsOneEmptyPageAndAnExactFitHasNoEmptyLastPage() {
    FeedPages pages = Pages.pages("rss", 3);
    assertThat(pages.lastPage(0)).isEqualTo(1);
    assertThat(pages.lastPage(6)).isEqualTo(2);
    assertThat(pages.lastPage(7)).isEqualTo(3);
    assertThat(FeedHistoryRules.links(pages.toBytes(1, List.of()))).containsExactly(
        "self " + url("rss", 1), "first " + url("rss", 1), "last " + url("rss", 1));
  }

  @Test
  void refusesAPageSizeBelowOne() {
    assertThatThrownBy(() -> Pages.pages("rss", 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pageSize: must be at least 1, was 0");
  }

  @Test
  void pagesAndArchivesRefuseANegativeCountOfAnswersAlike() {
    assertThatThrownBy(() -> Pages.pages("rss", 3).lastPage(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("answers: must be at least 0, was -1");
    assertThatThrownBy(() -> Pages.archives("atom", 3).archiveCount(-2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("answers: must be at least 0, was -2");
    assertThat(Pages.pages("rss", 3).lastPage(0)).isEqualTo(1);
    assertThat(Pages.archives("atom", 3).archiveCount(7)).isEqualTo(2);
  }

  @Test
  void refusesAPageOutsideOneToTheLast() {
    FeedPages pages = Pages.pages("rss", 3);
    assertThatThrownBy(() -> pages.toBytes(4, SEVEN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("page: must be from 1 to 3 (7 answers in pages of 3), was 4");
    assertThatThrownBy(() -> pages.toBytes(0, SEVEN))
        .hasMessageStartingWith("page: must be from 1 to 3");
  }

  @Test
  void namesTheAnswerThatIsOutOfOrder() {
    List<Answer> shuffled = new ArrayList<>(SEVEN);
    shuffled.add(1, shuffled.remove(4));
    assertThatThrownBy(() -> Pages.pages("atom", 3).toBytes(3, shuffled))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("answers[2]: answer \"a1\"")
        .hasMessageContaining("out of order").hasMessageContaining("newest first");
  }

  @Test
  void refusesAnswersThatEndBeforeThePage() {
    assertThatThrownBy(() -> Pages.pages("rss", 3).write(4, 12, SEVEN.iterator(),
        new ByteArrayOutputStream()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("answers: they end after 7, but page 4 starts after answer 9");
  }

  @Test
  void pullsNothingAfterThePage() throws IOException {
    StreamingTest.Recording answers = new StreamingTest.Recording(1_000_000);
    Pages.pages("rss", 10).write(3, 1_000_000, answers, answers.out);
    assertThat(answers.pulled).isEqualTo(30);
  }
}
