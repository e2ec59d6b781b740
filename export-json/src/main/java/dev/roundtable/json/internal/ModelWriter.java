package dev.roundtable.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
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

/**
 * Writes the model as Roundtable JSON (format v1) to a {@link JsonGenerator}, one token at a time:
 * field order as in the contract, absent optional fields omitted, canonical shorthand for plain
 * paragraphs and plain text inlines. Stateless, hence thread-safe; used by {@code RoundtableJson}
 * and by the databind module alike.
 */
public final class ModelWriter {
  /** The value of the document's {@code format} field. */
  public static final String FORMAT = "roundtable/1";

  private static final SerializableString FORMAT_FIELD = name("format");
  private static final SerializableString FORMAT_VALUE = name(FORMAT);
  private static final SerializableString QUESTIONS = name("questions");
  private static final SerializableString ID = name("id");
  private static final SerializableString TEXT = name("text");
  private static final SerializableString URL = name("url");
  private static final SerializableString SERIES = name("series");
  private static final SerializableString NAME = name("name");
  private static final SerializableString DESCRIPTION = name("description");
  private static final SerializableString TOPICS = name("topics");
  private static final SerializableString ASKED_AT = name("askedAt");
  private static final SerializableString ANSWERS = name("answers");
  private static final SerializableString HEADLINE = name("headline");
  private static final SerializableString PUBLISHED_AT = name("publishedAt");
  private static final SerializableString UPDATED_AT = name("updatedAt");
  private static final SerializableString CONTRIBUTOR = name("contributor");
  private static final SerializableString SUMMARY = name("summary");
  private static final SerializableString IMAGE = name("image");
  private static final SerializableString BODY = name("body");
  private static final SerializableString RELATED_LINKS = name("relatedLinks");
  private static final SerializableString ROLE = name("role");
  private static final SerializableString ORGANIZATION = name("organization");
  private static final SerializableString AFFILIATION = name("affiliation");
  private static final SerializableString IMAGE_URL = name("imageUrl");
  private static final SerializableString ALT = name("alt");
  private static final SerializableString CREDIT = name("credit");
  private static final SerializableString WIDTH = name("width");
  private static final SerializableString HEIGHT = name("height");
  private static final SerializableString TITLE = name("title");

  private ModelWriter() {}

  static SerializableString name(String name) {
    SerializedString s = new SerializedString(name);
    s.asQuotedUTF8();
    s.asQuotedChars();
    return s;
  }

  /**
   * Writes a whole document.
   *
   * @param d the document
   * @param g where it goes
   * @throws IOException when writing fails
   */
  public static void document(Document d, JsonGenerator g) throws IOException {
    g.writeStartObject(d);
    g.writeFieldName(FORMAT_FIELD);
    g.writeString(FORMAT_VALUE);
    g.writeFieldName(QUESTIONS);
    g.writeStartArray();
    for (Question q : d.questions()) {
      question(q, g);
    }
    g.writeEndArray();
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
    string(g, ID, q.id());
    string(g, TEXT, q.text());
    url(g, URL, q.url());
    if (q.series().isPresent()) {
      g.writeFieldName(SERIES);
      series(q.series().get(), g);
    }
    strings(g, TOPICS, q.topics());
    time(g, ASKED_AT, q.askedAt());
    if (!q.answers().isEmpty()) {
      g.writeFieldName(ANSWERS);
      g.writeStartArray();
      for (Answer a : q.answers()) {
        answer(a, g);
      }
      g.writeEndArray();
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
    string(g, NAME, s.name());
    string(g, DESCRIPTION, s.description());
    url(g, URL, s.url());
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
    string(g, ID, a.id());
    string(g, HEADLINE, a.headline());
    url(g, URL, a.url());
    g.writeFieldName(PUBLISHED_AT);
    g.writeString(Timestamps.format(a.publishedAt()));
    time(g, UPDATED_AT, a.updatedAt());
    g.writeFieldName(CONTRIBUTOR);
    contributor(a.contributor(), g);
    string(g, SUMMARY, a.summary());
    if (a.image().isPresent()) {
      g.writeFieldName(IMAGE);
      image(a.image().get(), g);
    }
    strings(g, TOPICS, a.topics());
    g.writeFieldName(BODY);
    body(a.body(), g);
    if (!a.relatedLinks().isEmpty()) {
      g.writeFieldName(RELATED_LINKS);
      g.writeStartArray();
      for (RelatedLink link : a.relatedLinks()) {
        relatedLink(link, g);
      }
      g.writeEndArray();
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
    string(g, NAME, c.name());
    string(g, ROLE, c.role());
    string(g, ORGANIZATION, c.organization());
    string(g, AFFILIATION, c.affiliation());
    url(g, URL, c.url());
    url(g, IMAGE_URL, c.imageUrl());
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
    string(g, URL, i.url().toString());
    string(g, ALT, i.alt());
    string(g, CREDIT, i.credit());
    if (i.width().isPresent()) {
      g.writeFieldName(WIDTH);
      g.writeNumber(i.width().getAsInt());
    }
    if (i.height().isPresent()) {
      g.writeFieldName(HEIGHT);
      g.writeNumber(i.height().getAsInt());
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
    string(g, TITLE, link.title());
    string(g, URL, link.url().toString());
    if (link.contributor().isPresent()) {
      g.writeFieldName(CONTRIBUTOR);
      contributor(link.contributor().get(), g);
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

  static void string(JsonGenerator g, SerializableString field, String value)
      throws IOException {
    g.writeFieldName(field);
    g.writeString(value);
  }

  static void string(JsonGenerator g, SerializableString field, Optional<String> value)
      throws IOException {
    if (value.isPresent()) {
      string(g, field, value.get());
    }
  }

  private static void url(JsonGenerator g, SerializableString field, Optional<Url> value)
      throws IOException {
    if (value.isPresent()) {
      string(g, field, value.get().toString());
    }
  }

  private static void time(JsonGenerator g, SerializableString field, Optional<Instant> value)
      throws IOException {
    if (value.isPresent()) {
      string(g, field, Timestamps.format(value.get()));
    }
  }

  private static void strings(JsonGenerator g, SerializableString field, List<String> values)
      throws IOException {
    if (!values.isEmpty()) {
      g.writeFieldName(field);
      g.writeStartArray();
      for (String value : values) {
        g.writeString(value);
      }
      g.writeEndArray();
    }
  }
}
