package dev.roundtable.json.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import dev.roundtable.model.Contributor;
import dev.roundtable.model.Image;
import dev.roundtable.model.RelatedLink;
import dev.roundtable.model.Series;
import dev.roundtable.model.Url;
import java.io.IOException;

/**
 * Reads the small objects of Roundtable JSON, each by its field table: contributor, series,
 * image and related link. Each method returns the model object, or {@code null} when it has a
 * problem, which has then been reported.
 */
final class PartReader extends TokenReader {
  PartReader(JsonParser p, ProblemList problems, boolean strict) {
    super(p, problems, strict);
  }

  Contributor contributor() throws IOException {
    if (!startObject()) {
      return null;
    }
    JsonLocation start = here();
    int before = problems.count();
    int seen = 0;
    Contributor.Builder b = Contributor.builder(null);
    FieldTable<ContributorField> table = ContributorField.TABLE;
    for (ContributorField f = next(table, null); f != null; f = next(table, f)) {
      seen = once(seen, f);
      switch (f) {
        case NAME -> b.name(string());
        case ROLE -> b.role(string());
        case ORGANIZATION -> b.organization(string());
        case AFFILIATION -> b.affiliation(string());
        // the builder parses URLs itself: given the text, each is parsed once
        case URL -> checked(b::url);
        default -> checked(b::imageUrl);
      }
    }
    if (!table.complete(seen)) {
      missing(seen, table.fields(), start);
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
    for (SeriesField f = next(SeriesField.TABLE, null); f != null; f = next(SeriesField.TABLE, f)) {
      seen = once(seen, f);
      switch (f) {
        case NAME -> name = string();
        case DESCRIPTION -> description = string();
        default -> url = webUrl();
      }
    }
    if (!SeriesField.TABLE.complete(seen)) {
      missing(seen, SeriesField.TABLE.fields(), start);
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
    for (ImageField f = next(ImageField.TABLE, null); f != null; f = next(ImageField.TABLE, f)) {
      seen = once(seen, f);
      switch (f) {
        case URL -> url = webUrl();
        case ALT -> alt = string();
        case CREDIT -> credit = string();
        case WIDTH -> width = integer();
        default -> height = integer();
      }
    }
    if (!ImageField.TABLE.complete(seen)) {
      missing(seen, ImageField.TABLE.fields(), start);
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
    FieldTable<RelatedLinkField> table = RelatedLinkField.TABLE;
    for (RelatedLinkField f = next(table, null); f != null; f = next(table, f)) {
      seen = once(seen, f);
      switch (f) {
        case TITLE -> title = string();
        case URL -> url = webUrl();
        default -> contributor = contributor();
      }
    }
    if (!table.complete(seen)) {
      missing(seen, table.fields(), start);
    }
    String t = title;
    Url u = url;
    Contributor c = contributor;
    return build(before, start, () -> new RelatedLink(t, u, c));
  }
}
