package dev.roundtable.cli;

import static dev.roundtable.cli.CommandRun.example;
import static dev.roundtable.cli.CommandRun.runWithInput;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roundtable.model.RandomModels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every value the command echoes (option values, ids, file names, picocli's own messages,
 * what the reader reports) reaches standard error without a raw control, bidirectional or
 * line-breaking character: a hostile value can neither rewrite the terminal nor forge a line.
 * Usage errors stay a message line, a one-line hint and the usage.
 */
class HostileValuesTest {
  /** Terminal escapes, a bell, a forged problem line, bidi overrides, separators, a NUL. */
  private static final String HOSTILE = "x\u001B[2J\u001B]0;owned\u0007\r\nforged.json:1:1: /x:"
      + " fake\u202Eevil\u2066\u200F\u2028\u2029\u0085\u009B\u007F\u0000\u000B\u000C\t\b.";
  private static final String[] CONTROLS = {
    "\u001B[31m", "\u0007", "\r", "\n", "\r\n", "\u202E", "\u202D", "\u2066", "\u2069", "\u200E",
    "\u061C", "\u2028", "\u2029", "\u0085", "\u009B", "\u007F", "\u0000", "\b", "\uFEFF",
  };

  @TempDir static Path dir;

  /** Where the value goes, what the run should exit with. */
  private record Place(String name, int exitCode, Function<String, List<String>> args) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static final List<Place> PLACES = List.of(
      new Place("--format", 2, v -> List.of("export", "--format", v)),
      new Place("--format=", 2, v -> List.of("export", "--format=" + v)),
      new Place("--zone", 2, v -> List.of("export", "-f", "html", "--zone", v)),
      new Place("--locale", 2, v -> List.of("export", "-f", "html", "--locale", v)),
      new Place("--limit", 2, v -> List.of("export", "-f", "rss", "--limit", v)),
      new Place("--base-url", 2, v -> List.of("export", "-f", "rss", "--base-url", v)),
      new Place("--base-url path", 2,
          v -> List.of("export", "-f", "rss", "--base-url", "https://example.org/" + v)),
      new Place("--question", 2, v -> List.of("export", "-f", "json", "--question", v)),
      new Place("--answer", 2, v -> List.of("export", "-f", "json", "--answer", v)),
      new Place("--pretty=", 2, v -> List.of("export", "-f", "json", "--pretty=" + v)),
      new Place("an unknown option", 2, v -> List.of("export", "-f", "json", "--" + v)),
      new Place("an extra parameter", 2, v -> List.of("export", "-f", "json", "-", v)),
      new Place("an unknown command", 2, v -> List.of(v)),
      new Place("help", 2, v -> List.of("help", v)),
      new Place("INPUT", 3, v -> List.of("export", "-f", "json", dir + "/" + v)),
      new Place("--out", 3, v -> List.of("export", "-f", "json", "--out", dir + "/none/" + v)),
      new Place("validate INPUT", 3, v -> List.of("validate", dir + "/" + v)),
      new Place("demo DIR", 3, v -> List.of("demo", dir + "/plain/" + v)),
      new Place("--title", 0,
          v -> List.of("export", "-f", "rss", "--base-url", "https://example.org/", "--title", v)));

  /** Where a value came from (fixed, or the seed of RandomModels), and the value. */
  static Stream<Arguments> values() {
    List<Arguments> values = new ArrayList<>();
    values.add(Arguments.of("fixed", HOSTILE));
    RandomModels.seeds(6).forEach(seed -> {
      RandomModels models = new RandomModels(seed);
      Random random = models.random();
      values.add(Arguments.of("seed " + seed,
          models.text(4) + CONTROLS[random.nextInt(CONTROLS.length)] + models.text(3)));
    });
    return values.stream();
  }

  static Stream<Arguments> placesAndValues() {
    return values().flatMap(value -> PLACES.stream().map(place -> Arguments.of(place,
        value.get()[0], value.get()[1])));
  }

  @ParameterizedTest(name = "{0}, {1}")
  @MethodSource("placesAndValues")
  void anEchoedValueReachesStandardErrorEscaped(Place place, String origin, String value)
      throws Exception {
    Files.writeString(dir.resolve("plain"), "a file, not a directory");
    List<String> args = place.args().apply(value);
    String description = place + ", " + origin + ", value " + visible(value);

    CommandRun run = runWithInput(example(), args.toArray(String[]::new));

    assertThat(run.exitCode()).as("%s: %s", description, run.describe())
        .isEqualTo(place.exitCode());
    assertNoRawCharacters(description, run.err());
    List<String> lines = run.err().lines().toList();
    if (place.exitCode() == 2) {
      assertThat(lines).as(description + ": message, hint, usage").hasSizeGreaterThanOrEqualTo(3);
      assertThat(lines.get(0)).as(description).startsWith("roundtable");
      assertThat(lines.get(1)).as(description + ": the hint")
          .matches("Run 'roundtable( export)? --help' for more\\.|Did you mean: .*|Possible solutions: .*");
      assertThat(lines.subList(2, lines.size())).as(description + ": the usage follows")
          .anyMatch(line -> line.startsWith("Usage: roundtable"));
    } else if (place.exitCode() == 3) {
      assertThat(lines).as(description).hasSize(1);
      assertThat(lines.get(0)).as(description).startsWith("roundtable: cannot ");
    } else {
      assertThat(run.err()).as(description).isEmpty();
    }
    assertThat(run.err()).as(description).doesNotContain("Exception", "\tat ", "java.");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("values")
  void aValueInTheDocumentReachesStandardErrorEscaped(String origin, String value) {
    String hostile = json(value);
    byte[] document = ("{\"format\": \"roundtable/1\" , \"" + hostile + "\": 1, \"questions\": [{"
        + "\"id\": \"" + hostile + "\", \"text\": \"" + hostile + "\", \"" + hostile + "\": 2,"
        + " \"answers\": [{\"id\": \"a\", \"headline\": \"h\", \"publishedAt\": \"" + hostile
        + "\", \"contributor\": {\"name\": \"n\"}, \"url\": \"" + hostile + "\","
        + " \"body\": [{\"type\": \"" + hostile + "\"}]}]}]}").getBytes(StandardCharsets.UTF_8);

    CommandRun run = runWithInput(document, "validate", "--strict");

    String description = origin + ", value " + visible(value);
    assertThat(run.exitCode()).as("%s: %s", description, run.describe()).isEqualTo(1);
    assertNoRawCharacters(description, run.err());
    assertThat(run.err().lines()).as(description).allMatch(line -> line.startsWith("<stdin>:"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("values")
  void fileNamesOnStandardOutputAreEscaped(String origin, String value) throws Exception {
    String name = value.replace("\u0000", "").replace('/', '_');
    Path file = Files.write(dir.resolve("valid" + name), example());
    Path demo = dir.resolve("demo" + name);
    String description = origin + ", name " + visible(name);

    CommandRun validated = CommandRun.run("validate", file.toString());
    CommandRun demoed = CommandRun.run("demo", demo.toString());

    assertThat(validated.exitCode()).as("%s: %s", description, validated.describe()).isZero();
    assertThat(demoed.exitCode()).as("%s: %s", description, demoed.describe()).isZero();
    assertNoRawCharacters(description, validated.outText() + demoed.outText());
    assertThat(validated.outText().lines()).as(description).hasSize(1);
    assertThat(demoed.outText().lines()).as(description).hasSize(Format.values().length);
    assertThat(Files.list(demo).count()).as(description).isEqualTo(Format.values().length);
  }

  /** No C0 control but the line feed, no C1 control or DEL, no format or separator character. */
  static void assertNoRawCharacters(String description, String text) {
    text.codePoints().forEach(cp -> {
      int type = Character.getType(cp);
      boolean raw = (Character.isISOControl(cp) && cp != '\n') || type == Character.FORMAT
          || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
          || type == Character.SURROGATE;
      assertThat(raw).as("%s: raw U+%04X in:%n%s", description, cp, visible(text)).isFalse();
    });
  }

  /** The value as JSON string content. */
  private static String json(String value) {
    StringBuilder out = new StringBuilder();
    value.chars().forEach(c -> {
      if (c < 0x20 || c == '"' || c == '\\' || c >= 0x7F) {
        out.append(String.format("\\u%04x", c));
      } else {
        out.append((char) c);
      }
    });
    return out.toString();
  }

  /** Every code point outside printable ASCII (but the line feed) as U+XXXX. */
  static String visible(String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints().forEach(cp -> {
      if ((cp >= 0x20 && cp < 0x7F) || cp == '\n') {
        out.appendCodePoint(cp);
      } else {
        out.append(String.format("<U+%04X>", cp));
      }
    });
    return out.toString();
  }
}
