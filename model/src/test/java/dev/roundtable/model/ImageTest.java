package dev.roundtable.model;

import static dev.roundtable.model.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ImageTest {
  private static final String URL = "https://example.com/images/jenni-luke.jpg";
  private static final Crop WIDE = Crop.of(AspectRatio.WIDE, URL + "?16x9", 1600, 900);
  private static final Crop SQUARE = Crop.of(AspectRatio.SQUARE, URL + "?1x1", 900, 900);

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

  @Test
  void hasNoCropsUnlessGiven() {
    Image image = Image.of(URL, "Portrait");

    assertThat(image.crops()).isEmpty();
    assertThat(image.crop(AspectRatio.WIDE)).isEmpty();
  }

  @Test
  void keepsItsCropsInTheOrderGivenAndFindsEachByItsRatio() {
    Image image = Image.of(URL, "Portrait").withSize(1600, 1200).withCrops(SQUARE, WIDE);

    assertThat(image.crops()).containsExactly(SQUARE, WIDE);
    assertThat(image.crop(AspectRatio.WIDE)).contains(WIDE);
    assertThat(image.crop(AspectRatio.SQUARE)).contains(SQUARE);
    assertThat(image.crop(AspectRatio.STANDARD)).isEmpty();
  }

  @Test
  void keepsItsCropsWhenGivenACreditOrASize() {
    Image image = Image.of(URL, "Portrait").withCrops(WIDE).withCredit("Maya Myers")
        .withSize(1600, 1200);

    assertThat(image.crops()).containsExactly(WIDE);
  }

  @Test
  void rejectsTwoCropsOfTheSameRatioAtTheSecond() {
    Crop another = Crop.of(AspectRatio.WIDE, URL + "?other", 1200, 675);

    assertRejected(() -> Image.of(URL, "").withCrops(WIDE, SQUARE, another), "crops[2]",
        "must not repeat the ratio 16x9 (also at index 0)");
    assertRejected(() -> Image.of(URL, "").withCrops(WIDE, another), "crops[1]",
        "must not repeat the ratio 16x9");
  }

  @Test
  void rejectsANullCropAtItsIndex() {
    assertRejected(() -> new Image(Url.of(URL), "", null, null, null,
        Arrays.asList(WIDE, null)), "crops[1]", "must not be null");
  }

  @Test
  void copiesTheCropsGiven() {
    List<Crop> crops = new ArrayList<>(List.of(WIDE));
    Image image = new Image(Url.of(URL), "", null, null, null, crops);

    crops.add(SQUARE);

    assertThat(image.crops()).containsExactly(WIDE);
  }

  @Test
  void differsFromAnImageWithOtherCrops() {
    Image image = Image.of(URL, "Portrait");

    assertThat(image.withCrops(WIDE)).isNotEqualTo(image).isNotEqualTo(image.withCrops(SQUARE))
        .isEqualTo(image.withCrops(WIDE)).hasSameHashCodeAs(image.withCrops(WIDE));
  }
}
