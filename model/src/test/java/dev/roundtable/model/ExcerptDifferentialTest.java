package dev.roundtable.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The excerpt's fast paths (already folded text returned as is, folding that stops once the
 * excerpt is decided, bodies excerpted block by block) give exactly what the straightforward
 * implementation gave: fold the whole plain text, then cut. That implementation is kept here as
 * the reference. Each seed is in the test's name and in every failure's description.
 */
class ExcerptDifferentialTest {
  static Stream<Long> seeds() {
    return RandomModels.seeds(60);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void excerptsGeneratedTextsAsFoldingTheWholeTextDoes(long seed) {
    RandomModels random = new RandomModels(seed);
    for (int i = 0; i < 300; i++) {
      String text = generated(random);
      int maxLength = 1 + random.random().nextInt(i % 3 == 0 ? 8 : 120);

      assertThat(Excerpt.of(text, maxLength))
          .as("seed %d, text %d, maxLength %d: %s", seed, i, maxLength,
              GeneratedUrlTest.escape(text))
          .isEqualTo(reference(text, maxLength));
      assertThat(Excerpt.of(new StringBuilder(text), maxLength))
          .as("seed %d, text %d, maxLength %d, as a StringBuilder", seed, i, maxLength)
          .isEqualTo(reference(text, maxLength));
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void excerptsGeneratedBodiesAsTheirWholePlainText(long seed) {
    RandomModels random = new RandomModels(seed);
    for (int i = 0; i < 20; i++) {
      Body body = i % 4 == 0 ? Body.of(random.line(30)) : random.body();
      for (int maxLength = 1; maxLength < 400; maxLength += 1 + random.random().nextInt(40)) {
        assertThat(body.excerpt(maxLength))
            .as("seed %d, body %d, maxLength %d", seed, i, maxLength)
            .isEqualTo(reference(body.plainText(), maxLength));
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void excerptsLongBodiesOfManyBlocksAsTheirWholePlainText(long seed) {
    RandomModels random = new RandomModels(seed);
    List<Block> blocks = new ArrayList<>();
    int count = 2 + random.random().nextInt(30);
    for (int i = 0; i < count; i++) {
      blocks.addAll(random.body().blocks());
    }
    Body body = new Body(blocks);
    for (int maxLength = 1; maxLength < 2000; maxLength += 1 + random.random().nextInt(150)) {
      assertThat(body.excerpt(maxLength))
          .as("seed %d, %d blocks, maxLength %d", seed, blocks.size(), maxLength)
          .isEqualTo(reference(body.plainText(), maxLength));
    }
  }

  /** Text rich in white space of every kind, runs of it, and text already folded. */
  private static String generated(RandomModels random) {
    switch (random.random().nextInt(4)) {
      case 0:
        return String.join(" ", random.line(10).split("\\s+"));
      case 1:
        StringBuilder spaces = new StringBuilder();
        String[] kinds = {" ", "  ", "\n\n", "\t", "\u00A0", "\u2003", "\u3000", "\u2028", "\r\n"};
        int parts = random.random().nextInt(12);
        for (int i = 0; i < parts; i++) {
          spaces.append(kinds[random.random().nextInt(kinds.length)]);
          if (random.random().nextBoolean()) {
            spaces.append(random.line(3));
          }
        }
        return spaces.toString();
      case 2:
        return random.text(12);
      default:
        return random.prose(40);
    }
  }

  /** Excerpt.of as it was: the whole text folded, then cut. */
  static String reference(CharSequence text, int maxLength) {
    String folded = referenceFold(text);
    if (folded.codePointCount(0, folded.length()) <= maxLength) {
      return folded;
    }
    int end = folded.offsetByCodePoints(0, maxLength - 1);
    int cut;
    if (folded.charAt(end) == ' ') {
      cut = end;
    } else {
      cut = folded.lastIndexOf(' ', end - 1);
      if (cut < 0) {
        cut = 0;
      }
    }
    while (cut > 0 && ",;:-–— ".indexOf(folded.charAt(cut - 1)) >= 0) {
      cut--;
    }
    return folded.substring(0, cut) + Excerpt.ELLIPSIS;
  }

  private static String referenceFold(CharSequence text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean pendingSpace = false;
    for (int i = 0; i < text.length(); ) {
      int cp = Character.codePointAt(text, i);
      i += Character.charCount(cp);
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
        pendingSpace = out.length() > 0;
      } else {
        if (pendingSpace) {
          out.append(' ');
          pendingSpace = false;
        }
        out.appendCodePoint(cp);
      }
    }
    return out.toString();
  }
}
