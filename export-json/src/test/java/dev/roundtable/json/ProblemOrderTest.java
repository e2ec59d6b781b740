package dev.roundtable.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Problems come in document order (line, then column), whatever order the reader finds them
 * in: an object's own rules are checked after its children, at the object's opening brace.
 */
class ProblemOrderTest {
  private static final RoundtableJson JSON = RoundtableJson.defaults();

  /** The problems of a rejected document, which must be in document order. */
  private static List<DocumentProblem> problemsOf(String json) {
    InvalidDocumentException e =
        catchThrowableOfType(InvalidDocumentException.class, () -> JSON.read(json));
    assertThat(e).as(json).isNotNull();
    assertThat(e.problems()).isSortedAccordingTo(Comparator.comparingInt(DocumentProblem::line)
        .thenComparingInt(DocumentProblem::column));
    return e.problems();
  }

  @Test
  void an_objects_missing_fields_come_before_the_faults_of_its_children() {
    String json = Fixtures.text("valid/minimal.json")
        .replace("      \"text\": \"Why have a mentor?\",\n", "")
        .replace("          \"headline\": \"Because it helps\",\n", "")
        .replace("\"url\": \"https://example.com/a1\"", "\"url\": \"javascript:void(0)\"")
        .replace("\"width\": 1200", "\"width\": -1");

    List<DocumentProblem> problems = problemsOf(json);

    assertThat(problems).extracting(DocumentProblem::pointer).containsExactly(
        "/questions/0/text",
        "/questions/0/answers/0/headline",
        "/questions/0/answers/0/url",
        "/questions/0/answers/0/image/width");
  }

  @Test
  void problems_at_the_same_place_keep_the_order_they_were_found_in() {
    String json = Fixtures.text("valid/minimal.json")
        .replace("          \"headline\": \"Because it helps\",\n", "")
        .replace("          \"publishedAt\": \"2015-05-07T18:15:00Z\",\n", "")
        .replace("\"width\": 1200", "\"width\": -1");

    List<DocumentProblem> problems = problemsOf(json);

    assertThat(problems).extracting(DocumentProblem::pointer).containsExactly(
        "/questions/0/answers/0/headline",
        "/questions/0/answers/0/publishedAt",
        "/questions/0/answers/0/image/width");
    assertThat(problems.get(0).line()).isEqualTo(problems.get(1).line());
    assertThat(problems.get(0).column()).isEqualTo(problems.get(1).column());
  }

  @Test
  void a_syntax_error_found_after_earlier_faults_stays_last() {
    String json = Fixtures.text("valid/minimal.json")
        .replace("          \"headline\": \"Because it helps\",\n", "")
        .replace("\"url\": \"https://example.com/a1\"", "\"url\": \"javascript:void(0)\"")
        .replaceFirst("\\]\\s*}\\s*$", "],\n}\n");

    List<DocumentProblem> problems = problemsOf(json);

    assertThat(problems).extracting(DocumentProblem::pointer).containsExactly(
        "/questions/0/answers/0/headline",
        "/questions/0/answers/0/url",
        "/questions");
    assertThat(problems.get(2).message()).isEqualTo(
        "a property name is missing before '}' (trailing comma?)");
  }
}
