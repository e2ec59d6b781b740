package dev.roundtable.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import dev.roundtable.json.internal.JsonOutput;
import dev.roundtable.json.internal.ModelWriter;
import dev.roundtable.json.internal.DocumentReader;
import dev.roundtable.model.Answer;
import dev.roundtable.model.Body;
import dev.roundtable.model.Contributor;
import dev.roundtable.model.Document;
import dev.roundtable.model.Image;
import dev.roundtable.model.Question;
import dev.roundtable.model.RelatedLink;
import dev.roundtable.model.Series;
import dev.roundtable.model.Url;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.util.List;

/**
 * Writes and reads the Roundtable JSON format, version 1 ({@code "format": "roundtable/1"}), on
 * jackson-core's streaming API: nothing is built as a tree, so a document of any size is written
 * token by token.
 *
 * <p>Writing is deterministic: fields in the order of the format's tables, absent optional
 * fields left out (never {@code null}), a paragraph of plain text as a bare string, a plain text
 * inline as a bare string, timestamps in UTC with {@code Z} and fractional seconds only when not
 * zero. Equal models give byte-identical output.
 *
 * <p>Reading accepts exactly the format. Bad input gets one {@link InvalidDocumentException}
 * listing every problem found, each with its JSON Pointer and line and column; nothing partial
 * is ever returned. Bytes must be well-formed UTF-8 (or UTF-16 or UTF-32, told apart by their
 * first bytes): an overlong form such as {@code C0 BC} for {@code <}, a surrogate encoded in
 * UTF-8, a code point beyond U+10FFFF, a lone surrogate or a sequence cut short is a problem at
 * its byte offset, where the JDK's strict decoder would stop. Limits against hostile input
 * (nesting depth, string length, document size) are set on the {@link Builder}. Unknown
 * properties are ignored unless the reader is {@linkplain Builder#strict(boolean) strict}.
 *
 * <pre>{@code
 * RoundtableJson json = RoundtableJson.builder().pretty(true).build();
 * String text = json.toJson(document);
 * Document again = json.read(text);   // equal to document
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe: build one and reuse it.
 */
public final class RoundtableJson {
  /** Default limit of nesting of arrays and objects; a valid document needs at most 75. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 100;
  /** Default limit of a string's length, in characters: the model's longest text. */
  public static final int DEFAULT_MAX_STRING_LENGTH = 1_000_000;
  /** Default limit of a document's length, in bytes (or characters): 256 MiB. */
  public static final long DEFAULT_MAX_DOCUMENT_LENGTH = 256L * 1024 * 1024;

  private static final RoundtableJson DEFAULTS = builder().build();
  private static final List<Class<?>> VALUE_TYPES = List.of(Document.class, Question.class,
      Answer.class, Contributor.class, Series.class, Image.class, RelatedLink.class, Body.class,
      Url.class);

  private final boolean strict;
  private final JsonFactory factory;
  private final JsonOutput out;

  private RoundtableJson(Builder b) {
    this.strict = b.strict;
    this.factory = new JsonFactoryBuilder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(b.maxNestingDepth)
            .maxStringLength(b.maxStringLength)
            .maxDocumentLength(b.maxDocumentLength)
            .build())
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        // characters beyond U+FFFF as themselves in UTF-8 too, not as escaped surrogate pairs:
        // the bytes are then the UTF-8 of the String output, whichever way a user writes
        .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
        .build();
    this.out = new JsonOutput(factory, b.pretty);
  }

  /**
   * The defaults: compact output, lenient reading (unknown properties ignored), default limits.
   *
   * @return the shared default instance
   */
  public static RoundtableJson defaults() {
    return DEFAULTS;
  }

  /**
   * A builder starting from the defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Writes a document as UTF-8.
   *
   * @param d the document
   * @param out where it goes; flushed, not closed
   * @throws IOException when writing fails
   */
  public void write(Document d, OutputStream out) throws IOException {
    this.out.write(ModelWriter::write, d, out);
  }

  /**
   * Writes a document.
   *
   * @param d the document
   * @param out where it goes; flushed, not closed
   * @throws IOException when writing fails
   */
  public void write(Document d, Writer out) throws IOException {
    this.out.write(ModelWriter::write, d, out);
  }

  /**
   * A document as JSON text.
   *
   * @param d the document
   * @return the JSON
   */
  public String toJson(Document d) {
    return out.string(ModelWriter::write, d);
  }

  /**
   * A document as UTF-8 bytes.
   *
   * @param d the document
   * @return the JSON
   */
  public byte[] toBytes(Document d) {
    return out.bytes(ModelWriter::write, d);
  }

  /**
   * Writes a question as a bare question object (as inside a document's {@code questions}).
   *
   * @param q the question
   * @param out where it goes; flushed, not closed
   * @throws IOException when writing fails
   */
  public void write(Question q, OutputStream out) throws IOException {
    this.out.write(ModelWriter::write, q, out);
  }

  /**
   * Writes a question as a bare question object.
   *
   * @param q the question
   * @param out where it goes; flushed, not closed
   * @throws IOException when writing fails
   */
  public void write(Question q, Writer out) throws IOException {
    this.out.write(ModelWriter::write, q, out);
  }

  /**
   * A question object as JSON text.
   *
   * @param q the question
   * @return the JSON
   */
  public String toJson(Question q) {
    return out.string(ModelWriter::write, q);
  }

  /**
   * A question object as UTF-8 bytes.
   *
   * @param q the question
   * @return the JSON
   */
  public byte[] toBytes(Question q) {
    return out.bytes(ModelWriter::write, q);
  }

  /**
   * Writes an answer as a bare answer object (as inside a question's {@code answers}).
   *
   * @param a the answer
   * @param out where it goes; flushed, not closed
   * @throws IOException when writing fails
   */
  public void write(Answer a, OutputStream out) throws IOException {
    this.out.write(ModelWriter::write, a, out);
  }

  /**
   * Writes an answer as a bare answer object.
   *
   * @param a the answer
   * @param out where it goes; flushed, not closed
   * @throws IOException when writing fails
   */
  public void write(Answer a, Writer out) throws IOException {
    this.out.write(ModelWriter::write, a, out);
  }

  /**
   * An answer object as JSON text.
   *
   * @param a the answer
   * @return the JSON
   */
  public String toJson(Answer a) {
    return out.string(ModelWriter::write, a);
  }

  /**
   * An answer object as UTF-8 bytes.
   *
   * @param a the answer
   * @return the JSON
   */
  public byte[] toBytes(Answer a) {
    return out.bytes(ModelWriter::write, a);
  }

  /**
   * Writes a body alone as its JSON array of blocks (as an answer's {@code body} holds it), the
   * same way a document writes it; for tools that make bodies, such as importers.
   *
   * @param b the body
   * @param out where it goes, as UTF-8; flushed, not closed
   * @throws IOException when writing fails
   */
  public void write(Body b, OutputStream out) throws IOException {
    this.out.write(ModelWriter::write, b, out);
  }

  /**
   * A body alone as JSON text: its array of blocks.
   *
   * @param b the body
   * @return the JSON
   */
  public String toJson(Body b) {
    return out.string(ModelWriter::write, b);
  }

  /**
   * The model types that {@link #toBytes(Object)} and {@link #read(byte[], Class)} take, and
   * that the Jackson modules handle: {@code Document}, {@code Question}, {@code Answer},
   * {@code Contributor}, {@code Series}, {@code Image}, {@code RelatedLink}, {@code Body} and
   * {@code Url}.
   *
   * @return an unmodifiable list, in that order
   */
  public static List<Class<?>> valueTypes() {
    return VALUE_TYPES;
  }

  /**
   * Any value of a {@linkplain #valueTypes() value type} as UTF-8 bytes: its JSON as it stands
   * inside a document (a {@code Url} as a JSON string, a {@code Body} as its array of blocks).
   * For adapters such as a module for another Jackson, which hand these bytes on.
   *
   * @param value the value
   * @return the JSON
   * @throws IllegalArgumentException when the value is of no value type
   */
  public byte[] toBytes(Object value) {
    requireValueType(value.getClass());
    return out.bytes(ModelWriter::write, value);
  }

  /**
   * Reads one value of a {@linkplain #valueTypes() value type} from UTF-8 bytes (UTF-16 and
   * UTF-32 are detected), as {@link #read(byte[])} reads a document: the value and nothing
   * after it, checked the same way, every problem with its JSON Pointer from the value's root
   * ({@code ""} for the value itself) and its line and column in these bytes.
   *
   * @param <T> the type
   * @param json the JSON
   * @param type the type: one of {@link #valueTypes()}
   * @return the value
   * @throws InvalidDocumentException listing every problem found
   * @throws IllegalArgumentException when the type is no value type
   */
  public <T> T read(byte[] json, Class<T> type) {
    requireValueType(type);
    checkLength(json.length);
    try {
      return DocumentReader.value(json, factory, strict, type);
    } catch (IOException e) {
      throw unreadable(e);
    }
  }

  private static void requireValueType(Class<?> type) {
    if (!VALUE_TYPES.contains(type)) {
      throw new IllegalArgumentException(type.getName() + " is not one of the value types "
          + VALUE_TYPES.stream().map(Class::getSimpleName).toList());
    }
  }

  /**
   * Reads a document from bytes (UTF-8; UTF-16 and UTF-32 are detected), checking that they
   * are well-formed as they are read. Does not close the stream.
   *
   * @param in the input
   * @return the document
   * @throws InvalidDocumentException listing every problem found
   * @throws IOException only when reading the stream fails
   */
  public Document read(InputStream in) throws IOException {
    return DocumentReader.document(in, factory, strict);
  }

  /**
   * Reads a document from characters. Does not close the reader.
   *
   * @param in the input
   * @return the document
   * @throws InvalidDocumentException listing every problem found
   * @throws IOException only when reading fails
   */
  public Document read(Reader in) throws IOException {
    return DocumentReader.document(in, factory, strict);
  }

  /**
   * Reads a document from a string.
   *
   * @param json the JSON text
   * @return the document
   * @throws InvalidDocumentException listing every problem found
   */
  public Document read(String json) {
    checkLength(json.length());
    try {
      return DocumentReader.document(json, factory, strict);
    } catch (IOException e) {
      throw unreadable(e);
    }
  }

  /**
   * Reads a document from UTF-8 bytes (UTF-16 and UTF-32 are detected), which must be
   * well-formed.
   *
   * @param json the JSON
   * @return the document
   * @throws InvalidDocumentException listing every problem found
   */
  public Document read(byte[] json) {
    checkLength(json.length);
    try {
      return DocumentReader.document(json, factory, strict);
    } catch (IOException e) {
      throw unreadable(e);
    }
  }

  /** Input in memory cannot fail to be read; an I/O error there is about its content. */
  private static InvalidDocumentException unreadable(IOException e) {
    return wholeDocument("is not readable as JSON text: " + e.getMessage());
  }

  /** Jackson checks the length of streamed input only; input in memory is checked here. */
  private void checkLength(long length) {
    long max = factory.streamReadConstraints().getMaxDocumentLength();
    if (max > 0 && length > max) {
      throw wholeDocument("is longer than the limit of " + max + " bytes");
    }
  }

  private static InvalidDocumentException wholeDocument(String message) {
    return new InvalidDocumentException(List.of(new DocumentProblem("", 0, 0, message)));
  }

  /**
   * Collects options for a {@link RoundtableJson}. Not thread-safe; the built instance is.
   */
  public static final class Builder {
    private boolean pretty;
    private boolean strict;
    private int maxNestingDepth = DEFAULT_MAX_NESTING_DEPTH;
    private int maxStringLength = DEFAULT_MAX_STRING_LENGTH;
    private long maxDocumentLength = DEFAULT_MAX_DOCUMENT_LENGTH;

    private Builder() {}

    /**
     * Whether to indent output by two spaces, one field or element per line, ending with a
     * newline (default {@code false}: compact, no white space).
     *
     * @param pretty {@code true} for indented output
     * @return this builder
     */
    public Builder pretty(boolean pretty) {
      this.pretty = pretty;
      return this;
    }

    /**
     * Whether the reader reports unknown properties, each with its pointer (default
     * {@code false}: they are ignored, for forward compatibility).
     *
     * @param strict {@code true} for a strict reader
     * @return this builder
     */
    public Builder strict(boolean strict) {
      this.strict = strict;
      return this;
    }

    /**
     * The deepest nesting of arrays and objects the reader accepts (default
     * {@value #DEFAULT_MAX_NESTING_DEPTH}). Inline content is limited separately by the model,
     * to 32 levels.
     *
     * @param maxNestingDepth positive
     * @return this builder
     * @throws IllegalArgumentException when not positive
     */
    public Builder maxNestingDepth(int maxNestingDepth) {
      requirePositive(maxNestingDepth, "maxNestingDepth");
      this.maxNestingDepth = maxNestingDepth;
      return this;
    }

    /**
     * The longest string the reader accepts, in characters (default
     * {@value #DEFAULT_MAX_STRING_LENGTH}).
     *
     * @param maxStringLength positive
     * @return this builder
     * @throws IllegalArgumentException when not positive
     */
    public Builder maxStringLength(int maxStringLength) {
      requirePositive(maxStringLength, "maxStringLength");
      this.maxStringLength = maxStringLength;
      return this;
    }

    /**
     * The longest document the reader accepts, in bytes for byte input and characters for
     * character input (default 256 MiB).
     *
     * @param maxDocumentLength positive
     * @return this builder
     * @throws IllegalArgumentException when not positive
     */
    public Builder maxDocumentLength(long maxDocumentLength) {
      requirePositive(maxDocumentLength, "maxDocumentLength");
      this.maxDocumentLength = maxDocumentLength;
      return this;
    }

    private static void requirePositive(long value, String name) {
      if (value < 1) {
        throw new IllegalArgumentException(name + " must be positive, was " + value);
      }
    }

    /**
     * Builds the immutable, thread-safe instance.
     *
     * @return the instance
     */
    public RoundtableJson build() {
      return new RoundtableJson(this);
    }
  }
}
