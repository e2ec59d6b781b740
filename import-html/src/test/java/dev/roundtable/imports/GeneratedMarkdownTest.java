package dev.roundtable.imports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundtable.model.InvalidModelException;
import dev.roundtable.model.RandomModels;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Generated-input tests: any Markdown gives a body or the model's exception for the body, never
 * another exception; the drops are one line each, at a line of the input. Each seed is in the
 * test's name and in every failure's description.
 */
class GeneratedMarkdownTest {
  private static final int INPUTS_PER_SEED = 30;

  static Stream<Long> seeds() {
    return RandomModels.seeds(50);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void anyMarkdownGivesABodyOrTheDocumentedException(long seed) {
    RandomMarkdown markdown = new RandomMarkdown(seed);
    int bodies = 0;
    for (int i = 0; i < INPUTS_PER_SEED; i++) {
      String input = markdown.next();
      int n = i;
      Supplier<String> why = () -> String.format("seed %d, input %d: %s", seed, n,
          input.length() > 300 ? input.substring(0, 300) + "..." : input);
      ImportedBody imported;
      try {
        imported = MarkdownBody.read(input);
      } catch (InvalidModelException e) {
        assertThat(e.field()).as(why).startsWith("body");
        continue;
      } catch (RuntimeException | StackOverflowError e) {
        throw new AssertionError(why.get(), e);
      }
      bodies++;
      long lines = input.lines().count();
      for (Drop drop : imported.drops()) {
        assertThat(drop.line()).as(why).isBetween(1, (int) lines);
        assertThat(drop.message()).as(why).startsWith("dropped ").doesNotContain("\n", "\r");
      }
      assertThat(MarkdownBody.read(input)).as(why).isEqualTo(imported);
    }
    assertThat(bodies).as("seed %d: some inputs make a body", seed).isPositive();
  }
}
