package dev.roundtable.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One HTTP representation of an exporter's output: its media type (with {@code charset} where
 * the type defines one), a strong {@link EntityTag}, its last-modified date, the request fields
 * it {@code Vary}s by, and its body, rendered only when asked for.
 *
 * <p>Two kinds, see {@link #streamed()}:
 *
 * <ul>
 *   <li><b>In memory</b> (from a model already in memory, by {@link Representations}): the body
 *       is small enough to render into a buffer, which the servlet helper does before writing
 *       anything, so that an exporter's error never leaves a partial response and the
 *       {@code Content-Length} is known. Its tag is either computed from the inputs without
 *       rendering, or from the rendered bytes (rendered once, then kept by this instance).
 *   <li><b>Streamed</b> ({@link #streamed(String, EntityTag, Instant, BodyWriter)}, e.g. a
 *       feed pulled from a database cursor): written straight to the response, never buffered;
 *       its tag and date are the caller's, because computing them would consume the stream.
 * </ul>
 *
 * <p>Immutable and thread-safe when its body writer is.
 */
public final class Representation {

  /** Writes a representation's body. */
  @FunctionalInterface
  public interface BodyWriter {
    /**
     * Writes the whole body.
     *
     * @param out where the bytes go; not to be closed
     * @throws IOException when writing fails
     */
    void writeTo(OutputStream out) throws IOException;
  }

  private final String mediaType;
  private final Instant lastModified;
  private final List<String> vary;
  private final BodyWriter body;
  private final boolean streamed;
  private final Function<Representation, EntityTag> tagSource;
  private volatile EntityTag tag;
  private volatile byte[] rendered;

  private Representation(String mediaType, Instant lastModified, List<String> vary,
      BodyWriter body, boolean streamed, Function<Representation, EntityTag> tagSource) {
    this.mediaType = Objects.requireNonNull(mediaType, "mediaType");
    this.lastModified = lastModified == null ? null : lastModified.truncatedTo(ChronoUnit.SECONDS);
    this.vary = List.copyOf(vary);
    this.body = Objects.requireNonNull(body, "body");
    this.streamed = streamed;
    this.tagSource = tagSource;
  }

  /**
   * An in-memory representation whose strong tag is the SHA-256 of its rendered bytes: exact for
   * any deterministic body. The body is rendered once, when the tag or the bytes are first
   * needed, and kept.
   *
   * @param mediaType the {@code Content-Type}, e.g. {@code text/html; charset=utf-8}
   * @param lastModified when the content last changed, or {@code null} when unknown
   * @param body writes the body; must give the same bytes every time
   * @return the representation
   */
  public static Representation of(String mediaType, Instant lastModified, BodyWriter body) {
    return new Representation(mediaType, lastModified, List.of(), body, false,
        self -> TagDigest.ofBytes(self.rendered()));
  }

  /**
   * A streamed representation: never buffered, its tag and date given by the caller (a version
   * column, the newest {@code updated_at} of the query, a counter bumped on every change...).
   * The caller must change the tag whenever the bytes would change.
   *
   * @param mediaType the {@code Content-Type}
   * @param tag the strong entity tag of what {@code body} writes now
   * @param lastModified when the content last changed, or {@code null} when unknown
   * @param body writes the body, each time it is called (a new cursor each time)
   * @return the representation
   * @throws IllegalArgumentException when {@code tag} is weak
   */
  public static Representation streamed(String mediaType, EntityTag tag, Instant lastModified,
      BodyWriter body) {
    if (tag.weak()) {
      throw new IllegalArgumentException("tag: must be strong, was " + tag);
    }
    return new Representation(mediaType, lastModified, List.of(), body, true, self -> tag);
  }

  /** An in-memory representation whose tag is computed from its inputs, not its bytes. */
  static Representation ofInputs(String mediaType, Instant lastModified, BodyWriter body,
      Supplier<EntityTag> inputsTag) {
    return new Representation(mediaType, lastModified, List.of(), body, false,
        self -> inputsTag.get());
  }

  /**
   * This representation, varying also by the given request fields: say {@code Accept} when the
   * format was chosen by content negotiation, so that caches keep one copy per format.
   *
   * @param fields field names, e.g. {@code Accept}
   * @return a representation with the same body and tag, whose {@link #vary()} lists them too
   */
  public Representation varyingBy(String... fields) {
    List<String> more = new ArrayList<>(vary);
    for (String field : fields) {
      if (field.isBlank() || field.contains(",")) {
        throw new IllegalArgumentException("vary: not a field name: \"" + field + "\"");
      }
      if (more.stream().noneMatch(field::equalsIgnoreCase)) {
        more.add(field);
      }
    }
    Representation varied = new Representation(mediaType, lastModified, more, body, streamed,
        self -> entityTag());
    varied.rendered = rendered;
    return varied;
  }

  /** {@return the {@code Content-Type} field value, e.g. {@code application/rss+xml; charset=utf-8}} */
  public String mediaType() {
    return mediaType;
  }

  /**
   * The strong entity tag, computed on first use (from the inputs, or by rendering the body for
   * a representation whose tag comes from its bytes).
   *
   * @return the tag
   */
  public EntityTag entityTag() {
    EntityTag t = tag;
    if (t == null) {
      t = tagSource.apply(this);
      tag = t;
    }
    return t;
  }

  /** {@return when the content last changed, to the second, if known} */
  public Optional<Instant> lastModified() {
    return Optional.ofNullable(lastModified);
  }

  /** {@return the request fields the representation varies by, for the {@code Vary} field; often empty} */
  public List<String> vary() {
    return vary;
  }

  /** {@return whether the body is streamed (never buffered, length unknown) rather than in memory} */
  public boolean streamed() {
    return streamed;
  }

  /**
   * Writes the body. An in-memory representation already rendered writes its kept bytes.
   *
   * @param out where the bytes go; not closed
   * @throws IOException when writing fails
   */
  public void writeTo(OutputStream out) throws IOException {
    byte[] bytes = rendered;
    if (bytes != null) {
      out.write(bytes);
    } else {
      body.writeTo(out);
    }
  }

  /**
   * The body as bytes, rendered once and kept by an in-memory representation.
   *
   * @return a copy of the bytes
   * @throws IllegalStateException for a streamed representation, which is never buffered
   * @throws UncheckedIOException when the body writer fails with an {@code IOException}
   */
  public byte[] toBytes() {
    return rendered().clone();
  }

  /**
   * The length of the body in bytes, rendering it first when it has not been.
   *
   * @return the {@code Content-Length}
   * @throws IllegalStateException for a streamed representation, whose length is unknown
   * @throws UncheckedIOException when the body writer fails with an {@code IOException}
   */
  public int contentLength() {
    return rendered().length;
  }

  /** {@return whether the body has been rendered and kept} For tests: a 304 renders nothing. */
  boolean isRendered() {
    return rendered != null;
  }

  /** The kept bytes, rendered first if need be. */
  private byte[] rendered() {
    if (streamed) {
      throw new IllegalStateException("a streamed representation is never buffered");
    }
    byte[] bytes = rendered;
    if (bytes == null) {
      ByteArrayOutputStream buffer = new ByteArrayOutputStream(8192);
      try {
        body.writeTo(buffer);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      bytes = buffer.toByteArray();
      rendered = bytes;
    }
    return bytes;
  }

  @Override
  public String toString() {
    return "Representation[" + mediaType + (streamed ? ", streamed" : "") + "]";
  }
}
