package dev.roundtable.html;

import dev.roundtable.model.Answer;
import dev.roundtable.model.Body;
import dev.roundtable.model.Code;
import dev.roundtable.model.Contributor;
import dev.roundtable.model.Emphasis;
import dev.roundtable.model.Heading;
import dev.roundtable.model.Image;
import dev.roundtable.model.Inline;
import dev.roundtable.model.LineBreak;
import dev.roundtable.model.Link;
import dev.roundtable.model.ListBlock;
import dev.roundtable.model.Paragraph;
import dev.roundtable.model.Question;
import dev.roundtable.model.Quote;
import dev.roundtable.model.RelatedLink;
import dev.roundtable.model.Series;
import dev.roundtable.model.Strong;
import dev.roundtable.model.Text;
import dev.roundtable.model.Url;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The XSS corpus of {@code xss-vectors.txt} and models that carry one vector in every text
 * field.
 */
final class XssCorpus {
  /** A valid URL with both quote kinds' neighbours, an ampersand and parentheses in it. */
  static final String URL = "https://example.com/p?q='%22onmouseover=alert(1)//&a=b";

  private XssCorpus() {}

  /** The vectors, with \t, \n and \r decoded. */
  static List<String> vectors() {
    List<String> vectors = new ArrayList<>();
    try (InputStream in = XssCorpus.class.getResourceAsStream("xss-vectors.txt");
        BufferedReader reader = new BufferedReader(
            new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (!line.isEmpty() && !line.startsWith("#")) {
          vectors.add(line.replace("\\t", "\t").replace("\\n", "\n").replace("\\r", "\r"));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return vectors;
  }

  /** A question whose every text field, and its answers', is {@code v}. */
  static Question question(String v) {
    Contributor roleOf = Contributor.builder(v).role(v).organization(v).url(URL).build();
    Contributor affiliated = Contributor.builder(v).affiliation(v).build();
    Answer first = answer("first", v, roleOf)
        .relatedLink(new RelatedLink(v, Url.of(URL), affiliated))
        .relatedLink(RelatedLink.of(v, URL))
        .build();
    Answer second = answer("second", v, affiliated).build();
    return Question.builder()
        .id("q")
        .text(v)
        .url(URL)
        .series(new Series(v, v, Url.of(URL)))
        .topic(v)
        .answers(List.of(first, second))
        .build();
  }

  private static Answer.Builder answer(String id, String v, Contributor contributor) {
    return Answer.builder()
        .id(id)
        .headline(v)
        .url(URL + "&answer=" + id)
        .publishedAt(Instant.parse("2015-05-07T18:15:00Z"))
        .updatedAt(Instant.parse("2015-05-08T18:15:00Z"))
        .contributor(contributor)
        .summary(v)
        .image(new Image(Url.of(URL), v, v, 10, 20))
        .topic(v)
        .body(body(v));
  }

  /** A body using every block and inline, each holding {@code v}. */
  static Body body(String v) {
    List<Inline> all = List.of(new Text(v), Emphasis.of(v), Strong.of(v), new Code(v),
        new Link(Url.linkTarget(URL), List.of(new Text(v))), LineBreak.INSTANCE,
        new Link(Url.linkTarget("mailto:a@example.com"), List.of(Strong.of(v))));
    return Body.of(
        new Paragraph(all),
        Heading.of(2, v),
        new Quote(List.of(new Text(v)), v),
        Quote.of(v),
        new ListBlock(false, List.of(List.of(new Text(v)), all)),
        ListBlock.of(true, v));
  }
}
