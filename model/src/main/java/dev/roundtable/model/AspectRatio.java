package dev.roundtable.model;

import java.util.Optional;

/**
 * The shapes of an image's {@link Crop}s that search engines ask for: Google's article
 * guidelines want each picture in 16:9, 4:3 and 1:1, so that every card and carousel can show
 * it without cutting into it.
 */
public enum AspectRatio {
  /** 16:9, wide: link cards and the top of a results page. */
  WIDE(16, 9),
  /** 4:3, the classic photograph. */
  STANDARD(4, 3),
  /** 1:1, square: thumbnails and avatars. */
  SQUARE(1, 1);

  private final int across;
  private final int down;
  private final String json;

  AspectRatio(int across, int down) {
    this.across = across;
    this.down = down;
    this.json = across + "x" + down;
  }

  /** {@return the ratio as the JSON format and Google's documentation write it: {@code "16x9"}} */
  public String json() {
    return json;
  }

  /**
   * Whether a size has this shape: the height is within one pixel of the exact one for the
   * width (a 1000-pixel-wide 16:9 crop may be 562 or 563 pixels high).
   *
   * @param width the width in pixels, positive
   * @param height the height in pixels, positive
   * @return {@code true} when the size has this ratio
   */
  public boolean fits(int width, int height) {
    return Math.abs((long) width * down - (long) height * across) <= across;
  }

  /**
   * The height of this shape for a width, rounded to the nearest pixel.
   *
   * @param width the width in pixels
   * @return the height in pixels
   */
  public long heightFor(int width) {
    return Math.round((double) width * down / across);
  }

  /**
   * The ratio of a JSON name.
   *
   * @param json {@code "16x9"}, {@code "4x3"} or {@code "1x1"}
   * @return the ratio, or empty for any other text
   */
  public static Optional<AspectRatio> ofJson(String json) {
    for (AspectRatio r : values()) {
      if (r.json.equals(json)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }
}
