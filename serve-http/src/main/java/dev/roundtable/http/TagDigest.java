package dev.roundtable.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * A strong entity tag as SHA-256, base64url without padding (43 characters). Fields are fed
 * length-prefixed, so that no two different sequences of fields give the same input.
 */
final class TagDigest {
  /** The library's version: a new release may render the same inputs differently. */
  static final String LIBRARY_VERSION = readVersion();

  private final MessageDigest sha256;

  private TagDigest(String kind) {
    try {
      this.sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
    field("roundtable-serve-http").field(LIBRARY_VERSION).field(kind);
  }

  /**
   * A digest of inputs, starting with the library version and the representation's kind.
   *
   * @param kind names the exporter call, e.g. {@code rss/question}
   * @return a new digest
   */
  static TagDigest of(String kind) {
    return new TagDigest(kind);
  }

  /** The tag of a body's bytes. */
  static EntityTag ofBytes(byte[] body) {
    return of("bytes").field(body).tag();
  }

  TagDigest field(String value) {
    return value == null ? absent() : field(value.getBytes(StandardCharsets.UTF_8));
  }

  TagDigest field(byte[] value) {
    length(value.length);
    sha256.update(value);
    return this;
  }

  TagDigest field(long value) {
    for (int shift = 56; shift >= 0; shift -= 8) {
      sha256.update((byte) (value >>> shift));
    }
    return this;
  }

  /** A field that has no value: distinct from any value, the empty string included. */
  TagDigest absent() {
    return length(-1);
  }

  private TagDigest length(int length) {
    for (int shift = 24; shift >= 0; shift -= 8) {
      sha256.update((byte) (length >>> shift));
    }
    return this;
  }

  EntityTag tag() {
    return EntityTag.strong(Base64.getUrlEncoder().withoutPadding().encodeToString(sha256.digest()));
  }

  private static String readVersion() {
    try (InputStream in = TagDigest.class.getResourceAsStream("version.txt")) {
      if (in == null) {
        throw new IllegalStateException("dev/roundtable/http/version.txt is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
