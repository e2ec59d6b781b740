package dev.roundtable.html.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The one UTF-8 encoder of the writers agrees with the JDK's on every code point. */
class Utf8Test {
  @Test
  void encodesEveryCodePointAsTheJdkDoes() {
    byte[] out = new byte[8];
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      if (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) {
        continue;
      }
      byte[] expected = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
      int n = Utf8.encode(cp, out, 1) - 1;
      if (n != expected.length || !Arrays.equals(out, 1, 1 + n, expected, 0, n)) {
        assertThat(Arrays.copyOfRange(out, 1, 1 + n)).as("U+%04X", cp).isEqualTo(expected);
      }
    }
    assertThat(Utf8.encode(0x1F600, out, 0)).isEqualTo(4);
  }
}
