package dev.roundtable.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.roundtable.model.Document;
import dev.roundtable.model.RandomModels;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reader accepts exactly the well-formed UTF-8 that the JDK's strict decoder accepts, and
 * reports the first ill-formed sequence (overlong, an encoded surrogate, beyond U+10FFFF, a
 * byte that is never UTF-8, a stray continuation byte, a sequence cut short) at the byte
 * offset where that decoder stops, with its line and column, as a problem like any other:
 * whether the bytes come as an array or as a stream read in small pieces.
 */
class IllFormedUtf8Test {
  private static final RoundtableJson JSON = RoundtableJson.defaults();
  private static final String MINIMAL = Fixtures.text("valid/minimal.json");

  static Stream<Long> seeds() {
    return RandomModels.seeds(600);
  }

  /** Where the JDK's strict decoder stops with a malformed input, or -1 when it decodes all. */
  private static int malformedAt(byte[] bytes) {
    return malformedAt(bytes, StandardCharsets.UTF_8, 0);
  }

  /**
   * Where the JDK's strict decoder of a charset, decoding from {@code from}, stops with a
   * malformed input, or -1 when it decodes all.
   */
  static int malformedAt(byte[] bytes, Charset charset, int from) {
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isUnderflow()) {
      result = decoder.flush(out);
    }
    return result.isError() ? in.position() : -1;
  }

  /** Bytes of any kind that can go inside a JSON string: never a quote, backslash or control. */
  private static byte[] bytes(Random r) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int pieces = r.nextInt(12);
    for (int i = 0; i < pieces; i++) {
      int kind = r.nextInt(r.nextInt(3) == 0 ? 14 : 4);
      switch (kind) {
        case 0 -> out.write('a' + r.nextInt(26));
        case 1, 2, 3 -> {
          int cp = 0x20 + r.nextInt(0x110000 - 0x20);
          if (cp != '"' && cp != '\\' && !(cp >= 0xD800 && cp <= 0xDFFF)) {
            out.writeBytes(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
          }
        }
        case 4 -> write(out, 0xC0 + r.nextInt(2), continuation(r)); // overlong, two bytes
        case 5 -> write(out, 0xE0, 0x80 + r.nextInt(0x20), continuation(r)); // overlong, three
        case 6 -> write(out, 0xF0, 0x80 + r.nextInt(0x10), continuation(r), continuation(r));
        case 7 -> write(out, 0xED, 0xA0 + r.nextInt(0x20), continuation(r)); // a surrogate
        case 8 -> write(out, 0xF4, 0x90 + r.nextInt(0x30), continuation(r), continuation(r));
        case 9 -> write(out, 0xF5 + r.nextInt(3), continuation(r), continuation(r),
            continuation(r)); // beyond U+10FFFF
        case 10 -> write(out, 0xF8 + r.nextInt(8)); // never in UTF-8
        case 11 -> write(out, continuation(r)); // a stray continuation byte
        default -> { // a sequence cut short
          byte[] whole = new String(Character.toChars(0x80 + r.nextInt(0x10FFFF - 0x80)))
              .getBytes(StandardCharsets.UTF_8);
          if (whole.length > 1) {
            out.write(whole, 0, 1 + r.nextInt(whole.length - 1));
          }
        }
      }
    }
    return out.toByteArray();
  }

  private static int continuation(Random r) {
    return 0x80 + r.nextInt(0x40);
  }

  private static void write(ByteArrayOutputStream out, int... bytes) {
    for (int b : bytes) {
      out.write(b);
    }
  }

  /** The minimal document with the bytes in a headline, a property name or a body's text. */
  private static byte[] document(byte[] inside, int where) {
    String[] marks = {"Because it helps", "\"organization\"", "A plain paragraph."};
    String mark = marks[where];
    int at = MINIMAL.indexOf(mark) + (where == 1 ? 1 : mark.length());
    byte[] head = MINIMAL.substring(0, at).getBytes(StandardCharsets.UTF_8);
    byte[] tail = (where == 1 ? "x\": 1, " + MINIMAL.substring(at - 1) : MINIMAL.substring(at))
        .getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(head);
    out.writeBytes(inside);
    out.writeBytes(tail);
    return out.toByteArray();
  }

  /** A stream that hands out its bytes a few at a time, as a slow source would. */
  static InputStream trickle(byte[] bytes, Random r) {
    return new InputStream() {
      private int next;

      @Override
      public int read() {
        return next < bytes.length ? bytes[next++] & 0xFF : -1;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (next == bytes.length) {
          return -1;
        }
        int n = Math.min(Math.min(len, 1 + r.nextInt(9)), bytes.length - next);
        System.arraycopy(bytes, next, b, off, n);
        next += n;
        return n;
      }
    };
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void acceptsExactlyWhatTheJdksStrictDecoderAcceptsAndReportsWhereItStops(long seed) {
    Random r = new RandomModels(seed).random();
    int where = r.nextInt(3);
    byte[] json = document(bytes(r), where);
    int expected = malformedAt(json);

    for (boolean stream : new boolean[] {false, true}) {
      String how = "seed " + seed + (stream ? ", as a stream" : ", as bytes");
      InvalidDocumentException e = catchThrowableOfType(InvalidDocumentException.class,
          () -> read(json, stream ? new Random(seed) : null));
      if (expected < 0) {
        assertThat(e).as("%s: %s", how, e).isNull();
        if (where == 0) {
          String headline = read(json, null).questions().get(0).answers().get(0).headline();
          assertThat(headline).as(how).isEqualTo(
              new String(json, StandardCharsets.UTF_8).split("\"headline\": \"")[1].split("\"")[0]);
        }
      } else {
        assertThat(e).as("%s: malformed at %d", how, expected).isNotNull();
        assertThat(e.problems()).as(how).singleElement().satisfies(p -> {
          assertThat(p.message()).as(how)
              .startsWith("is not valid UTF-8 at byte " + expected + ": ");
          assertThat(p.line()).as(how).isEqualTo(lineAt(json, expected));
          assertThat(p.column()).as(how).isEqualTo(columnAt(json, expected));
        });
      }
    }
  }

  /** Reads bytes as an array, or as a stream that trickles out when given a random source. */
  static Document read(byte[] json, Random trickle) {
    try {
      return trickle == null ? JSON.read(json) : JSON.read(trickle(json, trickle));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int lineAt(byte[] json, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      line += json[i] == '\n' ? 1 : 0;
    }
    return line;
  }

  /** The column as jackson-core counts it for bytes: bytes since the line began, plus one. */
  private static int columnAt(byte[] json, int offset) {
    int start = offset;
    while (start > 0 && json[start - 1] != '\n') {
      start--;
    }
    return offset - start + 1;
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      C0 BC       | an overlong encoding of U+003C (C0 BC)
      E0 80 BC    | an overlong encoding of U+003C (E0 80 BC)
      C0 A2       | an overlong encoding of U+0022 (C0 A2)
      F0 80 80 BC | an overlong encoding of U+003C (F0 80 80 BC)
      ED A0 80    | a surrogate (U+D800 to U+DFFF) encoded in UTF-8 (ED A0 80)
      ED BF BF    | a surrogate (U+D800 to U+DFFF) encoded in UTF-8 (ED BF BF)
      F4 90 80 80 | a code point beyond U+10FFFF (F4 90 80 80)
      F5 80 80 80 | a code point beyond U+10FFFF (F5)
      FF          | a byte that never appears in UTF-8 (FF)
      80          | a continuation byte without a lead byte (80)
      E2 82 41    | a sequence cut short (E2 82)
      """)
  void namesWhatIsWrongWithTheSequenceAndWhere(String hex, String reason) {
    String[] pieces = hex.trim().split(" ");
    byte[] inside = new byte[pieces.length];
    for (int i = 0; i < pieces.length; i++) {
      inside[i] = (byte) Integer.parseInt(pieces[i], 16);
    }
    byte[] json = document(inside, 0);
    int at = MINIMAL.indexOf("Because it helps") + "Because it helps".length();

    InvalidDocumentException e =
        catchThrowableOfType(InvalidDocumentException.class, () -> JSON.read(json));

    assertThat(e.problems()).singleElement().hasToString(lineAt(json, at) + ":"
        + columnAt(json, at) + ": /questions/0/answers/0/headline: is not valid UTF-8 at byte "
        + at + ": " + reason.trim());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"E2 82", "F0 9F 98", "C3", "C0 BC"})
  void reportsAnIllFormedEndAfterACompleteDocument(String hex) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(MINIMAL.getBytes(StandardCharsets.UTF_8));
    for (String piece : hex.split(" ")) {
      out.write(Integer.parseInt(piece, 16));
    }
    byte[] json = out.toByteArray();
    int at = MINIMAL.getBytes(StandardCharsets.UTF_8).length;

    for (InvalidDocumentException e : new InvalidDocumentException[] {
        catchThrowableOfType(InvalidDocumentException.class, () -> JSON.read(json)),
        catchThrowableOfType(InvalidDocumentException.class,
            () -> JSON.read(new java.io.ByteArrayInputStream(json)))}) {
      assertThat(malformedAt(json)).isEqualTo(at);
      assertThat(e.problems()).singleElement().satisfies(p -> {
        assertThat(p.pointer()).isEmpty();
        assertThat(p.message()).startsWith("is not valid UTF-8 at byte " + at + ": ");
        assertThat(p.line()).isEqualTo(lineAt(json, at));
      });
    }
  }
}
