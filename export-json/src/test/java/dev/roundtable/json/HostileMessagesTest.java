package dev.roundtable.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import dev.roundtable.model.RandomModels;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A hostile value in any field the reader reports on (format, block and inline types,
 * timestamps, property names, ids, URLs, crop ratios, fediverse handles, the text of a syntax
 * error) never reaches a problem as
 * it is: no C0 or C1 control, no bidirectional control and no line or paragraph separator in a
 * message or a pointer, so that a problem printed to a terminal or a log stays one honest line.
 */
class HostileMessagesTest {
  private static final RoundtableJson STRICT = RoundtableJson.builder().strict(true).build();
  private static final String MINIMAL = Fixtures.text("valid/minimal.json");
  /** Pieces that rewrite a terminal, reorder text or forge a line of output. */
  private static final String[] UNSAFE = {
    "\u001b[2J", "\u001b]0;title\u0007", "\u0007", "\r", "\n", "\r\n", "\t", "\u0000", "\u007f",
    "\u0085", "\u009b31m", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067",
    "\u2068", "\u2069", "\u200e", "\u200f", "\u061c", "\u2028", "\u2029", "\ud800",
    "\nforged.json:1:1: /questions/0/id: is fine",
  };

  /** One field the reader reports on, and how to put a hostile value into it. */
  private record Placement(String field, UnaryOperator<String> json) {
    @Override
    public String toString() {
      return field;
    }
  }

  private static final List<Placement> PLACEMENTS = List.of(
      new Placement("format", h -> replace("\"roundtable/1\"", string(h))),
      new Placement("block type", h -> replace("\"heading\"", string(h))),
      new Placement("inline type", h -> replace("\"link\"", string(h))),
      new Placement("publishedAt", h -> replace("\"2015-05-07T18:15:00Z\"",
          string("2015-05-07T18:15:00Z" + h))),
      new Placement("updatedAt", h -> replace("\"publishedAt\"",
          "\"updatedAt\": " + string("2015-05-07T" + h) + ", \"publishedAt\"")),
      new Placement("askedAt", h -> replace("\"text\"",
          "\"askedAt\": " + string(h + "2015-05-07T18:15:00Z") + ", \"text\"")),
      new Placement("document property", h -> replace("\"format\"", string(h) + ": 1, \"format\"")),
      new Placement("question property", h -> replace("\"text\"", string(h) + ": 1, \"text\"")),
      new Placement("answer property", h -> replace("\"headline\"",
          string(h) + ": [], \"headline\"")),
      new Placement("contributor property", h -> replace("\"role\"", string(h) + ": 1, \"role\"")),
      new Placement("block property", h -> replace("\"level\"", string(h) + ": 1, \"level\"")),
      new Placement("inline property", h -> replace("\"href\"", string(h) + ": 1, \"href\"")),
      new Placement("name before a syntax error", h -> replace("\"format\"",
          string(h) + ": nul, \"format\"")),
      new Placement("raw text as a token", h -> replace("\"roundtable/1\"", "x" + h)),
      new Placement("repeated question id", h -> replace("\"q1\"", string("q" + h))
          .replace("\"questions\": [", "\"questions\": [{\"id\": " + string("q" + h)
              + ", \"text\": \"Another?\"},")),
      new Placement("answer url", h -> replace("\"https://example.com/a1\"",
          string("https://example.com/" + h))),
      new Placement("relative url", h -> replace("\"https://example.com/a1\"", string(h))),
      new Placement("link href", h -> replace("\"href\": \"https://example.com/a2\"",
          "\"href\": " + string("javascript:" + h))),
      new Placement("sameAs url", h -> replace("\"role\"",
          "\"sameAs\": [" + string("https://example.org/" + h) + "], \"role\"")),
      new Placement("fediverse handle", h -> replace("\"role\"",
          "\"fediverse\": " + string("@" + h + "@" + h + ".social") + ", \"role\"")),
      new Placement("crop ratio", h -> replace("\"height\": 800", "\"height\": 800, \"crops\": "
          + "[{\"ratio\": " + string(h) + ", \"url\": \"https://example.com/w.jpg\", "
          + "\"width\": 16, \"height\": 9}]")),
      new Placement("publisher property", h -> replace("\"text\"", "\"series\": {\"name\": "
          + "\"S\", \"publisher\": {" + string(h) + ": 1, \"name\": \"P\"}}, \"text\"")));

  static Stream<Long> seeds() {
    return RandomModels.seeds(100);
  }

  private static String replace(String from, String to) {
    assertThat(MINIMAL).contains(from);
    return MINIMAL.replaceFirst(java.util.regex.Pattern.quote(from),
        java.util.regex.Matcher.quoteReplacement(to));
  }

  private static String string(String value) {
    return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(value)) + "\"";
  }

  /** Text with at least one unsafe piece among words and generated hostile text. */
  private static String hostile(RandomModels random) {
    Random r = random.random();
    StringBuilder out = new StringBuilder();
    int parts = 1 + r.nextInt(5);
    for (int i = 0; i < parts; i++) {
      out.append(r.nextBoolean() ? random.text(2) : "panel");
      out.append(UNSAFE[r.nextInt(UNSAFE.length)]);
    }
    return out.toString();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void problemsNeverEchoControlBidiOrSeparatorCharacters(long seed) {
    String hostile = hostile(new RandomModels(seed));

    for (Placement placement : PLACEMENTS) {
      String json = placement.json().apply(hostile);
      InvalidDocumentException e =
          catchThrowableOfType(InvalidDocumentException.class, () -> STRICT.read(json));

      assertThat(e).as("seed %d, %s: %s", seed, placement, json).isNotNull();
      for (DocumentProblem problem : e.problems()) {
        assertPrintable(problem.message(), seed, placement);
        assertPrintable(problem.pointer(), seed, placement);
        assertPrintable(problem.toString(), seed, placement);
      }
      assertPrintable(e.getMessage().replace("\n  ", " "), seed, placement);
    }
  }

  static void assertPrintable(String text, long seed, Object where) {
    text.codePoints().forEach(cp -> assertThat(isUnsafe(cp))
        .as("seed %d, %s: U+%04X in %s", seed, where, cp, text).isFalse());
  }

  private static boolean isUnsafe(int cp) {
    return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || cp == 0x061C || cp == 0x200E
        || cp == 0x200F || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069)
        || cp == 0x2028 || cp == 0x2029 || (cp >= 0xD800 && cp <= 0xDFFF);
  }
}
