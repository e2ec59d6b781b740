package dev.roundtable.json.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.roundtable.json.InvalidDocumentException;
import dev.roundtable.model.Document;
import java.io.ByteArrayInputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.function.Supplier;

/**
 * Reads whole documents from bytes, streams, characters and strings: opens the parser on input
 * checked to be well-formed text, reads the document and nothing after it, and turns what the
 * parser throws (its exception types and locations) into problems. Either the model comes back,
 * or an {@link InvalidDocumentException} with every problem found; an {@link IOException} only
 * when the source itself fails.
 */
public final class DocumentReader {
  private DocumentReader() {}

  /** Opens a parser on the input; may fail as soon as it looks at the first bytes. */
  @FunctionalInterface
  private interface Source {
    JsonParser open() throws IOException;
  }

  /**
   * Reads a whole document from characters, syntax errors told from the text around them.
   *
   * @param in the characters, not closed
   * @param factory makes the parser
   * @param strict whether unknown properties are problems
   * @return the document
   * @throws InvalidDocumentException listing every problem found
   * @throws IOException when reading fails
   */
  public static Document document(Reader in, JsonFactory factory, boolean strict)
      throws IOException {
    RecentReader recent = new RecentReader(in);
    return read(() -> factory.createParser(recent), recent, () -> null, strict, Document.class);
  }

  /**
   * Reads a whole document from a string, syntax errors told from the text around them.
   *
   * @param json the JSON text
   * @param factory makes the parser
   * @param strict whether unknown properties are problems
   * @return the document
   * @throws InvalidDocumentException listing every problem found
   * @throws IOException never in practice: the input is in memory
   */
  public static Document document(String json, JsonFactory factory, boolean strict)
      throws IOException {
    return read(() -> factory.createParser(json), InputAtHand.of(json), () -> null, strict,
        Document.class);
  }

  /**
   * Reads a whole document from bytes, which must be well-formed UTF-8, UTF-16 or UTF-32 (as
   * jackson-core detects it): the parser reads them up to the first ill-formed sequence, if
   * there is one, and that sequence is the last problem.
   *
   * @param json the bytes
   * @param factory makes the parser
   * @param strict whether unknown properties are problems
   * @return the document
   * @throws InvalidDocumentException listing every problem found
   * @throws IOException never in practice: the input is in memory
   */
  public static Document document(byte[] json, JsonFactory factory, boolean strict)
      throws IOException {
    return value(json, factory, strict, Document.class);
  }

  /**
   * Reads one whole value of a model type from bytes, as {@link #document(byte[], JsonFactory,
   * boolean)} reads a document: the value and nothing after it, every problem found, pointers
   * from the value's root.
   *
   * @param <T> the type
   * @param json the bytes
   * @param factory makes the parser
   * @param strict whether unknown properties are problems
   * @param type a type that {@code ModelReader.value} reads (the databind modules' types)
   * @return the value
   * @throws InvalidDocumentException listing every problem found
   * @throws IOException never in practice: the input is in memory
   */
  public static <T> T value(byte[] json, JsonFactory factory, boolean strict, Class<T> type)
      throws IOException {
    int n = json.length;
    ByteEncoding encoding = ByteEncoding.of(json, Math.min(n, 4));
    if (!encoding.isChecked() || encoding.wellFormedUpTo(json, 0, n) == n) {
      return type.cast(read(() -> factory.createParser(json), InputAtHand.of(json, encoding),
          () -> null, strict, type));
    }
    // ill-formed: read as a stream, to meet the problem exactly as a stream of these bytes does
    WellFormedInput checked = new WellFormedInput(new ByteArrayInputStream(json));
    return type.cast(read(() -> factory.createParser(checked), checked, checked::malformation,
        strict, type));
  }

  /**
   * Reads a whole document from a stream of bytes, checked as they are read: as
   * {@link #document(byte[], JsonFactory, boolean)}.
   *
   * @param in the stream, not closed
   * @param factory makes the parser
   * @param strict whether unknown properties are problems
   * @return the document
   * @throws InvalidDocumentException listing every problem found
   * @throws IOException when reading the stream fails
   */
  public static Document document(InputStream in, JsonFactory factory, boolean strict)
      throws IOException {
    WellFormedInput checked = new WellFormedInput(in);
    return read(() -> factory.createParser(checked), checked, checked::malformation, strict,
        Document.class);
  }

  /**
   * Reads a whole document, or one value of another model type; {@code cut} tells whether the
   * parser has met the end of its input where the input was cut short before an ill-formed sequence. Where the parser meets that end
   * (after a complete document, or in the middle of one), the problem is that sequence, not what
   * the parser makes of the end.
   */
  private static <T> T read(Source source, InputAtHand text, Supplier<Malformation> cut,
      boolean strict, Class<T> type) throws IOException {
    boolean whole = type == Document.class;
    ProblemList problems = new ProblemList();
    Object value = null;
    JsonParser p = null;
    JsonLocation end = null;
    try {
      p = source.open();
      if (p.nextToken() == null) {
        end = p.currentLocation();
        if (cut.get() == null) {
          problems.add("", end, whole ? "is empty: a document is a JSON object"
              : "is empty: expected a value of type " + type.getSimpleName());
        }
      } else {
        value = new ModelReader(p, problems, strict).value(type);
        if (p.nextToken() != null) {
          problems.add("", p.currentTokenLocation(),
              "has more content after the end of the " + (whole ? "document" : "value"));
        } else {
          end = p.currentLocation();
        }
      }
    } catch (ProblemList.Stop e) {
      value = null;
    } catch (StreamConstraintsException e) {
      problems.last(pointer(p), e.getLocation(), exceeded(p, problems.decodingText()));
    } catch (JsonProcessingException e) {
      if (cut.get() != null) {
        end = e.getLocation(); // the parser met the end of the well-formed part
      } else {
        problems.last(pointer(p), e.getLocation(),
            SyntaxError.message(e, p, text, e.getLocation()));
      }
    } catch (CharConversionException e) {
      // the only bytes jackson-core refuses to decode, once the reader has checked them
      problems.last(pointer(p), p == null ? null : p.currentLocation(),
          "is not valid text: UCS-4 in byte order 2143 or 3412 is not supported");
    } finally {
      if (p != null) {
        p.close();
      }
    }
    Malformation m = cut.get();
    if (m != null && end != null) {
      problems.last(pointer(p), end, m.message());
    }
    problems.throwIfAny();
    return type.cast(value);
  }

  private static String pointer(JsonParser p) {
    if (p == null) {
      return "";
    }
    try {
      return p.getParsingContext().pathAsPointer().toString();
    } catch (RuntimeException e) {
      return "";
    }
  }

  /**
   * The message for the {@link StreamReadConstraints} limit that a parser broke, told from its
   * state when it threw (never from its message): its nesting, how far it has read, and whether
   * it was decoding a token's text (then a string's limit).
   */
  private static String exceeded(JsonParser p, boolean decodingText) {
    StreamReadConstraints limits = p.streamReadConstraints();
    JsonStreamContext context = p.getParsingContext();
    JsonLocation at = p.currentLocation();
    if (context.getNestingDepth() > limits.getMaxNestingDepth()) {
      return "nests deeper than the limit of " + limits.getMaxNestingDepth()
          + " levels of arrays and objects";
    }
    // the parser checks the length read so far before each read of more input
    if (Math.max(at.getByteOffset(), at.getCharOffset()) > limits.getMaxDocumentLength()) {
      return "is longer than the limit of " + limits.getMaxDocumentLength() + " bytes";
    }
    if (decodingText) {
      return "has a string longer than the limit of " + limits.getMaxStringLength()
          + " characters";
    }
    // a name is read before its token is current; a number after its name, or in an array
    if (context.inObject() && p.currentToken() != JsonToken.FIELD_NAME) {
      return "has a property name longer than the limit of " + limits.getMaxNameLength()
          + " characters";
    }
    return "has a number longer than the limit of " + limits.getMaxNumberLength() + " digits";
  }
}
