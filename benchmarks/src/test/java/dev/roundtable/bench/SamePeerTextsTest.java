package dev.roundtable.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import dev.roundtable.model.Answer;
import dev.roundtable.model.Question;
import dev.roundtable.rss.Channel;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every peer is given the texts its pair's floor encodes: the set of strings in the peer's input
 * (ROME's feed, databind's records, Mustache's views) is the floor's set, give or take what
 * the floor leaves out by design (dates, tag names) and what the peer cannot carry (ROME: item
 * images).
 */
class SamePeerTextsTest {
  /** Strings in Mustache's views that the floor leaves out: tag names, rel, dates. */
  private static final Pattern STRUCTURE = Pattern.compile("h[2-6]|ol|ul|noopener"
      + "|\\d{4}-\\d\\d-\\d\\dT[0-9:.]+Z|[A-Z][a-z]+ \\d{1,2}, \\d{4}, \\d{1,2}:\\d\\d [AP]M UTC");

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"copies", "realistic"})
  void romeIsGivenTheTextsOfTheRssFloorButTheImages(String name) {
    Corpus corpus = Corpus.named(name);
    List<Answer> answers = corpus.answers();
    Channel channel = corpus.channel("rss");
    Set<String> floor = new HashSet<>();
    FloorTexts.rss(channel, answers, floor::add);
    for (Answer answer : answers) {
      answer.image().ifPresent(image -> {
        floor.remove(image.url().toString());
        floor.remove(image.alt());
        image.credit().ifPresent(floor::remove);
      });
    }

    SyndFeed feed = RomeFeed.of(channel, answers, "rss_2.0");
    Set<String> rome = new HashSet<>(List.of(feed.getTitle(), feed.getLink(), feed.getUri(),
        feed.getDescription(), feed.getLanguage(), feed.getGenerator(),
        feed.getLinks().get(0).getHref()));
    for (SyndEntry entry : feed.getEntries()) {
      rome.addAll(List.of(entry.getTitle(), entry.getLink(), entry.getUri(), entry.getAuthor(),
          Parser.unescapeEntities(entry.getDescription().getValue(), false)));
      entry.getCategories().stream().map(SyndCategory::getName).forEach(rome::add);
      for (SyndContent content : entry.getContents()) {
        htmlTexts(content.getValue(), rome);
      }
    }

    assertThat(feed.getEntries()).hasSize(Corpus.ANSWERS);
    assertThat(rome).isEqualTo(floor);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"copies", "realistic"})
  void databindIsGivenTheTextsOfTheJsonFloor(String name) {
    var document = Corpus.named(name).document();
    Set<String> floor = new HashSet<>();
    FloorTexts.document(document, floor::add);
    Set<String> records = new HashSet<>();
    strings(JsonDtos.of(document), records);

    records.remove("roundtable/1");
    assertThat(records).isEqualTo(floor);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"copies", "realistic"})
  void mustacheViewsHoldTheTextsOfThePageFloors(String name) {
    Corpus corpus = Corpus.named(name);
    List<Corpus.Page> pages = corpus.answerPages();
    for (Corpus.Page page : pages.subList(0, Math.min(100, pages.size()))) {
      Set<String> floor = new HashSet<>();
      FloorTexts.answerPage(page.question(), page.answer(), floor::add);
      requireFloorAndStructure(page.answer().id(),
          MustacheViews.article(page.question(), page.answer()), floor);
    }
    for (Question index : corpus.indexPages()) {
      Set<String> floor = new HashSet<>();
      FloorTexts.index(index, floor::add);
      requireFloorAndStructure(index.id(), MustacheViews.index(index), floor);
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"copies", "realistic"})
  void theEscapedTextsAreTextsThatAnswerPagesShow(String name) {
    Corpus corpus = Corpus.named(name);
    Set<String> pages = new HashSet<>();
    for (Corpus.Page page : corpus.answerPages()) {
      FloorTexts.answerPage(page.question(), page.answer(), pages::add);
    }
    List<String> escaped = new ArrayList<>();
    for (Corpus.Page page : corpus.answerPages()) {
      FloorTexts.escaped(page.answer(), escaped::add);
    }

    assertThat(escaped).isNotEmpty();
    assertThat(escaped.stream().filter(text -> !pages.contains(text)))
        .as("escaped texts that no answer page shows").isEmpty();
  }

  private static void requireFloorAndStructure(String what, Object view, Set<String> floor) {
    Set<String> held = new HashSet<>();
    strings(view, held);
    assertThat(floor.stream().filter(text -> !held.contains(text)))
        .as(what + ": floor texts the view lacks").isEmpty();
    held.removeAll(floor);
    assertThat(held).as(what + ": strings beyond the floor's").allMatch(
        s -> STRUCTURE.matcher(s).matches());
  }

  /** The text nodes and link targets of an HTML fragment. */
  private static void htmlTexts(String html, Collection<String> out) {
    for (Element e : Jsoup.parseBodyFragment(html).body().getAllElements()) {
      for (TextNode t : e.textNodes()) {
        if (!t.isBlank()) {
          out.add(t.getWholeText());
        }
      }
      if (e.hasAttr("href")) {
        out.add(e.attr("href"));
      }
    }
  }

  /** Every string in a tree of records and lists. */
  static void strings(Object value, Collection<String> out) {
    if (value instanceof String s) {
      out.add(s);
    } else if (value instanceof Collection<?> values) {
      values.forEach(v -> strings(v, out));
    } else if (value instanceof Record record) {
      for (RecordComponent component : record.getClass().getRecordComponents()) {
        try {
          strings(component.getAccessor().invoke(record), out);
        } catch (ReflectiveOperationException e) {
          throw new AssertionError(component.toString(), e);
        }
      }
    }
  }
}
