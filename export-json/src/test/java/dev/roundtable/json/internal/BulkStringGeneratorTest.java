package dev.roundtable.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import dev.roundtable.model.Document;
import dev.roundtable.model.RandomModels;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link BulkStringGenerator} against jackson-core's own UTF-8 generator: for any string, under
 * any configuration that changes escaping, it writes the same bytes (or fails the same way).
 */
class BulkStringGeneratorTest {
  /** Configurations that change how strings are escaped, by name. */
  private static final List<Configuration> CONFIGURATIONS = List.of(
      new Configuration("plain", b -> b),
      new Configuration("non-ASCII escaped", b -> b.enable(JsonWriteFeature.ESCAPE_NON_ASCII)),
      new Configuration("slashes escaped",
          b -> b.enable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)),
      new Configuration("script-safe escapes", b -> b.characterEscapes(new ScriptSafeEscapes())),
      new Configuration("apostrophe quotes", b -> b.quoteChar('\'')),
      new Configuration("Latin-1 unescaped only", b -> b.highestNonEscapedChar(0xFF)));

  private static final String[] PIECES = {
      "a", "Mentor", " ", "?", "\"", "\\", "/", "'", "\n", "\t", "\u0000", "\u001f", "\u007f",
      "é", "\u00a0", "’", "—", "\u2028", "\u2029", "\u202e", "中文", "😀", "\ud83d", "\ude00",
      "</script>", "&amp;", "0123456789abcdef"};

  static Stream<Long> seeds() {
    return RandomModels.seeds(300);
  }

  @Test
  void isTheGeneratorForUtf8Output() throws IOException {
    JsonFactory factory = new BulkStringFactory(new JsonFactoryBuilder());

    try (JsonGenerator g = factory.createGenerator(new ByteArrayOutputStream(),
        JsonEncoding.UTF8)) {
      assertThat(g).isInstanceOf(BulkStringGenerator.class);
    }
  }

  @Test
  void copiesPlainStringsInBulkOnlyUnderPlainJsonEscaping() throws IOException {
    for (Configuration c : CONFIGURATIONS) {
      try (JsonGenerator g = bulk(c.setting()).createGenerator(new ByteArrayOutputStream(),
          JsonEncoding.UTF8)) {
        assertThat(((BulkStringGenerator) g).copiesPlainStrings()).as(c.name())
            .isEqualTo(c.name().equals("plain"));
      }
    }
  }

  @Test
  void copiesKeepTheGenerator() throws IOException {
    JsonFactory copy = new BulkStringFactory(new JsonFactoryBuilder()).copy();

    try (JsonGenerator g = copy.createGenerator(new ByteArrayOutputStream(), JsonEncoding.UTF8)) {
      assertThat(g).isInstanceOf(BulkStringGenerator.class);
    }
  }

  @Test
  void writesAPlainLongStringAsItIs() throws IOException {
    String text = "A mentor gives a kind of guidance that no manager can give.";

    assertThat(written(bulk(b -> b), List.of(text), false))
        .isEqualTo("[\"" + text + "\",{\"text\":\"" + text + "\"}]");
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void writesWhatJacksonWritesForRandomStrings(long seed) {
    Random random = new Random(seed);
    List<String> strings = new ArrayList<>();
    for (int i = random.nextInt(40); i >= 0; i--) {
      strings.add(randomString(random));
    }
    boolean pretty = random.nextBoolean();

    for (Configuration c : CONFIGURATIONS) {
      assertThat(written(bulk(c.setting()), strings, pretty))
          .as("seed %d, %s", seed, c.name())
          .isEqualTo(written(c.setting().apply(new JsonFactoryBuilder()).build(), strings,
              pretty));
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void writesRandomDocumentsAsJacksonsOwnGeneratorDoes(long seed) {
    Document document = new RandomModels(seed).document();

    for (boolean pretty : new boolean[] {false, true}) {
      assertThat(new Generators(bulk(b -> b), pretty).bytes(ModelWriter::document, document))
          .as("seed %d, pretty %s", seed, pretty)
          .isEqualTo(new Generators(new JsonFactory(), pretty)
              .bytes(ModelWriter::document, document));
    }
  }

  @Test
  void writesWhatJacksonWritesForStringsLongerThanItsBuffer() {
    Random random = new Random(42);
    StringBuilder plain = new StringBuilder();
    while (plain.length() < 50_000) {
      plain.append("plain words, ").append(random.nextInt());
    }
    List<String> strings = List.of("x".repeat(7_990), plain.toString(), plain + "\n",
        "é" + plain, plain.substring(0, 9_000), plain.toString().repeat(3));

    assertThat(written(bulk(b -> b), strings, false))
        .isEqualTo(written(new JsonFactory(), strings, false));
  }

  private static String randomString(Random random) {
    StringBuilder s = new StringBuilder();
    boolean plainOnly = random.nextInt(3) == 0;
    for (int i = random.nextInt(plainOnly ? 80 : 30); i > 0; i--) {
      s.append(plainOnly ? PIECES[random.nextInt(2)] : PIECES[random.nextInt(PIECES.length)]);
    }
    return s.toString();
  }

  private static JsonFactory bulk(UnaryOperator<JsonFactoryBuilder> setting) {
    return new BulkStringFactory(setting.apply(new JsonFactoryBuilder()));
  }

  /** The UTF-8 output of the strings in an array and as field values, or the failure. */
  private static String written(JsonFactory factory, List<String> strings, boolean pretty) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = factory.createGenerator(out, JsonEncoding.UTF8)) {
      if (pretty) {
        g.setPrettyPrinter(Generators.prettyPrinter());
      }
      g.writeStartArray();
      for (String s : strings) {
        g.writeString(s);
        g.writeStartObject();
        g.writeFieldName("text");
        g.writeString(s);
        g.writeEndObject();
      }
      g.writeEndArray();
    } catch (IOException | RuntimeException e) {
      return "failed: " + e.getClass().getName() + ": " + e.getMessage();
    }
    return out.toString(java.nio.charset.StandardCharsets.UTF_8);
  }

  private record Configuration(String name, UnaryOperator<JsonFactoryBuilder> setting) {}
}
