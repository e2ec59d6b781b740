package dev.roundtable.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.roundtable.model.RandomModels;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Input that jackson-core reads as UTF-16 (by its byte order mark or the zero bytes of its
 * first character) is held to the same standard as UTF-8: accepted exactly when the JDK's
 * strict decoder accepts it, never with a lone surrogate silently turned into U+FFFD, and
 * rejected at the byte offset where that decoder stops. UTF-32 is checked likewise.
 */
class IllFormedUtf16Test {
  private static final RoundtableJson JSON = RoundtableJson.defaults();
  private static final String MINIMAL = Fixtures.text("valid/minimal.json");
  private static final String MARK = "Because it helps";

  static Stream<Long> seeds() {
    return RandomModels.seeds(300);
  }

  /** UTF-16 code units, in either order, perhaps after a byte order mark. */
  private static byte[] utf16(String text, boolean bigEndian, boolean mark) {
    String all = (mark ? "\uFEFF" : "") + text;
    byte[] out = new byte[2 * all.length()];
    for (int i = 0; i < all.length(); i++) {
      char c = all.charAt(i);
      out[2 * i + (bigEndian ? 0 : 1)] = (byte) (c >> 8);
      out[2 * i + (bigEndian ? 1 : 0)] = (byte) c;
    }
    return out;
  }

  /** Random code units, lone surrogates and halves of pairs among them, never quote or control. */
  private static String units(Random r) {
    StringBuilder out = new StringBuilder();
    int n = r.nextInt(8);
    for (int i = 0; i < n; i++) {
      switch (r.nextInt(5)) {
        case 0 -> out.append((char) (0xD800 + r.nextInt(0x800)));
        case 1 -> out.appendCodePoint(0x10000 + r.nextInt(0x100000));
        default -> out.append((char) ('a' + r.nextInt(26)));
      }
    }
    return out.toString();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void acceptsExactlyWhatTheJdksStrictDecoderAcceptsAndReportsWhereItStops(long seed) {
    Random r = new RandomModels(seed).random();
    boolean bigEndian = r.nextBoolean();
    boolean mark = r.nextBoolean();
    String text = MINIMAL.replace(MARK, MARK + units(r));
    byte[] json = utf16(text, bigEndian, mark);
    if (r.nextInt(8) == 0) {
      json = java.util.Arrays.copyOf(json, json.length + 1); // half a code unit at the end
    }
    int bom = mark ? 2 : 0;
    Charset charset = bigEndian ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
    int expected = IllFormedUtf8Test.malformedAt(json, charset, bom);
    byte[] input = json;

    for (boolean stream : new boolean[] {false, true}) {
      String how = "seed " + seed + (stream ? ", as a stream" : ", as bytes");
      InvalidDocumentException e = catchThrowableOfType(InvalidDocumentException.class,
          () -> IllFormedUtf8Test.read(input, stream ? new Random(seed) : null));
      if (expected < 0) {
        assertThat(e).as("%s: %s", how, e).isNull();
        String headline = IllFormedUtf8Test.read(input, null).questions().get(0).answers().get(0)
            .headline();
        assertThat(headline).as(how).isEqualTo(text.split("\"headline\": \"")[1].split("\"")[0]);
      } else {
        int chars = (expected - bom) / 2;
        String before = text.substring(0, Math.min(chars, text.length()));
        assertThat(e).as("%s: malformed at %d", how, expected).isNotNull();
        assertThat(e.problems()).as(how).singleElement().satisfies(p -> {
          assertThat(p.message()).as(how)
              .startsWith("is not valid UTF-16 at byte " + expected + ": ");
          assertThat(p.line()).as(how).isEqualTo(before.split("\n", -1).length);
          assertThat(p.column()).as(how)
              .isEqualTo(before.length() - before.lastIndexOf('\n'));
        });
      }
    }
  }

  @ParameterizedTest(name = "U+{0}")
  @CsvSource({"D800, a surrogate code point (00 00 D8 00)",
      "110000, a code point beyond U+10FFFF (00 11 00 00)"})
  void rejectsUtf32ThatIsNoUnicode(String hex, String reason) {
    int[] cps = MINIMAL.replace(MARK, MARK + "\u0000").codePoints().toArray();
    byte[] json = new byte[4 * cps.length];
    int at = -1;
    for (int i = 0; i < cps.length; i++) {
      int cp = cps[i] == 0 ? Integer.parseInt(hex, 16) : cps[i];
      at = cps[i] == 0 ? 4 * i : at;
      for (int k = 0; k < 4; k++) {
        json[4 * i + k] = (byte) (cp >> (24 - 8 * k));
      }
    }

    InvalidDocumentException e =
        catchThrowableOfType(InvalidDocumentException.class, () -> JSON.read(json));

    assertThat(e.problems()).singleElement().extracting(DocumentProblem::message)
        .isEqualTo("is not valid UTF-32 at byte " + at + ": " + reason);
  }
}
