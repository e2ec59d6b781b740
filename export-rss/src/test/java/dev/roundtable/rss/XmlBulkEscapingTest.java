package dev.roundtable.rss;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundtable.model.RandomModels;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Long strings are escaped by way of their UTF-8 bytes, eight at a time ({@link XmlBytes});
 * everything else character by character. Both ways must write the same bytes, for generated
 * prose seeded with every character that needs care, lone surrogates included.
 */
class XmlBulkEscapingTest {
  private static final String[] HOSTILE = {"?", "\uD800", "\uDFFF", "&", "'", "\"", "<", ">", "=",
      "]]>", "\r", "\r\n", "\t", "\n", "\u0001", "\u007F", "\u0085", "\uFFFD", "\uFFFE",
      "\uD83D\uDE00", "\uD83F\uDFFF", "é", "\u2028"};

  static Stream<Long> seeds() {
    return RandomModels.seeds(200);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void escapesLongStringsAsCharacterByCharacter(long seed) throws IOException {
    RandomModels random = new RandomModels(seed);
    for (int i = 0; i < 10; i++) {
      StringBuilder b = new StringBuilder(random.prose(40));
      for (int k = random.random().nextInt(5); k > 0; k--) {
        b.insert(random.random().nextInt(b.length() + 1),
            HOSTILE[random.random().nextInt(HOSTILE.length)]);
      }
      String text = b.toString();
      String why = "seed " + seed + ", text " + i + ": " + text;

      assertThat(write(x -> x.text(text))).as(why)
          .isEqualTo(write(x -> x.text(new StringBuilder(text))));
      assertThat(write(x -> x.raw("<e").attribute("a", text).raw("/>"))).as(why)
          .isEqualTo(write(x -> x.raw("<e").attribute("a", new StringBuilder(text)).raw("/>")));
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void passesOnlyPlainBytesAndStopsOnlyWhereItMay(long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < 50; i++) {
      byte[] bytes = new byte[random.nextInt(40)];
      for (int k = 0; k < bytes.length; k++) {
        int r = random.nextInt(100);
        bytes[k] = (byte) (r < 85 ? 'a' + random.nextInt(26) : r < 90 ? ' '
            : random.nextInt(256));
      }
      int from = random.nextInt(bytes.length + 1);
      int to = from + random.nextInt(bytes.length - from + 1);

      int run = XmlBytes.run(bytes, from, to);

      String why = String.format("seed %d, bytes %d, [%d, %d)", seed, i, from, to);
      assertThat(run).as(why).isBetween(0, to - from);
      for (int k = from; k < from + run; k++) {
        int c = bytes[k] & 0xFF;
        assertThat(c >= 0x20 && c < 0x7F && "&<>\"?".indexOf(c) < 0)
            .as("%s: byte %d passed", why, k).isTrue();
      }
      if (from + run < to) {
        int c = bytes[from + run] & 0xFF;
        assertThat(c < 0x20 || c >= 0x7F || "&<>\"?=".indexOf(c) >= 0)
            .as("%s: stopped at %d", why, from + run).isTrue();
      }
    }
  }

  private interface Writing {
    void to(XmlOutput xml) throws IOException;
  }

  private static String write(Writing writing) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    XmlOutput xml = new XmlOutput(bytes);
    writing.to(xml);
    xml.flush();
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
