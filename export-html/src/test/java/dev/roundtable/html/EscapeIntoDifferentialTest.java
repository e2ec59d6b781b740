package dev.roundtable.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundtable.model.RandomModels;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The escaper's fast path for strings (copy whole, scan the copy, escape from the first
 * character that may need it) writes exactly what its character-by-character path writes for
 * the same text as another {@code CharSequence}, over generated hostile text, at any offset and
 * for any window that does not split a surrogate pair; and the output past what it returns is
 * never relied upon.
 */
class EscapeIntoDifferentialTest {
  static Stream<Long> seeds() {
    return RandomModels.seeds(300);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void escapesStringsAsCharacterByCharacter(long seed) {
    RandomModels random = new RandomModels(seed);
    for (int i = 0; i < 20; i++) {
      String text = i % 3 == 0 ? random.prose(30) : random.text(40);
      int from = random.random().nextInt(text.length() + 1);
      int to = from + random.random().nextInt(text.length() - from + 1);
      if (splitsPair(text, from) || splitsPair(text, to)) {
        continue;
      }
      int at = random.random().nextInt(8);
      char[] fast = new char[at + (to - from) * HtmlEscaper.MAX_GROWTH + 2];
      char[] slow = new char[fast.length];
      Arrays.fill(fast, 'x');
      Arrays.fill(slow, 'y');

      int n = HtmlEscaper.escapeInto(text, from, to, fast, at);
      int m = HtmlEscaper.escapeInto(new StringBuilder(text), from, to, slow, at);

      String why = String.format("seed %d, text %d, [%d, %d) at %d", seed, i, from, to, at);
      assertThat(n).as(why).isEqualTo(m);
      assertThat(new String(fast, at, n - at)).as(why).isEqualTo(new String(slow, at, m - at));
    }
  }

  private static boolean splitsPair(String s, int at) {
    return at > 0 && at < s.length() && Character.isHighSurrogate(s.charAt(at - 1))
        && Character.isLowSurrogate(s.charAt(at));
  }
}
