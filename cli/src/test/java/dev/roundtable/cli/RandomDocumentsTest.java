package dev.roundtable.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundtable.json.RoundtableJson;
import dev.roundtable.model.Document;
import dev.roundtable.model.RandomModels;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Generated documents go through every format without a failure and validate after export. */
class RandomDocumentsTest {
  static java.util.stream.Stream<Long> seeds() {
    return RandomModels.seeds(20);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void everyFormatRendersAGeneratedDocument(long seed) {
    Document document = new RandomModels(seed).document();
    byte[] json = RoundtableJson.defaults().toBytes(document);

    for (Format format : Format.values()) {
      CommandRun run = CommandRun.runWithInput(json, "export", "--format", format.cliName(),
          "--base-url", "https://example.org/feeds/");
      boolean undated = document.questions().stream()
          .allMatch(q -> q.answers().isEmpty() && q.askedAt().isEmpty());
      if (format == Format.ATOM && undated) {
        // Atom needs a date, and such a document has none: invalid input, said in one line
        assertThat(run.exitCode()).as("seed %d, format %s: %s", seed, format, run.describe())
            .isEqualTo(Roundtable.INVALID_INPUT);
        assertThat(run.err().lines()).as(run.describe()).singleElement().asString()
            .startsWith("roundtable: cannot write this feed: it has no answers");
        continue;
      }
      assertThat(run.exitCode()).as("seed %d, format %s: %s", seed, format, run.describe())
          .isZero();
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void exportedJsonValidatesAndReadsBackEqual(long seed) {
    Document document = new RandomModels(seed).document();
    byte[] json = RoundtableJson.defaults().toBytes(document);

    CommandRun exported = CommandRun.runWithInput(json, "export", "--format", "json", "--pretty");
    CommandRun validated = CommandRun.runWithInput(exported.out(), "validate", "--strict");

    assertThat(validated.exitCode()).as("seed %d: %s", seed, validated.describe()).isZero();
    assertThat(RoundtableJson.defaults().read(exported.out())).as("seed %d", seed)
        .isEqualTo(document);
  }
}
