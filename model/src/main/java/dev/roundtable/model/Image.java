package dev.roundtable.model;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * An answer's picture: where it is, its text alternative, its credit ("Photograph by Maya
 * Myers") and, when known, its size in pixels. Immutable.
 */
public final class Image {
  private final Url url;
  private final String alt;
  private final String credit;
  private final Integer width;
  private final Integer height;

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
    Violations v = new Violations();
    this.url = v.check(() -> Url.web(Rules.required(url, "url"), "url"));
    this.alt = v.check(() -> Rules.text(alt, "alt", Rules.MAX_LINE_LENGTH));
    this.credit = v.check(() -> Rules.optionalNotBlank(credit, "credit", Rules.MAX_LINE_LENGTH));
    this.width = v.check(() -> Rules.optionalPositive(width, "width"));
    this.height = v.check(() -> Rules.optionalPositive(height, "height"));
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

  /**
   * A copy with a credit line.
   *
   * @param credit the credit, e.g. "Photograph by Maya Myers"; {@code null} for none
   * @return the new image
   */
  public Image withCredit(String credit) {
    return new Image(url, alt, credit, width, height);
  }

  /**
   * A copy with a size.
   *
   * @param width the width in pixels, positive
   * @param height the height in pixels, positive
   * @return the new image
   */
  public Image withSize(int width, int height) {
    return new Image(url, alt, credit, width, height);
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

  @Override
  public boolean equals(Object other) {
    return other instanceof Image o && url.equals(o.url) && alt.equals(o.alt)
        && Objects.equals(credit, o.credit) && Objects.equals(width, o.width)
        && Objects.equals(height, o.height);
  }

  @Override
  public int hashCode() {
    return Objects.hash(url, alt, credit, width, height);
  }

  @Override
  public String toString() {
    return "Image[" + Rules.abbreviate(url.toString()) + "]";
  }
}
