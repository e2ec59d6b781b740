package dev.roundtable.json.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.roundtable.model.Answer;
import dev.roundtable.model.AspectRatio;
import dev.roundtable.model.Block;
import dev.roundtable.model.Body;
import dev.roundtable.model.Contributor;
import dev.roundtable.model.Crop;
import dev.roundtable.model.Document;
import dev.roundtable.model.Image;
import dev.roundtable.model.InvalidModelException;
import dev.roundtable.model.Publisher;
import dev.roundtable.model.Question;
import dev.roundtable.model.Quoting;
import dev.roundtable.model.RelatedLink;
import dev.roundtable.model.Series;
import dev.roundtable.model.Url;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads the objects of Roundtable JSON (document, question, answer and their parts) from a
 * {@link JsonParser} positioned on the object's first token, each by its field table. Each
 * method returns the model object, or {@code null} when the object (or anything in it) has a
 * problem, which has then been reported. A model object is built from the parts that could be
 * read, and every rule of its own that it breaks (blank text, lengths, dates in order, repeated
 * ids and URLs) is a problem at the field the rule names, beside the problems of the parts.
 */
final class ModelReader extends FieldReader {
  /** The ratios of a crop for a message: {@code 16x9, 4x3 or 1x1}. */
  private static final String RATIOS = choices(
      Arrays.stream(AspectRatio.values()).map(AspectRatio::json).toList());

  private final BodyReader bodies;
  private final SeenValues questionIds;
  private final SeenValues answerIds;
  private final SeenValues answerUrls;

  ModelReader(JsonParser p, ProblemList problems, boolean strict) {
    super(p, problems, strict);
    this.bodies = new BodyReader(p, problems, strict);
    this.questionIds = new SeenValues(this, "id");
    this.answerIds = new SeenValues(this, "id");
    this.answerUrls = new SeenValues(this, "url");
  }

  Document document() throws IOException {
    List<Question> questions = new ArrayList<>();
    return object(DocumentField.TABLE, f -> {
      if (f == DocumentField.FORMAT) {
        String format = string();
        if (format != null && !format.equals(ModelWriter.FORMAT)) {
          problems.add(pointer(), here(), "must be " + Quoting.quote(ModelWriter.FORMAT)
              + ", was " + Quoting.quote(format));
        }
      } else if (startArray()) {
        while (p.nextToken() != JsonToken.END_ARRAY) {
          questions.add(question());
        }
      }
      return null;
    }, v -> new Document(questions));
  }

  Question question() throws IOException {
    Question.Builder b = Question.builder();
    return object(QuestionField.TABLE, f -> {
      switch (f) {
        case ID -> b.id(questionIds.unique(string()));
        case TEXT -> b.text(string());
        case URL -> b.url(webUrl());
        case SERIES -> b.series(series());
        case TOPICS -> topics(b::topics);
        case ASKED_AT -> b.askedAt(timestamp());
        default -> each(this::answer, b::answer);
      }
      return null;
    }, v -> b.build());
  }

  Answer answer() throws IOException {
    Answer.Builder b = Answer.builder();
    return object(AnswerField.TABLE, f -> {
      switch (f) {
        case ID -> b.id(answerIds.unique(string()));
        case HEADLINE -> b.headline(string());
        case URL -> b.url(answerUrls.unique(webUrl()));
        case PUBLISHED_AT -> b.publishedAt(timestamp());
        case UPDATED_AT -> b.updatedAt(timestamp());
        case CONTRIBUTOR -> b.contributor(contributor());
        case SUMMARY -> b.summary(string());
        case IMAGE -> b.image(image());
        case TOPICS -> topics(b::topics);
        case BODY -> b.body(body());
        default -> each(this::relatedLink, b::relatedLink);
      }
      return null;
    }, v -> b.build());
  }

  Contributor contributor() throws IOException {
    Contributor.Builder b = Contributor.builder(null);
    ContributorField[] portrait = {null}; // imageUrl or image, whichever came first
    return object(ContributorField.TABLE, f -> {
      switch (f) {
        case NAME -> b.name(string());
        case ROLE -> b.role(string());
        case ORGANIZATION -> b.organization(string());
        case AFFILIATION -> b.affiliation(string());
        // the builder parses URLs and handles itself: given the text, each is parsed once
        case URL -> checked(b::url);
        case IMAGE_URL, IMAGE -> portrait(f, portrait, b);
        case SAME_AS -> each(this::webUrl, b::sameAs);
        default -> checked(b::fediverse);
      }
      return null;
    }, v -> b.build());
  }

  /**
   * A contributor's portrait, as {@code imageUrl} (its shorthand) or as {@code image}: the one
   * that comes second of the two is a problem; {@code first} holds the one that came first.
   */
  private void portrait(ContributorField f, ContributorField[] first, Contributor.Builder b)
      throws IOException {
    if (first[0] != null && first[0] != f) {
      wrong("give imageUrl or image, not both");
      return;
    }
    first[0] = f;
    if (f == ContributorField.IMAGE_URL) {
      checked(b::imageUrl);
    } else {
      b.image(image());
    }
  }

  Series series() throws IOException {
    return object(SeriesField.TABLE, f -> f == SeriesField.PUBLISHER ? publisher() : BY_KIND,
        v -> new Series((String) v[0], (String) v[1], (Url) v[2], (Publisher) v[3]));
  }

  Publisher publisher() throws IOException {
    return object(PublisherField.TABLE, f -> f == PublisherField.LOGO ? image() : BY_KIND,
        v -> new Publisher((String) v[0], (Url) v[1], (Image) v[2]));
  }

  Image image() throws IOException {
    return object(ImageField.TABLE, f -> f == ImageField.CROPS ? crops() : BY_KIND,
        v -> new Image((Url) v[0], (String) v[1], (String) v[2], (Integer) v[3], (Integer) v[4],
            v[5] == null ? List.of() : List.of((Crop[]) v[5])));
  }

  /** An image's crops: each that could be read. */
  private Crop[] crops() throws IOException {
    List<Crop> crops = new ArrayList<>();
    each(this::crop, crops::add);
    return crops.toArray(new Crop[0]);
  }

  Crop crop() throws IOException {
    return object(CropField.TABLE, f -> f == CropField.RATIO ? ratio() : BY_KIND,
        v -> new Crop((AspectRatio) v[0], (Url) v[1], (Integer) v[2], (Integer) v[3]));
  }

  /** A crop's ratio by its JSON name, or {@code null} after reporting a problem. */
  private AspectRatio ratio() throws IOException {
    String name = string();
    AspectRatio ratio = name == null ? null : AspectRatio.ofJson(name).orElse(null);
    if (name != null && ratio == null) {
      problems.add(pointer(), here(), "is not a crop ratio (" + RATIOS + "): "
          + Quoting.quote(name));
    }
    return ratio;
  }

  RelatedLink relatedLink() throws IOException {
    return object(RelatedLinkField.TABLE,
        f -> f == RelatedLinkField.CONTRIBUTOR ? contributor() : BY_KIND,
        v -> new RelatedLink((String) v[0], (Url) v[1], (Contributor) v[2]));
  }

  /** Topics, given to the builder unless they could not be read. */
  private void topics(Consumer<List<String>> builder) throws IOException {
    List<String> topics = strings();
    if (topics != null) {
      builder.accept(topics);
    }
  }

  /** Reads an object of the model. */
  @FunctionalInterface
  private interface ObjectRule<T> {
    T read() throws IOException;
  }

  /** Each element of an array that could be read, given to the builder. */
  private <T> void each(ObjectRule<T> element, Consumer<T> builder) throws IOException {
    if (startArray()) {
      while (p.nextToken() != JsonToken.END_ARRAY) {
        T value = element.read();
        if (value != null) {
          builder.accept(value);
        }
      }
    }
  }

  /** A value of a type the databind module handles, or {@code null} after a problem. */
  Object value(Class<?> type) throws IOException {
    if (type == Document.class) {
      return document();
    } else if (type == Question.class) {
      return question();
    } else if (type == Answer.class) {
      return answer();
    } else if (type == Contributor.class) {
      return contributor();
    } else if (type == Series.class) {
      return series();
    } else if (type == Image.class) {
      return image();
    } else if (type == RelatedLink.class) {
      return relatedLink();
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
