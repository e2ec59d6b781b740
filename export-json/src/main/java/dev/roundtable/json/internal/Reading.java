package dev.roundtable.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
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
import java.io.CharConversionException;
import java.io.IOException;

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
   * Reads a whole document: the parser's only value, nothing after it.
   *
   * @param source opens the parser (closed here; its input is not)
   * @param strict whether unknown properties are problems
   * @return the document
   * @throws InvalidDocumentException listing every problem found
   * @throws IOException when reading the source fails
   */
  public static Document document(Source source, boolean strict) throws IOException {
    Problems problems = new Problems();
    Document document = null;
    JsonParser p = null;
    try {
      p = source.open();
      if (p.nextToken() == null) {
        problems.add("", p.currentLocation(), "is empty: a document is a JSON object");
      } else {
        document = new ModelReader(p, problems, strict).document();
        if (p.nextToken() != null) {
          problems.add("", p.currentTokenLocation(),
              "has more content after the end of the document");
        }
      }
    } catch (Problems.Stop e) {
      document = null;
    } catch (StreamConstraintsException e) {
      problems.last(pointer(p), e.getLocation(), limit(e, p.streamReadConstraints()));
    } catch (JsonProcessingException e) {
      // jackson-core's messages quote the input as it is: made printable like every message
      problems.last(pointer(p), e.getLocation(), Quoting.printable(e.getOriginalMessage()));
    } catch (CharConversionException e) {
      problems.last(pointer(p), p == null ? null : p.currentLocation(),
          "is not valid text: " + Quoting.printable(String.valueOf(e.getMessage())));
    } finally {
      if (p != null) {
        p.close();
      }
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

  private static String limit(StreamConstraintsException e, StreamReadConstraints limits) {
    String message = String.valueOf(e.getOriginalMessage());
    if (message.contains("nesting depth")) {
      return "nests deeper than the limit of " + limits.getMaxNestingDepth()
          + " levels of arrays and objects";
    }
    if (message.startsWith("String value length")) {
      return "has a string longer than the limit of " + limits.getMaxStringLength()
          + " characters";
    }
    if (message.startsWith("Document length")) {
      return "is longer than the limit of " + limits.getMaxDocumentLength() + " bytes";
    }
    if (message.startsWith("Name length")) {
      return "has a property name longer than the limit of " + limits.getMaxNameLength()
          + " characters";
    }
    if (message.startsWith("Number value length")) {
      return "has a number longer than the limit of " + limits.getMaxNumberLength() + " digits";
    }
    return message;
  }
}
