package dev.roundtable.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import dev.roundtable.model.Answer;
import dev.roundtable.model.Body;
import dev.roundtable.model.Contributor;
import dev.roundtable.model.Crop;
import dev.roundtable.model.Document;
import dev.roundtable.model.Image;
import dev.roundtable.model.Publisher;
import dev.roundtable.model.Question;
import dev.roundtable.model.RelatedLink;
import dev.roundtable.model.Series;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BiFunction;

/**
 * Writes the model as Roundtable JSON (format v1) to a {@link JsonGenerator}, one token at a time:
 * each object's fields in the order of its field table, absent optional fields (empty, or an
 * empty list) omitted, canonical shorthand for plain paragraphs, plain text inlines and a
 * portrait that is only a URL ({@code imageUrl}).
 * Stateless, hence thread-safe; used by {@code RoundtableJson} and by the databind module alike.
 */
public final class ModelWriter {
  /** The value of the document's {@code format} field. */
  public static final String FORMAT = "roundtable/1";

  private static final SerializableString FORMAT_VALUE = Field.Spec.serialized(FORMAT);

  private ModelWriter() {}

  /**
   * Writes a value of the model: a document, question, answer, contributor, series, publisher,
   * image, crop, related link or body as its JSON object or array; a URL, a timestamp, text or
   * a number as its JSON value.
   *
   * @param value the value
   * @param g where it goes
   * @throws IOException when writing fails
   */
  public static void write(Object value, JsonGenerator g) throws IOException {
    if (value instanceof String) {
      g.writeString((String) value);
    } else if (value instanceof SerializableString) {
      g.writeString((SerializableString) value);
    } else if (value instanceof Instant) {
      g.writeString(Rfc3339.format((Instant) value));
    } else if (value instanceof Integer) {
      g.writeNumber((Integer) value);
    } else if (value instanceof List) {
      g.writeStartArray();
      for (Object element : (List<?>) value) {
        write(element, g);
      }
      g.writeEndArray();
    } else if (value instanceof Body) {
      BodyWriter.body((Body) value, g);
    } else if (value instanceof Answer) {
      object((Answer) value, AnswerField.TABLE, ModelWriter::answer, g);
    } else if (value instanceof Question) {
      object((Question) value, QuestionField.TABLE, ModelWriter::question, g);
    } else if (value instanceof Contributor) {
      object((Contributor) value, ContributorField.TABLE, ModelWriter::contributor, g);
    } else if (value instanceof Image) {
      object((Image) value, ImageField.TABLE, ModelWriter::image, g);
    } else if (value instanceof Crop) {
      object((Crop) value, CropField.TABLE, ModelWriter::crop, g);
    } else if (value instanceof RelatedLink) {
      object((RelatedLink) value, RelatedLinkField.TABLE, ModelWriter::relatedLink, g);
    } else if (value instanceof Series) {
      object((Series) value, SeriesField.TABLE, ModelWriter::series, g);
    } else if (value instanceof Publisher) {
      object((Publisher) value, PublisherField.TABLE, ModelWriter::publisher, g);
    } else if (value instanceof Document) {
      object((Document) value, DocumentField.TABLE, ModelWriter::document, g);
    } else {
      g.writeString(value.toString()); // a URL
    }
  }

  /** Writes the fields of a model object whose values are present, in table order. */
  private static <T, F extends Enum<F> & Field> void object(T model, FieldTable<F> table,
      BiFunction<T, F, Object> fields, JsonGenerator g) throws IOException {
    g.writeStartObject(model);
    for (F f : table.fields()) {
      Object value = present(fields.apply(model, f), f.spec().required());
      if (value != null) {
        g.writeFieldName(f.spec().serialized());
        write(value, g);
      }
    }
    g.writeEndObject();
  }

  /** The value to write, or {@code null} for an optional field that is absent. */
  static Object present(Object value, boolean required) {
    if (value instanceof Optional) {
      return ((Optional<?>) value).orElse(null);
    }
    if (value instanceof OptionalInt) {
      OptionalInt i = (OptionalInt) value;
      return i.isPresent() ? i.getAsInt() : null;
    }
    return !required && value instanceof List && ((List<?>) value).isEmpty() ? null : value;
  }

  private static Object document(Document d, DocumentField f) {
    return f == DocumentField.FORMAT ? FORMAT_VALUE : d.questions();
  }

  private static Object question(Question q, QuestionField f) {
    return switch (f) {
      case ID -> q.id();
      case TEXT -> q.text();
      case URL -> q.url();
      case SERIES -> q.series();
      case TOPICS -> q.topics();
      case ASKED_AT -> q.askedAt();
      case ANSWERS -> q.answers();
    };
  }

  private static Object series(Series s, SeriesField f) {
    return switch (f) {
      case NAME -> s.name();
      case DESCRIPTION -> s.description();
      case URL -> s.url();
      case PUBLISHER -> s.publisher();
    };
  }

  private static Object publisher(Publisher p, PublisherField f) {
    return switch (f) {
      case NAME -> p.name();
      case URL -> p.url();
      case LOGO -> p.logo();
    };
  }

  private static Object answer(Answer a, AnswerField f) {
    return switch (f) {
      case ID -> a.id();
      case HEADLINE -> a.headline();
      case URL -> a.url();
      case PUBLISHED_AT -> a.publishedAt();
      case UPDATED_AT -> a.updatedAt();
      case CONTRIBUTOR -> a.contributor();
      case SUMMARY -> a.summary();
      case IMAGE -> a.image();
      case TOPICS -> a.topics();
      case BODY -> a.body();
      case RELATED_LINKS -> a.relatedLinks();
    };
  }

  private static Object contributor(Contributor c, ContributorField f) {
    return switch (f) {
      case NAME -> c.name();
      case ROLE -> c.role();
      case ORGANIZATION -> c.organization();
      case AFFILIATION -> c.affiliation();
      case URL -> c.url();
      case IMAGE_URL -> c.image().filter(ModelWriter::isUrlOnly).map(Image::url);
      case IMAGE -> c.image().filter(i -> !isUrlOnly(i));
      case SAME_AS -> c.sameAs();
      case FEDIVERSE -> c.fediverse().map(Object::toString); // @name@host
    };
  }

  /** Whether a portrait is what {@code imageUrl} reads as: its URL, and nothing else. */
  private static boolean isUrlOnly(Image i) {
    return i.alt().isEmpty() && i.credit().isEmpty() && i.width().isEmpty()
        && i.height().isEmpty() && i.crops().isEmpty();
  }

  private static Object image(Image i, ImageField f) {
    return switch (f) {
      case URL -> i.url();
      case ALT -> i.alt();
      case CREDIT -> i.credit();
      case WIDTH -> i.width();
      case HEIGHT -> i.height();
      case CROPS -> i.crops();
    };
  }

  private static Object crop(Crop c, CropField f) {
    return switch (f) {
      case RATIO -> c.ratio().json();
      case URL -> c.url();
      case WIDTH -> c.width();
      case HEIGHT -> c.height();
    };
  }

  private static Object relatedLink(RelatedLink link, RelatedLinkField f) {
    return switch (f) {
      case TITLE -> link.title();
      case URL -> link.url();
      case CONTRIBUTOR -> link.contributor();
    };
  }
}
