package dev.roundtable.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundtable.model.Answer;
import dev.roundtable.model.Block;
import dev.roundtable.model.Code;
import dev.roundtable.model.Emphasis;
import dev.roundtable.model.Heading;
import dev.roundtable.model.Inline;
import dev.roundtable.model.Link;
import dev.roundtable.model.ListBlock;
import dev.roundtable.model.Paragraph;
import dev.roundtable.model.Quote;
import dev.roundtable.model.Strong;
import dev.roundtable.model.Text;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RealisticCorpusTest {
  private static final List<Answer> ANSWERS = Corpus.named("realistic").answers();

  @Test
  void hasAThousandAnswersWhoseBodiesAreAllDifferentStringsAndObjects() {
    assertThat(ANSWERS).hasSize(Corpus.ANSWERS);
    assertThat(ANSWERS.stream().map(a -> a.body().plainText()).distinct()).hasSize(1000);
    assertThat(ANSWERS.stream().map(Answer::headline).distinct().count()).isGreaterThan(990);

    Set<Object> objects = Collections.newSetFromMap(new IdentityHashMap<>());
    Set<Object> strings = Collections.newSetFromMap(new IdentityHashMap<>());
    int texts = 0;
    for (Answer answer : ANSWERS) {
      objects.add(answer.body());
      for (Inline inline : inlines(answer)) {
        if (inline instanceof Text t) {
          objects.add(t);
          strings.add(t.text());
          texts++;
        }
      }
    }
    assertThat(objects).as("bodies and text inlines, by identity").hasSize(1000 + texts);
    assertThat(strings).as("the text inlines' strings, by identity").hasSize(texts);
  }

  @Test
  void everyBodyIsAnArticleOfFourToNineHundredWordsOrTheirLengthInJapanese() {
    for (Answer answer : ANSWERS) {
      String text = answer.body().plainText();
      if (answer.id().startsWith("ja-")) {
        assertThat(text.length()).as(answer.id()).isBetween(900, 4500);
      } else {
        assertThat(text.split("\\s+").length).as(answer.id()).isBetween(330, 1100);
      }
    }
  }

  @Test
  void takesTheFourScriptsInTurnAndHasEmojiInSomeAnswers() {
    Map<String, Long> byLanguage = ANSWERS.stream()
        .collect(Collectors.groupingBy(a -> a.id().substring(0, 2), TreeMap::new,
            Collectors.counting()));
    assertThat(byLanguage).containsExactlyEntriesOf(
        new TreeMap<>(Map.of("cs", 248L, "en", 256L, "ja", 248L, "ru", 248L)));

    String all = ANSWERS.stream().map(a -> a.headline() + a.body().plainText())
        .collect(Collectors.joining());
    for (Character.UnicodeScript script : List.of(Character.UnicodeScript.CYRILLIC,
        Character.UnicodeScript.HAN, Character.UnicodeScript.HIRAGANA,
        Character.UnicodeScript.KATAKANA)) {
      assertThat(all.codePoints().filter(c -> Character.UnicodeScript.of(c) == script).count())
          .as(script.name()).isGreaterThan(10_000);
    }
    assertThat(all.codePoints().filter(c -> c >= 0x0100 && c <= 0x017F).count())
        .as("Latin Extended-A letters (č, ř, ž, ě, ů...)").isGreaterThan(10_000);
    long withEmoji = ANSWERS.stream()
        .filter(a -> a.body().plainText().codePoints().anyMatch(c -> c >= 0x1F300)).count();
    assertThat(withEmoji).isBetween(150L, 400L);
  }

  @Test
  void mostBodiesHaveEmphasisLinksAndListsAndSomeHaveHeadingsQuotesCodeAndImages() {
    assertThat(share(a -> has(a, Emphasis.class))).isGreaterThan(0.9);
    assertThat(share(a -> has(a, Strong.class))).isGreaterThan(0.8);
    assertThat(share(a -> has(a, Link.class))).isGreaterThan(0.9);
    assertThat(share(a -> blocks(a, ListBlock.class))).isBetween(0.75, 0.95);
    assertThat(share(a -> blocks(a, Heading.class))).isBetween(0.35, 0.65);
    assertThat(share(a -> blocks(a, Quote.class))).isBetween(0.15, 0.45);
    assertThat(share(a -> has(a, Code.class))).isGreaterThan(0.5);
    assertThat(share(a -> a.image().isPresent())).isBetween(0.25, 0.55);
    assertThat(share(a -> a.summary().isPresent())).isEqualTo(1.0);
  }

  @Test
  void theCharactersThatNeedEscapingOccurNowAndThen() {
    List<String> texts = new ArrayList<>();
    ANSWERS.forEach(a -> FloorTexts.escaped(a, texts::add));
    String all = String.join("", texts);
    for (char c : "&<>\"'".toCharArray()) {
      long n = all.chars().filter(x -> x == c).count();
      assertThat(n).as("count of %s in %d characters", c, all.length())
          .isBetween(100L, all.length() / 200L);
    }
  }

  @Test
  void theSameNameGivesAnEqualCorpusBuiltAfresh() {
    List<Answer> again = Corpus.named("realistic").answers();

    assertThat(again).isEqualTo(ANSWERS);
    assertThat(again.get(0).body()).isNotSameAs(ANSWERS.get(0).body());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"english, en-, CYRILLIC", "latin, cs-, HAN", "cyrillic, ru-, HAN",
      "cjk, ja-, CYRILLIC"})
  void aScriptsCorpusIsInThatScriptAlone(String name, String prefix,
      Character.UnicodeScript absent) {
    List<Answer> answers = Corpus.named(name).answers();

    assertThat(answers).hasSize(Corpus.ANSWERS).allMatch(a -> a.id().startsWith(prefix));
    assertThat(answers).noneMatch(a -> a.body().plainText().codePoints()
        .anyMatch(c -> Character.UnicodeScript.of(c) == absent));
  }

  private static double share(Predicate<Answer> test) {
    return ANSWERS.stream().filter(test).count() / (double) ANSWERS.size();
  }

  private static boolean blocks(Answer answer, Class<? extends Block> type) {
    return answer.body().blocks().stream().anyMatch(type::isInstance);
  }

  private static boolean has(Answer answer, Class<? extends Inline> type) {
    return inlines(answer).stream().anyMatch(type::isInstance);
  }

  /** Every inline of the body, nested ones too. */
  static List<Inline> inlines(Answer answer) {
    List<Inline> out = new ArrayList<>();
    for (Block block : answer.body().blocks()) {
      if (block instanceof Paragraph p) {
        flatten(p.content(), out);
      } else if (block instanceof Heading h) {
        flatten(h.content(), out);
      } else if (block instanceof Quote q) {
        flatten(q.content(), out);
      } else if (block instanceof ListBlock l) {
        l.items().forEach(item -> flatten(item, out));
      }
    }
    return out;
  }

  private static void flatten(List<Inline> content, List<Inline> out) {
    for (Inline inline : content) {
      out.add(inline);
      if (inline instanceof Emphasis e) {
        flatten(e.content(), out);
      } else if (inline instanceof Strong s) {
        flatten(s.content(), out);
      } else if (inline instanceof Link l) {
        flatten(l.content(), out);
      }
    }
  }
}
