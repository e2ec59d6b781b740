package dev.roundtable.rss;

import dev.roundtable.model.Url;

/**
 * URLs as feeds write them: ASCII only, characters beyond ASCII percent-encoded as UTF-8 (the
 * W3C validator rejects IRIs in links).
 */
final class Href {
  private Href() {}

  /** The URL in ASCII; parsed only when it is not ASCII already. */
  static String of(Url url) {
    String s = url.toString();
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return url.toUri().toASCIIString();
      }
    }
    return s;
  }
}
