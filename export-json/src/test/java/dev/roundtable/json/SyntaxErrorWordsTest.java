package dev.roundtable.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.function.ThrowingSupplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of syntax error the parser can meet, one small input each, said in the project's
 * words (never the parser's), at the same pointer, line and column whether the input is a
 * string, a reader, bytes or a stream.
 */
class SyntaxErrorWordsTest {
  private static final RoundtableJson JSON = RoundtableJson.defaults();
  private static final List<String> PARSER_WORDS = List.of("Unexpected character", "code ",
      "was expecting", "expected a valid", "Jackson", "jackson", "Exception", "JsonReadFeature",
      "Unrecognized", "end-of-input", "REDACTED", "Source:");

  private static Arguments kind(String input, String message, String pointer, int line,
      int column) {
    return kind(input, message, pointer, line, column, column);
  }

  /** A kind whose column differs in byte input: the parser counts from elsewhere there. */
  private static Arguments kind(String input, String message, String pointer, int line,
      int column, int byteColumn) {
    return Arguments.of(input, message, pointer, line, column, byteColumn);
  }

  static Stream<Arguments> kinds() {
    return Stream.of(
        // input, message, pointer, line, column
        kind("[1,]", "a value is missing before ']' (trailing comma?)", "/1", 1, 4),
        kind("{\"a\":1,}", "a property name is missing before '}' (trailing comma?)",
            "/a", 1, 8),
        kind("[1 2]", "a ',' or ']' is missing before '2'", "/1", 1, 4),
        kind("{\"a\":1 \"b\":2}", "a ',' or '}' is missing before '\"'", "/a", 1, 8),
        kind("{\"a\":\"x\" \"b\":2}", "a ',' or '}' is missing before '\"'", "/a", 1,
            10),
        kind("{\"a\" 1}", "a ':' is missing after the property name", "/a", 1, 6),
        kind("{\"a\\\"\" 1}", "a ':' is missing after the property name", "/a\"", 1, 8),
        kind("{a:1}", "a name must be in double quotes", "", 1, 2),
        kind("{'a':1}", "a name must be in double quotes, not single quotes", "", 1, 2),
        kind("['x']", "a string must be in double quotes, not single quotes", "/0", 1,
            2),
        kind("\"abc", "the document ends inside a string", "", 1, 5),
        kind("{\"a", "the document ends inside a property name", "", 1, 4),
        kind("\"a\nb\"", "the control character U+000A must be escaped inside a string",
            "", 1, 3),
        kind("\"a\\qb\"", "'\\q' is not an escape: JSON knows \\\" \\\\ \\/ \\b \\f \\n"
            + " \\r \\t and \\u followed by four hex digits", "", 1, 4),
        kind("\"\\u12G4\"", "a \\u escape needs four hex digits, not 'G'", "", 1, 6),
        kind("01", "a number cannot have a leading zero", "", 1, 2),
        kind("[-x]", "a '-' must be followed by a digit", "/0", 1, 3),
        kind("1.", "a decimal point must be followed by a digit", "", 1, 2),
        kind("+1", "a number cannot start with '+'", "", 1, 2),
        kind("[1e]", "an exponent must have digits", "/0", 1, 3, 4),
        kind("[1.5ex]", "an exponent must have digits", "/0", 1, 3, 6),
        kind("[1.x]", "a decimal point must be followed by a digit", "/0", 1, 3, 4),
        kind("-", "the document ends inside a number", "", 1, 2),
        kind("1e", "the document ends inside a number", "", 1, 3),
        kind("NaN", "NaN and Infinity are not numbers in JSON", "", 1, 4),
        kind("[-Infinity]", "NaN and Infinity are not numbers in JSON", "/0", 1, 11),
        kind("{}//c", "comments are not allowed in JSON", "", 1, 3),
        kind("/*c*/{}", "comments are not allowed in JSON", "", 1, 1),
        kind("[1", "the document ends before the array is closed with ']'", "/0", 1,
            3),
        kind("[1,", "the document ends before the array is closed with ']'", "/1", 1,
            4),
        kind("{\"a\":1", "the document ends before the object is closed with '}'",
            "/a", 1, 7),
        kind("{\"a\":", "the document ends before the object is closed with '}'", "/a",
            1, 6),
        kind("{}x", "has more content after the end of the document", "", 1, 4),
        kind("{} ]", "has more content after the end of the document", "", 1, 4),
        kind("", "is empty: a document is a JSON object", "", 1, 1),
        kind("tru", "'tru' is not a value: the only words JSON knows are true, false"
            + " and null", "", 1, 4),
        kind("[,1]", "a value is missing before ','", "/0", 1, 2),
        kind("{,}", "a property name is missing before ','", "", 1, 2),
        kind("{\"a\":}", "a value is missing before '}'", "/a", 1, 6),
        kind("[1}", "'}' closes an array: expected ']'", "/0", 1, 3),
        kind("{\"a\":1]", "']' closes an object: expected '}'", "/a", 1, 7),
        kind("[@]", "'@' cannot start a value", "/0", 1, 2),
        kind("\n  [1,\n  ]", "a value is missing before ']' (trailing comma?)", "/1", 3,
            3));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("kinds")
  void each_kind_of_syntax_error_is_said_in_the_projects_words(String input, String message,
      String pointer, int line, int column, int byteColumn) {
    byte[] bytes = input.getBytes(StandardCharsets.UTF_8);
    assertSaid("string", () -> JSON.read(input), input, message, pointer, line, column);
    assertSaid("reader", () -> JSON.read(new StringReader(input)), input, message, pointer, line,
        column);
    assertSaid("bytes", () -> JSON.read(bytes), input, message, pointer, line, byteColumn);
    assertSaid("stream", () -> JSON.read(new ByteArrayInputStream(bytes)), input, message,
        pointer, line, byteColumn);
  }

  private static void assertSaid(String how, ThrowingSupplier<?> read, String input,
      String message, String pointer, int line, int column) {
    InvalidDocumentException e =
        catchThrowableOfType(InvalidDocumentException.class, read::get);
    assertThat(e).as("%s %s", how, input).isNotNull();
    DocumentProblem last = e.problems().get(e.problems().size() - 1);
    assertThat(last.message()).as("%s %s", how, input).isEqualTo(message);
    assertThat(last.pointer()).as("%s %s", how, input).isEqualTo(pointer);
    assertThat(last.line()).as("%s %s line", how, input).isEqualTo(line);
    assertThat(last.column()).as("%s %s column", how, input).isEqualTo(column);
    for (DocumentProblem problem : e.problems()) {
      assertThat(problem.message()).as("%s %s", how, input).doesNotContain(PARSER_WORDS);
    }
  }
}
