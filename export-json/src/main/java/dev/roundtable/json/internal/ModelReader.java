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
 * {@link JsonParser} positioned on the object's first token, each by its field table. Each
 * method returns the model object, or {@code null} when the object (or anything in it) has a
 * problem, which has then been reported. A model object is built from the parts that could be
 * read, and every rule of its own that it breaks (blank text, lengths, dates in order, repeated
 * ids and URLs) is a problem at the field the rule names, beside the problems of the parts.
 */
final class ModelReader extends TokenReader {
  private final BodyReader bodies;
  private final PartReader parts;
  private final SeenValues questionIds;
  private final SeenValues answerIds;
  private final SeenValues answerUrls;

  ModelReader(JsonParser p, ProblemList problems, boolean strict) {
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
    for (DocumentField f = next(DocumentField.TABLE, null); f != null;
        f = next(DocumentField.TABLE, f)) {
      seen = once(seen, f);
      switch (f) {
        case FORMAT:
          String format = string();
          if (format != null && !format.equals(ModelWriter.FORMAT)) {
            problems.add(pointer(), here(), "must be " + Quoting.quote(ModelWriter.FORMAT)
                + ", was " + Quoting.quote(format));
          }
          break;
        default:
          if (startArray()) {
            while (p.nextToken() != JsonToken.END_ARRAY) {
              questions.add(question());
            }
          }
      }
    }
    if (!DocumentField.TABLE.complete(seen)) {
      missing(seen, DocumentField.TABLE.fields(), start);
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
    for (QuestionField f = next(QuestionField.TABLE, null); f != null;
        f = next(QuestionField.TABLE, f)) {
      seen = once(seen, f);
      switch (f) {
        case ID -> b.id(questionIds.unique(string()));
        case TEXT -> b.text(string());
        case URL -> b.url(webUrl());
        case SERIES -> b.series(parts.series());
        case TOPICS -> {
          List<String> topics = strings();
          if (topics != null) {
            b.topics(topics);
          }
        }
        case ASKED_AT -> b.askedAt(timestamp());
        default -> {
          if (startArray()) {
            while (p.nextToken() != JsonToken.END_ARRAY) {
              Answer a = answer();
              if (a != null) {
                b.answer(a);
              }
            }
          }
        }
      }
    }
    if (!QuestionField.TABLE.complete(seen)) {
      missing(seen, QuestionField.TABLE.fields(), start);
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
    for (AnswerField f = next(AnswerField.TABLE, null); f != null; f = next(AnswerField.TABLE, f)) {
      seen = once(seen, f);
      switch (f) {
        case ID -> b.id(answerIds.unique(string()));
        case HEADLINE -> b.headline(string());
        case URL -> b.url(answerUrls.unique(webUrl()));
        case PUBLISHED_AT -> b.publishedAt(timestamp());
        case UPDATED_AT -> b.updatedAt(timestamp());
        case CONTRIBUTOR -> b.contributor(parts.contributor());
        case SUMMARY -> b.summary(string());
        case IMAGE -> b.image(parts.image());
        case TOPICS -> {
          List<String> topics = strings();
          if (topics != null) {
            b.topics(topics);
          }
        }
        case BODY -> b.body(body());
        default -> {
          if (startArray()) {
            while (p.nextToken() != JsonToken.END_ARRAY) {
              RelatedLink link = parts.relatedLink();
              if (link != null) {
                b.relatedLink(link);
              }
            }
          }
        }
      }
    }
    if (!AnswerField.TABLE.complete(seen)) {
      missing(seen, AnswerField.TABLE.fields(), start);
    }
    return build(before, start, b::build);
  }

  /**
   * A model value of one of the types the databind module handles, read on its own.
   *
   * @param type the model type, e.g. {@code Answer.class}
   * @return the value, or {@code null} after a problem
   */
  Object value(Class<?> type) throws IOException {
    if (type == Document.class) {
      return document();
    } else if (type == Question.class) {
      return question();
    } else if (type == Answer.class) {
      return answer();
    } else if (type == Contributor.class) {
      return parts.contributor();
    } else if (type == Series.class) {
      return parts.series();
    } else if (type == Image.class) {
      return parts.image();
    } else if (type == RelatedLink.class) {
      return parts.relatedLink();
    } else if (type == Body.class) {
      return body();
    }
    return webUrl();
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
}
