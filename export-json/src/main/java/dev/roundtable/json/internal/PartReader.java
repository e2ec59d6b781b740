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
 * Reads the small objects of Roundtable JSON: contributor, series, image and related link. Each
 * method returns the model object, or {@code null} when it has a problem, which has then been
 * reported.
 */
final class PartReader extends TokenReader {
  PartReader(JsonParser p, Problems problems, boolean strict) {
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
      require(seen, 1, start, "name");
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
      require(seen, 1, start, "name");
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
      require(seen, 1, start, "url");
      require(seen, 2, start, "alt");
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
      require(seen, 1, start, "title");
      require(seen, 2, start, "url");
    }
    String t = title;
    Url u = url;
    Contributor c = contributor;
    return build(before, start, () -> new RelatedLink(t, u, c));
  }
}
