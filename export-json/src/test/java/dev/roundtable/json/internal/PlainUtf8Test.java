package dev.roundtable.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundtable.model.RandomModels;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link PlainUtf8} against the character-by-character definition: a string is plain unless it
 * holds a character below U+0020, a quotation mark, a backslash or a surrogate.
 */
class PlainUtf8Test {
  private static final String[] PIECES = {
      "a", "Mentor", " ", "?", "\"", "\\", "/", "\n", "\u0000", "\u001f", "\u007f", "é", "ÿ",
      "\u0100", "’", "—", "\u2028", "中文", "\uffff", "😀", "\ud83d", "\ude00"};

  static Stream<Long> seeds() {
    return RandomModels.seeds(1000);
  }

  @Test
  void acceptsTextWithoutSpecialCharacters() {
    assertThat(isPlain("Growth is not a straight line, is it?")).isTrue();
    assertThat(isPlain("Why you don’t need a mentor — déjà vu? 中文\u2028\u007f")).isTrue();
  }

  @Test
  void rejectsEachSpecialCharacterAtEveryPositionOfEveryLength() {
    String[] specials = {"\u0000", "\u0001", "\n", "\u001f", "\"", "\\", "😀", "\ud800",
        "\udfff"};
    for (int length = 1; length <= 40; length++) {
      for (int at = 0; at < length; at++) {
        for (String special : specials) {
          String text = "a".repeat(at) + special + "a".repeat(length - at - 1);
          assertThat(isPlain(text)).as("U+%04X at %d of %d", (int) special.charAt(0), at, length)
              .isFalse();
        }
      }
    }
  }

  @Test
  void tellsALoneSurrogateFromAQuestionMark() {
    assertThat(isPlain("really? yes, really?")).isTrue();
    assertThat(isPlain("really? yes, really\ud83d")).isFalse();
    assertThat(isPlain("déjà vu? \udc00 oui?")).isFalse();
    assertThat(isPlain("déjà vu? oui?")).isTrue();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void agreesWithTheCharacterByCharacterDefinitionOnRandomStrings(long seed) {
    Random random = new Random(seed);
    StringBuilder text = new StringBuilder();
    boolean fewSpecials = random.nextBoolean();
    for (int i = random.nextInt(40); i > 0; i--) {
      // often only harmless pieces, so that plain strings come up as often as others
      text.append(PIECES[fewSpecials && random.nextInt(30) > 0 ? random.nextInt(3)
          : random.nextInt(PIECES.length)]);
    }

    assertThat(isPlain(text.toString())).as("seed %d", seed)
        .isEqualTo(plainCharByChar(text.toString()));
  }

  private static boolean isPlain(String text) {
    return PlainUtf8.isPlain(text, text.getBytes(StandardCharsets.UTF_8));
  }

  private static boolean plainCharByChar(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c == '"' || c == '\\' || Character.isSurrogate(c)) {
        return false;
      }
    }
    return true;
  }
}
