package dev.roundtable.model;

import static dev.roundtable.model.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The rules every text field of the model follows, checked field by field. */
class TextRulesTest {

  /** A text field: how to build something with a value in it, and its rules. */
  record TextField(String name, String field, Consumer<String> build, boolean mayBeBlank,
      int maxLength) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<TextField> fields() {
    return Stream.of(
        new TextField("Question.id", "id", v -> question().id(v).build(), true, 200),
        new TextField("Question.text", "text", v -> question().text(v).build(), false, 2_000),
        new TextField("Question.topics", "topics[0]",
            v -> question().topics(Arrays.asList(v)).build(), false, 2_000),
        new TextField("Series.name", "name", Series::named, false, 2_000),
        new TextField("Series.description", "description", v -> Series.of("MPW Insider", v, null),
            false, 1_000_000),
        new TextField("Answer.id", "id", v -> answer().id(v).build(), true, 200),
        new TextField("Answer.headline", "headline", v -> answer().headline(v).build(), false,
            2_000),
        new TextField("Answer.summary", "summary", v -> answer().summary(v).build(), false,
            Answer.MAX_SUMMARY_LENGTH),
        new TextField("Answer.topics", "topics[0]", v -> answer().topics(Arrays.asList(v)).build(),
            false, 2_000),
        new TextField("Contributor.name", "name", Contributor::named, false, 2_000),
        new TextField("Contributor.role", "role", v -> Contributor.of("Jenni Luke", v, null),
            false, 2_000),
        new TextField("Contributor.organization", "organization",
            v -> Contributor.of("Jenni Luke", null, v), false, 2_000),
        new TextField("Contributor.affiliation", "affiliation",
            v -> Contributor.builder("Jenni Luke").affiliation(v).build(), false, 2_000),
        new TextField("Image.alt", "alt", v -> Image.of("https://example.com/a.jpg", v), true,
            2_000),
        new TextField("Image.credit", "credit",
            v -> Image.of("https://example.com/a.jpg", "").withCredit(v), false, 2_000),
        new TextField("RelatedLink.title", "title",
            v -> RelatedLink.of(v, "https://example.com/"), false, 2_000),
        new TextField("Text.text", "text", Text::new, true, 1_000_000),
        new TextField("Code.text", "text", Code::new, true, 1_000_000),
        new TextField("Quote.cite", "cite", v -> new Quote(List.of(new Text("q")), v), false,
            2_000),
        new TextField("Paragraph.of", "content[0].text", Paragraph::of, true, 1_000_000));
  }

  static Stream<TextField> notBlankFields() {
    return fields().filter(f -> !f.mayBeBlank());
  }

  static Stream<Arguments> notBlankFieldsWithBlanks() {
    return notBlankFields().flatMap(f -> Stream.of(" ", "\t\n", "\u00A0\u2003\u3000", "")
        .map(blank -> Arguments.of(f, blank)));
  }

  /** Text that shows nothing, each with a name to show in the test's name. */
  static final List<Arguments> INVISIBLE = List.of(
      Arguments.of("zero width space", "\u200B"),
      Arguments.of("byte order mark", "\uFEFF"),
      Arguments.of("direction marks and a word joiner", "\u200E\u200F\u2060"),
      Arguments.of("C0 and C1 controls", "\u0001\u001F\u0085\u009F"),
      Arguments.of("soft hyphen", "\u00AD"),
      Arguments.of("tag characters", "\uDB40\uDC01\uDB40\uDC41"),
      Arguments.of("Hangul fillers", "\u3164\u115F\uFFA0"),
      Arguments.of("variation selectors", "\uFE0F\uDB40\uDD00"),
      Arguments.of("combining grapheme joiner", "\u034F"),
      Arguments.of("noncharacters", "\uFDD0\uFFFE"),
      Arguments.of("braille blank", "\u2800"),
      Arguments.of("spaces around invisible characters", " \u200B\t\u00A0\u2060 "));

  static Stream<Arguments> notBlankFieldsWithInvisibleText() {
    return notBlankFields().flatMap(f -> INVISIBLE.stream()
        .map(invisible -> Arguments.of(f, invisible.get()[0], invisible.get()[1])));
  }

  private static Question.Builder question() {
    return MentoringExample.question().toBuilder();
  }

  private static Answer.Builder answer() {
    return MentoringExample.featured().toBuilder();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fields")
  void acceptsOrdinaryTextWithMarkupAndSupplementaryCharacters(TextField f) {
    assertThatCode(() -> f.build().accept("<b>Step</b> & \"Up\" \uD83D\uDE00 \u05E2\u05D1"))
        .doesNotThrowAnyException();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fields")
  void rejectsU0000(TextField f) {
    assertRejected(() -> f.build().accept("Step\u0000Up"), f.field(),
        "must not contain U+0000 (at index 4)");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fields")
  void rejectsALoneHighSurrogate(TextField f) {
    assertRejected(() -> f.build().accept("Step\uD83D Up"), f.field(),
        "must not contain a lone surrogate (at index 4)");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fields")
  void rejectsALoneLowSurrogate(TextField f) {
    assertRejected(() -> f.build().accept("Step\uDE00"), f.field(),
        "must not contain a lone surrogate (at index 4)");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fields")
  void rejectsAHighSurrogateAtTheEnd(TextField f) {
    assertRejected(() -> f.build().accept("Step\uD83D"), f.field(),
        "must not contain a lone surrogate (at index 4)");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fields")
  void rejectsTextLongerThanItsLimit(TextField f) {
    assertRejected(() -> f.build().accept("x".repeat(f.maxLength() + 1)), f.field(),
        "must be at most " + f.maxLength() + " characters long, was " + (f.maxLength() + 1));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fields")
  void acceptsTextOfExactlyItsLimit(TextField f) {
    assertThatCode(() -> f.build().accept("x".repeat(f.maxLength())))
        .doesNotThrowAnyException();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fields")
  void rejectsNullWhereTextIsGiven(TextField f) {
    if (f.name().equals("Answer.summary") || f.name().startsWith("Contributor.")
        && !f.name().equals("Contributor.name") || f.name().endsWith("credit")
        || f.name().endsWith("cite") || f.name().equals("Series.description")) {
      assertThatCode(() -> f.build().accept(null)).as("optional").doesNotThrowAnyException();
    } else if (f.field().startsWith("topics")) {
      assertRejected(() -> f.build().accept(null), f.field(), "must not be null");
    } else {
      assertRejected(() -> f.build().accept(null), f.field(), "is required");
    }
  }

  @ParameterizedTest(name = "{0} \"{1}\"")
  @MethodSource("notBlankFieldsWithBlanks")
  void rejectsBlankText(TextField f, String blank) {
    assertRejected(() -> f.build().accept(blank), f.field(), "must not be blank");
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("notBlankFieldsWithInvisibleText")
  void rejectsTextWithoutAVisibleCharacter(TextField f, String what, String invisible) {
    assertRejected(() -> f.build().accept(invisible), f.field(),
        "must contain a visible character, not only white space, controls and invisible"
            + " characters (U+");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("notBlankFields")
  void rejectsInvisibleTextNamingItsFirstInvisibleCharacter(TextField f) {
    assertRejected(() -> f.build().accept(" \u200B\uFEFF"), f.field(), "(U+200B at index 1)");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("notBlankFields")
  void acceptsOneVisibleCharacterAmongInvisibleOnes(TextField f) {
    for (String text : List.of("\u200Bx\uFEFF", "\u00AD\u0301", "\uE000", "\uD83D\uDE00\uFE0F",
        "\u0001-", "\u05D0\u200F")) {
      assertThatCode(() -> f.build().accept(text)).as("%s: %s", f, text.codePoints()
          .mapToObj(cp -> String.format("U+%04X", cp)).toList()).doesNotThrowAnyException();
    }
  }
}
