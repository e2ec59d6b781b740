package dev.roundtable.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A writer whose target takes characters (an in-memory writer, or one over an
 * {@code Appendable}) hands texts and markup on as characters, not as bytes: what it writes is
 * still exactly what the byte writer's bytes decode to, in the same order, for any mix of
 * texts, markup as strings, characters and bytes, and CDATA sections.
 */
class CharacterTargetsTest {
  private static final String[] TEXTS = {
    "plain words", "Q&A <now>", "ж ї 中文 あ 한", "\uD83D\uDE00 and ?", "\uD800 lone", "a]]>b",
    "\r\n\r", "\u0085\u2028\uFDD0", "x".repeat(40), "Слова ответа ".repeat(5), "", "]]", ">"
  };
  private static final String[] MARKUP = {"<p>", "</p>", "<a href=\"x\">", "]]", ">", "é", "]"};

  static LongStream seeds() {
    return new SplittableRandom(29).longs(300);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void write_what_the_byte_writer_writes_in_the_same_order(long seed) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Utf8Output reference = new Utf8Output(bytes);
    Utf8Output memory = Utf8Output.inMemory();
    StringBuilder appended = new StringBuilder();
    Utf8Output appending = Utf8Output.to(appended);
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = random.nextInt(60); i > 0; i--) {
      int op = random.nextInt(7);
      String text = TEXTS[random.nextInt(TEXTS.length)];
      String markup = MARKUP[random.nextInt(MARKUP.length)];
      Context context = Context.values()[random.nextInt(Context.values().length)];
      for (Utf8Output out : new Utf8Output[] {reference, memory, appending}) {
        switch (op) {
          case 0, 1 -> out.text(text, context);
          case 2 -> out.raw(markup);
          case 3 -> out.raw(markup.charAt(0) < 0x80 ? markup.charAt(0) : '!');
          case 4 -> out.raw(markup.getBytes(StandardCharsets.UTF_8));
          case 5 -> out.startCdata();
          default -> out.endCdata();
        }
      }
    }
    reference.drain();
    appending.drain();
    String expected = bytes.toString(StandardCharsets.UTF_8);
    assertThat(memory.written()).as("seed %d, in memory", seed).isEqualTo(expected);
    assertThat(appended.toString()).as("seed %d, appended", seed).isEqualTo(expected);
  }
}
