package dev.roundtable.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExcerptTest {
  private static final String TEXT = "A mentor gives guidance no manager can give";

  @Test
  void keepsTextThatFitsWhole() {
    assertThat(Excerpt.of(TEXT, TEXT.length())).isEqualTo(TEXT);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "42 | A mentor gives guidance no manager can…",
      "41 | A mentor gives guidance no manager can…",
      "40 | A mentor gives guidance no manager can…",
      "39 | A mentor gives guidance no manager can…",
      "38 | A mentor gives guidance no manager…",
      "10 | A mentor…",
      "9  | A mentor…",
      "8  | A…",
      "2  | A…",
      "1  | …"})
  void cutsOnAWordBoundaryWithAnEllipsis(int maxLength, String expected) {
    assertThat(Excerpt.of(TEXT, maxLength)).isEqualTo(expected);
  }

  @Test
  void givesTheEllipsisAloneWhenTheFirstWordIsTooLong() {
    assertThat(Excerpt.of("Incomprehensibilities abound", 10)).isEqualTo("…");
  }

  @Test
  void dropsPunctuationLeftDanglingBeforeTheEllipsis() {
    assertThat(Excerpt.of("Open, honest — and kind, always", 16)).isEqualTo("Open, honest…");
    assertThat(Excerpt.of("Open, honest — and kind, always", 8)).isEqualTo("Open…");
  }

  @Test
  void foldsRunsOfWhiteSpaceIncludingUnicodeSpaces() {
    assertThat(Excerpt.of("  one\n\n two\t\u00A0three\u2003 ", 100)).isEqualTo("one two three");
  }

  @Test
  void countsCodePointsSoThatEmojiCountOnce() {
    String emoji = "\uD83D\uDE00";
    String text = emoji + " " + emoji + " " + emoji;

    assertThat(Excerpt.of(text, 5)).isEqualTo(text);
    assertThat(Excerpt.of(text, 4)).isEqualTo(emoji + " " + emoji + "…");
  }

  @Test
  void neverSplitsASurrogatePair() {
    String text = "ab\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00 cd";

    assertThat(Excerpt.of(text, 4)).isEqualTo("…");
  }

  @Test
  void rejectsALengthBelowOne() {
    assertThatIllegalArgumentException().isThrownBy(() -> Excerpt.of(TEXT, 0))
        .withMessage("maxLength must be at least 1, was 0");
  }

  @Test
  void excerptsTheBodysPlainText() {
    Body body = Body.of("Growth is rarely", "a straight line.");

    assertThat(body.excerpt(22)).isEqualTo("Growth is rarely a…");
  }
}
