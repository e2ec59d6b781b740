package dev.roundtable.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;

/**
 * Arbitrary bytes given to the lint give findings, each located and with a pointer into the
 * document, or an {@link InvalidDocumentException} with the reader's problems; never any other
 * exception. Runs the seeds in {@code RichResultsFuzzTestInputs/} (the reader's, and the bundled
 * example) in regression mode; fuzz with {@code JAZZER_FUZZ=1}.
 */
class RichResultsFuzzTest {
  @FuzzTest(maxDuration = "30s")
  void lintsOnlyDocumentsAndRejectsTheRestAsTheReaderDoes(byte[] input) {
    List<Finding> findings;
    try {
      findings = RichResults.defaults().lint(input);
    } catch (InvalidDocumentException e) {
      assertThat(e.problems()).isNotEmpty();
      return;
    }
    assertThat(findings).allSatisfy(f -> {
      assertThat(f.line()).isPositive();
      assertThat(f.column()).isPositive();
      assertThat(f.pointer()).startsWith("/questions/");
    });
    assertThat(findings.stream().map(f -> f.at(0, 0)).toList()).containsExactlyInAnyOrderElementsOf(
        RichResults.defaults().lint(RoundtableJson.defaults().read(input)));
  }
}
