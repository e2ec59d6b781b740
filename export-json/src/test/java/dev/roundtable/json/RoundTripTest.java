package dev.roundtable.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundtable.model.Document;
import dev.roundtable.model.RandomModels;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Round trips over generated documents full of hostile text (quotes, backslashes, control
 * characters, emoji, right-to-left text, {@code </script>}, U+2028): reading what was written
 * gives an equal model, and writing what was read gives the same bytes.
 */
class RoundTripTest {
  private static final RoundtableJson COMPACT = RoundtableJson.defaults();
  private static final RoundtableJson PRETTY = RoundtableJson.builder().pretty(true).build();

  static Stream<Long> seeds() {
    return RandomModels.seeds(300);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void readingWhatWasWrittenGivesAnEqualDocument(long seed) {
    Document document = new RandomModels(seed).document();

    assertThat(COMPACT.read(COMPACT.toBytes(document))).as("seed %d", seed).isEqualTo(document);
    assertThat(PRETTY.read(PRETTY.toJson(document))).as("seed %d", seed).isEqualTo(document);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void writingWhatWasReadGivesTheSameBytes(long seed) {
    byte[] written = COMPACT.toBytes(new RandomModels(seed).document());

    assertThat(COMPACT.toBytes(COMPACT.read(written))).as("seed %d", seed).isEqualTo(written);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void equalDocumentsGiveIdenticalBytes(long seed) {
    Document one = new RandomModels(seed).document();
    Document two = new RandomModels(seed).document();

    assertThat(COMPACT.toBytes(one)).as("seed %d", seed).isEqualTo(COMPACT.toBytes(two));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void writesTheSameCharactersToBytesAndToStrings(long seed) {
    Document document = new RandomModels(seed).document();

    for (RoundtableJson json : new RoundtableJson[] {COMPACT, PRETTY}) {
      assertThat(new String(json.toBytes(document), StandardCharsets.UTF_8)).as("seed %d", seed)
          .isEqualTo(json.toJson(document));
    }
  }
}
