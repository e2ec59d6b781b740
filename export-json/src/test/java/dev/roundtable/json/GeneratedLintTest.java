package dev.roundtable.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.roundtable.model.Document;
import dev.roundtable.model.RandomModels;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Over generated documents: the lint of a document's bytes finds what the lint of its model
 * finds, each finding located, and a finding whose field is in the document is located at that
 * field's name (one that is missing, at an object that contains its pointer). Columns count
 * bytes, as the reader's do.
 */
class GeneratedLintTest {
  private static final ObjectMapper TREE = new ObjectMapper();
  private static final Comparator<Finding> BY_PLACE = Comparator.comparing(Finding::pointer)
      .thenComparing(Finding::rule).thenComparing(Finding::message);

  static Stream<Long> seeds() {
    return RandomModels.seeds(200);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void findsInTheBytesWhatItFindsInTheModelEachAtItsField(long seed) throws IOException {
    Document document = new RandomModels(seed).document();
    List<Finding> unlocated = RichResults.defaults().lint(document);
    for (RoundtableJson json : List.of(RoundtableJson.defaults(),
        RoundtableJson.builder().pretty(true).build())) {
      byte[] bytes = json.toBytes(document);
      List<String> lines = new String(bytes, StandardCharsets.UTF_8).lines().toList();
      JsonNode tree = TREE.readTree(bytes);

      List<Finding> located = RichResults.defaults().lint(bytes);

      assertThat(located.stream().map(f -> f.at(0, 0)).sorted(BY_PLACE).toList())
          .as("seed %d", seed).isEqualTo(unlocated.stream().sorted(BY_PLACE).toList());
      for (Finding f : located) {
        assertThat(f.line()).as("seed %d: %s", seed, f).isPositive();
        byte[] line = lines.get(f.line() - 1).getBytes(StandardCharsets.UTF_8);
        // jackson-core counts the columns of byte input in bytes, as validate reports them
        String at = new String(line, f.column() - 1, line.length - f.column() + 1,
            StandardCharsets.UTF_8);
        String last = f.pointer().substring(f.pointer().lastIndexOf('/') + 1);
        if (!tree.at(f.pointer()).isMissingNode() && !last.chars().allMatch(Character::isDigit)) {
          assertThat(at).as("seed %d: %s", seed, f).startsWith("\"" + last + "\"");
        } else {
          assertThat(at.charAt(0)).as("seed %d: %s", seed, f).isIn('"', '{', '[');
        }
      }
    }
  }
}
