package dev.roundtable.model;

/**
 * A version of an {@link Image} cut to one {@link AspectRatio}, with its own URL and its size,
 * which must have that ratio.
 *
 * @param ratio the shape
 * @param url where the crop is: an http or https URL
 * @param width the width in pixels, positive
 * @param height the height in pixels, positive, within a pixel of {@code width}'s for the ratio
 */
public record Crop(AspectRatio ratio, Url url, int width, int height) {
  /**
   * Checks every field.
   *
   * @param ratio the shape
   * @param url where the crop is: an http or https URL
   * @param width the width in pixels, positive
   * @param height the height in pixels, positive, within a pixel of {@code width}'s for the ratio
   * @throws InvalidModelException when a field breaks a rule
   */
  public Crop {
    Violations v = new Violations();
    v.check(() -> Rules.required(ratio, "ratio"));
    v.check(() -> Url.web(Rules.required(url, "url"), "url"));
    v.check(() -> Rules.optionalPositive(width, "width"));
    v.check(() -> Rules.optionalPositive(height, "height"));
    if (ratio != null && width > 0 && height > 0 && !ratio.fits(width, height)) {
      v.add(InvalidModelException.of("height", "must make " + width + " x " + height
          + " a " + ratio.json() + " crop: a width of " + width + " needs a height of "
          + ratio.heightFor(width) + ", was " + height));
    }
    v.throwIfAny();
  }

  /**
   * A crop from text.
   *
   * @param ratio the shape
   * @param url an http or https URL
   * @param width the width in pixels
   * @param height the height in pixels
   * @return the crop
   * @throws InvalidModelException when a field breaks a rule
   */
  public static Crop of(AspectRatio ratio, String url, int width, int height) {
    return new Crop(ratio, Url.parse(url, "url", false), width, height);
  }
}
