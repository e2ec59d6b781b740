package dev.roundtable.json.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.roundtable.json.InvalidDocumentException;
import dev.roundtable.model.Answer;
import dev.roundtable.model.Body;
import dev.roundtable.model.Contributor;
import dev.roundtable.model.Document;
import dev.roundtable.model.Image;
import dev.roundtable.model.Question;
import dev.roundtable.model.Quoting;
import dev.roundtable.model.RelatedLink;
import dev.roundtable.model.Series;
import dev.roundtable.model.Url;
import java.io.ByteArrayInputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.function.Supplier;

/**
 * Entry points of the reader: a whole document from a fresh parser, or one model value from a
 * parser positioned on it (for the databind module). Either the model comes back, or an
 * {@link InvalidDocumentException} with every problem found; an {@link IOException} only when the
 * source itself fails.
 */
public final class Reading {
  /** Which model value to read. */
  public enum Kind {
    /** A {@link Document}. */
    DOCUMENT,
    /** A {@link Question}. */
    QUESTION,
    /** An {@link Answer}. */
    ANSWER,
    /** A {@link Contributor}. */
    CONTRIBUTOR,
    /** A {@link Series}. */
    SERIES,
    /** An {@link Image}. */
    IMAGE,
    /** A {@link RelatedLink}. */
    RELATED_LINK,
    /** A {@link Body}. */
    BODY,
    /** A {@link Url}. */
    URL
  }

  private Reading() {}

  /** Opens a parser on the input; may fail as soon as it looks at the first bytes. */
  @FunctionalInterface
  public interface Source {
    /**
     * Opens the parser.
     *
     * @return a parser that has not read anything yet
     * @throws IOException when the input cannot be read or decoded
     */
    JsonParser open() throws IOException;
  }

  /**
   * Reads a whole document from characters: the parser's only value, nothing after it.
   *
   * @param source opens the parser (closed here; its input is not)
   * @param strict whether unknown properties are problems
   * @return the document
   * @throws InvalidDocumentException listing every problem found
   * @throws IOException when reading the source fails
   */
  public static Document document(Source source, boolean strict) throws IOException {
    return document(source, Text.NONE, () -> null, strict);
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
    return document(() -> factory.createParser(recent), recent, () -> null, strict);
  }

  /**
   * Reads a whole document from a string: as {@link #document(Source, boolean)}, with syntax
   * errors told from the text around them.
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
    return document(() -> factory.createParser(json), Text.of(json), () -> null, strict);
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
    int n = json.length;
    ByteEncoding encoding = ByteEncoding.of(json, Math.min(n, 4));
    if (!encoding.isChecked() || encoding.wellFormedUpTo(json, 0, n) == n) {
      return document(() -> factory.createParser(json), Text.of(json, encoding), () -> null,
          strict);
    }
    // ill-formed: read as a stream, to meet the problem exactly as a stream of these bytes does
    return document(new ByteArrayInputStream(json), factory, strict);
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
    return document(() -> factory.createParser(checked), checked, checked::malformation, strict);
  }

  /**
   * Reads a whole document; {@code cut} tells whether the parser has met the end of its input
   * where the input was cut short before an ill-formed sequence. Where the parser meets that end
   * (after a complete document, or in the middle of one), the problem is that sequence, not what
   * the parser makes of the end.
   */
  private static Document document(Source source, Text text, Supplier<Malformation> cut,
      boolean strict) throws IOException {
    Problems problems = new Problems();
    Document document = null;
    JsonParser p = null;
    JsonLocation end = null;
    try {
      p = source.open();
      if (p.nextToken() == null) {
        end = p.currentLocation();
        if (cut.get() == null) {
          problems.add("", end, "is empty: a document is a JSON object");
        }
      } else {
        document = new ModelReader(p, problems, strict).document();
        if (p.nextToken() != null) {
          problems.add("", p.currentTokenLocation(),
              "has more content after the end of the document");
        } else {
          end = p.currentLocation();
        }
      }
    } catch (Problems.Stop e) {
      document = null;
    } catch (StreamConstraintsException e) {
      problems.last(pointer(p), e.getLocation(), ReadLimits.exceeded(p, problems.decodingText()));
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
    return document;
  }

  /**
   * Reads one model value starting at the parser's current token; stops after its last token.
   *
   * @param p a parser positioned on the value's first token
   * @param kind what to read
   * @param strict whether unknown properties are problems
   * @return the value
   * @throws InvalidDocumentException listing every problem found in the value
   * @throws IOException when the JSON itself is malformed or reading fails
   */
  public static Object value(JsonParser p, Kind kind, boolean strict) throws IOException {
    Problems problems = new Problems();
    Object value = null;
    try {
      if (p.currentToken() == null) {
        p.nextToken();
      }
      ModelReader reader = new ModelReader(p, problems, strict);
      switch (kind) {
        case DOCUMENT:
          value = reader.document();
          break;
        case QUESTION:
          value = reader.question();
          break;
        case ANSWER:
          value = reader.answer();
          break;
        case CONTRIBUTOR:
          value = reader.contributor();
          break;
        case SERIES:
          value = reader.series();
          break;
        case IMAGE:
          value = reader.image();
          break;
        case RELATED_LINK:
          value = reader.relatedLink();
          break;
        case BODY:
          value = reader.body();
          break;
        default:
          value = reader.url();
      }
    } catch (Problems.Stop e) {
      value = null;
    }
    problems.throwIfAny();
    return value;
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
}
