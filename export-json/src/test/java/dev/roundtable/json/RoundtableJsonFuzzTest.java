package dev.roundtable.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.roundtable.model.Document;

/**
 * Arbitrary bytes given to the reader give a {@link Document} or an
 * {@link InvalidDocumentException}, never any other exception or error (a
 * {@code StackOverflowError} included); a document read is written and read again unchanged.
 * Runs the seeds in {@code RoundtableJsonFuzzTestInputs/} in regression mode; fuzz with
 * {@code JAZZER_FUZZ=1}.
 */
class RoundtableJsonFuzzTest {
  private static final RoundtableJson JSON = RoundtableJson.defaults();
  private static final RoundtableJson STRICT = RoundtableJson.builder().strict(true).build();

  @FuzzTest(maxDuration = "30s")
  void readsOnlyDocumentsOrProblems(byte[] input) {
    try {
      Document document = JSON.read(input);
      assertThat(JSON.read(JSON.toBytes(document))).isEqualTo(document);
    } catch (InvalidDocumentException e) {
      assertThat(e.problems()).isNotEmpty();
    }
    try {
      STRICT.read(input);
    } catch (InvalidDocumentException e) {
      assertThat(e.problems()).allSatisfy(p -> assertThat(p.pointer()).isNotNull());
    }
  }
}
