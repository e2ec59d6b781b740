package dev.roundtable.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The character target decodes what the JDK's decoder decodes from the whole of the bytes
 * (malformed bytes as U+FFFD), however the bytes come in pieces: generated well-formed and
 * malformed UTF-8, cut at random places, appended or kept.
 */
class CharTargetTest {
  private static final byte[][] PIECES = {
    bytes("plain ASCII words, longer than one step of eight"), bytes("a"), bytes("é"),
    bytes("中"), bytes("\uD83D\uDE00"), bytes("ж ї"), {(byte) 0x80}, {(byte) 0xBF},
    {(byte) 0xC0, (byte) 0x80}, {(byte) 0xC2}, {(byte) 0xE2, (byte) 0x82},
    {(byte) 0xE0, (byte) 0x80, (byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
    {(byte) 0xF0, (byte) 0x9F, (byte) 0x98}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
    {(byte) 0xF5}, {(byte) 0xFF},
  };

  static Stream<Long> seeds() {
    return new SplittableRandom(29).longs(300).boxed();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void decodes_what_the_jdk_decodes_from_the_whole_however_the_bytes_are_cut(long seed)
      throws IOException {
    SplittableRandom random = new SplittableRandom(seed);
    ByteBuffer all = ByteBuffer.allocate(1 << 16);
    for (int i = random.nextInt(120); i > 0; i--) {
      all.put(PIECES[random.nextInt(PIECES.length)]);
    }
    all.put((byte) '.'); // ends an unfinished character, which a stream keeps until more comes
    byte[] bytes = new byte[all.position()];
    all.flip().get(bytes);
    StringBuilder decoded = new StringBuilder();
    CharTarget target = new CharTarget(decoded);
    CharTarget kept = new CharTarget(null);
    for (int at = 0; at < bytes.length; ) {
      int length = Math.min(bytes.length - at, random.nextInt(1, 40));
      target.write(bytes, at, length);
      kept.write(bytes, at, length);
      at += length;
    }
    target.emit(); // what Utf8Output.drain does
    assertThat(decoded.toString()).as("seed %d", seed).isEqualTo(reference(bytes))
        .isEqualTo(kept.text());
  }

  private static String reference(byte[] bytes) throws CharacterCodingException {
    return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(bytes))
        .toString();
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
