package dev.roundtable.rss;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundtable.text.Context;
import dev.roundtable.model.RandomModels;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Long strings are escaped by way of their UTF-8 bytes, eight at a time ({@code PlainBytes});
 * everything else character by character. Both ways must write the same bytes, for generated
 * prose seeded with every character that needs care, lone surrogates included.
 */
class XmlBulkEscapingTest {
  private static final String[] HOSTILE = {"?", "\uD800", "\uDFFF", "&", "'", "\"", "<", ">", "=",
      "]]>", "\r", "\r\n", "\t", "\n", "\u0001", "\u007F", "\u0085", "\uFFFD", "\uFFFE",
      "\uD83D\uDE00", "\uD83F\uDFFF", "é", "\u2028", "#", "\f", "\u000B", "&amp;"};

  static Stream<Long> seeds() {
    return RandomModels.seeds(200);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void escapesLongStringsAsCharacterByCharacter(long seed) throws IOException {
    RandomModels random = new RandomModels(seed);
    for (int i = 0; i < 10; i++) {
      String text = hostileProse(random);
      String why = "seed " + seed + ", text " + i + ": " + text;

      assertThat(write(x -> x.text(text))).as(why)
          .isEqualTo(write(x -> x.text(new StringBuilder(text))));
      assertThat(write(x -> x.raw("<e").attribute("a", text).raw("/>"))).as(why)
          .isEqualTo(write(x -> x.raw("<e").attribute("a", new StringBuilder(text)).raw("/>")));
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void escapesTextAsHtmlThenXmlAsTheTwoEscapersInTurn(long seed) throws IOException {
    RandomModels random = new RandomModels(seed);
    for (int i = 0; i < 10; i++) {
      String text = hostileProse(random);
      String why = "seed " + seed + ", text " + i + ": " + text;

      assertThat(write(x -> BodyHtml.escapeText(text, x))).as(why)
          .isEqualTo(write(x -> Context.HTML.escape(text, x.textAppender())));
    }
  }

  @Test
  void escapesEveryCharacterThatNeedsCareAtEveryPlaceOfALongAsciiText() throws IOException {
    String base = "Leaders answer questions on careers";
    for (String special : HOSTILE) {
      for (int at = 0; at <= base.length(); at++) {
        String text = base.substring(0, at) + special + base.substring(at) + special + special;
        assertThat(write(x -> BodyHtml.escapeText(text, x))).as(text)
            .isEqualTo(write(x -> Context.HTML.escape(text, x.textAppender())));
      }
    }
  }

  private static String hostileProse(RandomModels random) {
    StringBuilder b = new StringBuilder(random.prose(40));
    for (int k = random.random().nextInt(5); k > 0; k--) {
      b.insert(random.random().nextInt(b.length() + 1),
          HOSTILE[random.random().nextInt(HOSTILE.length)]);
    }
    return b.toString();
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
