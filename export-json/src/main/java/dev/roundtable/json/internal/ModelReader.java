package dev.roundtable.json.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.roundtable.model.Answer;
import dev.roundtable.model.Block;
import dev.roundtable.model.Body;
import dev.roundtable.model.Contributor;
import dev.roundtable.model.Document;
import dev.roundtable.model.Image;
import dev.roundtable.model.InvalidModelException;
import dev.roundtable.model.Question;
import dev.roundtable.model.Quoting;
import dev.roundtable.model.RelatedLink;
import dev.roundtable.model.Series;
import dev.roundtable.model.Url;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the objects of Roundtable JSON (document, question, answer and their parts) from a
 * {@link JsonParser} positioned on the object's first token. Each method returns the model
 * object, or {@code null} when the object (or anything in it) has a problem, which has then been
 * reported. A model object is built from the parts that could be read, and every rule of its own
 * that it breaks (blank text, lengths, dates in order, repeated ids and URLs) is a problem at
 * the field the rule names, beside the problems of the parts.
 */
final class ModelReader extends TokenReader {
  private final BodyReader bodies;
  private final PartReader parts;
  private final SeenValues questionIds;
  private final SeenValues answerIds;
  private final SeenValues answerUrls;

  ModelReader(JsonParser p, Problems problems, boolean strict) {
    super(p, problems, strict);
    this.bodies = new BodyReader(p, problems, strict);
    this.parts = new PartReader(p, problems, strict);
    this.questionIds = new SeenValues(this, "id");
    this.answerIds = new SeenValues(this, "id");
    this.answerUrls = new SeenValues(this, "url");
  }

  Document document() throws IOException {
    if (!startObject()) {
      return null;
    }
    JsonLocation start = here();
    int before = problems.count();
    int seen = 0;
    List<Question> questions = new ArrayList<>();
    for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
      p.nextToken();
      switch (field) {
        case "format":
          seen = once(seen, 1);
          String format = string();
          if (format != null && !format.equals(ModelWriter.FORMAT)) {
            problems.add(pointer(), here(), "must be " + Quoting.quote(ModelWriter.FORMAT)
                + ", was " + Quoting.quote(format));
          }
          break;
        case "questions":
          seen = once(seen, 2);
          if (startArray()) {
            while (p.nextToken() != JsonToken.END_ARRAY) {
              questions.add(question());
            }
          }
          break;
        default:
          unknown("a document");
      }
    }
    if (seen != 3) {
      require(seen, 1, start, "format");
      require(seen, 2, start, "questions");
    }
    return build(before, start, () -> new Document(questions));
  }

  Question question() throws IOException {
    if (!startObject()) {
      return null;
    }
    JsonLocation start = here();
    int before = problems.count();
    int seen = 0;
    Question.Builder b = Question.builder();
    for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
      p.nextToken();
      switch (field) {
        case "id":
          seen = once(seen, 1);
          b.id(questionIds.unique(string()));
          break;
        case "text":
          seen = once(seen, 2);
          b.text(string());
          break;
        case "url":
          seen = once(seen, 4);
          b.url(webUrl());
          break;
        case "series":
          seen = once(seen, 8);
          b.series(parts.series());
          break;
        case "topics":
          seen = once(seen, 16);
          List<String> topics = strings();
          if (topics != null) {
            b.topics(topics);
          }
          break;
        case "askedAt":
          seen = once(seen, 32);
          b.askedAt(timestamp());
          break;
        case "answers":
          seen = once(seen, 64);
          if (startArray()) {
            while (p.nextToken() != JsonToken.END_ARRAY) {
              Answer a = answer();
              if (a != null) {
                b.answer(a);
              }
            }
          }
          break;
        default:
          unknown("a question");
      }
    }
    if ((seen & 3) != 3) {
      require(seen, 1, start, "id");
      require(seen, 2, start, "text");
    }
    return build(before, start, b::build);
  }

  Answer answer() throws IOException {
    if (!startObject()) {
      return null;
    }
    JsonLocation start = here();
    int before = problems.count();
    int seen = 0;
    Answer.Builder b = Answer.builder();
    for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
      p.nextToken();
      switch (field) {
        case "id":
          seen = once(seen, 1);
          b.id(answerIds.unique(string()));
          break;
        case "headline":
          seen = once(seen, 2);
          b.headline(string());
          break;
        case "url":
          seen = once(seen, 4);
          b.url(answerUrls.unique(webUrl()));
          break;
        case "publishedAt":
          seen = once(seen, 8);
          b.publishedAt(timestamp());
          break;
        case "updatedAt":
          seen = once(seen, 16);
          b.updatedAt(timestamp());
          break;
        case "contributor":
          seen = once(seen, 32);
          b.contributor(parts.contributor());
          break;
        case "summary":
          seen = once(seen, 64);
          b.summary(string());
          break;
        case "image":
          seen = once(seen, 128);
          b.image(parts.image());
          break;
        case "topics":
          seen = once(seen, 256);
          List<String> topics = strings();
          if (topics != null) {
            b.topics(topics);
          }
          break;
        case "body":
          seen = once(seen, 512);
          b.body(body());
          break;
        case "relatedLinks":
          seen = once(seen, 1024);
          if (startArray()) {
            while (p.nextToken() != JsonToken.END_ARRAY) {
              RelatedLink link = parts.relatedLink();
              if (link != null) {
                b.relatedLink(link);
              }
            }
          }
          break;
        default:
          unknown("an answer");
      }
    }
    int required = 1 | 2 | 8 | 32 | 512;
    if ((seen & required) != required) {
      require(seen, 1, start, "id");
      require(seen, 2, start, "headline");
      require(seen, 8, start, "publishedAt");
      require(seen, 32, start, "contributor");
      require(seen, 512, start, "body");
    }
    return build(before, start, b::build);
  }

  /** A contributor given alone (for the databind module). */
  Contributor contributor() throws IOException {
    return parts.contributor();
  }

  /** A series given alone (for the databind module). */
  Series series() throws IOException {
    return parts.series();
  }

  /** An image given alone (for the databind module). */
  Image image() throws IOException {
    return parts.image();
  }

  /** A related link given alone (for the databind module). */
  RelatedLink relatedLink() throws IOException {
    return parts.relatedLink();
  }

  /**
   * A body: its blocks, and the model's rules for a body, reported at the body's pointer.
   * Built as soon as it is read, so that a broken body leaves the answer's other fields to be
   * checked like any other field that could not be read.
   */
  Body body() throws IOException {
    JsonLocation start = here();
    int before = problems.count();
    List<Block> blocks = bodies.blocks();
    if (problems.count() != before) {
      return null;
    }
    try {
      return new Body(blocks);
    } catch (InvalidModelException e) {
      problems.add(pointer(), start, e.rule());
      return null;
    }
  }

  /** A URL given alone (for the databind module). */
  Url url() throws IOException {
    return webUrl();
  }
}
