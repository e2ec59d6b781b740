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
import dev.roundtable.model.RelatedLink;
import dev.roundtable.model.Series;
import dev.roundtable.model.Url;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the objects of Roundtable JSON (document, question, answer and their parts) from a
 * {@link JsonParser} positioned on the object's first token. Each method returns the model
 * object, or {@code null} when the object (or anything in it) has a problem, which has then been
 * reported. A model object is built only from parts that are all valid, so its own rules (blank
 * text, lengths, dates in order) report at most one problem per object, at the field it names.
 */
final class ModelReader extends TokenReader {
  private final BodyReader bodies;
  private final Map<String, String> questionIds = new HashMap<>();
  private final Map<String, String> answerIds = new HashMap<>();

  ModelReader(JsonParser p, Problems problems, boolean strict) {
    super(p, problems, strict);
    this.bodies = new BodyReader(p, problems, strict);
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
            problems.add(pointer(), here(), "must be \"" + ModelWriter.FORMAT + "\", was \""
                + abbreviate(format) + "\"");
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
      String at = pointer();
      require(seen, 1, at, start, "format");
      require(seen, 2, at, start, "questions");
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
          b.id(uniqueId(questionIds));
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
          b.series(series());
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
      String at = pointer();
      require(seen, 1, at, start, "id");
      require(seen, 2, at, start, "text");
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
    List<Block> blocks = null;
    for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
      p.nextToken();
      switch (field) {
        case "id":
          seen = once(seen, 1);
          b.id(uniqueId(answerIds));
          break;
        case "headline":
          seen = once(seen, 2);
          b.headline(string());
          break;
        case "url":
          seen = once(seen, 4);
          b.url(webUrl());
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
          b.contributor(contributor());
          break;
        case "summary":
          seen = once(seen, 64);
          b.summary(string());
          break;
        case "image":
          seen = once(seen, 128);
          b.image(image());
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
          blocks = bodies.blocks();
          break;
        case "relatedLinks":
          seen = once(seen, 1024);
          if (startArray()) {
            while (p.nextToken() != JsonToken.END_ARRAY) {
              RelatedLink link = relatedLink();
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
      String at = pointer();
      require(seen, 1, at, start, "id");
      require(seen, 2, at, start, "headline");
      require(seen, 8, at, start, "publishedAt");
      require(seen, 32, at, start, "contributor");
      require(seen, 512, at, start, "body");
    }
    List<Block> body = blocks;
    return build(before, start, () -> b.body(new Body(body)).build());
  }

  Contributor contributor() throws IOException {
    if (!startObject()) {
      return null;
    }
    JsonLocation start = here();
    int before = problems.count();
    int seen = 0;
    Contributor.Builder b = Contributor.builder(null);
    for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
      p.nextToken();
      switch (field) {
        case "name":
          seen = once(seen, 1);
          b.name(string());
          break;
        case "role":
          seen = once(seen, 2);
          b.role(string());
          break;
        case "organization":
          seen = once(seen, 4);
          b.organization(string());
          break;
        case "affiliation":
          seen = once(seen, 8);
          b.affiliation(string());
          break;
        case "url":
          seen = once(seen, 16);
          Url url = webUrl();
          if (url != null) {
            b.url(url.toString());
          }
          break;
        case "imageUrl":
          seen = once(seen, 32);
          Url imageUrl = webUrl();
          if (imageUrl != null) {
            b.imageUrl(imageUrl.toString());
          }
          break;
        default:
          unknown("a contributor");
      }
    }
    if ((seen & 1) == 0) {
      require(seen, 1, pointer(), start, "name");
    }
    return build(before, start, b::build);
  }

  Series series() throws IOException {
    if (!startObject()) {
      return null;
    }
    JsonLocation start = here();
    int before = problems.count();
    int seen = 0;
    String name = null;
    String description = null;
    Url url = null;
    for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
      p.nextToken();
      switch (field) {
        case "name":
          seen = once(seen, 1);
          name = string();
          break;
        case "description":
          seen = once(seen, 2);
          description = string();
          break;
        case "url":
          seen = once(seen, 4);
          url = webUrl();
          break;
        default:
          unknown("a series");
      }
    }
    if ((seen & 1) == 0) {
      require(seen, 1, pointer(), start, "name");
    }
    String n = name;
    String d = description;
    Url u = url;
    return build(before, start, () -> new Series(n, d, u));
  }

  Image image() throws IOException {
    if (!startObject()) {
      return null;
    }
    JsonLocation start = here();
    int before = problems.count();
    int seen = 0;
    Url url = null;
    String alt = null;
    String credit = null;
    Integer width = null;
    Integer height = null;
    for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
      p.nextToken();
      switch (field) {
        case "url":
          seen = once(seen, 1);
          url = webUrl();
          break;
        case "alt":
          seen = once(seen, 2);
          alt = string();
          break;
        case "credit":
          seen = once(seen, 4);
          credit = string();
          break;
        case "width":
          seen = once(seen, 8);
          width = integer();
          break;
        case "height":
          seen = once(seen, 16);
          height = integer();
          break;
        default:
          unknown("an image");
      }
    }
    if ((seen & 3) != 3) {
      String at = pointer();
      require(seen, 1, at, start, "url");
      require(seen, 2, at, start, "alt");
    }
    Url u = url;
    String a = alt;
    String c = credit;
    Integer w = width;
    Integer h = height;
    return build(before, start, () -> new Image(u, a, c, w, h));
  }

  RelatedLink relatedLink() throws IOException {
    if (!startObject()) {
      return null;
    }
    JsonLocation start = here();
    int before = problems.count();
    int seen = 0;
    String title = null;
    Url url = null;
    Contributor contributor = null;
    for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
      p.nextToken();
      switch (field) {
        case "title":
          seen = once(seen, 1);
          title = string();
          break;
        case "url":
          seen = once(seen, 2);
          url = webUrl();
          break;
        case "contributor":
          seen = once(seen, 4);
          contributor = contributor();
          break;
        default:
          unknown("a related link");
      }
    }
    if ((seen & 3) != 3) {
      String at = pointer();
      require(seen, 1, at, start, "title");
      require(seen, 2, at, start, "url");
    }
    String t = title;
    Url u = url;
    Contributor c = contributor;
    return build(before, start, () -> new RelatedLink(t, u, c));
  }

  /** The body of an answer given alone (for the databind module). */
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

  /** An id, reported when it repeats one seen before in the same document. */
  private String uniqueId(Map<String, String> seen) throws IOException {
    String id = string();
    if (id != null) {
      String at = pointer();
      String earlier = seen.putIfAbsent(id, at);
      if (earlier != null) {
        problems.add(at, here(), "duplicates the id at " + earlier + ", \"" + abbreviate(id)
            + "\"");
      }
    }
    return id;
  }

  /** Shortens a value quoted in a message. */
  static String abbreviate(String value) {
    if (value.length() <= 60) {
      return value;
    }
    int end = Character.isHighSurrogate(value.charAt(59)) ? 59 : 60;
    return value.substring(0, end) + "…";
  }
}
