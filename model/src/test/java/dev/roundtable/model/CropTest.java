package dev.roundtable.model;

import static dev.roundtable.model.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class CropTest {
  private static final String URL = "https://example.com/images/jenni-luke-16x9.jpg";

  @Test
  void keepsItsRatioUrlAndSize() {
    Crop crop = Crop.of(AspectRatio.WIDE, URL, 1200, 675);

    assertThat(crop.ratio()).isEqualTo(AspectRatio.WIDE);
    assertThat(crop.url()).isEqualTo(Url.of(URL));
    assertThat(crop.width()).isEqualTo(1200);
    assertThat(crop.height()).isEqualTo(675);
  }

  @ParameterizedTest(name = "{0} {1} x {2}")
  @CsvSource({"WIDE, 1200, 675", "WIDE, 1000, 562", "WIDE, 1000, 563", "WIDE, 1, 1",
      "STANDARD, 1200, 900", "STANDARD, 1001, 751", "SQUARE, 800, 800", "SQUARE, 800, 801"})
  void acceptsASizeWithinAPixelOfItsRatio(AspectRatio ratio, int width, int height) {
    assertThat(Crop.of(ratio, URL, width, height).height()).isEqualTo(height);
  }

  @Test
  void rejectsASizeOfAnotherRatioAtTheHeightNamingTheHeightExpected() {
    assertRejected(() -> Crop.of(AspectRatio.WIDE, URL, 1000, 600), "height",
        "must make 1000 x 600 a 16x9 crop: a width of 1000 needs a height of 563, was 600");
  }

  @ParameterizedTest(name = "{0} {1} x {2}")
  @CsvSource({"WIDE, 1000, 561", "WIDE, 1000, 564", "STANDARD, 1200, 675", "SQUARE, 800, 802",
      "SQUARE, 800, 798"})
  void rejectsASizeMoreThanAPixelFromItsRatio(AspectRatio ratio, int width, int height) {
    assertRejected(() -> Crop.of(ratio, URL, width, height), "height", "needs a height of");
  }

  @Test
  void rejectsAWidthOfZero() {
    assertRejected(() -> Crop.of(AspectRatio.SQUARE, URL, 0, 800), "width",
        "must be a positive integer, was 0");
  }

  @Test
  void rejectsANegativeHeight() {
    assertRejected(() -> Crop.of(AspectRatio.SQUARE, URL, 800, -800), "height",
        "must be a positive integer, was -800");
  }

  @Test
  void rejectsAJavascriptUrl() {
    assertRejected(() -> Crop.of(AspectRatio.WIDE, "javascript:alert(1)", 1200, 675), "url",
        "scheme \"javascript\" is not allowed");
  }

  @Test
  void rejectsAMailtoUrl() {
    assertRejected(() -> new Crop(AspectRatio.WIDE, Url.linkTarget("mailto:a@example.com"),
        1200, 675), "url", "must use scheme http or https");
  }

  @Test
  void rejectsAMissingRatioAndUrlTogether() {
    InvalidModelException e = catchThrowableOfType(InvalidModelException.class,
        () -> new Crop(null, null, 1200, 675));

    assertThat(e.violations()).extracting(InvalidModelException::field)
        .containsExactly("ratio", "url");
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(AspectRatio.class)
  void findsEachRatioByItsJsonName(AspectRatio ratio) {
    assertThat(AspectRatio.ofJson(ratio.json())).contains(ratio);
  }

  @Test
  void namesTheRatiosAsGoogleDoes() {
    assertThat(AspectRatio.WIDE.json()).isEqualTo("16x9");
    assertThat(AspectRatio.STANDARD.json()).isEqualTo("4x3");
    assertThat(AspectRatio.SQUARE.json()).isEqualTo("1x1");
  }

  @Test
  void findsNoRatioForAnyOtherName() {
    assertThat(AspectRatio.ofJson("16:9")).isEmpty();
    assertThat(AspectRatio.ofJson("16X9")).isEmpty();
    assertThat(AspectRatio.ofJson(null)).isEmpty();
  }
}
