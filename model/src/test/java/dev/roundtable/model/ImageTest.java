package dev.roundtable.model;

import static dev.roundtable.model.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ImageTest {
  private static final String URL = "https://example.com/images/jenni-luke.jpg";

  @Test
  void keepsUrlAltCreditAndSize() {
    Image image = Image.of(URL, "Portrait of Jenni Luke").withCredit("Photograph by Maya Myers")
        .withSize(1200, 800);

    assertThat(image.url()).isEqualTo(Url.of(URL));
    assertThat(image.alt()).isEqualTo("Portrait of Jenni Luke");
    assertThat(image.credit()).contains("Photograph by Maya Myers");
    assertThat(image.width()).hasValue(1200);
    assertThat(image.height()).hasValue(800);
  }

  @Test
  void acceptsAnEmptyAltForADecorativeImage() {
    Image image = Image.of(URL, "");

    assertThat(image.alt()).isEmpty();
    assertThat(image.credit()).isEmpty();
    assertThat(image.width()).isEmpty();
    assertThat(image.height()).isEmpty();
  }

  @Test
  void rejectsAMissingAlt() {
    assertRejected(() -> Image.of(URL, null), "alt", "is required");
  }

  @Test
  void rejectsAMissingUrl() {
    assertRejected(() -> new Image(null, "", null, null, null), "url", "is required");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
  void rejectsAWidthThatIsNotPositive(int width) {
    assertRejected(() -> Image.of(URL, "").withSize(width, 800), "width",
        "must be a positive integer, was " + width);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
  void rejectsAHeightThatIsNotPositive(int height) {
    assertRejected(() -> new Image(Url.of(URL), "", null, null, height), "height",
        "must be a positive integer, was " + height);
  }

  @Test
  void acceptsTheSmallestAndLargestSizes() {
    Image image = Image.of(URL, "").withSize(1, Integer.MAX_VALUE);

    assertThat(image.width()).hasValue(1);
    assertThat(image.height()).hasValue(Integer.MAX_VALUE);
  }

  @Test
  void rejectsABlankCredit() {
    assertRejected(() -> Image.of(URL, "").withCredit(" "), "credit", "must not be blank");
  }

  @Test
  void leavesTheOriginalUnchangedWhenCopying() {
    Image image = Image.of(URL, "Portrait");

    Image credited = image.withCredit("Photograph by Maya Myers");

    assertThat(image.credit()).isEmpty();
    assertThat(credited).isNotEqualTo(image);
  }
}
