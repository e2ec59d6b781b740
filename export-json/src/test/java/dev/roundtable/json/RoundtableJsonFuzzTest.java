package dev.roundtable.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.roundtable.model.Document;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Arbitrary bytes given to the reader give a {@link Document} or an
 * {@link InvalidDocumentException}, never any other exception or error (a
 * {@code StackOverflowError} included); a document read is written and read again unchanged;
 * bytes read as UTF-8 are only accepted when they are well-formed UTF-8 (as the JDK's strict
 * decoder says); and a stream of the same bytes gives the same document or the same problems.
 * Runs the seeds in {@code RoundtableJsonFuzzTestInputs/} in regression mode; fuzz with
 * {@code JAZZER_FUZZ=1}.
 */
class RoundtableJsonFuzzTest {
  private static final RoundtableJson JSON = RoundtableJson.defaults();
  private static final RoundtableJson STRICT = RoundtableJson.builder().strict(true).build();

  @FuzzTest(maxDuration = "30s")
  void readsOnlyDocumentsOrProblems(byte[] input) throws IOException {
    Document document = null;
    InvalidDocumentException problems = null;
    try {
      document = JSON.read(input);
      assertThat(JSON.read(JSON.toBytes(document))).isEqualTo(document);
      if (readAsUtf8(input)) {
        assertThat(wellFormedUtf8(input)).as("accepted as UTF-8").isTrue();
      }
    } catch (InvalidDocumentException e) {
      assertThat(e.problems()).isNotEmpty();
      problems = e;
    }
    if (document != null) {
      assertThat(JSON.read(new ByteArrayInputStream(input))).isEqualTo(document);
    } else {
      InvalidDocumentException again = catchThrowableOfType(InvalidDocumentException.class,
          () -> JSON.read(new ByteArrayInputStream(input)));
      assertThat(again).isNotNull();
      assertThat(again.problems()).isEqualTo(problems.problems());
    }
    try {
      STRICT.read(input);
    } catch (InvalidDocumentException e) {
      assertThat(e.problems()).allSatisfy(p -> assertThat(p.pointer()).isNotNull());
    }
  }

  /** Whether jackson-core reads the bytes as UTF-8: no UTF-16 or UTF-32 mark or zero byte. */
  private static boolean readAsUtf8(byte[] input) {
    int n = input.length;
    boolean zero = n >= 2 && (input[0] == 0 || input[1] == 0);
    boolean mark = n >= 4 && ((input[0] & 0xFF) == 0xFE && (input[1] & 0xFF) == 0xFF
        || (input[0] & 0xFF) == 0xFF && (input[1] & 0xFF) == 0xFE);
    return !zero && !mark;
  }

  private static boolean wellFormedUtf8(byte[] input) {
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(input));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
