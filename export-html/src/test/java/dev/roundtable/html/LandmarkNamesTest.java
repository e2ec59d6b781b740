package dev.roundtable.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundtable.model.Answer;
import dev.roundtable.model.MentoringExample;
import dev.roundtable.model.Question;
import dev.roundtable.model.RandomModels;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every landmark of a page showing several answers has a name of its own (axe-core's
 * {@code landmark-unique}): each article's related-links {@code <nav>} is named by its heading
 * and the article's headline through {@code aria-labelledby}, whose ids are derived from the
 * answer's id, unique on the page and valid whatever the id holds. (Two answers of a question
 * with the same headline would share a name: the test's answers have headlines of their own.)
 */
class LandmarkNamesTest {
  /** Answer ids that a careless encoding would mix up or make invalid as HTML ids. */
  private static final List<String> HOSTILE_IDS = List.of("a b", "a_20_b", "a.20.b", "a\u3000b",
      "a\uFDD0", "a\uFDD1", "a\uFFFD", "é", ".e9.", "A", "a", "a\"b", "-", "<x>", "a/b", "a\u00A0b",
      "\u200B", "\uD83D\uDE00", "rt-headline-a", "a\u2028b", "&amp;", "#top");

  static Stream<Given> questions() {
    List<Given> out = new ArrayList<>();
    out.add(new Given("the example", MentoringExample.question()));
    Question example = MentoringExample.question();
    List<Answer> renamed = new ArrayList<>();
    for (int i = 0; i < example.answers().size(); i++) {
      renamed.add(example.answers().get(i).toBuilder()
          .id(HOSTILE_IDS.get(i % HOSTILE_IDS.size())).build());
    }
    out.add(new Given("hostile answer ids", example.toBuilder().answers(renamed).build()));
    List<Answer> more = new ArrayList<>();
    for (int i = 0; i < HOSTILE_IDS.size(); i++) {
      Answer answer = example.answers().get(i % example.answers().size());
      more.add(answer.toBuilder().id(HOSTILE_IDS.get(i))
          .headline(answer.headline() + " (" + i + ")")
          .url(MentoringExample.BASE + "answers/" + i).build());
    }
    out.add(new Given("every hostile id", example.toBuilder().answers(more).build()));
    RandomModels.seeds(20).forEach(seed -> out.add(new Given(
        "seed " + seed + " (replay with new RandomModels(" + seed + "L).question(\"q\", 6))",
        new RandomModels(seed).question("q", 6))));
    return out.stream();
  }

  /** A named question. */
  record Given(String name, Question question) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static final List<HtmlExporter> EXPORTERS = List.of(HtmlExporter.defaults(),
      HtmlExporter.of(HtmlOptions.builder().classPrefix("").headingLevel(3)
          .metadata(HtmlOptions.Metadata.MICRODATA).build()));

  /** The index, then every answer's article, as a page shows the whole panel. */
  private static Document page(HtmlExporter html, Question question) {
    StringBuilder page = new StringBuilder(html.index(question).toString());
    for (Answer answer : question.answers()) {
      page.append(html.answer(question, answer).toString());
    }
    return Jsoup.parse("<!DOCTYPE html><html><head><title>t</title></head><body>" + page
        + "</body></html>");
  }

  /** The accessible name of a landmark: its labelledby elements' texts, or its label. */
  private static String name(Document page, Element landmark, String what) {
    String ids = landmark.attr("aria-labelledby");
    if (ids.isEmpty()) {
      return landmark.attr("aria-label");
    }
    List<String> parts = new ArrayList<>();
    for (String id : ids.split("[ \t\n\f\r]+")) {
      Element labelling = page.getElementById(id);
      assertThat(labelling).as("%s: aria-labelledby names %s, which is on the page", what, id)
          .isNotNull();
      parts.add(labelling.text());
    }
    return String.join(" ", parts);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("questions")
  void everyRelatedLinksNavOfAPageHasANameOfItsOwn(Given given) {
    for (HtmlExporter html : EXPORTERS) {
      Document page = page(html, given.question());
      List<Element> navs = page.select("nav");
      Set<String> names = new HashSet<>();
      for (Element nav : navs) {
        String name = name(page, nav, given.name());
        assertThat(name).as("%s: a nav's name", given.name()).isNotBlank();
        assertThat(names.add(name)).as("%s: two navs are named %s", given.name(), name).isTrue();
      }
      long withLinks = given.question().answers().stream()
          .filter(a -> !given.question().relatedLinksFor(a).isEmpty()).count();
      assertThat(navs).as(given.name()).hasSize((int) withLinks);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("questions")
  void theIdsOfAPageAreUniqueValidAndStable(Given given) {
    for (HtmlExporter html : EXPORTERS) {
      Document page = page(html, given.question());
      List<String> ids = page.select("[id]").eachAttr("id");
      assertThat(ids).as("%s: ids", given.name()).doesNotHaveDuplicates()
          .allMatch(id -> !id.isEmpty() && id.chars().noneMatch(c -> " \t\n\f\r".indexOf(c) >= 0),
              "not empty, no ASCII white space")
          .allMatch(id -> id.startsWith(html.options().classPrefix()), "with the class prefix");
      assertThat(page(html, given.question()).select("[id]").eachAttr("id"))
          .as("%s: the same ids on every rendering", given.name()).isEqualTo(ids);
      Set<String> headlines = page.select("article header [id]").stream()
          .map(e -> e.id()).collect(Collectors.toSet());
      assertThat(headlines).as("%s: one headline id per article", given.name())
          .hasSize(given.question().answers().size());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("questions")
  void theRelatedLinksFragmentOnItsOwnIsNamedApartFromTheArticlesNav(Given given) {
    HtmlExporter html = HtmlExporter.defaults();
    for (Answer answer : given.question().answers()) {
      String alone = html.related(given.question(), answer).toString();
      if (alone.isEmpty()) {
        continue;
      }
      Document page = Jsoup.parse(html.answer(given.question(), answer).toString() + alone);
      List<Element> navs = page.select("nav");
      assertThat(navs).hasSize(2);
      assertThat(name(page, navs.get(0), given.name()))
          .as("%s: the article's nav and the fragment's", given.name())
          .isNotEqualTo(name(page, navs.get(1), given.name()));
      assertThat(page.select("[id]").eachAttr("id")).as(given.name()).doesNotHaveDuplicates();
    }
  }
}
