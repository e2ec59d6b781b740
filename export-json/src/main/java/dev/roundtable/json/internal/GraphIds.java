package dev.roundtable.json.internal;

import dev.roundtable.model.Contributor;
import dev.roundtable.model.Publisher;
import dev.roundtable.model.Series;
import dev.roundtable.model.Url;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code @id}s of one page's {@code @graph}. A thing with a URL of its own is named after
 * it, with a fragment for its kind: {@code <url>#person}, {@code <url>#organization},
 * {@code <url>#series}, {@code <url>#question} (after a URL that has a fragment already,
 * {@code -person} and so on is added to that fragment). The page is its URL, and what lives only
 * on the page is a fragment of it: {@code <page>#article}, {@code #breadcrumb},
 * {@code #primaryimage}, and a contributor without a URL {@code #author-<slug of the name>}
 * ({@code -2}, {@code -3} after it for other contributors of the same slug). A page without a URL
 * is {@code #webpage}, and its things are relative fragments ({@code #article}), which JSON-LD
 * processors resolve against the document's own address.
 *
 * <p>One instance serves one page, on one thread: it remembers the contributors it has named,
 * in order, so that each is one node however many answers they wrote.
 */
final class GraphIds {
  /** Longest slug of a name, in characters. */
  private static final int SLUG_LENGTH = 60;

  private final String page;
  private final Map<String, Contributor> people = new LinkedHashMap<>();

  /**
   * The ids of a page.
   *
   * @param page the page's URL, if it has one
   */
  GraphIds(Optional<Url> page) {
    this.page = page.map(Url::toString).orElse(null);
  }

  /** {@return the page's {@code @id}: its URL, or {@code #webpage}} */
  String page() {
    return page == null ? "#webpage" : page;
  }

  /** {@return the id of a thing that lives on this page only, such as {@code article}} */
  String onPage(String kind) {
    return page == null ? "#" + kind : of(page, kind);
  }

  /** {@return the id of a thing of a kind named after a URL: {@code <url>#<kind>}} */
  static String of(String url, String kind) {
    return url + (url.indexOf('#') < 0 ? "#" : "-") + kind;
  }

  /** {@return the id of a thing named after its URL, or a fragment of this page without one} */
  String of(Optional<Url> url, String kind) {
    return url.isPresent() ? of(url.get().toString(), kind) : onPage(kind);
  }

  /** {@return the series' {@code CreativeWorkSeries} id} */
  String series(Series s) {
    return of(s.url(), "series");
  }

  /** {@return the publisher's {@code Organization} id} */
  String organization(Publisher p) {
    return of(p.url(), "organization");
  }

  /**
   * The id of a contributor's {@code Person} node, the same for every answer they wrote on this
   * page: contributors with the same URL are one person (the first one named gives the node its
   * fields); without a URL, equal contributors are.
   *
   * @param c the contributor
   * @return the id
   */
  String person(Contributor c) {
    if (c.url().isPresent()) {
      String id = of(c.url().get().toString(), "person");
      people.putIfAbsent(id, c);
      return id;
    }
    String base = onPage("author-" + slug(c.name()));
    String id = base;
    for (int n = 2; people.containsKey(id) && !people.get(id).equals(c); n++) {
      id = base + "-" + n;
    }
    people.putIfAbsent(id, c);
    return id;
  }

  /** {@return the contributors named so far, by id, in the order they were first named} */
  Map<String, Contributor> people() {
    return people;
  }

  /**
   * The ASCII letters and digits of a name, in lower case, each run of anything else as one
   * {@code -}: "José Núñez-Ortiz" is {@code jose-nunez-ortiz}; {@code person} when none is left.
   */
  static String slug(String name) {
    String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
    StringBuilder slug = new StringBuilder();
    boolean gap = false;
    for (int i = 0; i < decomposed.length() && slug.length() < SLUG_LENGTH; i++) {
      char c = decomposed.charAt(i);
      char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
      if (lower >= 'a' && lower <= 'z' || lower >= '0' && lower <= '9') {
        if (gap && slug.length() > 0) {
          slug.append('-');
        }
        slug.append(lower);
        gap = false;
      } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
        gap = true;
      }
    }
    return slug.length() == 0 ? "person" : slug.toString();
  }
}
