package dev.roundtable.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class WordScanTest {
  /**
   * What every context writes as it is, one byte at a time ({@code ?} aside: a surrogate's);
   * from 0x80 on, a byte that every context's table passes as part of a sequence it does not
   * check.
   */
  private static boolean plain(int b) {
    if (b == '?') {
      return false;
    }
    for (Context context : Context.values()) {
      byte action = context.actions[b];
      if (b < 0x80 ? context.replacement(b) != null
          : action != Utf8Output.COPY && action != Utf8Output.LEAD_2
              && action != Utf8Output.LEAD_3) {
        return false;
      }
    }
    return true;
  }

  /**
   * The bytes a step may stop at though they need nothing: two ASCII characters the tests
   * share with others, and the bytes from F5 on, which UTF-8 never has.
   */
  private static boolean mayStop(int b) {
    return b == '#' || b == '=' || b == '\t' || b == '\n' || b >= 0xF5;
  }

  /** The ASCII text with one byte replaced. */
  private static byte[] with(String text, int at, int b) {
    byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
    bytes[at] = (byte) b;
    return bytes;
  }

  @Test
  void a_step_stops_at_the_first_byte_that_needs_care_wherever_it_is() {
    for (int b = 0; b < 256; b++) {
      for (int at = 0; at < 16; at++) {
        byte[] bytes = with("Plain words here", at, b);
        int stop = WordScan.plain(bytes, 0, bytes.length);
        if (!plain(b)) {
          assertThat(stop).as("byte %02X at %d", b, at).isEqualTo(at);
        } else if (!mayStop(b)) {
          assertThat(stop).as("byte %02X at %d", b, at).isEqualTo(16);
        }
      }
    }
  }

  @Test
  void a_step_never_passes_a_byte_that_needs_care_in_generated_bytes() {
    SplittableRandom random = new SplittableRandom(13);
    for (int i = 0; i < 20_000; i++) {
      byte[] bytes = new byte[random.nextInt(40)];
      for (int k = 0; k < bytes.length; k++) {
        bytes[k] = (byte) (random.nextInt(6) == 0 ? random.nextInt(256) : 'a' + random.nextInt(26));
      }
      int from = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
      int stop = WordScan.plain(bytes, from, bytes.length);
      assertThat(stop).as("seed 13, case %d", i).isBetween(from, bytes.length);
      assertThat(bytes.length - stop < 8 || !plain(bytes[stop] & 0xFF)
          || mayStop(bytes[stop] & 0xFF))
          .as("seed 13, case %d: stopped at a plain byte with a whole word left", i).isTrue();
      for (int k = from; k < stop; k++) {
        assertThat(plain(bytes[k] & 0xFF)).as("seed 13, case %d: passed byte %d", i, k).isTrue();
      }
    }
  }

  @Test
  void the_first_bracket_is_found_wherever_it_is() {
    for (int at = 0; at < 20; at++) {
      for (int b = 0; b < 256; b++) {
        byte[] bytes = with("<p>A text of twenty</p>", at, b);
        assertThat(WordScan.bracket(bytes, 0, bytes.length)).as("byte %02X at %d", b, at)
            .isEqualTo(b == ']' ? at : bytes.length);
        bytes[at + 2] = ']';
        assertThat(WordScan.bracket(bytes, 0, bytes.length)).as("byte %02X at %d", b, at)
            .isEqualTo(b == ']' ? at : at + 2);
      }
    }
  }

  @Test
  void chars_counts_the_utf16_characters_of_any_stretch_of_well_formed_bytes() {
    String[] pieces = {"a", "?", "é", "ж", "中", "\uD83D\uDE00", " ", "\u0080", "\uFFFF"};
    SplittableRandom random = new SplittableRandom(17);
    for (int i = 0; i < 5_000; i++) {
      StringBuilder text = new StringBuilder();
      for (int k = random.nextInt(40); k > 0; k--) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
      int from = random.nextInt(bytes.length + 1);
      int to = from + random.nextInt(bytes.length - from + 1);
      int expected = 0;
      for (int k = from; k < to; k++) {
        int b = bytes[k] & 0xFF;
        expected += (b < 0x80 || b >= 0xC0 ? 1 : 0) + (b >= 0xF0 ? 1 : 0);
      }
      assertThat(WordScan.chars(bytes, from, to)).as("seed 17, case %d", i).isEqualTo(expected);
      assertThat(WordScan.chars(bytes, 0, bytes.length)).as("seed 17, case %d", i)
          .isEqualTo(text.length());
    }
  }
}
