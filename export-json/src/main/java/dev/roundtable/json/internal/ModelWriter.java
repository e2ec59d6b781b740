package dev.roundtable.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
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
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Writes the model as Roundtable JSON (format v1) to a {@link JsonGenerator}, one token at a time:
 * field order as in the contract, absent optional fields omitted, canonical shorthand for plain
 * paragraphs and plain text inlines. Stateless, hence thread-safe; used by {@code RoundtableJson}
 * and by the databind module alike.
 */
public final class ModelWriter {
  /** The value of the document's {@code format} field. */
  public static final String FORMAT = "roundtable/1";

  private static final SerializableString FORMAT_VALUE = Field.Spec.serialized(FORMAT);

  private ModelWriter() {}

  /**
   * Writes a whole document.
   *
   * @param d the document
   * @param g where it goes
   * @throws IOException when writing fails
   */
  public static void document(Document d, JsonGenerator g) throws IOException {
    g.writeStartObject(d);
    for (DocumentField f : DocumentField.TABLE.fields()) {
      g.writeFieldName(f.spec().serialized());
      if (f == DocumentField.FORMAT) {
        g.writeString(FORMAT_VALUE);
      } else {
        g.writeStartArray();
        for (Question q : d.questions()) {
          question(q, g);
        }
        g.writeEndArray();
      }
    }
    g.writeEndObject();
  }


  /**
   * Writes a question object.
   *
   * @param q the question
   * @param g where it goes
   * @throws IOException when writing fails
   */
  public static void question(Question q, JsonGenerator g) throws IOException {
    g.writeStartObject(q);
    for (QuestionField f : QuestionField.TABLE.fields()) {
      switch (f) {
        case ID -> string(g, f, q.id());
        case TEXT -> string(g, f, q.text());
        case URL -> url(g, f, q.url());
        case SERIES -> {
          if (q.series().isPresent()) {
            g.writeFieldName(f.spec().serialized());
            series(q.series().get(), g);
          }
        }
        case TOPICS -> strings(g, f, q.topics());
        case ASKED_AT -> time(g, f, q.askedAt());
        default -> {
          if (!q.answers().isEmpty()) {
            g.writeFieldName(f.spec().serialized());
            g.writeStartArray();
            for (Answer a : q.answers()) {
              answer(a, g);
            }
            g.writeEndArray();
          }
        }
      }
    }
    g.writeEndObject();
  }


  /**
   * Writes a series object.
   *
   * @param s the series
   * @param g where it goes
   * @throws IOException when writing fails
   */
  public static void series(Series s, JsonGenerator g) throws IOException {
    g.writeStartObject(s);
    for (SeriesField f : SeriesField.TABLE.fields()) {
      switch (f) {
        case NAME -> string(g, f, s.name());
        case DESCRIPTION -> string(g, f, s.description());
        default -> url(g, f, s.url());
      }
    }
    g.writeEndObject();
  }


  /**
   * Writes an answer object.
   *
   * @param a the answer
   * @param g where it goes
   * @throws IOException when writing fails
   */
  public static void answer(Answer a, JsonGenerator g) throws IOException {
    g.writeStartObject(a);
    for (AnswerField f : AnswerField.TABLE.fields()) {
      switch (f) {
        case ID -> string(g, f, a.id());
        case HEADLINE -> string(g, f, a.headline());
        case URL -> url(g, f, a.url());
        case PUBLISHED_AT -> string(g, f, Rfc3339.format(a.publishedAt()));
        case UPDATED_AT -> time(g, f, a.updatedAt());
        case CONTRIBUTOR -> {
          g.writeFieldName(f.spec().serialized());
          contributor(a.contributor(), g);
        }
        case SUMMARY -> string(g, f, a.summary());
        case IMAGE -> {
          if (a.image().isPresent()) {
            g.writeFieldName(f.spec().serialized());
            image(a.image().get(), g);
          }
        }
        case TOPICS -> strings(g, f, a.topics());
        case BODY -> {
          g.writeFieldName(f.spec().serialized());
          body(a.body(), g);
        }
        default -> {
          if (!a.relatedLinks().isEmpty()) {
            g.writeFieldName(f.spec().serialized());
            g.writeStartArray();
            for (RelatedLink link : a.relatedLinks()) {
              relatedLink(link, g);
            }
            g.writeEndArray();
          }
        }
      }
    }
    g.writeEndObject();
  }


  /**
   * Writes a contributor object.
   *
   * @param c the contributor
   * @param g where it goes
   * @throws IOException when writing fails
   */
  public static void contributor(Contributor c, JsonGenerator g) throws IOException {
    g.writeStartObject(c);
    for (ContributorField f : ContributorField.TABLE.fields()) {
      switch (f) {
        case NAME -> string(g, f, c.name());
        case ROLE -> string(g, f, c.role());
        case ORGANIZATION -> string(g, f, c.organization());
        case AFFILIATION -> string(g, f, c.affiliation());
        case URL -> url(g, f, c.url());
        default -> url(g, f, c.imageUrl());
      }
    }
    g.writeEndObject();
  }


  /**
   * Writes an image object.
   *
   * @param i the image
   * @param g where it goes
   * @throws IOException when writing fails
   */
  public static void image(Image i, JsonGenerator g) throws IOException {
    g.writeStartObject(i);
    for (ImageField f : ImageField.TABLE.fields()) {
      switch (f) {
        case URL -> string(g, f, i.url().toString());
        case ALT -> string(g, f, i.alt());
        case CREDIT -> string(g, f, i.credit());
        default -> {
          OptionalInt size = f == ImageField.WIDTH ? i.width() : i.height();
          if (size.isPresent()) {
            g.writeFieldName(f.spec().serialized());
            g.writeNumber(size.getAsInt());
          }
        }
      }
    }
    g.writeEndObject();
  }


  /**
   * Writes a related link object.
   *
   * @param link the link
   * @param g where it goes
   * @throws IOException when writing fails
   */
  public static void relatedLink(RelatedLink link, JsonGenerator g) throws IOException {
    g.writeStartObject(link);
    for (RelatedLinkField f : RelatedLinkField.TABLE.fields()) {
      switch (f) {
        case TITLE -> string(g, f, link.title());
        case URL -> string(g, f, link.url().toString());
        default -> {
          if (link.contributor().isPresent()) {
            g.writeFieldName(f.spec().serialized());
            contributor(link.contributor().get(), g);
          }
        }
      }
    }
    g.writeEndObject();
  }


  /**
   * Writes a body: an array of blocks.
   *
   * @param body the body
   * @param g where it goes
   * @throws IOException when writing fails
   */
  public static void body(Body body, JsonGenerator g) throws IOException {
    BodyWriter.body(body, g);
  }

  static void string(JsonGenerator g, Field field, String value)
      throws IOException {
    g.writeFieldName(field.spec().serialized());
    g.writeString(value);
  }

  static void string(JsonGenerator g, Field field, Optional<String> value)
      throws IOException {
    if (value.isPresent()) {
      string(g, field, value.get());
    }
  }

  private static void url(JsonGenerator g, Field field, Optional<Url> value)
      throws IOException {
    if (value.isPresent()) {
      string(g, field, value.get().toString());
    }
  }

  private static void time(JsonGenerator g, Field field, Optional<Instant> value)
      throws IOException {
    if (value.isPresent()) {
      string(g, field, Rfc3339.format(value.get()));
    }
  }

  private static void strings(JsonGenerator g, Field field, List<String> values)
      throws IOException {
    if (!values.isEmpty()) {
      g.writeFieldName(field.spec().serialized());
      g.writeStartArray();
      for (String value : values) {
        g.writeString(value);
      }
      g.writeEndArray();
    }
  }
}
