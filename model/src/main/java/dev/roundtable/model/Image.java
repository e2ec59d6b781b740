package dev.roundtable.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * An answer's picture: where it is, its text alternative, its credit ("Photograph by Maya
 * Myers"), when known its size in pixels, and its {@link Crop}s: versions cut to the
 * {@link AspectRatio}s that search engines ask for, at most one of each. Immutable.
 */
public final class Image {
  private final Url url;
  private final String alt;
  private final String credit;
  private final Integer width;
  private final Integer height;
  private final List<Crop> crops;

  /**
   * Creates an image.
   *
   * @param url where the image is: an http or https URL
   * @param alt the text alternative; empty for a decorative image, never {@code null}
   * @param credit the credit line, or {@code null}; not blank when given
   * @param width the width in pixels, or {@code null}; positive when given
   * @param height the height in pixels, or {@code null}; positive when given
   * @throws InvalidModelException when a field breaks a rule
   */
  public Image(Url url, String alt, String credit, Integer width, Integer height) {
    this(url, alt, credit, width, height, List.of());
  }

  /**
   * Creates an image with its crops.
   *
   * @param url where the image is: an http or https URL
   * @param alt the text alternative; empty for a decorative image, never {@code null}
   * @param credit the credit line, or {@code null}; not blank when given
   * @param width the width in pixels, or {@code null}; positive when given
   * @param height the height in pixels, or {@code null}; positive when given
   * @param crops the image cut to other shapes, at most one per {@link AspectRatio}
   * @throws InvalidModelException when a field breaks a rule
   */
  public Image(Url url, String alt, String credit, Integer width, Integer height,
      List<Crop> crops) {
    Violations v = new Violations();
    this.url = v.check(() -> Url.web(Rules.required(url, "url"), "url"));
    this.alt = v.check(() -> Rules.text(alt, "alt", Rules.MAX_LINE_LENGTH));
    this.credit = v.check(() -> Rules.optionalNotBlank(credit, "credit", Rules.MAX_LINE_LENGTH));
    this.width = v.check(() -> Rules.optionalPositive(width, "width"));
    this.height = v.check(() -> Rules.optionalPositive(height, "height"));
    this.crops = v.check(() -> oneOfEachRatio(Rules.list(crops, "crops")));
    v.throwIfAny();
  }

  /**
   * An image with a URL and a text alternative.
   *
   * @param url an http or https URL
   * @param alt the text alternative; empty for a decorative image
   * @return the image
   * @throws InvalidModelException when a field breaks a rule
   */
  public static Image of(String url, String alt) {
    return new Image(Url.parse(url, "url", false), alt, null, null, null);
  }

  private static List<Crop> oneOfEachRatio(List<Crop> crops) {
    for (int i = 0; i < crops.size(); i++) {
      for (int j = 0; j < i; j++) {
        if (crops.get(j).ratio() == crops.get(i).ratio()) {
          throw InvalidModelException.of("crops", i, "must not repeat the ratio "
              + crops.get(i).ratio().json() + " (also at index " + j + ")");
        }
      }
    }
    return crops;
  }

  /**
   * A copy with a credit line.
   *
   * @param credit the credit, e.g. "Photograph by Maya Myers"; {@code null} for none
   * @return the new image
   */
  public Image withCredit(String credit) {
    return new Image(url, alt, credit, width, height, crops);
  }

  /**
   * A copy with a size.
   *
   * @param width the width in pixels, positive
   * @param height the height in pixels, positive
   * @return the new image
   */
  public Image withSize(int width, int height) {
    return new Image(url, alt, credit, width, height, crops);
  }

  /**
   * A copy with crops in place of this image's.
   *
   * @param crops the crops, at most one per {@link AspectRatio}
   * @return the new image
   * @throws InvalidModelException when two crops have the same ratio
   */
  public Image withCrops(Crop... crops) {
    return new Image(url, alt, credit, width, height, List.of(crops));
  }

  /** {@return where the image is: an http or https URL} */
  public Url url() {
    return url;
  }

  /** {@return the text alternative, never {@code null}; empty for a decorative image} */
  public String alt() {
    return alt;
  }

  /** {@return the credit line, if given} */
  public Optional<String> credit() {
    return Optional.ofNullable(credit);
  }

  /** {@return the width in pixels, if known} */
  public OptionalInt width() {
    return width == null ? OptionalInt.empty() : OptionalInt.of(width);
  }

  /** {@return the height in pixels, if known} */
  public OptionalInt height() {
    return height == null ? OptionalInt.empty() : OptionalInt.of(height);
  }

  /** {@return the crops, in the order given; empty when there are none} */
  public List<Crop> crops() {
    return crops;
  }

  /**
   * The crop of one shape.
   *
   * @param ratio the shape
   * @return the crop of that ratio, if the image has one
   */
  public Optional<Crop> crop(AspectRatio ratio) {
    for (Crop c : crops) { // a loop, not a stream: feeds ask once per item
      if (c.ratio() == ratio) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Image o && url.equals(o.url) && alt.equals(o.alt)
        && Objects.equals(credit, o.credit) && Objects.equals(width, o.width)
        && Objects.equals(height, o.height) && crops.equals(o.crops);
  }

  @Override
  public int hashCode() {
    return Objects.hash(url, alt, credit, width, height, crops);
  }

  @Override
  public String toString() {
    return "Image[" + Rules.abbreviate(url.toString()) + "]";
  }
}
