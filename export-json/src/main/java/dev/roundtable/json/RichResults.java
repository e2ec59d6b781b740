package dev.roundtable.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import dev.roundtable.model.Document;
import dev.roundtable.model.Question;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A lint for rich results: checks a document against what search engines and social networks
 * document for the pages made from it (Google's Article, BreadcrumbList, ProfilePage and QAPage
 * structured data; the Open Graph protocol; Twitter cards), and says which field to change.
 *
 * <p>Each {@link Finding} points into the Roundtable JSON document ({@code /questions/0/answers/
 * 2/image/width}); an {@link Finding.Severity#ERROR} breaks a documented requirement (an image
 * under 50,000 pixels, a headline over 110 characters, a publisher without a logo, a page without
 * a URL or an image, an item of the breadcrumb without a link, a QAPage without answers), a
 * {@link Finding.Severity#WARNING} a recommendation (an author without a profile URL, an image
 * without its size, its text alternative or its 16x9, 4x3 and 1x1 crops, no publisher, no
 * {@code sameAs}, a QAPage for an editorial panel). Dates need no rule here: the format only
 * holds timestamps with an offset, and every page writes them with one.
 *
 * <pre>{@code
 * List<Finding> findings = RichResults.defaults().lint(Files.readAllBytes(path));
 * findings.forEach(System.out::println);   // 12:7: /questions/0/answers/1/image: error: ...
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class RichResults {
  private static final RichResults DEFAULTS = new RichResults(JsonLd.defaults());
  private static final JsonFactory FACTORY = new JsonFactory();

  private final JsonLd jsonLd;

  private RichResults(JsonLd jsonLd) {
    this.jsonLd = jsonLd;
  }

  /** {@return the lint for the pages that {@link JsonLd#defaults()} describes} */
  public static RichResults defaults() {
    return DEFAULTS;
  }

  /**
   * The lint for pages whose structured data a given {@link JsonLd} writes (it matters for
   * question pages, which are {@code QAPage}s when it accepts user answers).
   *
   * @param jsonLd the JSON-LD writer the pages use
   * @return the lint
   */
  public static RichResults of(JsonLd jsonLd) {
    return new RichResults(Objects.requireNonNull(jsonLd, "jsonLd"));
  }

  /**
   * Lints a document: every question page and every answer page made from it.
   *
   * @param document the document
   * @return the findings in document order, errors and warnings mixed, with no line or column;
   *     empty when there is nothing to say
   */
  public List<Finding> lint(Document document) {
    RichResultRules rules = new RichResultRules(jsonLd.questionPagesAreQaPages());
    List<Question> questions = document.questions();
    for (int i = 0; i < questions.size(); i++) {
      Question q = questions.get(i);
      rules.question(q, "/questions/" + i);
      for (int j = 0; j < q.answers().size(); j++) {
        rules.answer(q.answers().get(j), "/questions/" + i + "/answers/" + j);
      }
    }
    return List.copyOf(rules.found());
  }

  /**
   * Reads a Roundtable JSON document and lints it, each finding with the line and column of
   * its field (or, for a missing field, of the object that lacks it).
   *
   * @param json the document's bytes
   * @return the findings of {@link #lint(Document)}, located, in the order of their lines
   * @throws InvalidDocumentException when the document is invalid, with every problem
   */
  public List<Finding> lint(byte[] json) {
    return lint(RoundtableJson.defaults().read(json), json);
  }

  /**
   * Lints a document already read from its bytes, locating each finding in them, so that a
   * caller who needs the document too reads it once.
   *
   * @param document the document read from {@code json}
   * @param json the bytes it was read from
   * @return the findings of {@link #lint(Document)}, located, in the order of their lines
   */
  public List<Finding> lint(Document document, byte[] json) {
    List<Finding> findings = lint(document);
    if (findings.isEmpty()) {
      return findings;
    }
    Map<String, JsonLocation> where = locations(json);
    List<Finding> located = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      String pointer = f.pointer();
      while (!where.containsKey(pointer) && !pointer.isEmpty()) {
        pointer = pointer.substring(0, pointer.lastIndexOf('/'));
      }
      JsonLocation at = where.get(pointer);
      located.add(at == null ? f : f.at(at.getLineNr(), at.getColumnNr()));
    }
    located.sort(java.util.Comparator.comparingInt(Finding::line)
        .thenComparingInt(Finding::column));
    return List.copyOf(located);
  }

  /** Where each value of a valid document starts (a field's name, for a field), by pointer. */
  private static Map<String, JsonLocation> locations(byte[] json) {
    Map<String, JsonLocation> where = new HashMap<>();
    try (JsonParser p = FACTORY.createParser(json)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t.isStructEnd()) {
          continue;
        }
        JsonStreamContext c = t.isStructStart()
            ? p.getParsingContext().getParent() : p.getParsingContext();
        if (t == JsonToken.FIELD_NAME || c.inArray() || c.inRoot()) {
          where.putIfAbsent(c.pathAsPointer().toString(), p.currentTokenLocation());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("a document that was read once cannot be read again", e);
    }
    return where;
  }
}
