package dev.roundtable.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * The contract's "Reading bad input": each fixture breaks one rule, and the reader names it at
 * the expected JSON Pointer, with a line and column.
 */
class ReadingBadInputTest {
  private static final RoundtableJson JSON = RoundtableJson.defaults();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvFileSource(resources = "invalid/expected.csv", delimiter = '|', quoteCharacter = '\'',
      numLinesToSkip = 1)
  void rejectsEachInvalidFixtureAtItsPointer(String fixture, String pointer, String message) {
    assertRejectedAt("invalid/" + fixture, pointer, message);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvFileSource(resources = "beyond-schema/expected.csv", delimiter = '|',
      quoteCharacter = '\'', numLinesToSkip = 1)
  void rejectsWhatTheSchemaCannotExpressAtItsPointer(String fixture, String pointer,
      String message) {
    assertRejectedAt("beyond-schema/" + fixture, pointer, message);
  }

  private static void assertRejectedAt(String fixture, String pointer, String message) {
    byte[] json = Fixtures.bytes(fixture);

    InvalidDocumentException e =
        catchThrowableOfType(InvalidDocumentException.class, () -> JSON.read(json));

    assertThat(e).as(fixture).isNotNull();
    assertThat(e.problems()).as(fixture).hasSize(1);
    DocumentProblem problem = e.problems().get(0);
    assertThat(problem.pointer()).as(fixture).isEqualTo(pointer == null ? "" : pointer);
    assertThat(problem.message()).as(fixture).contains(message);
    assertThat(problem.line()).as(fixture).isPositive();
    assertThat(problem.column()).as(fixture).isPositive();
  }
}
