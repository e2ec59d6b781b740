package dev.roundtable.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The byte loop against the policy read one code point at a time: for every context, generated
 * texts of every kind of character (markup, controls, lone surrogates, noncharacters, every
 * script) give the bytes the policy's {@link Context#replacement} says.
 */
class GeneratedTextTest {
  private static final String[] PIECES = {
    "a", "Z", "0", " ", "?", "&", "<", ">", "\"", "'", "\t", "\n", "\r", "\r\n", "\f", "\u0000",
    "\u0001", "\u001F", "\u007F", "\u0080", "\u0085", "\u009F", "\u00A0", "é", "ß", "ж", "ї",
    "中", "あ", "한", "\u2028", "\u2029", "\uFDD0", "\uFDEF", "\uFFFD", "\uFFFE", "\uFFFF", "！",
    "\uD83D\uDE00", "\uD83F\uDFFE", "\uDBFF\uDFFF", "\uD800", "\uDFFF", "]]>", "&amp;", "Ǆ"
  };

  static Stream<Arguments> seeds() {
    return new SplittableRandom(13).longs(200).boxed()
        .flatMap(seed -> Stream.of(Context.values()).map(c -> Arguments.of(seed, c)));
  }

  @ParameterizedTest(name = "seed {0}, {1}")
  @MethodSource("seeds")
  void the_loop_writes_what_the_policy_says_for_each_code_point(long seed, Context context)
      throws IOException {
    SplittableRandom random = new SplittableRandom(seed);
    StringBuilder text = new StringBuilder();
    int pieces = random.nextInt(200);
    for (int i = 0; i < pieces; i++) {
      text.append(PIECES[random.nextInt(PIECES.length)]);
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Utf8Output out = new Utf8Output(bytes);
    out.text(text, context).drain();
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .as("seed %d, %s, text %s", seed, context, text.codePoints()
            .mapToObj(cp -> String.format("U+%04X", cp)).toList())
        .isEqualTo(reference(text.toString(), context))
        .isEqualTo(context.escape(text));
  }

  @ParameterizedTest(name = "seed {0}, {1}")
  @MethodSource("seeds")
  void long_runs_of_plain_text_between_the_other_pieces_are_written_whole(long seed,
      Context context) throws IOException {
    assertRunsBetweenPieces(seed, context, "Plain words of an answer, 2015 (eleven)");
  }

  @ParameterizedTest(name = "seed {0}, {1}")
  @MethodSource("seeds")
  void long_runs_of_cyrillic_and_cjk_words_between_the_other_pieces_are_written_whole(long seed,
      Context context) throws IOException {
    assertRunsBetweenPieces(seed, context, "Слова ответа и 中文的回答 (одиннадцать)");
  }

  /** Up to 40 runs of the phrase (each from a random start) with a random piece after each. */
  private static void assertRunsBetweenPieces(long seed, Context context, String phrase)
      throws IOException {
    SplittableRandom random = new SplittableRandom(seed);
    StringBuilder text = new StringBuilder();
    for (int i = random.nextInt(40); i > 0; i--) {
      text.append(phrase, random.nextInt(30), phrase.length());
      text.append(PIECES[random.nextInt(PIECES.length)]);
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new Utf8Output(bytes).text(text, context).drain();
    assertThat(bytes.toString(StandardCharsets.UTF_8)).as("seed %d, %s, text %s", seed, context,
        text).isEqualTo(reference(text.toString(), context));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("contexts")
  void every_ascii_character_at_every_place_of_a_plain_run_is_written_as_the_policy_says(
      Context context) throws IOException {
    for (int length : new int[] {24, 80}) { // a short text, and one read eight bytes at a time
      for (int at = 0; at < 17; at++) {
        for (char c = 0; c < 0x80; c++) {
          String text = "x".repeat(at) + c + "y".repeat(length - at - 1);
          ByteArrayOutputStream bytes = new ByteArrayOutputStream();
          new Utf8Output(bytes).text(text, context).drain();
          assertThat(bytes.toString(StandardCharsets.UTF_8))
              .as("%s, U+%04X at %d of %d", context, (int) c, at, length)
              .isEqualTo(reference(text, context));
        }
      }
    }
  }

  static Stream<Context> contexts() {
    return Stream.of(Context.values());
  }

  @ParameterizedTest(name = "seed {0}, {1}")
  @MethodSource("seeds")
  void strip_keeps_every_code_point_the_context_does_not_drop(long seed, Context context) {
    SplittableRandom random = new SplittableRandom(seed);
    StringBuilder text = new StringBuilder();
    for (int i = random.nextInt(200); i > 0; i--) {
      text.append(PIECES[random.nextInt(PIECES.length)]);
    }
    StringBuilder kept = new StringBuilder();
    text.codePoints().filter(cp -> !"".equals(context.replacement(cp)))
        .forEach(kept::appendCodePoint);
    assertThat(context.strip(text)).as("seed %d, %s", seed, context)
        .isEqualTo(kept.toString());
  }

  /** The policy applied one code point at a time, the obvious way. */
  private static String reference(String s, Context context) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == '\r' && context.foldsCarriageReturns() && i < s.length() && s.charAt(i) == '\n') {
        continue;
      }
      String replacement = context.replacement(cp);
      if (replacement == null) {
        out.appendCodePoint(cp);
      } else {
        out.append(replacement);
      }
    }
    return out.toString();
  }
}
