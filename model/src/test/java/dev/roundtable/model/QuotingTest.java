package dev.roundtable.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The one quoting of values in messages: safe to print, and faithful to the value. */
class QuotingTest {
  /** Code points that rewrite a terminal, reorder text or break a line. */
  private static final int[] UNSAFE = {
    0x00, 0x07, 0x09, 0x0A, 0x0D, 0x1B, 0x1F, 0x7F, 0x85, 0x9B, 0x9F, 0x061C, 0x200B, 0x200E,
    0x200F, 0x2028, 0x2029, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068,
    0x2069, 0xFEFF, 0xD800, 0xDFFF, 0xFFFE, 0xE0001, 0x00A0, 0x3000,
  };

  static Stream<Long> seeds() {
    return RandomModels.seeds(300);
  }

  /** Generated text with unsafe characters among hostile text of every kind. */
  private static String hostile(long seed) {
    RandomModels random = new RandomModels(seed);
    Random r = random.random();
    StringBuilder out = new StringBuilder();
    int parts = 1 + r.nextInt(8);
    for (int i = 0; i < parts; i++) {
      out.append(random.text(3)).appendCodePoint(UNSAFE[r.nextInt(UNSAFE.length)]);
    }
    return out.toString();
  }

  static boolean isUnsafeForATerminal(int cp) {
    return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || cp == 0x061C || cp == 0x200E
        || cp == 0x200F || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069)
        || cp == 0x2028 || cp == 0x2029 || (cp >= 0xD800 && cp <= 0xDFFF);
  }

  private static void assertPrintable(String text, long seed) {
    text.codePoints().forEach(cp -> assertThat(isUnsafeForATerminal(cp))
        .as("seed %d: U+%04X in %s", seed, cp, text).isFalse());
  }

  /** Reads a quoted value back: the escapes {@code \}{@code uXXXX}, {@code \"} and {@code \\}. */
  private static String unquote(String quoted) {
    StringBuilder out = new StringBuilder();
    for (int i = 1; i < quoted.length() - 1; i++) {
      char c = quoted.charAt(i);
      if (c != '\\') {
        out.append(c);
      } else if (quoted.charAt(i + 1) == 'u') {
        out.append((char) Integer.parseInt(quoted.substring(i + 2, i + 6), 16));
        i += 5;
      } else {
        out.append(quoted.charAt(++i));
      }
    }
    return out.toString();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void quotesHostileValuesWithoutAnyUnsafeCharacter(long seed) {
    String quoted = Quoting.quote(hostile(seed));

    assertPrintable(quoted, seed);
    assertThat(quoted).as("seed %d", seed).startsWith("\"").endsWith("\"");
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void quotesEveryCharacterOfTheShortenedValueSoThatItReadsBack(long seed) {
    String value = hostile(seed);
    String quoted = Quoting.quote(value);
    boolean cut = value.length() > Quoting.MAX_QUOTED_LENGTH;
    String read = unquote(cut ? quoted.replaceFirst("…\"$", "\"") : quoted);

    if (cut) {
      assertThat(value).as("seed %d: %s", seed, quoted).startsWith(read);
      assertThat(read.length()).as("seed %d: %s", seed, quoted)
          .isBetween(Quoting.MAX_QUOTED_LENGTH - 1, Quoting.MAX_QUOTED_LENGTH);
    } else {
      assertThat(read).as("seed %d: %s", seed, quoted).isEqualTo(value);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void makesTextPrintableOnceAndForAll(long seed) {
    String printable = Quoting.printable(hostile(seed));

    assertPrintable(printable, seed);
    assertThat(Quoting.printable(printable)).as("seed %d", seed).isEqualTo(printable);
  }

  @ParameterizedTest(name = "U+{0}")
  @ValueSource(ints = {0x00, 0x1B, 0x85, 0x202E, 0x2066, 0x2028, 0x200B, 0xFEFF, 0xD800})
  void writesAnUnsafeCharacterAsAnEscape(int cp) {
    assertThat(Quoting.quote("a" + (char) cp + "b"))
        .isEqualTo(String.format("\"a\\u%04Xb\"", cp));
  }

  @Test
  void keepsLettersOfEveryScriptSpacesAndEmojiAsTheyAre() {
    String text = "Mentor Ментор מנטור مرشد 導師 \uD83D\uDE00 café";

    assertThat(Quoting.quote(text)).isEqualTo("\"" + text + "\"");
    assertThat(Quoting.printable(text)).isSameAs(text);
  }

  @Test
  void escapesTheQuotationMarkAndTheBackslashInsideQuotes() {
    assertThat(Quoting.quote("say \"hi\" \\o/")).isEqualTo("\"say \\\"hi\\\" \\\\o/\"");
    assertThat(Quoting.printable("say \"hi\" \\o/")).isEqualTo("say \"hi\" \\o/");
  }

  @Test
  void writesASupplementaryFormatCharacterAsItsTwoHalves() {
    assertThat(Quoting.quote("tag" + new String(Character.toChars(0xE0041))))
        .isEqualTo("\"tag\\uDB40\\uDC41\"");
  }

  @Test
  void shortensALongValueWithoutSplittingAPair() {
    String value = "x".repeat(Quoting.MAX_QUOTED_LENGTH - 1) + "\uD83D\uDE00" + "tail";

    assertThat(Quoting.quote(value))
        .isEqualTo("\"" + "x".repeat(Quoting.MAX_QUOTED_LENGTH - 1) + "…\"");
  }
}
