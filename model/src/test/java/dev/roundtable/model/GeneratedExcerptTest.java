package dev.roundtable.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Generated-input tests of excerpts and plain text: an excerpt never exceeds its length in code
 * points (ellipsis included), never cuts inside a word, never splits a surrogate pair, and plain
 * text is stable. Each seed is in the test's name and in every failure's description.
 */
class GeneratedExcerptTest {
  private static final int TEXTS_PER_SEED = 200;
  private static final String SEPARATORS = ",;:-–—";

  static Stream<Long> seeds() {
    return RandomModels.seeds(50);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void neverExceedsItsLengthNorCutsAWordNorASurrogatePair(long seed) {
    RandomModels random = new RandomModels(seed);
    int cut = 0;
    for (int i = 0; i < TEXTS_PER_SEED; i++) {
      String text = random.random().nextInt(4) == 0 ? random.text(12) : random.prose(20);
      int maxLength = 1 + random.random().nextInt(80);
      int n = i;
      Supplier<String> why = () -> String.format("seed %d, text %d, maxLength %d: %s", seed, n,
          maxLength,
          GeneratedUrlTest.escape(text));

      String excerpt = Excerpt.of(text, maxLength);

      assertThat(excerpt.codePointCount(0, excerpt.length())).as(why)
          .isLessThanOrEqualTo(maxLength);
      assertNoLoneSurrogate(excerpt, why);
      String folded = Excerpt.foldWhitespace(text);
      if (folded.codePointCount(0, folded.length()) <= maxLength) {
        assertThat(excerpt).as(() -> why.get() + ": fits whole").isEqualTo(folded);
      } else {
        cut++;
        assertThat(excerpt).as(why).endsWith(Excerpt.ELLIPSIS);
        assertWholeWords(excerpt.substring(0, excerpt.length() - 1), folded, why);
      }
    }
    assertThat(cut).as("seed %d: some texts are cut", seed).isPositive();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void isStableWhenExcerptedAgain(long seed) {
    RandomModels random = new RandomModels(seed);
    for (int i = 0; i < TEXTS_PER_SEED; i++) {
      String text = random.prose(20);
      int maxLength = 1 + random.random().nextInt(80);
      String excerpt = Excerpt.of(text, maxLength);

      assertThat(Excerpt.of(excerpt, maxLength))
          .as("seed %d, text %d, maxLength %d", seed, i, maxLength).isEqualTo(excerpt);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void givesTheSamePlainTextForEqualBodies(long seed) {
    RandomModels random = new RandomModels(seed);
    Body body = random.body();
    Body copy = new Body(new ArrayList<>(body.blocks()));

    assertThat(copy.plainText()).as("seed %d", seed).isEqualTo(body.plainText())
        .isEqualTo(body.plainText());
    for (int maxLength = 1; maxLength < 120; maxLength += 7) {
      assertThat(body.excerpt(maxLength)).as("seed %d, maxLength %d", seed, maxLength)
          .isEqualTo(Excerpt.of(body.plainText(), maxLength));
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void keepsTheTextOfPlainParagraphsExactly(long seed) {
    RandomModels random = new RandomModels(seed);
    List<String> paragraphs = new ArrayList<>();
    int count = 1 + random.random().nextInt(5);
    for (int i = 0; i < count; i++) {
      paragraphs.add(random.text(10));
    }

    Body body = Body.of(paragraphs.toArray(new String[0]));

    assertThat(body.plainText()).as("seed %d", seed).isEqualTo(String.join("\n\n", paragraphs));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void containsEveryTextOfTheBodyInOrder(long seed) {
    RandomModels random = new RandomModels(seed);
    Body body = random.body();
    List<String> texts = new ArrayList<>();
    for (Block block : body.blocks()) {
      collectTexts(block, texts);
    }

    String plain = body.plainText();

    int from = 0;
    for (String text : texts) {
      int at = plain.indexOf(text, from);
      assertThat(at).as("seed %d: %s", seed, GeneratedUrlTest.escape(text)).isNotNegative();
      from = at + text.length();
    }
  }

  private static void collectTexts(Block block, List<String> out) {
    if (block instanceof Paragraph) {
      collectInlines(((Paragraph) block).content(), out);
    } else if (block instanceof Heading) {
      collectInlines(((Heading) block).content(), out);
    } else if (block instanceof Quote) {
      collectInlines(((Quote) block).content(), out);
      ((Quote) block).cite().ifPresent(out::add);
    } else {
      ((ListBlock) block).items().forEach(item -> collectInlines(item, out));
    }
  }

  private static void collectInlines(List<Inline> inlines, List<String> out) {
    for (Inline inline : inlines) {
      if (inline instanceof Text) {
        out.add(((Text) inline).text());
      } else if (inline instanceof Code) {
        out.add(((Code) inline).text());
      } else if (inline instanceof Emphasis) {
        collectInlines(((Emphasis) inline).content(), out);
      } else if (inline instanceof Strong) {
        collectInlines(((Strong) inline).content(), out);
      } else if (inline instanceof Link) {
        collectInlines(((Link) inline).content(), out);
      }
    }
  }

  /**
   * The kept part is a run of whole words of the folded text: every word but the last is equal,
   * and the last is whole but for the separators (commas, dashes) dropped before the ellipsis.
   */
  private static void assertWholeWords(String kept, String folded, Supplier<String> why) {
    if (kept.isEmpty()) {
      return;
    }
    assertThat(folded).as(why).startsWith(kept);
    // so every kept word but the last is a whole word of the text
    String[] keptWords = kept.split(" ", -1);
    String[] words = folded.split(" ", -1);
    String last = keptWords[keptWords.length - 1];
    String whole = words[keptWords.length - 1];
    assertThat(last).as(() -> why.get() + ": last word").isNotEmpty();
    assertThat(whole).as(() -> why.get() + ": last word").startsWith(last);
    assertThat(whole.substring(last.length()).chars())
        .as(() -> why.get() + ": only separators dropped from the last word")
        .allMatch(c -> SEPARATORS.indexOf(c) >= 0);
    assertThat(SEPARATORS.indexOf(last.charAt(last.length() - 1))).as(why).isNegative();
  }

  private static void assertNoLoneSurrogate(String s, Supplier<String> why) {
    assertThat(firstLoneSurrogate(s)).as(() -> why.get() + ": index of a lone surrogate")
        .isNegative();
  }

  private static int firstLoneSurrogate(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }
}
